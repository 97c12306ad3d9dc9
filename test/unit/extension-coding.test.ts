// Coding answers from the editor, decided in plain Node (src/extension/coding.ts) on a fictional
// reply: which question a cursor or selection belongs to, the sidecar entry each action writes,
// auto-coding that never touches a human tag, untagged markers and the code actions offered.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { anchorQuote } from '../../src/core/anchor';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { applyAnswerEdits, parseSidecar } from '../../src/core/sidecar';
import type { Questionnaire } from '../../src/core/types';
import {
  adjacentMarker,
  changedRange,
  agreesWith,
  autoCodeEdits,
  coderName,
  entryForSelection,
  entryForStatus,
  entryFromSuggestion,
  nearestQuestion,
  pendingSuggestions,
  planCodeActions,
  questionIds,
  trimSpan,
  untaggedMarkers,
} from '../../src/extension/coding';
import { anchorAnswers, safeAnalyze, safeParseSidecar } from '../../src/extension/replyCompute';
import type { ReplyFacts } from '../../src/extension/replyView';

const QUESTIONNAIRE = `version: 1
questions:
  - id: Q1
    text: How many public libraries does the Authority run?
    type: number
  - id: Q2
    text: Does any library open on Sundays?
    type: yes-no
  - id: Q2a
    text: If so, how many hours are they open on a Sunday?
    type: number
    when: { Q2: "yes" }
  - id: Q3
    text: How much did the Authority spend on library books in 2023/24?
    type: money
  - id: Q4
    text: Please list every library closed since 2015.
  - id: Q5a
    text: How many staff work in libraries?
    type: number
  - id: Q5b
    text: How many volunteers?
    type: number
`;

const REPLY = [
  'From: Information Governance <foi@ashwick.example.gov.uk>',
  'Subject: FOI 2024/118 - libraries',
  '',
  'Dear Ms Okafor,',
  '',
  'Q1. How many public libraries does the Authority run?',
  'The Council runs 9 public libraries.',
  '',
  'Q2. Does any library open on Sundays?',
  'No.',
  '',
  'Q2a. If so, how many hours are they open on a Sunday?',
  'N/A',
  '',
  'Q3. How much did the Authority spend on library books in 2023/24?',
  'To locate and extract this information would take more than 18 hours, so we are applying section 12 of the Act.',
  '',
  'Q4. Please list every library closed since 2015.',
  'We do not hold this information.',
  '',
  'Q5a-b. How many staff and volunteers?',
  'Not applicable.',
  '',
  'Yours sincerely,',
  'Information Governance Team',
].join('\n');

function questionnaire(): Questionnaire {
  const q = parseQuestionnaire(QUESTIONNAIRE).questionnaire;
  assert.ok(q);
  return q;
}

function facts(sidecarText: string | null = null, text = REPLY, q: Questionnaire | null = questionnaire()): ReplyFacts {
  const sidecar = sidecarText === null ? null : safeParseSidecar(sidecarText);
  return { text, analysis: safeAnalyze(text, q), sidecar, questionnaire: q, anchors: anchorAnswers(text, sidecar) };
}

function at(needle: string, text = REPLY): number {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i;
}

function spanOf(needle: string, text = REPLY): { start: number; end: number } {
  const start = at(needle, text);
  return { start, end: start + needle.length };
}

const HUMAN_Q1 = `version: 1
answers:
  Q1:
    status: answered
    value: 9
    note: checked against the library strategy
    coder: priya
    quote:
      exact: "9 public libraries"
`;

