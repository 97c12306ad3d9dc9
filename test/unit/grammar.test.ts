import { strict as assert } from 'node:assert';
import * as textmate from 'vscode-textmate';
import { loadGrammar, textsWithScope, tokenizeLines } from '../grammar/tokenize';

const MARKER = 'keyword.control.marker.foi-reply';

async function markersOf(line: string): Promise<string[]> {
  const grammar = await loadGrammar();
  return textsWithScope(tokenizeLines(grammar, line)[0]!, MARKER);
}

describe('reply grammar (vscode-textmate, as in VS Code)', () => {
  it('scopes question markers in every written form', async () => {
    const cases: [string, string][] = [
      ['Q1. What is the full official name?', 'Q1'],
      ['Q4a. How many are stand-alone?', 'Q4a'],
      ['Q4(a) How many', 'Q4(a)'],
      ['Question 12c: obstacles', 'Question 12c'],
      ['4(a) Not held', '4(a)'],
      ['4a) Not held', '4a'],
      ['Q 4a - not held', 'Q 4a'],
      ['Q13a-d N/A', 'Q13a-d'],
      ['Q6b/Q6c – N/A', 'Q6b/Q6c'],
      ['   Q2. indented', 'Q2'],
    ];
    for (const [line, marker] of cases) assert.deepEqual(await markersOf(line), [marker], line);
  });

  it('does not take figures or prose for markers', async () => {
    for (const line of ['17.18 Payroll – £64.2m', '2001', 'Quite a few systems', 'The council has 4 portals.']) {
      assert.deepEqual(await markersOf(line), [], line);
    }
  });

  it('scopes quoted lines, and markers inside them', async () => {
    const grammar = await loadGrammar();
    const [line] = tokenizeLines(grammar, '> > Q4b. How many interact with another system?');
    assert.deepEqual(textsWithScope(line!, 'punctuation.definition.quote'), ['> > ']);
    assert.deepEqual(textsWithScope(line!, MARKER), ['Q4b']);
    assert.ok(line!.every((t) => t.scopes.includes('markup.quote.foi-reply') || t.text === '> > '));
  });

  it('scopes table rows, email headers, URLs, link references, exemptions and disclaimers', async () => {
    const grammar = await loadGrammar();
    const lines = tokenizeLines(
      grammar,
      [
        '| Q6b | N/A |',
        'Subject: FOI request 4471',
        'Published at [2]https://www.castlebridge.gov.example/spend',
        'Refused under section 12(1): it would take more than 18 hours.',
        'This email is confidential and intended for the addressee only.',
      ].join('\n'),
    );
    assert.deepEqual(textsWithScope(lines[0]!, MARKER), ['Q6b']);
    assert.deepEqual(textsWithScope(lines[1]!, 'keyword.other.header'), ['Subject']);
    assert.deepEqual(textsWithScope(lines[2]!, 'constant.other.reference.link'), ['[2]']);
    assert.deepEqual(textsWithScope(lines[2]!, 'markup.underline.link'), ['https://www.castlebridge.gov.example/spend']);
    assert.deepEqual(textsWithScope(lines[3]!, 'keyword.other.exemption'), ['section 12(1)', '18 hours']);
    assert.ok(lines[4]!.every((t) => t.scopes.includes('comment.block.disclaimer.foi-reply')));
  });

  it('tokenises a 1 MB reply with a very long line, with no slow line (figures printed)', async function () {
    this.timeout(60000);
    const grammar = await loadGrammar();
    // A reply-like mix: quoted questions, plain answers, refusals, links, disclaimers, tables.
    const block = [
      '> Q4a. How many of those are stand-alone (i.e. do not interact with any',
      '> other information system)?',
      '',
      'We don’t hold this as recorded information. The Authority uses many hundreds of',
      'applications throughout its user base and there is no one central list of them.',
      'Q9 – refused under section 12(1): it would take significantly more than 18 hours.',
      '| Q6b | N/A |',
      'Published at [2]https://www.castlebridge.gov.example/transparency/spend',
      'This email is confidential and intended for the addressee only; if received in error delete it.',
      '',
    ].join('\n');
    // HTML-to-text replies put whole letters on one line; VS Code stops tokenising at 20,000 chars
    // by default, but a user may raise that limit, so no rule may be slow on such a line.
    const longLine = 'The Council holds the following information '.repeat(2500) + 'Q1 (a) ((( >>> ||| [9]';
    let text = longLine + '\n';
    while (text.length < 1024 * 1024) text += block + '\n';
    let state = textmate.INITIAL;
    let worst = 0;
    const t0 = performance.now();
    for (const line of text.split('\n')) {
      const s = performance.now();
      const r = grammar.tokenizeLine(line, state);
      state = r.ruleStack;
      worst = Math.max(worst, performance.now() - s);
    }
    const total = performance.now() - t0;
    console.log(`      grammar: ${(text.length / 1048576).toFixed(2)} MB in ${total.toFixed(0)} ms; slowest line (${longLine.length} chars) ${worst.toFixed(1)} ms`);
    // VS Code gives up on a line after 500 ms; a backtracking rule would blow far past this.
    assert.ok(worst < 250, `slowest line took ${worst} ms`);
  });
});
