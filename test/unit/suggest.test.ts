import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { detectCouncil } from '../../src/core/council';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { analyzeReply } from '../../src/core/suggest';
import { LineIndex } from '../../src/core/text';
import type { Suggestion } from '../../src/core/types';
import { assertLinear } from '../support/scaling';

const Q = parseQuestionnaire(readFileSync(join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;

function byId(text: string): Map<string, Suggestion> {
  return new Map(analyzeReply(text, Q).answers.map((a) => [a.id, a]));
}

const INLINE = [
  'Dear Fernhill District Council,',
  '',
  'Q3. How large is the Authority in terms of geographical boundaries?',
  '',
  'Area: 9,114.6021ha',
  '',
  'Q4. How many information systems / databases does the Authority use?',
  'We do not hold this as recorded information.',
  '',
  'Q4a. How many of those are stand-alone (i.e. do not interact with any',
  'other information system)?',
  'As above.',
  '',
  'Q6b / Q6c: 31%',
  'Q9. What was the annual spend for 2017-18 for software licensing?',
  'To answer would take significantly more than 18 hours of officer time.',
  'Q13a-d: N/A',
  'Q14. Are the IT systems centred primarily around Residents or Properties?',
  'See our answer to Q3.',
  '',
  'Yours sincerely,',
  'Fernhill District Council',
].join('\n');

describe('analyzeReply: suggestions for one reply', () => {
  it('proposes status, exemption, typed value and the answer span, in questionnaire order', () => {
    const a = byId(INLINE);
    // The range line that answers every part of the Q13 heading answers the heading too.
    assert.deepEqual([...a.keys()], ['Q3', 'Q4', 'Q4a', 'Q6b', 'Q6c', 'Q9', 'Q13', 'Q13a', 'Q13b', 'Q13c', 'Q13d', 'Q14']);
    assert.equal(a.get('Q13')!.status, 'not-applicable');
    assert.equal(a.get('Q3')!.status, 'answered');
    assert.equal(a.get('Q3')!.value, 9114.6021);
    assert.equal(a.get('Q3')!.unit, 'ha');
    assert.equal(a.get('Q3')!.line, 5);
    assert.equal(a.get('Q4')!.status, 'not-held');
    assert.equal(a.get('Q9')!.status, 'refused');
    assert.equal(a.get('Q9')!.exemption, 's12');
    assert.equal(a.get('Q13c')!.status, 'not-applicable');
  });

  it('gives a range or list the same answer for each id', () => {
    const a = byId(INLINE);
    assert.equal(a.get('Q6b')!.text, '31%');
    assert.equal(a.get('Q6c')!.start, a.get('Q6b')!.start);
    assert.equal(a.get('Q6c')!.value, 31);
  });

  it('refuses each question a "Questions 9 and 10 are refused …" line names, with its exemption', () => {
    const a = byId(['Q8. 12 systems.', '', 'Questions 9 and 10 are refused under section 43 (commercial interests).', '', 'Q11. Yes'].join('\n'));
    for (const id of ['Q9', 'Q10']) {
      assert.equal(a.get(id)?.status, 'refused', id);
      assert.equal(a.get(id)?.exemption, 's43', id);
      assert.equal(a.get(id)?.line, 3, id);
    }
    assert.equal(a.get('Q8')!.value, 12);
  });

  it('resolves cross-references to the referenced answer', () => {
    const a = byId(INLINE);
    assert.equal(a.get('Q4a')!.text, 'As above.');
    assert.equal(a.get('Q4a')!.status, 'not-held');
    assert.equal(a.get('Q4a')!.from, 'Q4');
    // Q14 asks for a choice; Q3's answer is an area: no value of the needed type.
    assert.equal(a.get('Q14')!.status, 'unclear');
    assert.equal(a.get('Q14')!.value, null);
    assert.equal(a.get('Q14')!.from, 'Q3');
    const same = byId('Q6b. 31%\nQ6c. As 6b.');
    assert.equal(same.get('Q6c')!.status, 'answered');
    assert.equal(same.get('Q6c')!.value, 31, 'the value is the target\'s, never the 6 of the reference');
    const bare = byId('Q4a) Not held.\nQ4b) See 4a) above.');
    assert.equal(bare.get('Q4b')!.status, 'not-held');
  });

  it('takes the answer from the last column of a table with a label column', () => {
    const a = byId(
      [
        '| Ref  | Question                          | Response |',
        '|------|-----------------------------------|----------|',
        '| Q2   | Population                        | 143\u00a0912 (mid-2017) |',
        '| Q6a  | Online portal for Residents?      | No |',
        '| Q8   | Annual spend 2017-18              | £98.4m |',
        '| Q13a | CRM ever considered?              | Yes |',
      ].join('\n'),
    );
    assert.equal(a.get('Q2')!.value, 143912);
    assert.equal(a.get('Q6a')!.text, 'No');
    assert.equal(a.get('Q6a')!.value, 'No');
    assert.equal(a.get('Q8')!.value, 98400000);
    assert.equal(a.get('Q13a')!.value, 'Yes');
  });

  it('reads an answer marked with the council\'s acronym, and one under a short label after "Answer:"', () => {
    const a = byId(['> Q11. Does the Authority use a Customer Relationship Management (CRM) System?', 'KBC:\tYes – since 2012', '', 'Q6a. Online portal', 'Answer: No', '', 'Q2. Population', 'Answer: Approximately 74,000'].join('\n'));
    assert.equal(a.get('Q11')!.value, 'Yes');
    assert.equal(a.get('Q11')!.text, 'Yes – since 2012');
    assert.equal(a.get('Q6a')!.text, 'No');
    assert.equal(a.get('Q6a')!.line, 5);
    assert.equal(a.get('Q2')!.value, 74000);
    // "NO:" is an answer, not a mark.
    assert.equal(byId('Q6a. Does the Authority have an online portal for Residents?\nNO: we have no portal.').get('Q6a')!.value, 'No');
  });

  it('reads an answer that opens with its figure and then restates the question\'s words', () => {
    const a = byId('4.   The catalogue lists 412 business systems.\n\n4(a) 37 of these are stand-alone.\n\n4 (b) 375 exchange data with at least one other system.');
    assert.equal(a.get('Q4a')!.text, '37 of these are stand-alone.');
    assert.equal(a.get('Q4a')!.value, 37);
  });

  it('takes the figure called the total', () => {
    const a = byId('Q10. What was the annual spend for payroll?\nEmployees £214.6m; agency £9.8m; contractors £12.1m – total\n£236.5m.\nQ4. How many systems?\n12 stand-alone and 30 linked, 42 in total.');
    assert.equal(a.get('Q10')!.value, 236500000);
    assert.equal(a.get('Q4')!.value, 42);
  });

  it('never takes the request\'s routing line, in any wording, as an answer', () => {
    const text = [
      'Q11. Does the Authority use a Customer Relationship Management (CRM) System?',
      'Yes',
      '',
      'Your request:',
      'Q11. Does the Authority use a Customer Relationship Management (CRM) System?',
      '(Q12 applies if yes; Q13 applies if no)',
      'Q12. If the Authority has a CRM system:',
    ].join('\n');
    const a = byId(text);
    assert.equal(a.get('Q11')!.text, 'Yes');
    assert.equal(a.get('Q11')!.line, 2);
  });

  it('codes every question refused when the whole request is refused', () => {
    const text = [
      'Dear Mr Osei,',
      '',
      'I am writing to tell you that the Council is refusing your request under section 12(1), because',
      'complying with it would exceed the appropriate limit of £450 (18 hours of officer time).',
      '',
      'Yours sincerely,',
      '',
      'Your request:',
      '',
      'Q1. What is the full official name of the Authority?',
      'Q2. How large is the Authority in terms of population?',
    ].join('\n');
    const answers = analyzeReply(text, Q).answers;
    assert.equal(answers.length, Q.questions.length);
    for (const a of answers) {
      assert.equal(a.status, 'refused');
      assert.equal(a.exemption, 's12');
      assert.equal(a.line, 3);
      assert.equal(a.why, 'whole-request refusal, s12, line 3');
    }
  });

  it('reports unknown ids with their line and column', () => {
    const r = analyzeReply('Intro\n  Q21. A question we did not ask\nSomething', Q, { file: 'r.txt' });
    const p = r.problems.find((x) => x.code === 'unknown-id');
    assert.ok(p);
    assert.equal(p.line, 2);
    assert.equal(p.column, 3);
    assert.equal(p.file, 'r.txt');
  });

  it('refuses binary input with a problem instead of answers', () => {
    const r = analyzeReply('Q1. x\u0000\u0000\u0001', Q);
    assert.deepEqual(r.answers, []);
    assert.equal(r.problems[0]!.code, 'binary-reply');
  });

  it('works without a questionnaire from the ids it sees', () => {
    const r = analyzeReply('Q1: Fernhill District Council\nQ2: 96,214\nQ7 – Not held', null);
    assert.deepEqual(
      r.answers.map((a) => [a.id, a.text]),
      [
        ['Q1', 'Fernhill District Council'],
        ['Q2', '96,214'],
        ['Q7', 'Not held'],
      ],
    );
  });

  it('finds the council from the salutation, letterhead, signature or From: line', () => {
    assert.equal(analyzeReply(INLINE, Q).council, 'Fernhill District Council');
    assert.equal(detectCouncil('HALTWHISTLE BRIDGE BOROUGH COUNCIL\nLegal Services\n\nDear Sir'), 'Haltwhistle Bridge Borough Council');
    assert.equal(detectCouncil('From: Ashdown and Vale Council <foi@av.example>\n\nHello,\nKind regards\nAshdown and Vale Council'), 'Ashdown and Vale Council');
    assert.equal(detectCouncil('Thank you. The Council will reply.'), null);
  });

  it('keeps offsets in UTF-16 units of the text as read, with CRLF', () => {
    const text = INLINE.replace(/\n/g, '\r\n');
    const idx = new LineIndex(text);
    for (const a of analyzeReply(text, Q).answers) {
      assert.equal(text.slice(a.start, a.end), a.text);
      assert.equal(idx.position(a.start).line, a.line);
      assert.ok(!a.text.endsWith('\r'));
    }
  });

  it('analyses a reply in time linear in its length (8 KB and 64 KB)', () => {
    const small = (INLINE + '\n\n').repeat(8);
    const big = (INLINE + '\n\n').repeat(64);
    assertLinear('suggest: reply', small, big, (text) => analyzeReply(text, Q), { factor: 8, runs: 5 });
  });

  it('never throws, and every suggestion is the text at its offsets on its line (property)', () => {
    const piece = fc.constantFrom(
      'Q1. What is the full official name of the Authority?',
      'Q4a – c – not held',
      '> > Q6b/Q6c: 31%',
      '13 – 13d) N/A',
      '| Q9 | Withheld under section 43 |',
      'Response: Yes',
      'Yours sincerely',
      'Dear Fernhill District Council,',
      '4. 150',
      'As above',
      '\u00a0',
      '',
      'From: x',
      'Sent: 3 May 2018',
      'Page 1 of 2',
      'would exceed 18 hours',
    );
    const sep = fc.constantFrom('\n', '\r\n', '\n\n', ' ');
    const doc = fc.array(fc.tuple(piece, sep), { maxLength: 30 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
    fc.assert(
      fc.property(fc.oneof(doc, fc.string({ maxLength: 300 })), fc.boolean(), (text, withQ) => {
        const r = analyzeReply(text, withQ ? Q : null);
        const idx = new LineIndex(text);
        for (const a of r.answers) {
          assert.equal(text.slice(a.start, a.end), a.text);
          assert.equal(idx.position(a.start).line, a.line);
          assert.ok(a.confidence >= 0 && a.confidence <= 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
