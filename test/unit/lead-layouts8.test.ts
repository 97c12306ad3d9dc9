// Layouts found by scoring the blind sets of session 8 (other-blind13/14, crm-blind11/12, written
// by helpers who never read the engine), each fixed with a general rule. The replies are for the
// fictional community libraries survey, or for requests written here in the same shapes.
import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { phraseChoices, questionnaireFromRequest } from '../../src/core/fromRequest';
import { classifyAnswer } from '../../src/core/classify';
import { parseValue } from '../../src/core/values';
import { idsNamed } from '../../src/core/rangeClauses';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import type { Questionnaire } from '../../src/core/types';
import { LIBRARIES_YAML as YAML, markerLines } from '../support/libraries-survey';


describe('layouts from the blind sets of session 8', () => {
  let q!: Questionnaire;
  beforeEach(() => (q = parseQuestionnaire(YAML).questionnaire!));

  it('reads a letter that answers in prose, in order, naming no question, and offers those answers without auto-coding them', () => {
    const reply = [
      'Dear Mr Osei,',
      '',
      'Thank you for your request of 3 March about our libraries, which we have dealt with under the Act.',
      '',
      'The council currently runs 14 libraries, two of them in shared buildings. A home delivery service',
      'is run by volunteers for housebound readers; 31 volunteers deliver it at present.',
      '',
      'Self-service kiosks are not used in any branch.',
      '',
      'The staff cost of the library service in 2023/24 was £1.2m, including on-costs. Reservations',
      'take 6 working days on average to arrive.',
      '',
      'Our mobile libraries number 3, each visiting twelve villages a fortnight.',
      '',
      'Yours sincerely,',
      'Records Team',
    ].join('\n');
    assert.deepEqual(markerLines(reply, q), []);
    const got = analyzeReply(reply, q).answers;
    const row = (id: string) => got.filter((a) => a.id === id).map((a) => [a.status, a.value, a.line])[0];
    assert.deepEqual(row('Q1'), ['answered', 14, 5]);
    assert.deepEqual(row('Q2c'), ['answered', 31, 6]);
    assert.deepEqual(row('Q3'), ['answered', 'No', 8]);
    assert.deepEqual(row('Q8'), ['answered', 1200000, 10]);
    assert.deepEqual(row('Q9'), ['answered', 6, 10]);
    assert.deepEqual(row('Q10'), ['answered', 3, 13]);
    for (const a of got) assert.ok(a.confidence < DEFAULT_MIN_CONFIDENCE, `${a.id} ${a.confidence}`);
    // A letter with fewer than four sentences tied to questions is no such letter.
    assert.deepEqual(analyzeReply('Dear Mr Osei,\n\nThe council runs 14 libraries.\n\nYours sincerely', q).answers, []);
  });

  it('splits a prose sentence that answers two questions into their clauses', () => {
    const reply = [
      'Dear Mr Osei,',
      '',
      'The council currently runs 14 libraries. We run a home delivery service for housebound readers.',
      'Members use it at a rate of 12% and the remaining deliveries are made by 31 volunteers.',
      '',
      'Self-service kiosks are not used in any branch. The staff cost of the library service in',
      '2023/24 was £1.2m. We have 3 mobile libraries.',
      '',
      'Yours sincerely,',
    ].join('\n');
    const got = analyzeReply(reply, q).answers.filter((a) => ['Q2a', 'Q2b', 'Q2c'].includes(a.id));
    assert.deepEqual(got.map((a) => [a.id, a.value, a.line]), [['Q2a', 'Yes', 3], ['Q2b', 12, 4], ['Q2c', 31, 4]]);
    assert.match(got[2]!.text, /^the remaining deliveries are made by 31 volunteers/);
  });

  it('does not take the request quoted below a prose answer for the answers', () => {
    const reply = [
      'Dear Mr Osei,',
      '',
      'The council currently runs 14 libraries. Our 31 volunteers deliver books to housebound readers.',
      'We do not use self-service kiosks in any branch. The libraries are used mainly by adults, about 60%.',
      'The staff cost of the library service in 2023/24 was £1.2m. We have 3 mobile libraries.',
      '',
      'Yours sincerely,',
      'Records Team',
      '',
      '-----Original Message-----',
      'From: A Osei',
      '',
      'Please could you tell me how many libraries the council runs, how many volunteers deliver it,',
      'what the staff cost of the library service in 2023/24 was and how many of these are mobile libraries.',
      'How many libraries does the council run?',
    ].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.map((a) => [a.id, a.line]), [['Q1', 3], ['Q2c', 3], ['Q3', 4], ['Q6', 4], ['Q8', 5], ['Q10', 5]]);
  });

  it('reads a tab-separated table whose first cell is the bare question number', () => {
    const reply = ['Q\tSubject\tResponse', '1\tLibraries\t14', '2a\tHome delivery\tYes', '2b\tMembers using it\t12%', '2c\tVolunteers\t31', '3\tKiosks\tNo', ''].join('\n');
    assert.deepEqual(markerLines(reply, q), ['2:Q1', '3:Q2a', '4:Q2b', '5:Q2c', '6:Q3']);
    assert.deepEqual(analyzeReply(reply, q).answers.map((a) => [a.id, a.value]), [['Q1', 14], ['Q2a', 'Yes'], ['Q2b', 12], ['Q2c', 31], ['Q3', 'No']]);
    // A figure and a tab in running text is no label: the run of a column is needed.
    assert.deepEqual(markerLines('We run\t14\tlibraries.\n2023\twas busy.', q), []);
  });

  it('does not take "open 24 hours a day" or "monitored 24 hours, 7 days a week" for the cost limit', () => {
    const question = q.byId.get('Q11')!;
    assert.equal(classifyAnswer('Yes. Two libraries are open 24 hours a day as unstaffed hubs.', question).status, 'answered');
    assert.equal(classifyAnswer('Not held - the room is monitored 24 hours, 7 days a week by a partner.', question).status, 'not-held');
    assert.equal(classifyAnswer('Yes. The hub runs 24 hours a day.', question).status, 'answered');
    assert.equal(classifyAnswer('To answer would take more than 24 hours of staff time, so we refuse it.', question).exemption, 's12');
    assert.equal(classifyAnswer('This would exceed 18 hours.', question).exemption, 's12');
  });
});

