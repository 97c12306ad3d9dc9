// Layouts and wordings found by scoring the engine on replies it had never seen (session 44), each
// fixed with a general rule. The requests and letters here are written for fictional bodies; no real
// text is copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scanMarkersWith } from '../../src/core/markers';
import { analyzeReply } from '../../src/core/suggest';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { parseValue } from '../../src/core/values';
import { answersOf, fromRequest, reading } from '../support/engine';

const root = resolve(__dirname, '../..');
const crm = parseQuestionnaire(readFileSync(resolve(root, 'examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;

describe('a prose letter that never repeats the numbers: services by example, no portal, no CRM', () => {
  const letter = [
    "Quenby Vale District Council",
    "Information Governance Team",
    "",
    "Dear Ms Example,",
    "",
    "Freedom of Information request - customer systems",
    "",
    "Thank you for your request of 2 May 2018. The information we hold is set out below.",
    "",
    "The Council's full official name is Quenby Vale District Council.",
    "Our population at the 2017 mid-year estimate was 58,200, and the",
    "district covers 412 square kilometres.",
    "",
    "Our ICT service supports 48 applications and databases. Of these, 9 are",
    "stand-alone and the remaining 39 exchange data with at least one other",
    "system. Most of our systems are organised around properties rather than",
    "residents.",
    "",
    "We provide the usual range of district services: refuse and recycling",
    "collection, street cleansing, planning and building control, housing",
    "benefit, licensing and leisure. Education and social care are the county",
    "council's responsibility.",
    "",
    "We do not offer an online account or portal for residents, so we cannot",
    "give an uptake figure; for the same reason the question about single",
    "sign-on does not apply to us.",
    "",
    "The Council's gross revenue expenditure in 2017/18 was £9.8m. Software",
    "licensing in the same year cost £214,000. Pay costs for employees, agency",
    "staff and contractors came to £5.1m.",
    "",
    "The Council does not use a customer relationship management system. A CRM",
    "was considered in 2015 as part of a review of customer access, but it was",
    "not taken forward because there was no budget and because services could",
    "not agree on a single system. No CRM project has ever been started and",
    "later abandoned.",
    "",
    "Yours sincerely,",
    "",
    "Information Governance Officer",
  ].join('\n');

  it('ties the services to the sentence that lists them, though it names none of the examples and says "provide"', () => {
    const got = answersOf(letter, crm);
    assert.equal(got.get('Q5')?.line, 19);
    assert.match(String(got.get('Q5')?.value), /^We provide the usual range of district services/);
  });

  it('reads each clause of "no portal, so no uptake figure; … single sign-on does not apply" for its own question', () => {
    const got = answersOf(letter, crm);
    assert.deepEqual(reading(got, 'Q6a'), ['answered', 'No', 24]);
    assert.deepEqual(reading(got, 'Q6c'), ['not-applicable', null, 24]);
    assert.match(got.get('Q6c')!.text, /^we cannot\s+give an uptake figure/);
    assert.deepEqual(reading(got, 'Q7'), ['not-applicable', null, 25]);
  });

  it('reads the count and the connected systems in their own clauses, and "one" in "at least one other system" ties nothing else', () => {
    const got = answersOf(letter, crm);
    assert.deepEqual(reading(got, 'Q4'), ['answered', 48, 14]);
    assert.deepEqual(reading(got, 'Q4b'), ['answered', 39, 15]);
  });

  it('gives no go-live year from "A CRM was considered in 2015" when the letter has no CRM', () => {
    const got = answersOf(letter, crm);
    assert.deepEqual(reading(got, 'Q11'), ['answered', 'No', 32]);
    assert.deepEqual(reading(got, 'Q12a'), ['not-applicable', null, 32]);
    assert.deepEqual(reading(got, 'Q13a'), ['answered', 'Yes', 32]);
  });

  it('ties the services to a sentence that lists three of the examples, but not to one that names two in passing', () => {
    const services = /We provide the usual range of district services:[^]*?the county\ncouncil's responsibility\./;
    const provide = answersOf(letter.replace(services, 'We provide refuse and recycling collection, street cleansing, planning\nand building control, taxi licensing and leisure. Education and social\ncare are the county council\'s responsibility.'), crm);
    assert.equal(provide.get('Q5')?.line, 19);
    assert.match(String(provide.get('Q5')?.value), /^We provide refuse and recycling collection/);
    const named = answersOf(letter.replace(services, 'Refuse collection, planning applications, taxi licensing and leisure are\nrun by the Council. Education and social care are the county council\'s\nresponsibility.'), crm);
    assert.equal(named.get('Q5')?.line, 19);
    assert.match(String(named.get('Q5')?.value), /^Refuse collection, planning applications/);
    const passing = answersOf(letter.replace(services, 'Our largest systems hold council tax, planning and waste rounds by\naddress.').replace('Most of our systems are organised around properties rather than\nresidents.', 'Most of our systems are organised around properties rather than\nresidents. A list of our services is on our website.'), crm);
    assert.notEqual(passing.get('Q5')?.line, 19);
  });

  it('reads no yes or no from a title in the question\'s words, and keeps the answers of the branch the letter takes', () => {
    const titled = letter.replace(/The Council does not use a customer relationship management system\.[^]*?later abandoned\./, [
      'Customer relationship management',
      '',
      'The Council does not use a CRM system, and questions 12a to 12c therefore',
      'do not apply. A CRM was considered in 2015 as part of our Customer Access',
      'Strategy (13a). It was not taken forward because of the cost of integrating',
      'it with our existing back-office systems. No CRM project has been planned',
      'or started and then abandoned, so question 13d does not apply.',
    ].join('\n'));
    const got = answersOf(titled, crm);
    assert.notEqual(got.get('Q11')?.value, 'Yes');
    assert.deepEqual(reading(got, 'Q13a'), ['answered', 'Yes', 35]);
    assert.deepEqual(reading(got, 'Q13c'), ['answered', 'No', 37]);
  });

  it('ties the count alone to "one hundred and ten applications", not the connected systems for want of its examples', () => {
    const unregistered = letter.replace(/Our ICT service supports 48[^]*?rather than\nresidents\./, [
      'We do not keep a formal register of our systems, but our ICT team supports',
      'around one hundred and ten applications and databases. We cannot say how',
      'many of these are stand-alone or exchange data with another system, as we',
      'do not record it. Most of our systems are organised around properties',
      'rather than residents.',
    ].join('\n'));
    const got = answersOf(unregistered, crm);
    assert.deepEqual(reading(got, 'Q4'), ['partial', 110, 14]);
    assert.notEqual(got.get('Q4b')?.line, 14);
  });

  it('keeps a figure of the other branch that no answer of the letter\'s own branch contradicts', () => {
    const forms = letter.replace(/We do not offer an online account[^]*?apply to us\./, [
      'We do not offer an online account or portal for residents. Uptake of our',
      'online forms by residents was 12 per cent in 2017/18. None of our services',
      'use single sign-on.',
    ].join('\n'));
    const got = answersOf(forms, crm);
    assert.deepEqual(reading(got, 'Q6a'), ['answered', 'No', 24]);
    assert.deepEqual(reading(got, 'Q6c'), ['answered', 12, 24]);
  });

  it('answers both uptake questions from the start of a sentence that names them, its reason before the "so"', () => {
    const other = letter.replace(/We do not offer an online account[^]*?apply to us\./, [
      'We do offer residents an online account for reporting issues and paying',
      'bills. However, take-up is not something we measure across the authority',
      'or for residents, so I am unable to give a percentage in answer to',
      'questions 6b and 6c. None of our services use single sign-on.',
    ].join('\n'));
    const got = answersOf(other, crm);
    assert.deepEqual(reading(got, 'Q6b'), ['not-held', null, 25]);
    assert.deepEqual(reading(got, 'Q6c'), ['not-held', null, 25]);
    assert.match(got.get('Q6c')!.text, /^However, take-up is not something we measure/);
  });
});

describe('a spreadsheet pasted with tabs: reference, question, response, comments', () => {
  const reply = [
    'Dear Requester,',
    '',
    'Please see our response in the table below.',
    '',
    'Ref\tQuestion\tResponse\tComments',
    'Q1\tWhat is the full official name of the Authority?\tPenhallow County Borough Council\t',
    'Q2\tHow large is the Authority in terms of population?\t71,400\tONS mid-2017',
    'Q5\tWhat services are provided to Residents by the Authority (e.g. Taxi Licensing, Waste, Education, Planning Applications, etc.)\tEducation, social services, waste, highways, planning and libraries\tAll unitary services',
    'Q6a\tDoes the Authority have an online portal for Residents?\tYes\tMy Penhallow',
  ].join('\n');

  it('reads the response cell after a question cell that ends on its examples, not the comment beside it', () => {
    const got = answersOf(reply, crm);
    assert.equal(got.get('Q5')?.line, 8);
    assert.match(got.get('Q5')!.text, /^Education, social services, waste, highways, planning and libraries/);
    assert.deepEqual(reading(got, 'Q6a'), ['answered', 'Yes', 9]);
  });
});

describe('answers after "Q3 - " that open with a decimal or "c." (circa)', () => {
  const reply = [
    'Dear Requester,',
    '',
    'Q1 - London Borough of Tennerby',
    'Q2 - 241,800 (2017 projections)',
    'Q3 - 14.7 sq miles',
    'Q4 - Approx. 320',
    'Q4a - c. 40',
    'Q4b - c. 280',
    'Q4c - Residents',
  ].join('\n');

  it('reads "Q3 - 14.7" as question 3 and its figure, not a range to question 14', () => {
    const ids = scanMarkersWith(reply, { knownIds: new Set(crm.questions.map((x) => x.id)) }).map((m) => [m.line + 1, m.ids.join(',')]);
    assert.deepEqual(ids, [[3, 'Q1'], [4, 'Q2'], [5, 'Q3'], [6, 'Q4'], [7, 'Q4a'], [8, 'Q4b'], [9, 'Q4c']]);
    const got = answersOf(reply, crm);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 14.7, 5]);
    assert.deepEqual(reading(got, 'Q4a'), ['answered', 40, 7]);
  });

  it('still reads "Q4a - c. Not applicable" on its own as the range of parts', () => {
    const ids = scanMarkersWith('Dear Requester,\n\nQ4 - None.\nQ4a - c. Not applicable\nQ5 - Waste', { knownIds: new Set(crm.questions.map((x) => x.id)) }).map((m) => m.ids.join(','));
    assert.deepEqual(ids, ['Q4', 'Q4a,Q4b,Q4c', 'Q5']);
  });
});

describe('values of a choice and of a year\'s figure in words councils use', () => {
  it('reads the asked year\'s figure from rows that follow a title and a colon', () => {
    const q10 = crm.byId.get('Q10')!;
    assert.equal(parseValue('Employees: 2016-17 £90.1m;\n2017-18 £88.4m. Agency and contractor spend is not held.', q10, crm.codes).value, 88400000);
    assert.equal(parseValue('Employees: 2016-17 £90.1m; 2017-18 £88.4m.', q10, crm.codes).value, 88400000);
  });

  it('reads no yes or no from a title made of the question\'s words, but does from a statement of them', () => {
    const q11 = crm.byId.get('Q11')!;
    assert.equal(parseValue('Customer relationship management', q11, crm.codes).value, null);
    assert.equal(parseValue('Customer Relationship Management (CRM) System', q11, crm.codes).value, null);
    assert.equal(parseValue('Customer relationship management system in use.', q11, crm.codes).value, 'Yes');
  });

  it('reads a yes or no after a linking word and its comma', () => {
    const q11 = crm.byId.get('Q11')!;
    assert.deepEqual(parseValue('Finally, the Council does not use a CRM system.', q11, crm.codes).value, 'No');
    assert.deepEqual(parseValue('However, yes: we use one.', q11, crm.codes).value, 'Yes');
    assert.equal(parseValue('Use of a Customer Relationship Management system', q11, crm.codes).value, null);
  });

  it('reads "integration with our revenues and benefits system" as the back-office choice, offered', () => {
    const q13d = crm.byId.get('Q13d')!;
    const got = parseValue('The partner council withdrew, and integration with our revenues and benefits system proved harder than expected.', q13d, crm.codes);
    assert.deepEqual([got.value, got.confidence], ['Integration with existing back-office applications', 0.7]);
    assert.deepEqual(parseValue('Integration with existing back-office applications', q13d, crm.codes).confidence, 0.9);
    assert.equal(parseValue('Integration of data from our different systems into one', q13d, crm.codes).value, 'Integration of different data sources into a single system');
  });
});

describe('two committed development replies in prose, read sentence by sentence', () => {
  // Fictional replies of committed sets, written blind: one keeps no register of its systems, the
  // other has no CRM but considered one.
  const read = (file: string): string => readFileSync(resolve(root, 'test/quality/blind', file), 'utf8');

  it('ties no connected-systems question to "around one hundred and ten applications" for want of its examples', () => {
    const markers = analyzeReply(read('crm-blind69/moorcastle-borough.txt'), crm).markers.filter((m) => m.line === 24);
    assert.deepEqual(markers.map((m) => m.ids), [['Q4']]);
  });

  it('ties no go-live question to "A CRM was considered in 2016 …, but … a single system", one word of it in its clause', () => {
    const markers = analyzeReply(read('crm-blind132/sallowick-district.txt'), crm).markers.filter((m) => m.line === 97 || m.line === 98);
    assert.deepEqual(markers.map((m) => m.ids), [['Q11']]);
  });
});

describe('a Scottish letter that labels each question "Your question 1 (i):", splitting those that ask two things', () => {
  const request = [
    'Dear Council,',
    '',
    '(1) How many libraries does the council run, and how many of them open on Sundays? (2) In what year did the council last close a library?',
    '(3) Do you charge for reserving a book, and if so, what is the charge? (4) How many library staff did you employ in 2023/24?',
    '',
    'Thank you.',
  ].join('\n');
  const reply = [
    'Dear Requester,',
    '',
    'To make our response easier to follow we have split the questions that ask two things into two parts, shown as (i) and (ii).',
    '',
    'Your question 1 (i): How many libraries does the council run?',
    'Our response: Seven.',
    '',
    'Your question 1 (ii): How many of them open on Sundays?',
    'Our response: Two - Kinross Street and Balfron.',
    '',
    'Your question 2: In what year did the council last close a library?',
    'Our response: 2019.',
    '',
    'Your question 3 (i): Do you charge for reserving a book?',
    'Our response: No. Reservations are free of charge.',
    '',
    'Your question 3 (ii): If so, what is the charge?',
    'Our response: Not applicable.',
    '',
    'Your question 4: How many library staff did you employ in 2023/24?',
    'Our response: 41 full-time equivalent.',
  ].join('\n');

  it('reads "Your question 2:" as the label of question 2', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q2'), ['answered', 2019, 12]);
    assert.deepEqual(reading(got, 'Q4'), ['answered', 41, 21]);
  });

  it('reads (i) and (ii) as the parts the request\'s question was split into, and (i) alone as a question asked whole', () => {
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1a', 'Q1b', 'Q2', 'Q3', 'Q4']);
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q1a'), ['answered', 7, 6]);
    assert.deepEqual(reading(got, 'Q1b'), ['answered', 2, 9]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 'No', 15]);
  });

  it('labels the parts by their numerals alone, unless the request has a part lettered "i"', () => {
    const q = fromRequest(request);
    const options = { knownIds: new Set(q.questions.map((x) => x.id)), headings: new Set<string>() };
    const ids = scanMarkersWith('Dear X,\n\nYour question 1 (i): Seven.\nYour question 1 (ii): Two.\nYour question 3 (i): No.\nYour question 3 (ii): Not applicable.', options).map((m) => m.ids.join(','));
    assert.deepEqual(ids, ['Q1a', 'Q1b', 'Q3', '']);
    const lettered = { knownIds: new Set(['Q5a', 'Q5b', 'Q5c', 'Q5d', 'Q5e', 'Q5f', 'Q5g', 'Q5h', 'Q5i']), headings: new Set<string>() };
    assert.deepEqual(scanMarkersWith('Dear X,\n\n5(h): Yes.\n5(i): No.', lettered).map((m) => m.ids.join(',')), ['Q5h', 'Q5i']);
  });

  it('reads no label in "Your question 4 budget should be …" inside a paragraph, nor (i) of a question also asked by its own number', () => {
    const known = { knownIds: new Set(['Q1', 'Q2', 'Q3', 'Q4', 'Q4a', 'Q4b']), headings: new Set<string>() };
    assert.deepEqual(scanMarkersWith('Dear X,\n\nYour question 4 budget should be £1,400,000 once agreed.', known).map((m) => m.ids), []);
    const ids = scanMarkersWith('Dear X,\n\n4. Did you use canvassers?\nYes.\n\n4(i) How many canvassers?\n61\n\n4(ii) What did they cost?\n£20,000', known).map((m) => m.ids.join(','));
    assert.ok(!ids.slice(1).includes('Q4'), ids.join(' | '));
  });
});

