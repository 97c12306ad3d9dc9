// Layouts and wordings found by scoring the engine on replies it had never seen (session 46), each
// fixed with a general rule. The letters here are written for fictional bodies; no real text is
// copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { analyzeReply } from '../../src/core/suggest';
import { answersOf, reading } from '../support/engine';

const root = resolve(__dirname, '../..');
const crm = parseQuestionnaire(readFileSync(resolve(root, 'examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;

describe('a figure that is no sum of money, read for a money question', () => {
  // A council that numbers its answers 1 to 26 its own way: its "10." is not the questionnaire's Q10.
  const list = [
    'Response',
    '',
    'For ease of reference our answers are numbered 1 to 26, following the order of the',
    'questions in your request.',
    '',
    '1.  Tarnwick Borough Council',
    '2.  96,300',
    '3.  24.1 square miles',
    '4.  68',
    '5/6: 11 and 57 respectively',
    '7.  Properties',
    '8.  Waste and recycling, planning and building control, council tax, housing',
    '    benefit, licensing, environmental health, parking and leisure.',
    '9.  Yes',
    '10. 31%',
    '11. See 10.',
    '12. Unknown',
    '13. £58.4m gross expenditure (Statement of Accounts 2017/18,',
    '    https://www.tarnwick.example.gov.uk/accounts)',
    '14. £0.37m',
    '15. £19.6m for employees and agency staff. Spend on contractors is held',
    '    within service budgets and cannot be separated out.',
    '16. No',
    '17 - 20. Not applicable',
    '22. Yes – it was considered in 2015 as part of a digital review.',
    '23. Funding.',
    '24/25: No, so 25 does not apply.',
    '26. Properties',
  ].join('\n');

  it('offers "31%" as the payroll spend but never auto-codes it', () => {
    const q10 = analyzeReply(list, crm).answers.find((a) => a.id === 'Q10')!;
    assert.equal(q10.line, 15);
    assert.equal(q10.value, 31);
    assert.ok(q10.confidence < 0.95, `confidence ${q10.confidence}`);
  });

  it('still auto-codes the same answer written as money', () => {
    const got = answersOf(list.replace('10. 31%', '10. £31.0m'), crm);
    assert.deepEqual(reading(got, 'Q10'), ['answered', 31_000_000, 15]);
    assert.ok(got.get('Q10')!.confidence >= 0.95, `confidence ${got.get('Q10')!.confidence}`);
  });
});
