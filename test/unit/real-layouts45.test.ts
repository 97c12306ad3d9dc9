// Layouts and wordings found by scoring the engine on replies it had never seen (session 45), each
// fixed with a general rule. The letters here are written for fictional bodies; no real text is
// copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { answersOf, reading } from '../support/engine';

const root = resolve(__dirname, '../..');
const crm = parseQuestionnaire(readFileSync(resolve(root, 'examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;

describe('figures for several years in one cell, parted by "|"', () => {
  const sheet = [
    'Ref\tQuestion\tResponse\tNotes',
    'Q8\tWhat was the Authority’s annual spend for 2017-18?\t2016-17: £38.1m | 2017-18: £39.6m | 2018-19 (budget): £40.2m\tGross expenditure',
    'Q9\tWhat was the Authority’s annual spend for 2017-18 for software licensing?\t2016-17: £301,200 | 2017-18: £318,450\t',
  ].join('\n');

  it('reads the year asked with its "m": £39.6m is 39,600,000, not 39.6', () => {
    const got = answersOf(sheet, crm);
    assert.deepEqual(reading(got, 'Q8'), ['answered', 39_600_000, 2]);
    assert.deepEqual(reading(got, 'Q9'), ['answered', 318_450, 3]);
  });
});

describe('a closing sentence on what kind of exemption a section is', () => {
  const letter = [
    "Q8. What was the Authority's annual spend for 2017-18?",
    'The Council considers that this information is exempt from disclosure under',
    'section 21 of the Freedom of Information Act 2000, as it is published in our',
    'annual statement of accounts.',
    '',
    'Q14. Are the IT systems centred primarily around Residents or Properties?',
    'Properties',
    '',
    'Section 21 is an absolute exemption and no public interest test is required.',
    '',
    'If you are unhappy with this response you may ask for an internal review.',
  ].join('\n');

  it('leaves the last answer given ("Properties"), and the section 21 answer above it still cites section 21', () => {
    const got = answersOf(letter, crm);
    assert.deepEqual(reading(got, 'Q14'), ['answered', 'Properties', 7]);
    assert.equal(got.get('Q8')?.exemption, 's21');
  });

  it('still refuses when the sentence is the answer: "Section 21 is an absolute exemption."', () => {
    const got = answersOf("Q8. What was the Authority's annual spend for 2017-18?\nSection 21 is an absolute exemption.\n", crm);
    assert.equal(got.get('Q8')?.status, 'refused');
    assert.equal(got.get('Q8')?.exemption, 's21');
  });
});

describe('"not recorded separately" and a figure for a wider whole', () => {
  const letter = [
    "Q8 What was the Authority's annual spend for 2017-18?",
    '£11.06m. Contractors are not recorded separately and are included in the agency staff figure.',
    '',
    "Q9 What was the Authority's annual spend for 2017-18 for software licensing?",
    'Not recorded separately - it is included in the overall ICT budget of £1.2m, which also covers hardware and telephony.',
  ].join('\n');

  it('reads software licensing as not held: the £1.2m is the whole ICT budget, which also covers other things', () => {
    const got = answersOf(letter, crm);
    assert.deepEqual(reading(got, 'Q9'), ['not-held', null, 5]);
  });

  it('still reads a figure that includes the part not recorded separately as the answer', () => {
    const got = answersOf(letter, crm);
    assert.deepEqual(reading(got, 'Q8'), ['answered', 11_060_000, 2]);
  });
});

describe('a heading and its parts restated, one wrapped onto a second line, then one answer', () => {
  const letter = [
    'Q11. Does the Authority use a Customer Relationship Management (CRM) System?',
    'Yes',
    '',
    'Q13. If the Authority does not have a CRM system:',
    'Q13a. Has the implementation of a CRM ever been considered?',
    'Q13b. If Yes to Q13a., what were the reasons for not proceeding?',
    'Q13c. Has the implementation of a CRM ever been planned or undertaken, but',
    '    subsequently abandoned?',
    'Q13d. If Yes to Q13c., what were the reasons for the failure of the project?',
    '    Not applicable, as the Council has a CRM (see Q11).',
    '',
    'Q14. Are the IT systems centred primarily around Residents or Properties?',
    'Both',
  ].join('\n');

  it('gives the one answer to the heading and every part above it, the wrapped one too', () => {
    const got = answersOf(letter, crm);
    for (const id of ['Q13', 'Q13a', 'Q13b', 'Q13c', 'Q13d']) assert.deepEqual(reading(got, id), ['not-applicable', null, 10], id);
  });
});