describe('coding from the editor (pure decisions)', () => {
  describe('the question a position belongs to', () => {
    it('is the marker the cursor is on, or the last marker before it', () => {
      const f = facts();
      assert.equal(nearestQuestion(f, at('Q3. How much'))?.id, 'Q3');
      assert.equal(nearestQuestion(f, at('Q3. How much') + 2)?.id, 'Q3');
      assert.equal(nearestQuestion(f, at('We do not hold'))?.id, 'Q4');
      assert.equal(nearestQuestion(f, at('N/A'))?.id, 'Q2a');
    });

    it('is none before the first marker', () => {
      assert.equal(nearestQuestion(facts(), at('Dear Ms')), undefined);
    });

    it('is the first untagged id of a range marker such as Q5a-b', () => {
      assert.equal(nearestQuestion(facts(), at('Not applicable.'))?.id, 'Q5a');
      const coded = facts('version: 1\nanswers:\n  Q5a:\n    status: not-applicable\n');
      assert.equal(nearestQuestion(coded, at('Not applicable.'))?.id, 'Q5b');
    });

    it('offers every questionnaire id, in questionnaire order', () => {
      assert.deepEqual(questionIds(facts()), ['Q1', 'Q2', 'Q2a', 'Q3', 'Q4', 'Q5a', 'Q5b']);
    });
  });

  describe('tagging a selection', () => {
    it('reads the value for the question type and quotes the selection without its surrounding white space', () => {
      const f = facts();
      const s = spanOf('9 public libraries.\n');
      const e = entryForSelection(f, 'Q1', { start: s.start - 1, end: s.end }, 'priya');
      assert.ok(e);
      assert.equal(e.status, 'answered');
      assert.equal(e.value, 9);
      assert.equal(e.coder, 'priya');
      assert.equal(e.quote?.exact, '9 public libraries.');
      assert.equal(e.quote?.start, at('9 public libraries.'));
    });

    it('expands money for a money question', () => {
      const text = REPLY.replace('To locate and extract this information would take more than 18 hours, so we are applying section 12 of the Act.', 'We spent £64.2m.');
      const f = facts(null, text);
      const e = entryForSelection(f, 'Q3', spanOf('£64.2m', text), 'priya');
      assert.equal(e?.value, 64200000);
      assert.equal(e?.unit, 'GBP');
    });

    it('refuses a selection of white space only', () => {
      const blank = at('\n\nQ2.');
      assert.equal(entryForSelection(facts(), 'Q1', { start: blank, end: blank + 2 }, 'priya'), null);
    });

    it('keeps the note a person wrote on the answer it replaces', () => {
      const e = entryForSelection(facts(HUMAN_Q1), 'Q1', spanOf('9 public'), 'sam');
      assert.equal(e?.note, 'checked against the library strategy');
      assert.equal(e?.coder, 'sam');
    });
  });

  describe('marking a status', () => {
    it('quotes the engine’s answer text when nothing is selected, with no value', () => {
      const e = entryForStatus(facts(), 'Q4', 'not-held', 'priya');
      assert.equal(e.status, 'not-held');
      assert.equal(e.value, undefined);
      assert.equal(e.quote?.exact, 'We do not hold this information.');
    });

    it('quotes the selection when there is one', () => {
      const e = entryForStatus(facts(), 'Q3', 'refused', 'priya', { span: spanOf('more than 18 hours'), exemption: 's12' });
      assert.equal(e.quote?.exact, 'more than 18 hours');
      assert.equal(e.exemption, 's12');
    });

    it('takes the exemption the engine read when none is chosen, and the chosen one otherwise', () => {
      assert.equal(entryForStatus(facts(), 'Q3', 'refused', 'priya').exemption, 's12');
      assert.equal(entryForStatus(facts(), 'Q3', 'refused', 'priya', { exemption: 's43' }).exemption, 's43');
      assert.equal(entryForStatus(facts(), 'Q3', 'not-held', 'priya').exemption, undefined);
    });

    it('drops the value of an answered question marked not held, and keeps it when re-marked partial', () => {
      const f = facts(HUMAN_Q1);
      assert.equal(entryForStatus(f, 'Q1', 'not-held', 'priya').value, undefined);
      const partial = entryForStatus(f, 'Q1', 'partial', 'priya');
      assert.equal(partial.value, 9);
      // The existing quote, where it is now, stays the quote.
      assert.equal(partial.quote?.exact, '9 public libraries');
    });
  });

  describe('suggestions', () => {
    it('accepting writes the suggestion as the person who accepted it', () => {
      const f = facts();
      const s = f.analysis.answers.find((a) => a.id === 'Q3')!;
      const e = entryFromSuggestion(f, s, 'priya');
      assert.deepEqual([e.status, e.exemption, e.coder], ['refused', 's12', 'priya']);
      assert.equal(e.quote?.exact, s.text);
      assert.ok(agreesWith(e, s));
      assert.ok(!agreesWith({ status: 'refused', exemption: 's43' }, s));
    });

    it('auto-coding fills only untagged questions, as `auto`, and never changes a human tag', () => {
      const f = facts('version: 1\nanswers:\n  Q4:\n    status: answered\n    value: Eastgate library\n    coder: priya\n');
      const edits = autoCodeEdits(f, 0.7);
      const ids = edits.map((e) => e.id);
      assert.ok(!ids.includes('Q4'));
      assert.deepEqual(ids, ['Q1', 'Q2', 'Q2a', 'Q3', 'Q5a', 'Q5b']);
      assert.ok(edits.every((e) => e.entry?.coder === 'auto'));
    });

    it('auto-coding leaves suggestions below the confidence threshold for a person', () => {
      const f = facts();
      // A threshold between the fixture's confidences (a refusal is less certain than a figure).
      const threshold = 0.985;
      const below = f.analysis.answers.filter((s) => s.confidence < threshold).map((s) => s.id);
      assert.ok(below.length > 0 && below.length < f.analysis.answers.length, `some, not all, suggestions are below ${threshold}: ${f.analysis.answers.map((s) => `${s.id} ${s.confidence}`).join(', ')}`);
      const ids = autoCodeEdits(f, threshold).map((e) => e.id);
      for (const id of below) assert.ok(!ids.includes(id), `${id} is below the threshold`);
      assert.equal(ids.length, f.analysis.answers.length - below.length);
      assert.equal(pendingSuggestions(facts()).length, 7);
    });

    it('auto-coding skips ids the questionnaire does not know', () => {
      const text = REPLY.replace('Yours sincerely', 'Q9. An extra question\nThere were none.\n\nYours sincerely');
      const ids = autoCodeEdits(facts(null, text), 0).map((e) => e.id);
      assert.ok(!ids.includes('Q9'));
    });
  });

  describe('untagged markers', () => {
    const sidecar = 'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: 9\n  Q2:\n    status: answered\n    value: "No"\n';

    it('lists answer markers without a tag, leaving out questions the routing makes unnecessary', () => {
      const labels = untaggedMarkers(facts(sidecar)).map((m) => m.label);
      // Q2 is "No", so Q2a is not required; Q1 and Q2 are coded.
      assert.deepEqual(labels, ['Q3.', 'Q4.', 'Q5a-b.']);
    });

    it('finds the next and previous one from the cursor, and none past the ends', () => {
      const markers = untaggedMarkers(facts(sidecar));
      const q4 = at('Q4. Please');
      assert.equal(adjacentMarker(markers, q4, 'next')?.label, 'Q5a-b.');
      assert.equal(adjacentMarker(markers, q4, 'previous')?.label, 'Q3.');
      assert.equal(adjacentMarker(markers, at('Q5a-b.'), 'next'), undefined);
      assert.equal(adjacentMarker(markers, at('Q3. How'), 'previous'), undefined);
      assert.equal(adjacentMarker(markers, 0, 'next')?.label, 'Q3.');
    });
  });

  describe('code actions offered', () => {
    const titles = (f: ReplyFacts, start: number, end = start) => planCodeActions(f, { start, end }, 0.7).map((p) => p.title);

    it('at a cursor in an answer: accept, the statuses, refused with the read exemption and with a choice, accept all', () => {
      const f = facts();
      const t = titles(f, at('more than 18 hours'));
      // (The share is the suggestion's calibrated confidence, whatever the current fit makes it.)
      const pct = Math.round(f.analysis.answers.find((a) => a.id === 'Q3')!.confidence * 100);
      assert.ok(pct >= 70 && pct < 100, `${pct}`);
      assert.deepEqual(t, [
        `Accept suggestion: Q3 — refused (s12) · ${pct}%`,
        'Mark Q3 as not held',
        'Mark Q3 as not applicable',
        'Mark Q3 as refused (s12)',
        'Mark Q3 as refused…',
        'Mark Q3 as signposted',
        'Mark Q3 as partial',
        'Mark Q3 as unclear',
        'Accept all suggestions in this reply (7)',
      ]);
    });

    it('with a selection: tag it as the nearest question first, or pick another', () => {
      const s = spanOf('9 public libraries');
      const plan = planCodeActions(facts(), s, 0.7);
      assert.deepEqual(
        plan.slice(0, 2).map((p) => p.title),
        ['Tag selection as answer to Q1', 'Tag selection as answer to…'],
      );
      assert.deepEqual(plan[0]!.kind === 'tag' && plan[0]!.span, s);
    });

    it('prefers the suggestion only when it is confident enough and nothing is coded yet', () => {
      const preferred = (f: ReplyFacts, offset: number, min: number) => planCodeActions(f, { start: offset, end: offset }, min).find((p) => p.kind === 'accept');
      const accept = preferred(facts(), at('more than 18 hours'), 0.7);
      assert.ok(accept?.kind === 'accept' && accept.preferred);
      const unsure = preferred(facts(), at('more than 18 hours'), 0.99);
      assert.ok(unsure?.kind === 'accept' && !unsure.preferred);
      const human = facts('version: 1\nanswers:\n  Q4:\n    status: answered\n    value: Eastgate\n    coder: priya\n');
      const over = preferred(human, at('We do not hold'), 0.7);
      assert.ok(over?.kind === 'accept' && !over.preferred, 'replacing a human tag is offered, never preferred');
    });

    it('offers "Open sidecar" for a coded answer, and no accept when the sidecar already agrees', () => {
      const f = facts('version: 1\nanswers:\n  Q4:\n    status: not-held\n    coder: priya\n');
      const t = titles(f, at('We do not hold'));
      assert.ok(t.includes('Open sidecar at Q4'));
      assert.ok(!t.some((x) => x.startsWith('Accept suggestion')));
      assert.ok(t.includes('Accept all suggestions in this reply (6)'));
    });

    it('offers nothing but "accept all" before the first marker', () => {
      assert.deepEqual(titles(facts(), at('Dear Ms')), ['Accept all suggestions in this reply (7)']);
    });
  });

  describe('helpers', () => {
    it('names the coder from the setting, else the OS user, else `coder`', () => {
      assert.equal(coderName(' priya ', 'root'), 'priya');
      assert.equal(coderName('', 'sam'), 'sam');
      assert.equal(coderName(undefined, undefined), 'coder');
    });

    it('trims white space at both ends of a span, in either direction', () => {
      assert.deepEqual(trimSpan('  ab \n', 6, 0), { start: 2, end: 4 });
      assert.deepEqual(trimSpan('   ', 0, 3), { start: 3, end: 3 });
    });
  });

  describe('the range the writer replaces in an open sidecar', () => {
    const apply = (a: string, b: string) => {
      const r = changedRange(a, b);
      return a.slice(0, r.start) + b.slice(r.start, r.endNew) + a.slice(r.endOld);
    };

    it('is only the changed part', () => {
      const a = 'version: 1\nanswers:\n  Q1:\n    status: answered\n';
      const b = 'version: 1\nanswers:\n  Q1:\n    status: not-held\n';
      const r = changedRange(a, b);
      // The shared `d\n` at the end stays too.
      assert.equal(a.slice(r.start, r.endOld), 'answere');
      assert.equal(b.slice(r.start, r.endNew), 'not-hel');
    });

    it('never starts or ends inside a CRLF or a surrogate pair', () => {
      const r = changedRange('a\r\nb', 'a\r\r\nb');
      assert.ok(!('a\r\nb'[r.start - 1] === '\r' && 'a\r\nb'[r.start] === '\n'));
      const e = changedRange('x😀y', 'x😃y');
      assert.equal(e.start, 1);
      assert.equal(e.endOld, 3);
    });

    it('rebuilds the new text from any old text (property)', () => {
      const chars = fc.constantFrom('a', 'b', '\r', '\n', '😀', ' ');
      fc.assert(
        fc.property(fc.array(chars).map((x) => x.join('')), fc.array(chars).map((x) => x.join('')), (a, b) => {
          assert.equal(apply(a, b), b);
        }),
        { numRuns: 300 },
      );
    });
  });

  it('any tagged selection written to a sidecar anchors back to the same text (property)', () => {
    const q = questionnaire();
    const base = facts(null, REPLY, q);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: REPLY.length }), fc.integer({ min: 0, max: 60 }), fc.constantFrom(...questionIds(base)), (start, len, id) => {
        const entry = entryForSelection(base, id, { start, end: Math.min(REPLY.length, start + len) }, 'priya');
        if (!entry) return;
        const written = applyAnswerEdits(null, [{ id, entry }], { order: q.questions.map((x) => x.id), replyName: 'ashwick.txt' });
        assert.ok(written.ok);
        const parsed = parseSidecar(written.text).sidecar?.answers.get(id);
        assert.ok(parsed?.quote);
        const anchor = anchorQuote(REPLY, parsed.quote);
        assert.deepEqual([anchor?.start, anchor?.end], [entry.quote?.start, entry.quote?.end]);
      }),
      { numRuns: 150 },
    );
  });
});