describe('a thread whose request numbers its questions in brackets inside a paragraph, answered in prose', () => {
  const request = [
    'Dear Council,',
    '',
    '(1) How many public tennis courts does the council maintain? (2) In what year were the courts last',
    'resurfaced? (3) What was the cost of maintaining the courts in 2023/24? (4) How many coaching',
    'sessions were booked in 2023/24?',
    '',
    'Yours faithfully,',
    'Ash Requester',
  ].join('\n');
  const thread = [
    request,
    '',
    '-------------------------------------------------------------------',
    '',
    'Dear Ash Requester,',
    '',
    'The council maintains 14 public tennis courts across six parks.',
    'The courts were last resurfaced in 2021 as part of a parks programme.',
    'Maintaining the courts cost £38,400 in 2023/24.',
    'A total of 612 coaching sessions were booked in 2023/24.',
    '',
    'Yours sincerely,',
    'Parks Team',
  ].join('\n');

  it('reads the bracketed labels as the request quoted, and the letter\'s sentences as the answers', () => {
    const got = answersOf(thread, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 14, 14]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 38400, 16]);
    assert.deepEqual(reading(got, 'Q4'), ['answered', 612, 17]);
  });

  it('keeps the labels of a paragraph that answers each question after it', () => {
    const inline = 'Dear Requester,\n\n(1) How many public tennis courts does the council maintain? 14 courts. (2) In what year were the courts last resurfaced? 2021.\n\nYours sincerely,';
    const read = analyzeReply(inline, fromRequest(request));
    assert.deepEqual(read.markers.map((m) => m.label), ['(1)', '(2)']);
    const inWords = analyzeReply(inline.replace('14 courts.', 'Fourteen courts.'), fromRequest(request));
    assert.deepEqual(inWords.markers.map((m) => m.label), ['(1)', '(2)']);
    assert.equal(read.answers.find((a) => a.id === 'Q2')?.value, 2021);
  });
});

describe('a question that asks for people counted by their numbers', () => {
  it('types "What are the current staff numbers?" and a headcount as a figure, not reference numbers', () => {
    const q = fromRequest('1. What are the current staff numbers?\n2. What is the headcount of the planning team?\n3. What are the reference numbers for these cases?');
    assert.deepEqual(q.questions.map((x) => x.type), ['number', 'number', 'text']);
  });
});
