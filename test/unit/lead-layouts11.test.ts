// Layouts found by scoring the engine on real disclosure-log replies it had never seen (session 11),
// each fixed with a general rule. The replies and requests here are written for fictional councils
// in the same shapes; no real text is copied.
import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { parseValue } from '../../src/core/values';
import type { Question, Questionnaire } from '../../src/core/types';

const rows = (reply: string, q: Questionnaire) => analyzeReply(reply, q).answers.map((a) => [a.id, a.status, a.exemption ?? null, a.line]);

describe('requests read by init from real disclosure-log layouts', () => {
  it('reads "2." alone on its line over lettered parts as question 2 with parts 2a and 2b, not as parts of question 1', () => {
    const request = [
      'I am comparing how councils look after their bandstands.',
      '1. The name and location of every bandstand the council maintains',
      '2.',
      'a) Is it available to hire (yes/no)',
      'b) The cost of its last repaint',
    ].join('\n');
    const q = questionnaireFromRequest(request).questionnaire;
    assert.deepEqual(q.questions.map((x) => [x.id, x.parent ?? null, x.heading ?? false]), [
      ['Q1', null, false],
      ['Q2', null, true],
      ['Q2a', 'Q2', false],
      ['Q2b', 'Q2', false],
    ]);
  });

  it('reads "2." alone on its line as question 2 whose words are on the next line', () => {
    const q = questionnaireFromRequest('1. How many bandstands does the council maintain?\n2.\nWhen was the last one repainted?\n3. Who repaints them?').questionnaire;
    assert.deepEqual(q.questions.map((x) => [x.id, x.text]), [
      ['Q1', 'How many bandstands does the council maintain?'],
      ['Q2', 'When was the last one repainted?'],
      ['Q3', 'Who repaints them?'],
    ]);
  });

  it('reads "1. … 2. … 3. …" written inside one paragraph as three questions', () => {
    const request =
      'Please provide the following recorded information: 1. Any guidance that describes how the Council keeps records of tree inspections. 2. Any documents that say which team is responsible for those records. 3. If no such guidance is held, please confirm this.';
    const q = questionnaireFromRequest(request).questionnaire;
    assert.deepEqual(q.questions.map((x) => [x.id, x.text]), [
      ['Q1', 'Any guidance that describes how the Council keeps records of tree inspections.'],
      ['Q2', 'Any documents that say which team is responsible for those records.'],
      ['Q3', 'If no such guidance is held, please confirm this.'],
    ]);
  });

  it('does not split a paragraph at "1." and "2." that do not run from 1 or do not open sentences', () => {
    const one = questionnaireFromRequest('Under section 1. The Council must say whether it holds the information.\n1. How many trees were felled?\n2. How many were planted?').questionnaire;
    assert.deepEqual(one.questions.map((x) => x.id), ['Q1', 'Q2']);
    const decimals = questionnaireFromRequest('1. What was spent on repairs: 1.5 or 2.5 million?\n2. Who did the repairs?').questionnaire;
    assert.deepEqual(decimals.questions.map((x) => [x.id, x.text]), [
      ['Q1', 'What was spent on repairs: 1.5 or 2.5 million?'],
      ['Q2', 'Who did the repairs?'],
    ]);
  });
});

