// Layouts found by scoring the engine on replies it had never seen (session 21), each fixed with a
// general rule. The requests and letters here are written for fictional councils; no real text is copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { analyzeReply } from '../../src/core/suggest';
import { parseValue } from '../../src/core/values';
import type { Question } from '../../src/core/types';

const CRM = parseQuestionnaire(readFileSync(join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;

describe('layouts found on unseen replies (session 21)', () => {
  it('a routing sentence that wraps so a line opens with "question 6." does not start question 6', () => {
    const request = [
      'Dear Sir or Madam,',
      '',
      '1. How many dog fouling fines did the council issue in 2024?',
      '',
      '2. Does the council employ its own enforcement officers? Yes/No – if No, please go to',
      '   question 3.',
      '   (a) If Yes, how many officers were employed at 31 March 2024?',
      '   (b) If Yes, what was their total salary cost in 2023/24?',
      '',
      '3. How many fines were paid within 14 days?',
      '',
      '4. In which year did the council last review its fixed penalty amounts?',
      '',
      'Yours faithfully,',
      'A. Requester',
    ].join('\n');
    const q = questionnaireFromRequest(request).questionnaire!;
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q2a', 'Q2b', 'Q3', 'Q4']);
    assert.match(q.questions.find((x) => x.id === 'Q3')!.text ?? '', /paid within 14 days/);
    assert.match(q.questions.find((x) => x.id === 'Q2a')!.text ?? '', /how many officers/);
  });

  it('a title in the question\'s words naming the year it asks about is a title: the figure comes from the table below', () => {
    const request = ['1. How many burials took place in the council\'s cemeteries in the calendar year 2023?', '', '2. What is the fee for an adult burial in a new grave?', ''].join('\n');
    const q = questionnaireFromRequest(request).questionnaire!;
    const reply = [
      'Dear Ms Requester,',
      '',
      'Question 1 – number of burials in calendar year 2023',
      '',
      'We have included the previous year for comparison.',
      '',
      '   Calendar year        Burials',
      '   2022                     318',
      '   2023                     296',
      '',
      'Question 2 – adult burial fee',
      '',
      'The fee is £1,240.',
      '',
    ].join('\n');
    const a = analyzeReply(reply, q).answers.find((x) => x.id === 'Q1')!;
    assert.equal(a.status, 'answered');
    assert.equal(a.value, 296);
  });

  it('a fixed-width table whose answer cell is a year-by-year list keeps the years: the latest year\'s figure is the value', () => {
    const request = ['1. How many bridges does the council maintain?', '', '2. What was the council\'s capital spend on bridge repairs in each of the financial years 2021/22, 2022/23 and 2023/24?', ''].join('\n');
    const q = questionnaireFromRequest(request).questionnaire!;
    const reply = [
      'Our response is in the table below.',
      '',
      ' No.   Question (summary)                     Council response',
      '',
      ' 1     Number of bridges maintained           64 bridges and culverts',
      '',
      ' 2     Capital spend on bridge repairs        2021/22      £0.42m',
      '       2021/22, 2022/23, 2023/24              2022/23      £0.57m',
      '                                              2023/24      £0.61m',
      '',
    ].join('\n');
    const a = analyzeReply(reply, q).answers.find((x) => x.id === 'Q2')!;
    assert.equal(a.status, 'answered');
    assert.equal(a.value, 610000);
  });

  it('a size after a figure ("118 acres") is no count of the holdings a question counts; a size asked for still is', () => {
    const holdings: Question = { id: 'Q1', type: 'number', text: 'How many agricultural holdings did the council own at 1 April 2024?' };
    assert.equal(parseValue('The Council owns six agricultural holdings. They are all small, the largest being 118 acres.', holdings).value, 6);
    const acres: Question = { id: 'Q2', type: 'number', text: 'How many acres of farmland did the council own at 1 April 2024?' };
    assert.equal(parseValue('The estate covers 1,240 acres across six holdings.', acres).value, 1240);
    const area: Question = { id: 'Q3', type: 'number', text: 'What is the area of the authority?' };
    assert.equal(parseValue('The district covers some 212 square miles.', area).value, 212);
  });

  it('"I can confirm in answer to question 11 that …": a reference a few words into its sentence opens that answer', () => {
    const letter = [
      'Dear Mr Requester,',
      '',
      'In answer to question 1, the full name of the authority is Thornwick Vale District Council.',
      '',
      'In answer to question 2, the population of the district is 61,300.',
      '',
      'In answer to question 3, the district covers 188 square miles.',
      '',
      'I can confirm in answer to question 11 that the Council does not have a CRM system at present.',
      '',
      'Yours sincerely,',
    ].join('\n');
    const a = analyzeReply(letter, CRM).answers.find((x) => x.id === 'Q11')!;
    assert.equal(a.line, 9);
    assert.equal(a.status, 'answered');
    assert.equal(a.value, 'No');
  });
});
