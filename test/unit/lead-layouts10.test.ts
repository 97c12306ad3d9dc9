// Layouts found by reading the misses of the development sets and of the blind sets of session 10,
// each fixed with a general rule. Replies are written here for fictional councils.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { analyzeReply } from '../../src/core/suggest';
import type { Questionnaire } from '../../src/core/types';

const crm = (): Questionnaire => parseQuestionnaire(readFileSync(path.join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;
const rows = (q: Questionnaire, reply: string) => {
  const got = analyzeReply(reply, q).answers;
  return (id: string) => got.filter((a) => a.id === id).map((a) => [a.status, a.value, a.line])[0];
};

describe('prose letters that name their questions (crm-blind8)', () => {
  it('reads "question 13 and its parts do not apply" inside a sentence as not applicable for the heading and each part, from the sentence\'s line', () => {
    const reply = [
      'Dear Mr Adebayo-Clarke,',
      '',
      'The authority is Orrin Bay Borough Council (question 1). We estimate 88,400 residents and',
      '9,120 hectares (questions 2 and 3). In answer to your questions 4 to 4c, we run 140 systems.',
      '',
      'We do use a CRM system (question 11). It went live in May 2016 after a project of',
      'about a year (questions 12a to 12b), and the main difficulty was funding. Because we',
      'have a CRM, question 13 and its parts do not apply. In answer to question 14, both.',
      '',
      'Yours sincerely,',
    ].join('\n');
    const row = rows(crm(), reply);
    for (const id of ['Q13', 'Q13a', 'Q13b', 'Q13c', 'Q13d']) assert.deepEqual(row(id), ['not-applicable', null, 7], id);
  });

  it('does not read "question 13 does not apply" as not applicable when the sentence says it does apply', () => {
    const reply = [
      'Dear Mr Adebayo-Clarke,',
      '',
      'The authority is Orrin Bay Borough Council (question 1). We estimate 88,400 residents and',
      '9,120 hectares (questions 2 and 3). In answer to your questions 4 to 4c, we run 140 systems.',
      '',
      'We do not use a CRM system (question 11). A business case was written in 2015, and',
      'question 13 applies to us: it failed for lack of funding.',
      '',
      'Yours sincerely,',
    ].join('\n');
    const row = rows(crm(), reply);
    assert.notEqual(row('Q13')?.[0], 'not-applicable');
  });
});

describe('ranges of parts written with the number once (crm-blind11)', () => {
  it('reads "12 a) – c) N/A" as Q12a to Q12c, and so the heading, not applicable', () => {
    const reply = [
      '10) £21.6m',
      '11) No',
      '12 a) – c) N/A',
      '13 a) Yes, in 2019.',
      '13 b) Funding.',
    ].join('\n');
    const row = rows(crm(), reply);
    for (const id of ['Q12', 'Q12a', 'Q12b', 'Q12c']) assert.deepEqual(row(id), ['not-applicable', null, 3], id);
    assert.deepEqual(row('Q13a'), ['answered', 'Yes', 4]);
  });
});
