// Layouts found by reading the misses of other-blind21 (scored blind on 6448f35, written by a
// helper who never read the engine), each fixed with a general rule. The request is a fictional
// street-trees survey written here in the shapes that set used; the replies are ours.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { analyzeReply } from '../../src/core/suggest';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { classifyAnswer, isBoilerplate } from '../../src/core/classify';
import { parseValue } from '../../src/core/values';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import type { Questionnaire } from '../../src/core/types';

const REQUEST = [
  'Dear Information Officer,',
  '',
  'Please provide the following for the financial year 2024/25.',
  '',
  '1. How many street trees did the council plant in 2024/25?',
  '2. How many dead or dangerous street trees did the council remove in 2024/25?',
  '3. What was the total cost to the council of tree maintenance in 2024/25?',
  '4. Is tree maintenance carried out in-house, by an arboricultural contractor (ARB), or by a mix of both?',
  '5. What percentage of tree inspections in 2024/25 were completed on time?',
  '6. What were the three most common reasons for felling a street tree?',
  '',
  'Yours faithfully,',
  'Ilse Marchetti-Owusu',
].join('\n');

const row = (q: Questionnaire, reply: string, id: string) => analyzeReply(reply, q).answers.filter((a) => a.id === id).map((a) => [a.status, a.value, a.line])[0];

describe('layouts from blind set 21: the request quoted as a list, then each question repeated', () => {
  let q!: Questionnaire;
  beforeEach(() => (q = questionnaireFromRequest(REQUEST).questionnaire!));

  it('answers under each question repeated without its number, after the request quoted as a numbered list', () => {
    const reply = [
      'Request',
      '',
      '  1. How many street trees did the council plant in 2024/25?',
      '  2. How many dead or dangerous street trees did the council remove in 2024/25?',
      '  3. What was the total cost to the council of tree maintenance in 2024/25?',
      '  4. Is tree maintenance carried out in-house, by an arboricultural contractor (ARB), or by a mix of both?',
      '  5. What percentage of tree inspections in 2024/25 were completed on time?',
      '  6. What were the three most common reasons for felling a street tree?',
      '',
      'Response',
      '',
      'How many street trees did the council plant in 2024/25?',
      '',
      '  • 2024/25 - 318 trees',
      '',
      'How many dead or dangerous street trees did the council remove in 2024/25?',
      '',
      'We felled 74 trees.',
      '',
      'What was the total cost to the council of tree maintenance in 2024/25?',
      '',
      '£212,400',
      '',
      'Is tree maintenance carried out in-house, by an arboricultural contractor (ARB), or by a mix of both?',
      '',
      'A mix of both.',
      '',
      'What percentage of tree inspections in 2024/25 were completed on time?',
      '',
      '91% of inspections were on time.',
    ].join('\n');
    const got = analyzeReply(reply, q).answers.map((a) => [a.id, a.status, a.value, a.line]);
    assert.deepEqual(got, [
      ['Q1', 'answered', 318, 14],
      ['Q2', 'answered', 74, 18],
      ['Q3', 'answered', 212400, 22],
      ['Q4', 'answered', 'Mix of both', 26],
      ['Q5', 'answered', 91, 30],
    ]);
  });

  it('still answers a numbered question whose answer follows it on the next line, when the same words are quoted elsewhere', () => {
    const reply = [
      'How many street trees did the council plant in 2024/25?',
      '',
      '1. How many street trees did the council plant in 2024/25?',
      '318',
      '2. How many dead or dangerous street trees did the council remove in 2024/25?',
      '74',
    ].join('\n');
    assert.deepEqual(row(q, reply, 'Q1'), ['answered', 318, 4]);
    assert.deepEqual(row(q, reply, 'Q2'), ['answered', 74, 6]);
  });
});