describe('one statement below restated questions that have no answer of their own', () => {
  const request = [
    '1. How much has the council paid in compensation for damage caused by potholes since 2019?',
    '2. How many claims for pothole damage were made against the council?',
    '3. How many potholes are awaiting repair today?',
  ].join('\n');
  const q = questionnaireFromRequest(request).questionnaire;

  it('gives a section 21 refusal below the restated request to every question above it, at the refusal\'s line', () => {
    const reply = [
      '12th March 2025',
      '',
      '1. How much has the council paid in compensation for damage caused by potholes since 2019?',
      '',
      '2. How many claims for pothole damage were made against the council?',
      '',
      '3. How many potholes are awaiting repair today?',
      '',
      'The council has answered earlier requests about potholes and compensation claims. We are therefore applying the section 21 exemption (information accessible by other means).',
    ].join('\n');
    assert.deepEqual(rows(reply, q), [
      ['Q1', 'refused', 's21', 9],
      ['Q2', 'refused', 's21', 9],
      ['Q3', 'refused', 's21', 9],
    ]);
    // Offered, not certain: the statement names no question.
    const got = analyzeReply(reply, q).answers;
    assert.ok(got[0]!.confidence < got[2]!.confidence, `${got[0]!.confidence} < ${got[2]!.confidence}`);
  });

  it('gives a section 21 signpost below the restated request ("published in our disclosure log") to every question above it', () => {
    const reply = [
      '1. How much has the council paid in compensation for damage caused by potholes since 2019?',
      '2. How many claims for pothole damage were made against the council?',
      '3. How many potholes are awaiting repair today?',
      'This information is published in our disclosure log, where earlier requests about potholes were answered. We are therefore applying the section 21 exemption.',
    ].join('\n');
    assert.deepEqual(rows(reply, q), [
      ['Q1', 'signposted', 's21', 4],
      ['Q2', 'signposted', 's21', 4],
      ['Q3', 'signposted', 's21', 4],
    ]);
  });

  it('gives "We do not hold a record of this" below two restated questions to both', () => {
    const two = questionnaireFromRequest('1. How many street trees were removed for new housing in 2024/25?\n2. How many new trees have been planted to replace them?').questionnaire;
    const reply = [
      'Trees removed for new housing',
      '1. How many street trees were removed for new housing in 2024/25?',
      '2. How many new trees have been planted to replace them?',
      'We do not hold a record of this. Every planning application that removes trees is assessed by the landscape team.',
    ].join('\n');
    assert.deepEqual(rows(reply, two), [
      ['Q1', 'not-held', null, 4],
      ['Q2', 'not-held', null, 4],
    ]);
  });

  it('leaves the earlier questions without an answer when the statement is a figure, or says it is for its own question', () => {
    const reply = [
      '1. How much has the council paid in compensation for damage caused by potholes since 2019?',
      '2. How many claims for pothole damage were made against the council?',
      '3. How many potholes are awaiting repair today?',
      '412 potholes are awaiting repair.',
    ].join('\n');
    assert.deepEqual(rows(reply, q).map((r) => r[0]), ['Q3']);
    const own = reply.replace('412 potholes are awaiting repair.', 'We do not hold this information for this question.');
    assert.deepEqual(rows(own, q), [['Q3', 'not-held', null, 4]]);
  });

  it('takes a label read as two questions ("…, and how many were settled?" → 2a and 2b) into the run', () => {
    const compound = questionnaireFromRequest(request.replace('How many claims for pothole damage were made against the council?', 'How many claims were made against the council, and how many were settled?')).questionnaire;
    assert.deepEqual(compound.questions.map((x) => x.id), ['Q1', 'Q2a', 'Q2b', 'Q3']);
    const reply = [
      '1. How much has the council paid in compensation for damage caused by potholes since 2019?',
      '2. How many claims were made against the council, and how many were settled?',
      '3. How many potholes are awaiting repair today?',
      'We do not hold this information.',
    ].join('\n');
    assert.deepEqual(rows(reply, compound).map((r) => [r[0], r[1], r[3]]), [
      ['Q1', 'not-held', 4],
      ['Q2a', 'not-held', 4],
      ['Q2b', 'not-held', 4],
      ['Q3', 'not-held', 4],
    ]);
  });

  it('walks over a heading and its parts restated in the run, to the first question', () => {
    const headed = questionnaireFromRequest('1. How much has the council paid for pothole damage since 2019?\n2. Claims\na) How many claims were made?\nb) How many claims were settled?\n3. How many potholes are awaiting repair today?').questionnaire;
    assert.equal(headed.byId.get('Q2')!.heading, true);
    const reply = [
      '1. How much has the council paid for pothole damage since 2019?',
      '2. Claims',
      'a) How many claims were made?',
      'b) How many claims were settled?',
      '3. How many potholes are awaiting repair today?',
      'We do not hold this information.',
    ].join('\n');
    assert.deepEqual(rows(reply, headed).map((r) => [r[0], r[1], r[3]]), [
      ['Q1', 'not-held', 6],
      ['Q2', 'not-held', 6],
      ['Q2a', 'not-held', 6],
      ['Q2b', 'not-held', 6],
      ['Q3', 'not-held', 6],
    ]);
  });

  it('leaves parts whose heading has its own answer ("Q2 (all parts): see the attached report") to that answer', () => {
    const headed = questionnaireFromRequest('1. How much has the council paid for pothole damage since 2019?\n2. Claims\na) How many claims were made?\nb) How many claims were settled?\n3. How many potholes are awaiting repair today?').questionnaire;
    const reply = [
      'Q1. How much has the council paid for pothole damage since 2019?',
      '£12,400',
      'Q2. Claims',
      'Q2 (all parts): see the attached claims report.',
      'Q2a. How many claims were made?',
      'Q2b. How many claims were settled?',
      'Q3. How many potholes are awaiting repair today?',
      'We do not hold this information.',
    ].join('\n');
    const got = rows(reply, headed).map((r) => [r[0], r[1], r[3]]);
    assert.deepEqual(got.filter((r) => r[0] === 'Q2a' || r[0] === 'Q2b' || r[0] === 'Q3'), [
      ['Q2a', 'signposted', 4],
      ['Q2b', 'signposted', 4],
      ['Q3', 'not-held', 8],
    ]);
  });

  it('does not reach past a question that has an answer of its own', () => {
    const reply = [
      '1. How much has the council paid in compensation for damage caused by potholes since 2019?',
      '£48,200',
      '2. How many claims for pothole damage were made against the council?',
      '3. How many potholes are awaiting repair today?',
      'We do not hold this information.',
    ].join('\n');
    const got = rows(reply, q);
    assert.deepEqual(got[0]!.slice(0, 2), ['Q1', 'answered']);
    assert.deepEqual(got.slice(1), [
      ['Q2', 'not-held', null, 5],
      ['Q3', 'not-held', null, 5],
    ]);
  });
});

describe('a financial year written as "2018 – 2019"', () => {
  const staff: Question = { id: 'Q2', type: 'number', order: 1, text: 'How many staff worked on FOI requests in each of the last five years?' };

  it('is not read as a count', () => {
    assert.equal(parseValue('2018 – 2019 | We do not employ officers solely for FOI, so we do not hold this information. |', staff).value, null);
    assert.equal(parseValue('2021/2022: 4', staff).value, 4);
  });

  it('leaves a table row that says nothing is held as not held, not a figure for part', () => {
    const q = questionnaireFromRequest('1) How many FOI requests did the council receive in each of the last five years?\n2) How many staff worked on FOI requests in each of the last five years?').questionnaire;
    const reply = [
      '1) How many FOI requests did the council receive in each of the last five years?',
      '2019 – 2020 | 1,204 |',
      '2018 – 2019 | 1,133 |',
      '2) How many staff worked on FOI requests in each of the last five years?',
      '2019 – 2020 | We do not employ officers solely for FOI, so we do not hold this information. |',
      '2018 – 2019 | As above |',
    ].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status, a.value]), [
      ['Q1', 'answered', 1204],
      ['Q2', 'not-held', null],
    ]);
  });
});