describe('layouts from the blind sets of session 8: labels, threads and values', () => {
  let q!: Questionnaire;
  beforeEach(() => (q = parseQuestionnaire(YAML).questionnaire!));

  it('reads "**1.**" alone on its line, bold closed after the number, with the answer below', () => {
    const reply = ['### Response', '', '**1.**', '14 libraries', '', '**2a.**', 'Yes', '', '**2b.**', 'About 12%.', '', '**2c.**', '31', ''].join('\n');
    assert.deepEqual(markerLines(reply, q), ['3:Q1', '6:Q2a', '9:Q2b', '12:Q2c']);
    assert.deepEqual(analyzeReply(reply, q).answers.map((a) => [a.id, a.value, a.line]), [['Q1', 14, 4], ['Q2a', 'Yes', 7], ['Q2b', 12, 10], ['Q2c', 31, 13]]);
  });

  it('takes the revised answer over the original quoted below it with ">", whatever their order', () => {
    const reply = ['Revised response', '', '1.  14', '4a. 2019 [REVISED]', '', 'Yours sincerely,', '', '-----Original response-----', '', '> 1.  14', '> 4a. 2016', ''].join('\n');
    const got = analyzeReply(reply, q).answers.find((a) => a.id === 'Q4a')!;
    assert.deepEqual([got.value, got.line], [2019, 4]);
  });

  it('reads a figure with the rest "not coded separately", "not costed separately" or "held by districts" as partial', () => {
    const money = q.byId.get('Q8')!;
    for (const text of [
      '£7.03m (employees and agency). Payments to contractors are not coded separately so we cannot provide that element.',
      '£45,000 (grant pot) plus staff time, which is not costed separately.',
      '£47,600 (disposal charges only – collection costs are held by districts)',
    ]) assert.equal(analyzeReply(`8. ${text}\n`, q).answers[0]!.status, 'partial', text);
    assert.equal(analyzeReply('8. £1.2m, including on-costs.\n', q).answers[0]!.status, 'answered');
    void money;
  });

  it('picks the figure that happened over a target, and "an average of 2.4" as the figure, not a base', () => {
    const question = { id: 'Q9', type: 'number', text: 'On average, how many working days pass between a request and the first visit?' } as const;
    assert.equal(parseValue('The contract requires a first visit within 3 working days. Monitoring shows an average of 2.4 working days in 2023/24.', question as never).value, 2.4);
    // A question that asks for the target takes it.
    const target = { id: 'Q9', type: 'number', text: 'What is the target number of working days for a first visit?' } as const;
    assert.equal(parseValue('The contract requires a first visit within 3 working days. Monitoring shows an average of 2.4 working days in 2023/24.', target as never).value, 3);
    // "of the 164 dogs" is still the base.
    const dogs = { id: 'Q1', type: 'number', text: 'How many dogs were returned to their owners?' } as const;
    assert.equal(parseValue('Of the 164 dogs seized, 97 were returned to their owners.', dogs as never).value, 97);
  });
});