describe('layouts from blind set 21: cells, titles and numbering of the letter\'s own', () => {
  let q!: Questionnaire;
  beforeEach(() => (q = questionnaireFromRequest(REQUEST).questionnaire!));

  it('does not take a figure broken down by quarter ("Q2  204" … "Total 778") in a table cell for questions', () => {
    const reply = [
      ' No.  Question (summarised)            Response',
      ' ---  -------------------------------  -------------------------',
      ' 1    Trees planted 2024/25            Q1  80',
      '                                       Q2  71',
      '                                       Q3  90',
      '                                       Q4  77',
      '                                       Total 318',
      ' 2    Trees felled 2024/25             74',
      ' 3    Cost of maintenance              £212,400',
    ].join('\n');
    const got = analyzeReply(reply, q).answers.map((a) => [a.id, a.value, a.line]);
    assert.deepEqual(got, [
      ['Q1', 318, 3],
      ['Q2', 74, 8],
      ['Q3', 212400, 9],
    ]);
    // The same labels as a compact list of answers are questions.
    const list = analyzeReply('Q1  318\nQ2  74\nQ3  212400\n', q).answers.map((a) => [a.id, a.value]);
    assert.deepEqual(list, [['Q1', 318], ['Q2', 74], ['Q3', 212400]]);
  });

  it('reads the paragraphs by their words when the letter says its numbers are not the request\'s', () => {
    const reply = [
      'Dear Ms Marchetti-Owusu',
      '',
      'I have grouped related questions together, so the paragraph numbers below do not match the',
      'numbering of your questions.',
      '',
      '1. Planting and felling. The council planted 318 street trees in 2024/25. It removed 74 dead',
      'or dangerous trees in the same year.',
      '',
      '2. Maintenance. The total cost to the council of tree maintenance in 2024/25 was £212,400. The work',
      'is carried out in-house. Some 91% of tree inspections in 2024/25 were completed on time.',
      '',
      'Yours sincerely',
    ].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.map((a) => [a.id, a.value]), [['Q1', 318], ['Q2', 74], ['Q3', 212400], ['Q4', 'In-house'], ['Q5', 91]]);
    // Without that sentence, "2." is question 2.
    const plain = analyzeReply(reply.replace(/I have grouped[^]*questions\.\n/, 'Our answers are below.\n'), q).answers;
    assert.deepEqual(plain.filter((a) => a.id === 'Q2').map((a) => a.value), [212400]);
  });

  it('takes the figure alone below a title in the question\'s words, not the figure inside the title', () => {
    const reply = [
      '1. Trees planted in 2024/25 under the 3-for-1 replacement rule',
      '318',
      '',
      '2. Trees felled',
      '74',
      '',
      '3. Cost of tree maintenance',
      '£212,400',
      '',
      '4. Who maintains the trees',
      'In-house.',
      '',
      '5. Percentage of inspections on time',
      '91%',
    ].join('\n');
    assert.deepEqual(row(q, reply, 'Q1'), ['answered', 318, 2]);
  });
});

describe('layouts from blind set 21: what an answer says', () => {
  let q!: Questionnaire;
  beforeEach(() => (q = questionnaireFromRequest(REQUEST).questionnaire!));

  it('reads "see above" followed by "we do not hold a separate count" as not held', () => {
    const c = classifyAnswer('Please see the answer above. We do not hold a separate count of trees felled.', q.byId.get('Q2'));
    assert.equal(c.status, 'not-held');
    assert.equal(c.crossRef, undefined);
  });

  it('does not read the figure in a published table\'s title as the answer', () => {
    const c = classifyAnswer('This is published in Table T4 (trees felled within 6 months of inspection) of our annual tree report.', q.byId.get('Q2'));
    assert.equal(c.status, 'signposted');
    const n = classifyAnswer('This is published in Table 4 of our annual tree report: 74 trees.', q.byId.get('Q2'));
    assert.equal(n.status, 'answered');
  });

  it('follows "see our response to question (ii)" in a request numbered in roman numerals', () => {
    assert.equal(classifyAnswer('Please see our response to question (ii).', q.byId.get('Q3')).crossRef, 'Q2');
    assert.equal(classifyAnswer('See our answer to question (iv) above.', q.byId.get('Q3')).crossRef, 'Q4');
  });

  it('lists a ranked answer written on one line ("1. …; 2. …; 3. …") as its items', () => {
    const v = parseValue('1. Disease (ash dieback); 2. Storm damage; 3. Subsidence claims', q.byId.get('Q6'));
    assert.equal(v.value, 'Disease (ash dieback); Storm damage; Subsidence claims');
    // A sentence that begins with a figure is no list.
    assert.equal(parseValue('1 in 5 trees were felled for disease.', q.byId.get('Q6')).value, '1 in 5 trees were felled for disease.');
  });

  it('reads a choice whose option carries its acronym in brackets', () => {
    const q4 = q.byId.get('Q4')!;
    assert.equal(q4.type, 'choice');
    assert.deepEqual(q4.choices, ['In-house', 'Arboricultural contractor (ARB)', 'Mix of both']);
  });
});

describe('CRM-survey answers in the council\'s own words (development sets 12, 17, 20)', () => {
  const crm = (): Questionnaire => parseQuestionnaire(readFileSync(path.join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;
  let q!: Questionnaire;
  beforeEach(() => (q = crm()));
  const value = (id: string, text: string) => parseValue(text, q.byId.get(id), q.codes).value;

  it('maps everyday words for the challenges onto the code list ("take part", "buy-in", "training staff", "encouraging")', () => {
    assert.equal(
      value('Q12c', 'Linking it to our existing back-office applications; getting all departments to take part; funding.'),
      'Participation of different departments within the authority; Integration with existing back-office applications; Funding',
    );
    assert.equal(
      value('Q12c', 'Buy-in from service areas, training staff to use the new system, and encouraging residents to use the online channels.'),
      'Training users to effectively use the solution; Participation of different departments within the authority; Promoting Usage',
    );
    // A challenge wrapped onto the next line is one item, not a word on its own.
    assert.equal(value('Q12c', 'Funding; the poor quality of data in some legacy systems, which had to be cleansed before\nmigration.'), 'Funding');
    // "take" alone is no longer usage.
    assert.equal(value('Q12c', 'It took two years to take the project forward because of funding.'), 'Funding');
  });

  it('reads "around properties rather than residents" as Properties', () => {
    assert.equal(value('Q14', 'Our systems are organised around properties rather than residents.'), 'Properties');
    assert.equal(value('Q14', 'Mostly residents, as opposed to the property.'), 'Residents');
  });

  it('lists the services after "including" in a long sentence', () => {
    const v = value('Q5', 'As a district we provide a wide range of services, including Waste and Recycling, Council Tax and Benefits,\nPlanning and Building Control, Licensing (including Taxi Licensing), Car Parks, and Environmental Health.');
    assert.equal(v, 'Waste and Recycling; Council Tax and Benefits; Planning and Building Control; Licensing (including Taxi Licensing); Car Parks; Environmental Health');
    // A list under way before "including" keeps its first sentence whole.
    const plain = 'Bin collections, planning and building control, council tax, licensing including taxi and private hire, parking, parks and leisure.';
    assert.equal(value('Q5', plain), plain);
  });

  it('codes "n/k", "is attached as Appendix 1", an estimate with "an exact figure is not recorded", and "funding could not be identified"', () => {
    assert.equal(classifyAnswer('n/k', q.byId.get('Q4a')).status, 'not-held');
    assert.equal(classifyAnswer('A list of our services is attached as Appendix 1.', q.byId.get('Q5')).status, 'signposted');
    assert.equal(classifyAnswer('Between 60 and 70. An exact figure is not recorded.', q.byId.get('Q4a')).status, 'answered');
    assert.equal(analyzeReply('Q4a. Approximately 65. An exact figure is not\nrecorded.\n', q).answers[0]!.status, 'answered');
    assert.equal(classifyAnswer('About 60; the rest are not recorded.', q.byId.get('Q4a')).status, 'partial');
    assert.equal(classifyAnswer('The project did not proceed because funding could not be identified in the budget.', q.byId.get('Q13b')).status, 'answered');
    assert.equal(classifyAnswer('The data could not be extracted.', q.byId.get('Q4a')).status, 'not-held');
    // A part "not coded separately" but "included within" another is in the figure given.
    const incl = analyzeReply('Q10. £61,200,000 (employees £58.1m, agency £3.1m; contractors are not coded separately and\nare included within agency)\n', q).answers[0]!;
    assert.deepEqual([incl.status, incl.value], ['answered', 61200000]);
    assert.equal(classifyAnswer('£61,200,000 (employees £58.1m, agency £3.1m; contractors are not recorded separately and are included within agency)', q.byId.get('Q10')).status, 'answered');
    const part = analyzeReply('Q10. £58,100,000 for employees; agency staff and contractors are not coded separately.\n', q).answers[0]!;
    assert.deepEqual([part.status, part.value], ['partial', 58100000]);
  });

  it('does not read "adran 21" (section 21 in Welsh) as a figure', () => {
    const c = classifyAnswer('Mae\'r wybodaeth wedi\'i heithrio o dan adran 21. / This information is exempt under section 21. It can be found at https://www.example.gov.uk/profile', q.byId.get('Q3'));
    assert.equal(c.status, 'signposted');
    assert.equal(classifyAnswer('Mae\'r wybodaeth wedi\'i heithrio o dan adran 43(2). / The information is exempt under section 43(2).', q.byId.get('Q9')).status, 'refused');
  });

  it('reads the cell after the one that asks in a tab-separated row, though its word is the question\'s', () => {
    const reply = 'Q13d\tIf Yes to Q13c., what were the reasons for the failure of the project?\tN/A\t\nQ14\tAre the IT systems centred primarily around Residents or Properties?\tResidents\tAdult care and benefits account for most of our systems\n';
    assert.deepEqual(analyzeReply(reply, q).answers.filter((a) => a.id === 'Q14').map((a) => [a.status, a.value]), [['answered', 'Residents']]);
  });

  it('reads a prose letter in order though it names two questions once, and does not take "answer to questions 6b and 6c" wrapped onto a line for a label', () => {
    const reply = [
      'Dear Ms Adebayo,',
      '',
      'Rather than repeat each question I have answered them in turn below.',
      '',
      'The Authority\'s full official name is Pelham Vale District Council. The district had an estimated',
      'population of 64,200 at mid-2017, and it covers an area of 212 square kilometres.',
      '',
      'Our ICT service supports 61 business systems and databases. Of these, 19 are stand-alone and',
      'the remaining 42 exchange data with at least one other system.',
      '',
      'We do offer residents an online account. However, take-up is not something we measure, either',
      'across the authority or for individual residents, so I am unable to provide a percentage in',
      'answer to questions 6b and 6c.',
      '',
      'In answer to your question 7, none of the services are accessed through single sign-on.',
      '',
      'Turning to question 11, the Council does not currently use a CRM system.',
      '',
      'As for question 14, our systems are centred mainly on properties.',
      '',
      'Yours sincerely,',
    ].join('\n');
    const got = analyzeReply(reply, q).answers;
    const row = (id: string) => got.filter((a) => a.id === id).map((a) => [a.status, a.value])[0];
    assert.deepEqual(row('Q2'), ['answered', 64200]);
    assert.deepEqual(row('Q4a'), ['answered', 19]);
    assert.deepEqual(row('Q6b'), ['not-held', null]);
    assert.deepEqual(row('Q6c'), ['not-held', null]);
    assert.deepEqual(row('Q7'), ['answered', 0]);
    assert.deepEqual(row('Q11'), ['answered', 'No']);
    assert.deepEqual(row('Q14'), ['answered', 'Properties']);
    assert.ok(!analyzeReply(reply, q).markers.some((m) => m.label !== '' && !m.inProse && m.ids.includes('Q6b')), 'no label is read from the wrapped sentence');
  });
});

describe('a table of years by measures under one label for several questions', () => {
  const request = [
    'Dear Council,',
    '',
    '1) How many public health funerals did the council arrange in 2024/25?',
    '2) Of the funerals in question 1:',
    'a) how many were burials?',
    'b) how many were cremations?',
    '3) What was the total cost to the council of public health funerals in 2024/25 (£)?',
    '4) How much (£) did the council recover from the estates of the deceased in 2024/25?',
    '5) Does the council use a contracted funeral director? (Yes/No)',
    '',
    'Thanks',
  ].join('\n');

  it('reads each question\'s cell from its column and the year it asks about, and the heading as not applicable', () => {
    const q = questionnaireFromRequest(request).questionnaire!;
    const reply = [
      'We have included two earlier years for comparison.',
      '',
      'Questions 1 to 4',
      '',
      'Year       Funerals   Burials   Cremations   Total cost    Recovered',
      '2022/23          11         2            9   £15,100.00    £4,020.00',
      '2024/25          17         5           12   £24,310.50    £7,905.25',
      '2023/24          14         3           11   £19,240.00    £6,115.40',
      '',
      'Q5: Yes',
    ].join('\n');
    const got = analyzeReply(reply, q).answers.map((a) => [a.id, a.status, a.value, a.line]);
    assert.deepEqual(got, [
      ['Q1', 'answered', 17, 7],
      ['Q2', 'not-applicable', null, 5],
      ['Q2a', 'answered', 5, 7],
      ['Q2b', 'answered', 12, 7],
      ['Q3', 'answered', 24310.5, 7],
      ['Q4', 'answered', 7905.25, 7],
      ['Q5', 'answered', 'Yes', 10],
    ]);
  });

  it('reads a pipe table the same way, and leaves a range without a table to its clauses', () => {
    const q = questionnaireFromRequest(request).questionnaire!;
    const reply = [
      'Questions 1 to 4',
      '| Year | Funerals | Burials | Cremations | Total cost | Recovered |',
      '|---|---|---|---|---|---|',
      '| 2023/24 | 14 | 3 | 11 | £19,240.00 | £6,115.40 |',
      '| 2024/25 | 17 | 5 | 12 | £24,310.50 | £7,905.25 |',
    ].join('\n');
    const got = analyzeReply(reply, q).answers.filter((a) => a.id !== 'Q2').map((a) => [a.id, a.value, a.line]);
    assert.deepEqual(got, [['Q1', 17, 5], ['Q2a', 5, 5], ['Q2b', 12, 5], ['Q3', 24310.5, 5], ['Q4', 7905.25, 5]]);
  });
});

describe('page breaks and wording from the development sets (other-blind9)', () => {
  it('types "what is the current amount of your fixed penalty" as money', () => {
    const q = questionnaireFromRequest('1. How many fixed penalty notices did you issue in 2024/25?\n2. What is the current amount of your fixed penalty for littering?\n3. What is the name of your enforcement contractor?\n').questionnaire!;
    assert.deepEqual(q.questions.map((x) => x.type), ['number', 'money', 'text']);
  });

  it('carries an answer on its label\'s line over a page break that cuts its sentence, without the running footer', () => {
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const reply = [
      '1. 318',
      '',
      '2. As explained in our letter of May, removals are recorded by the districts, and the',
      '',
      '',
      'Pelham County Council - FOI 2025/0412                              Page 1 of 2',
      '',
      'County Council does not hold this information.',
      '',
      '3. £212,400',
      '',
      '4. In-house.',
      '',
      '5. 91%',
    ].join('\n');
    const got = analyzeReply(reply, q).answers.map((a) => [a.id, a.status, a.value]);
    assert.deepEqual(got.slice(0, 3), [['Q1', 'answered', 318], ['Q2', 'not-held', null], ['Q3', 'answered', 212400]]);
  });

  it('reads a word hyphenated at the end of a line as one word', () => {
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    assert.equal(classifyAnswer('Tree work is a district service, so we hold no informa-\ntion about its cost.', q.byId.get('Q3')).status, 'not-held');
  });
});

describe('titles before a colon and choices between two options (other-blind19)', () => {
  it('reads the answer after a title in the question\'s words and a colon, but not after the question\'s own colon before its options', () => {
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const reply = [
      '(1) Trees planted: 318',
      '(2) Dead or dangerous trees removed: 74',
      '(3) Total cost of tree maintenance: £212,400',
      '(4) In-house, contractor or a mix: A mix of both.',
      '(5) Percentage of inspections on time: 91%',
    ].join('\n');
    assert.deepEqual(analyzeReply(reply, q).answers.map((a) => [a.id, a.value]), [['Q1', 318], ['Q2', 74], ['Q3', 212400], ['Q4', 'Mix of both'], ['Q5', 91]]);
    const quoted = questionnaireFromRequest('1. What is the main fuel used by your refuse vehicles: diesel, HVO, electric, or other?\n2. How many refuse vehicles do you run?\n').questionnaire!;
    const r = analyzeReply('Q1. What is the main fuel used by your refuse vehicles: diesel, HVO, electric, or other?\n\nHVO, since June 2024.\n\nQ2. 31\n', quoted);
    assert.deepEqual(r.answers.map((a) => [a.id, a.value, a.line]), [['Q1', 'HVO', 3], ['Q2', 31, 5]]);
    // A quoted question that wraps after its colon, with no "?" on the line, still asks.
    const wrappedQ = questionnaireFromRequest('1. Where ashes are not collected, are they usually: scattered in a garden of remembrance, kept by the council, or other (please specify)?\n2. How many funerals did you arrange?\n').questionnaire!;
    const w = analyzeReply('1) Where ashes are not collected, are they usually: scattered in a garden of\nremembrance, kept by the council, or other (please specify)?\nThey are scattered in the Garden of Remembrance at the crematorium.\n\n2) 14\n', wrappedQ);
    assert.deepEqual(w.answers.map((a) => [a.id, a.value, a.line]), [['Q1', 'Scattered in a garden of remembrance', 3], ['Q2', 14, 5]]);
  });

  it('offers, and does not auto-code, a choice where the answer names two options', () => {
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const reply = 'Q1. 318\nQ2. 74\nQ3. £212,400\nQ4. Mainly in-house. Agency contractors covered two vacant posts in the winter.\nQ5. 91%\n';
    const a = analyzeReply(reply, q).answers.find((x) => x.id === 'Q4')!;
    assert.equal(a.value, 'In-house');
    assert.ok(a.confidence < DEFAULT_MIN_CONFIDENCE, `confidence ${a.confidence}`);
    const plain = analyzeReply(reply.replace(/Mainly in-house\. Agency contractors covered two vacant posts in the winter\./, 'In-house.'), q).answers.find((x) => x.id === 'Q4')!;
    assert.ok(plain.confidence >= DEFAULT_MIN_CONFIDENCE, `confidence ${plain.confidence}`);
  });
});

describe('tables and closing paragraphs (crm-blind12)', () => {
  const crm = (): Questionnaire => parseQuestionnaire(readFileSync(path.join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;

  it('carries a pipe-table cell onto the row below whose link overflows the column', () => {
    const q = crm();
    const reply = [
      '| Q2   | Population                | 71,300                       |',
      '| Q3   | Geographical size         | See the district profile at  |',
      '|      |                           | https://www.pelham.example.gov.uk/district-profile |',
      '| Q4   | Number of systems         | 96                           |',
    ].join('\n');
    const got = analyzeReply(reply, q).answers.map((a) => [a.id, a.status, a.value]);
    assert.deepEqual(got, [['Q2', 'answered', 71300], ['Q3', 'signposted', null], ['Q4', 'answered', 96]]);
  });

  it('does not take "We have now completed your request …" with the ICO\'s address for part of the last answer', () => {
    const closing = 'We have now completed your request. If you are unhappy with the way your request has been handled you can ask for a review within 40 working days. If you are still unhappy you can complain to the Information Commissioner\'s Office (www.ico.org.uk).';
    assert.equal(isBoilerplate(closing), true);
    assert.equal(isBoilerplate('We have 14 libraries and 3 mobile libraries.'), false);
    const q = crm();
    const got = analyzeReply(`Q14. Are the IT systems centred primarily around Residents or Properties?\nProperties.\n\n${closing}\n`, q).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status, a.value, a.text]), [['Q14', 'answered', 'Properties', 'Properties.']]);
  });
});

describe('prose letters in the council\'s own words (crm-blind12, crm-blind17)', () => {
  const crm = (): Questionnaire => parseQuestionnaire(readFileSync(path.join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;

  it('ties "covers an area of 212 square kilometres" to the geographical size and "expenditure" to spend', () => {
    const q = crm();
    const reply = [
      'Dear Ms Adebayo,',
      '',
      'I have grouped the answers into paragraphs which follow the order of your request.',
      '',
      'The Council\'s full name is Pelham Vale District Council. The district had an estimated',
      'population of 64,200 at mid-2017, and it covers an area of 212 square kilometres.',
      '',
      'Our ICT applications register lists 61 systems and databases. Of these, 19 are stand-alone and',
      'the remaining 42 exchange data with at least one other system.',
      '',
      'The Council\'s gross revenue expenditure in 2017-18 was £31.4 million. Spending on software',
      'licences in the same year was £288,100.',
      '',
      'The Council does not currently use a CRM system.',
      '',
      'Yours sincerely,',
    ].join('\n');
    const got = analyzeReply(reply, q).answers;
    const row = (id: string) => got.filter((a) => a.id === id).map((a) => [a.status, a.value, a.line])[0];
    assert.deepEqual(row('Q2'), ['answered', 64200, 5]);
    assert.deepEqual(row('Q3'), ['answered', 212, 6]);
    assert.deepEqual(row('Q8'), ['answered', 31400000, 11]);
    assert.deepEqual(row('Q9'), ['answered', 288100, 11]);
  });
});