describe('headings and dashes from the blind sets of session 8', () => {
  let q!: Questionnaire;
  beforeEach(() => (q = parseQuestionnaire(YAML).questionnaire!));

  it('reads "Q1 - 3." above "Q2a - …" as the answer 3, not a range, when the next label falls inside it', () => {
    assert.deepEqual(markerLines('Q1 - 3.\nQ2a - Yes.\n', q), ['1:Q1', '2:Q2a']);
    const three = 'Q1 - 3.\nQ2a - Yes.\n';
    assert.deepEqual(analyzeReply(three, q).answers.map((a) => [a.id, a.value]), [['Q1', 3], ['Q2a', 'Yes']]);
    // A range line with its answer below stays a range.
    assert.deepEqual(markerLines('Q4 - 5.\nNot applicable.\n\nQ6 - Adults.\n', q), ['1:Q4+Q4a+Q4b+Q5+Q5a+Q5b', '4:Q6']);
  });

  it('reads a heading\'s line for its parts in order, though the request quoted below labels the parts', () => {
    const reply = [
      'Please see our answers below; your email is copied underneath.',
      '',
      'Q3 - No.',
      'Q4 - Yes - installed in 2019. They cost £86,000 in all.',
      'Q5 - We have kiosks, so 5(a) and 5(b) do not apply.',
      '',
      '> 4) If the council uses kiosks:',
      '> (a) In what year were the kiosks installed?',
      '> (b) What did the kiosks cost?',
      '> 5) If the council does not use kiosks:',
      '> (a) Have kiosks ever been considered?',
    ].join('\n');
    const got = analyzeReply(reply, q).answers.filter((a) => /^Q[45]/.test(a.id)).map((a) => [a.id, a.status, a.value]);
    assert.deepEqual(got, [
      ['Q4', 'not-applicable', null],
      ['Q4a', 'answered', 2019],
      ['Q4b', 'answered', 86000],
      ['Q5', 'not-applicable', null],
      ['Q5a', 'not-applicable', null],
      ['Q5b', 'not-applicable', null],
    ]);
  });

  it('reads "We don\'t use kiosks, so 4(b) does not apply" under a heading as No for the part it answers and n/a for the part it names', () => {
    const yn = parseQuestionnaire(YAML.replace('    text: In what year were the kiosks installed?\n    type: year', '    text: Were the kiosks bought outright?\n    type: yes-no')).questionnaire!;
    const got = analyzeReply('Q3 - Yes.\nQ4 - The kiosks were not bought outright, so 4(b) does not apply.\n', yn).answers.filter((a) => /^Q4/.test(a.id));
    assert.deepEqual(got.map((a) => [a.id, a.status, a.value]), [['Q4', 'not-applicable', null], ['Q4a', 'answered', 'No'], ['Q4b', 'not-applicable', null]]);
  });
});

describe('runs and names from the blind sets of session 8', () => {
  let q!: Questionnaire;
  beforeEach(() => (q = parseQuestionnaire(YAML).questionnaire!));

  it('reads "13a to 13d" as all four parts, and "4a to 5b" as no run', () => {
    const crm = parseQuestionnaire(YAML.replace('  - id: Q13\n', '  - id: Q5c\n    text: Why not?\n    type: text\n  - id: Q13\n')).questionnaire!;
    assert.deepEqual(idsNamed('your questions 5a to 5c do not apply', crm), ['Q5a', 'Q5b', 'Q5c']);
    assert.deepEqual(idsNamed('questions 4a to 5b', crm), []);
    assert.deepEqual(idsNamed('Q5 (a) to (b)', crm), ['Q5a', 'Q5b']);
  });

  it('takes one "Not applicable" below a heading and its parts, each restated on its own line, for all of them', () => {
    const reply = [
      'Q3. Does the council use self-service kiosks?',
      'Response: Yes.',
      '',
      'Q5. If the council does not use kiosks:',
      'Q5a. Have kiosks ever been considered?',
      'Q5b. Why were they not installed?',
      'Response: Not applicable.',
      '',
      'Q6. Are the libraries mainly used by Adults or Children?',
      'Response: Both.',
    ].join('\n');
    const got = analyzeReply(reply, q).answers.filter((a) => /^Q5/.test(a.id));
    assert.deepEqual(got.map((a) => [a.id, a.status, a.line]), [['Q5', 'not-applicable', 7], ['Q5a', 'not-applicable', 7], ['Q5b', 'not-applicable', 7]]);
    // A figure below the run answers only its own question.
    const figure = analyzeReply(reply.replace('Response: Not applicable.', 'Response: Cost, in 2019.'), q).answers.filter((a) => /^Q5/.test(a.id));
    assert.deepEqual(figure.map((a) => a.id), ['Q5b']);
  });

  it('ties a prose sentence naming "questions 5a to 5b" to those parts, and ends a sentence at the end of its line', () => {
    const reply = [
      'Dear Mr Osei,',
      '',
      'The council currently runs 14 libraries. Our 31 volunteers deliver books to housebound',
      'readers. The council does use self-service kiosks; they were installed in 2019.',
      'As the council uses kiosks, your questions 5a to 5b do not apply.',
      'The staff cost of the library service in 2023/24 was £1.2m.',
      '',
      'Yours sincerely,',
    ].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.filter((a) => /^Q5/.test(a.id)).map((a) => [a.id, a.status, a.line]), [['Q5', 'not-applicable', 5], ['Q5a', 'not-applicable', 5], ['Q5b', 'not-applicable', 5]]);
    assert.equal(got.find((a) => a.id === 'Q8')?.line, 6);
  });
});

describe('titles and echoes from the blind sets of session 8', () => {
  let q!: Questionnaire;
  beforeEach(() => (q = parseQuestionnaire(YAML).questionnaire!));

  it('reads "Delivery (your questions 2a, 2b and 2c)" over three paragraphs as one paragraph for each, in order', () => {
    const reply = [
      'Rather than answer each question in turn, we have grouped them by subject.',
      '',
      'Delivery (your questions 2a, 2b and 2c)',
      '',
      'We run a home delivery service for housebound readers.',
      '',
      'The figures are published in our annual report, which is exempt under section 21: https://www.example.gov.uk/report.',
      '',
      'Some 31 volunteers deliver it.',
      '',
      'Kiosks (your question 3)',
      '',
      'The council does not use kiosks.',
    ].join('\n');
    const got = analyzeReply(reply, q).answers.filter((a) => /^Q2|^Q3/.test(a.id)).map((a) => [a.id, a.status, a.value, a.line]);
    assert.deepEqual(got, [
      ['Q2a', 'answered', 'Yes', 5],
      ['Q2b', 'signposted', null, 7],
      ['Q2c', 'answered', 31, 9],
      ['Q3', 'answered', 'No', 13],
    ]);
  });

  it('does not take a sentence that echoes a question\'s words and carries on for the question quoted', () => {
    const echo = analyzeReply('Dear Mr Osei,\n\nThe council does use self-service kiosks; they were installed in 2019.\n\nYours sincerely', q);
    assert.deepEqual(echo.markers, []);
    // The question quoted on its own line is still its marker, the answer below it.
    const quoted = analyzeReply('Does the council use self-service kiosks?\nYes, since 2019.\n', q).answers;
    assert.deepEqual(quoted.map((a) => [a.id, a.value, a.line]), [['Q3', 'Yes', 2]]);
  });
});

describe('renumbered replies from the blind sets of session 8', () => {
  const request = [
    'Dear Council,',
    '',
    '1) How many public health funerals did the council arrange in 2024/25?',
    '2) Of the funerals in question 1:',
    'a) how many were burials?',
    'b) how many were cremations?',
    '3) What was the total cost to the council of public health funerals in 2024/25 (£)?',
    '4) Does the council use a contracted funeral director for these funerals? (Yes/No)',
    '5) Where ashes are not collected, are they usually: scattered in a garden of remembrance, kept by the council, or other (please specify)?',
    '',
    'Thanks',
  ].join('\n');

  it('reads "Question 3 – number of cremations" as the council\'s own count that skips the heading', () => {
    const q = questionnaireFromRequest(request).questionnaire!;
    const reply = [
      'Question 1 – number of funerals',
      'The Council arranged 9 funerals in 2024/25.',
      '',
      'Question 2 – number of burials',
      'None.',
      '',
      'Question 3 – number of cremations',
      'All nine were cremations.',
      '',
      'Question 4 – total cost to the Council',
      '£12,480.',
      '',
      'Question 5 – contracted funeral director',
      'Yes.',
    ].join('\n');
    assert.deepEqual(analyzeReply(reply, q).answers.map((a) => [a.id, a.value, a.line]), [
      ['Q1', 9, 2],
      ['Q2a', 0, 5],
      ['Q2b', 9, 8],
      ['Q3', 12480, 11],
      ['Q4', 'Yes', 14],
    ]);
  });

  it('gives a renumbered label that quotes its question\'s words that question, whatever its number', () => {
    const q = questionnaireFromRequest(request).questionnaire!;
    const reply = [
      'Question 1: How many public health funerals did the council arrange in 2024/25?',
      'Response: 9',
      'Question 2: how many were burials?',
      'Response: None.',
      'Question 3: how many were cremations?',
      'Response: 9',
      'Question 4: What was the total cost to the council of public health funerals in 2024/25?',
      'Response: £12,480',
      'Question 5: Where ashes are not collected, are they usually: scattered in a garden of remembrance, kept by the council, or other?',
      'Response: Kept by the council.',
    ].join('\n');
    // The council left out the question on funeral directors: its "Question 5" quotes the request's 5.
    assert.deepEqual(analyzeReply(reply, q).answers.map((a) => [a.id, a.value]), [['Q1', 9], ['Q2a', 0], ['Q2b', 9], ['Q3', 12480], ['Q5', 'Kept by the council']]);
  });

  it('reads the options "scattered …, kept by the council, or other (please specify)" after a colon', () => {
    const q = questionnaireFromRequest(request).questionnaire!;
    assert.deepEqual(q.byId.get('Q5')!.choices, ['Scattered in a garden of remembrance', 'Kept by the council', 'Other']);
    // A money question with its kinds in brackets is no choice.
    const fee = questionnaireFromRequest('Dear Council,\n\n1. What is the fee (£) for a driver licence (hackney carriage, private hire or dual / combined)?\n2. How many drivers are licensed?\n').questionnaire!;
    assert.equal(fee.byId.get('Q1')!.type, 'money');
  });
});

describe('values from the blind sets of session 8', () => {
  let q!: Questionnaire;
  beforeEach(() => (q = parseQuestionnaire(YAML).questionnaire!));

  it('reads a text answer given in Welsh and English in English, whether split by a slash or by lines', () => {
    const slash = analyzeReply('C13 / Q13\nYng nghanol y dref, ac yn y pentrefi. / In the town centre, and in the villages.\n', q).answers[0]!;
    assert.equal(slash.value, 'In the town centre, and in the villages.');
    const lines = analyzeReply('Q13\nGwasanaethau yn y dref, llyfrgelloedd cymunedol,\nhamdden.\nServices in the town, community libraries,\nleisure.\n', q).answers[0]!;
    assert.equal(lines.value, 'Services in the town, community libraries, leisure.');
    // An English answer stays whole.
    assert.equal(analyzeReply('Q13\nIn the town centre and the three villages.\n', q).answers[0]!.value, 'In the town centre and the three villages.');
  });

  it('reads "Three (one in 2017 and two in 2022)" as 3, a total named after its words, "Free of charge …" as 0, and the overall share', () => {
    const count = q.byId.get('Q1')!;
    assert.equal(parseValue('Three (one interim order in 2017 and two in 2022).', count).value, 3);
    assert.equal(parseValue('We maintain 19,640 columns and 412 wall units, 20,052 street lights in total.', count).value, 20052);
    assert.equal(parseValue('Free of charge for up to three items; £25 thereafter.', q.byId.get('Q8')!).value, 0);
    const share = q.byId.get('Q2b')!;
    assert.deepEqual(parseValue('Frozen, then uprated by 3.5% in 2024/25 and 3.2% in 2025/26: an overall increase of 6.8 % since 2020/21.', share), { value: 6.8, unit: '%', confidence: 0.85 });
    assert.equal(parseValue('12% of members, up from 9% in 2019.', share).value, 12);
  });
});

describe('a two-column table flattened by PDF conversion (blind set 8)', () => {
  it('gives each question of a run its line of the answers below, in order, headings without lines of their own', () => {
    const q = parseQuestionnaire(YAML).questionnaire!;
    const reply = [
      'Question                                Council response',
      'Q1. How many libraries does the council',
      'run?',
      'Q2a. Does the council run a home delivery',
      'service?',
      'Q2b. What share of members use it, as a',
      'percentage?',
      'Q2c. How many volunteers deliver it?',
      'Q3. Does the council use self-service kiosks?',
      'Q4. If the council uses kiosks:',
      'Q4a. In what year were the kiosks installed?',
      'Q4b. What did the kiosks cost?',
      '14',
      'Yes',
      '12%',
      '31',
      'Yes, in every branch and',
      'the mobile libraries',
      '2019',
      '£86,000',
      '',
      'Page 1',
    ].join('\n');
    assert.deepEqual(analyzeReply(reply, q).answers.map((a) => [a.id, a.value, a.line]), [
      ['Q1', 14, 13],
      ['Q2a', 'Yes', 14],
      ['Q2b', 12, 15],
      ['Q2c', 31, 16],
      ['Q3', 'Yes', 17],
      ['Q4a', 2019, 19],
      ['Q4b', 86000, 20],
    ]);
    // One line too few (an answer left out) and nothing is guessed: only the last question reads the lines.
    const short = analyzeReply(reply.replace('31\n', ''), q).answers;
    assert.ok(!short.some((a) => a.id === 'Q1'), JSON.stringify(short.map((a) => a.id)));
  });
});

describe('doubtful values from the blind sets of session 8', () => {
  let q!: Questionnaire;
  beforeEach(() => (q = parseQuestionnaire(YAML).questionnaire!));

  it('offers, never auto-codes, one figure picked among others that no total names', () => {
    const pick = (text: string) => analyzeReply(`Q1. ${text}\nQ8. £1.2m\n`, q).answers[0]!;
    const two = pick('Branches: 9\nMobile units: 3');
    assert.equal(two.value, 9);
    assert.ok(two.confidence < DEFAULT_MIN_CONFIDENCE, `${two.confidence}`);
    // An answer that opens with its figure, or names a total, is as sure as before.
    for (const text of ['14 libraries, 3 of them mobile.', 'Branches 11 and mobile 3, 14 in total.']) assert.ok(pick(text).confidence >= DEFAULT_MIN_CONFIDENCE, text);
    const sums = analyzeReply('Q8. Our net budget was £1.1m. Gross spend was £1.9m.\n', q).answers[0]!;
    assert.ok(sums.confidence < DEFAULT_MIN_CONFIDENCE, `${sums.confidence}`);
  });

  it('reads a percentage given where "how many" was asked as unclear', () => {
    const got = analyzeReply('2c. Around 80% of our deliveries are made by volunteers.\n', q).answers[0]!;
    assert.deepEqual([got.status, got.value], ['unclear', null]);
    assert.deepEqual(analyzeReply('2c. 31 (about 80% of the team).\n', q).answers.map((a) => [a.status, a.value]), [['answered', 31]]);
  });
});

describe('choices and measures from the blind sets of session 8', () => {
  const request = [
    'Dear Council,',
    '',
    '1. Are claims handled in-house, by the council\'s insurer, or by an external claims handling company?',
    '2. Where ashes are not collected, are they usually: scattered in a garden of remembrance, kept by the council, or other (please specify)?',
    '3. What is the intervention level (minimum depth, in millimetres) for repairing a pothole?',
    '4. What is the council\'s current target, in working days, for a first inspection?',
    '',
    'Thanks',
  ].join('\n');

  it('types a measure "in millimetres" as a number in mm and a target "in working days" as a duration', () => {
    const q = questionnaireFromRequest(request).questionnaire!;
    assert.deepEqual([q.byId.get('Q3')!.type, q.byId.get('Q3')!.unit], ['number', 'mm']);
    assert.deepEqual([q.byId.get('Q4')!.type, q.byId.get('Q4')!.unit], ['duration', 'days']);
  });

  it('reads a choice in the first sentence over a later "not held", and "our insurer" as the council\'s insurer, offered not auto-coded', () => {
    const q = questionnaireFromRequest(request).questionnaire!;
    const reply = [
      '1. Claims are handled by our insurer, who appoints its own handlers. Legal costs are met by the insurer and are not held by the Council.',
      '2. If ashes are not collected within three months they are scattered in the',
      'Garden of Remembrance at the crematorium.',
      '3. 50mm for carriageways.',
    ].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status, a.value]), [
      ['Q1', 'answered', "Council's insurer"],
      ['Q2', 'answered', 'Scattered in a garden of remembrance'],
      ['Q3', 'answered', 50],
    ]);
    assert.ok(got[0]!.confidence < DEFAULT_MIN_CONFIDENCE && got[1]!.confidence < DEFAULT_MIN_CONFIDENCE);
    // Not held in the first sentence stays not held.
    assert.equal(analyzeReply('1. This is not held; claims may go to our insurer.\n2. Kept by the council.\n3. 40mm\n', q).answers[0]!.status, 'not-held');
  });
});

describe('lists, links and restated questions from the blind sets of session 8', () => {
  let q!: Questionnaire;
  beforeEach(() => (q = parseQuestionnaire(YAML).questionnaire!));

  it('reads a lead line ending in a colon over a bulleted list as the list', () => {
    const got = analyzeReply('13) Our libraries are at the following sites:\n- Market Street\n- Hill Road;\n- The Precinct\n', q).answers[0]!;
    assert.equal(got.value, 'Market Street; Hill Road; The Precinct');
    assert.equal(parseValue('Market Street, Hill Road and the Precinct.', q.byId.get('Q13')!).value, 'Market Street, Hill Road and the Precinct.');
  });

  it('reads a year given with a link for "In what year …?" as the answer, and a link alone as signposted', () => {
    const year = analyzeReply('Q12. The list took effect on 1 April 2024 and is available at https://www.example.gov.uk/hours\n', q).answers[0]!;
    assert.deepEqual([year.status, year.value], ['answered', 2024]);
    assert.equal(analyzeReply('Q12. Please see https://www.example.gov.uk/hours-2024\n', q).answers[0]!.status, 'signposted');
  });

  it('never auto-codes a restated "Please list …" read as its own answer', () => {
    const got = analyzeReply('Q13. Please list the sites.\n\nQ8. £1.2m\n', q).answers.find((a) => a.id === 'Q13');
    assert.ok(!got || got.confidence < DEFAULT_MIN_CONFIDENCE, JSON.stringify(got));
  });
});

describe('the last blind sets of session 8 (crm-blind18, other-blind19)', () => {
  let q!: Questionnaire;
  beforeEach(() => (q = parseQuestionnaire(YAML).questionnaire!));

  it('reads "### Question 4a" Markdown headings as labels', () => {
    const reply = '## Response\n\n### Question 1\n14 libraries.\n\n### Question 2a\nYes\n\n### Question 2b\n12%\n';
    assert.deepEqual(analyzeReply(reply, q).answers.map((a) => [a.id, a.value, a.line]), [['Q1', 14, 4], ['Q2a', 'Yes', 7], ['Q2b', 12, 10]]);
  });

  it('reads "2. a) Yes" over "   b) 12%" as part (a) on the number\'s line and the parts below it', () => {
    const reply = 'Q1. 14\nQ2. a) Yes\n   b) approx. 12 per cent\n   c) 31\nQ3. No\n';
    assert.deepEqual(markerLines(reply, q), ['1:Q1', '2:Q2a', '3:Q2b', '4:Q2c', '5:Q3']);
    assert.deepEqual(analyzeReply(reply, q).answers.map((a) => [a.id, a.value]), [['Q1', 14], ['Q2a', 'Yes'], ['Q2b', 12], ['Q2c', 31], ['Q3', 'No']]);
    // "2. (a) Yes (b) 12% (c) 31" on one line is still one label for the three parts.
    assert.deepEqual(markerLines('Q1. 14\nQ2. (a) Yes (b) 12% (c) 31\nQ3. No\n', q), ['1:Q1', '2:Q2a+Q2b+Q2c', '3:Q3']);
  });

  it('takes the "Total £306,550" line, not the figure above it, for the total', () => {
    assert.equal(parseValue('Responsive works £210,400\nPlanned ventilation £96,150\nTotal £306,550', q.byId.get('Q8')!).value, 306550);
    assert.equal(parseValue('£12m total, of which £2m capital', q.byId.get('Q8')!).value, 12000000);
  });

  it('reads one figure given for several parts together ("not recorded separately") as not held for each', () => {
    const dogs = parseQuestionnaire('version: 1\nquestions:\n  - id: Q1\n    text: How many stray dogs were seized?\n    type: number\n  - id: Q2a\n    text: How many were returned to their owners?\n    type: number\n  - id: Q2b\n    text: How many were rehomed?\n    type: number\n  - id: Q3\n    text: What is the fee?\n    type: money\n').questionnaire!;
    const reply = 'Q1. 57\nQ2a & Q2b) These are not recorded separately. A total of 49 dogs were either returned to their owners or rehomed.\nQ3. £25\n';
    const got = analyzeReply(reply, dogs).answers.filter((a) => a.id.startsWith('Q2'));
    assert.deepEqual(got.map((a) => [a.id, a.status, a.value]), [['Q2a', 'not-held', null], ['Q2b', 'not-held', null]]);
    // A figure for each part is left alone.
    const each = analyzeReply('Q1. 57\nQ2a & Q2b) 31 were returned to their owners; 18 were rehomed.\nQ3. £25\n', dogs).answers.filter((a) => a.id.startsWith('Q2'));
    assert.deepEqual(each.map((a) => [a.id, a.status, a.value]), [['Q2a', 'answered', 31], ['Q2b', 'answered', 18]]);
  });

  it('reads "03/2016" as the year 2016, not a page number', () => {
    const got = analyzeReply('Q12\tIn what year was the list last revised?\t03/2016\n', q).answers[0]!;
    assert.deepEqual([got.status, got.value], ['answered', 2016]);
  });

  it('makes "in-house, contracted out to a private company, or a mixture of both" a choice', () => {
    assert.deepEqual(phraseChoices('Is your dog warden service provided in-house, contracted out to a private company, or a mixture of both?'), ['In-house', 'Contracted out to a private company', 'Mixture of both']);
  });

  it('reads \'The most common category was "Other"\' as naming Other, not the category named after it', () => {
    const question = { id: 'Q6', type: 'choice', text: 'Which was the most common?', choices: ['Mental health', 'Musculoskeletal', 'Other'] } as const;
    const got = parseValue('The most common category was "Other" (mainly surgery), followed by mental health.', question as never);
    assert.equal(got.value, 'Other');
    assert.ok(got.confidence < 0.9);
  });

  it('takes the requester\'s own words below a quoted question ("let me know which parts are not held") for a misread', () => {
    const reply = 'Q12. 2021\n\n---- Original request ----\nQ13. Where are the council\'s libraries located?\n\nIf some of this is not held, please provide what you can and let me know which parts are not held.\n';
    const got = analyzeReply(reply, q).answers.find((a) => a.id === 'Q13');
    assert.ok(!got || got.confidence < DEFAULT_MIN_CONFIDENCE, JSON.stringify(got));
  });
});

describe('init --from-request: numbered sections and types of session 8', () => {
  it('reads the options of "paid at the HMRC approved rate, at a council-set rate, or not paid at all"', () => {
    const got = questionnaireFromRequest("Dear Council,\n\n1. Is councillors' mileage paid at the HMRC approved rate, at a council-set rate, or not paid at all?\n2. How many councillors are there?\n\nThanks").questionnaire!.questions;
    assert.deepEqual(got[0]!.choices, ['HMRC approved rate', 'Council-set rate', 'Not paid at all']);
  });

  it('reads "(In-house / Contractor / No service)" as the choices, and a journey time "in minutes" as a duration', () => {
    const request = [
      'Dear Sir,',
      '',
      '1. Does the council provide pest control through an in-house service, through a contractor, or not at all? (In-house / Contractor / No service)',
      '2. What is the maximum one-way journey time, in minutes, that the policy allows?',
      '3. Do you charge for treatments? (Yes / No)',
      '',
      'Thanks',
    ].join('\n');
    const got = questionnaireFromRequest(request).questionnaire!.questions;
    assert.deepEqual(got.map((x) => [x.id, x.type, x.unit ?? null, x.choices ?? null]), [
      ['Q1', 'choice', null, ['In-house', 'Contractor', 'No service']],
      ['Q2', 'duration', 'minutes', null],
      ['Q3', 'yes-no', null, null],
    ]);
    assert.deepEqual(parseValue('Our policy allows 75 minutes each way.', got[1]!), { value: 75, unit: 'minutes', confidence: 0.9 });
  });

  it('reads "Section 2 - Costs" over a) b) parts as a heading with its parts', () => {
    const request = [
      'Dear Sir or Madam,',
      '',
      'Section 1 - Households',
      '',
      'a) How many households were in temporary accommodation on 31 March 2025?',
      'b) Of those, how many were placed outside the area?',
      '',
      'Section 2 - Costs',
      '',
      'a) What was the total gross expenditure on temporary accommodation in 2024/25?',
      'b) What was the average nightly rate the council paid for a hotel room?',
      'c) If so, what was the longest period (in weeks) that a family stayed in a hotel?',
      '',
      'Kind regards,',
      'A Researcher',
    ].join('\n');
    const got = questionnaireFromRequest(request).questionnaire!;
    assert.deepEqual(
      got.questions.map((x) => [x.id, x.heading ? 'heading' : x.type]),
      [['Q1', 'heading'], ['Q1a', 'number'], ['Q1b', 'number'], ['Q2', 'heading'], ['Q2a', 'money'], ['Q2b', 'money'], ['Q2c', 'duration']],
    );
    // "Part 1 of my request" is a sentence, not a numbered section.
    assert.equal(questionnaireFromRequest('Part 1 of my request was answered.\n\n1. How many libraries?\n2. How many staff?').questionnaire!.questions.length, 2);
  });
});
