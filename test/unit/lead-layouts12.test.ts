// Layouts found by scoring the engine on real replies it had never seen (session 12, round R7:
// Scottish disclosure logs, an FOI-administration survey, fleet requests), each fixed with a
// general rule. Requests and replies here are written for fictional councils in the same shapes;
// no real text is copied.
import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { parseValue } from '../../src/core/values';
import { classifyAnswer } from '../../src/core/classify';
import { exemptionForSection } from '../../src/core/exemptions';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import type { Question } from '../../src/core/types';

const typesOf = (request: string) => questionnaireFromRequest(request).questionnaire.questions.map((q) => [q.id, q.type]);

describe('requests read by init (session 12 layouts)', () => {
  it('types "How many vehicles … and what percentage is electric?" as a count: the percentage is a second ask', () => {
    assert.deepEqual(typesOf('1. How many vehicles (vans, gritters, cars) are in your fleet and what percentage is electric?\n2. What percentage of your fleet is hybrid?'), [
      ['Q1', 'number'],
      ['Q2', 'percent'],
    ]);
  });

  it('types "Can I please have the contact details of …" by what is asked, not as yes or no', () => {
    assert.deepEqual(typesOf('1. How many depots do you run?\n2. Can I please have the contact details (email and phone) of your transport manager?\n3. Can I ask how many drivers you employ?'), [
      ['Q1', 'number'],
      ['Q2', 'text'],
      ['Q3', 'number'],
    ]);
  });

  it('gives parts that only name a period ("a) 2023-24,") the type their title asks for', () => {
    const request = [
      '1. How many fly-tipping prosecutions did the council bring in the financial years:',
      'a) 2022-23,',
      'b) 2023-24',
      '2. Please describe your enforcement policy:',
      'a) for households',
      'b) for businesses',
    ].join('\n');
    assert.deepEqual(typesOf(request), [
      ['Q1', 'text'],
      ['Q1a', 'number'],
      ['Q1b', 'number'],
      ['Q2', 'text'],
      ['Q2a', 'text'],
      ['Q2b', 'text'],
    ]);
  });

  it('reads "c)2025-26" with no space after the bracket as the next part, not as words of the part above', () => {
    const q = questionnaireFromRequest('1. How many notices were served in the years:\na) 2023-24,\nb) 2024-25\nc)2025-26 to date').questionnaire;
    assert.deepEqual(q.questions.map((x) => [x.id, x.text]), [
      ['Q1', 'How many notices were served in the years:'],
      ['Q1a', '2023-24'],
      ['Q1b', '2024-25'],
      ['Q1c', '2025-26 to date'],
    ]);
  });
});

describe('judging answers (session 12 layouts)', () => {
  const count: Question = { id: 'Q2', order: 1, text: 'How many vehicles (vans, cars, etc) do you have in your fleet and what percentage is electric?', type: 'number' };

  it('reads the fleet count, not the electric vehicles of the second ask', () => {
    assert.equal(parseValue('The council fleet is currently 212 , we have 3 electric vehicles', count).value, 212);
  });

  it('reads no count out of a grade written as a word ("a band six officer")', () => {
    const staff: Question = { id: 'Q2', order: 1, text: 'How many staff are allocated to handling requests?', type: 'number' };
    assert.notEqual(parseValue('There is one post. It is held by a band six officer who handles requests day to day.', staff).value, 6);
    assert.equal(parseValue('There are seven officers in the team.', staff).value, 7);
  });

  it('calls an answer that says the information is partially held, and gives a figure for that part, partial', () => {
    const budget: Question = { id: 'Q2', order: 1, text: 'What is the budget for administering FOI?', type: 'money' };
    const c = classifyAnswer('This information is partially held. There is no budget line for FOI, but the cost of the full-time officer post is £28,910.', budget);
    assert.equal(c.status, 'partial');
    assert.equal(classifyAnswer('The cost of the full-time officer post is £28,910.', budget).status, 'answered');
  });

  it('reads section 17 of the Freedom of Information (Scotland) Act as not held, and FOISA sections as their UK equivalents', () => {
    const c = classifyAnswer('Staff time to set the system up is not available therefore this is exempt under Section 17 of the Freedom of Information (Scotland) Act 2002');
    assert.equal(c.status, 'not-held');
    const s38 = classifyAnswer('Names of officers are withheld under section 38(1)(b) of the Freedom of Information (Scotland) Act 2002.');
    assert.deepEqual([s38.status, s38.exemption], ['refused', 's40']);
    // In England section 38 is health and safety, and section 17 no refusal; FOISA's health and safety is 39.
    assert.equal(exemptionForSection(38), 's38');
    assert.equal(exemptionForSection(39, true), 's38');
    assert.equal(exemptionForSection(31, true), 's24', 'FOISA 31 is national security');
    assert.equal(exemptionForSection(34, true), 's30', 'FOISA 34 is investigations');
    assert.equal(exemptionForSection(30, true), 's36', 'FOISA 30 is the conduct of public affairs');
    assert.equal(exemptionForSection(25, true), 's21');
    assert.equal(exemptionForSection(17, true), undefined);
  });
});

describe('reading replies (session 12 layouts)', () => {
  for (const words of ['If not all information is available, please treat questions individually.', 'If not all of this information is held, please answer what you can.']) {
    it(`takes the requester's "${words}" under the last quoted question for no answer`, () => {
      const request = ['1. How many staff deal with FOI?', '2. What is the budget for FOI?', '3. Do you publish a disclosure log?', words].join('\n');
      const q = questionnaireFromRequest(request).questionnaire;
      const reply = [
        'Dear Ms Arden',
        'You asked for the following information:',
        '1. How many staff deal with FOI?',
        '2. What is the budget for FOI?',
        '3. Do you publish a disclosure log?',
        words,
        '',
        'Kelmarsh Borough Council would advise as follows.',
      ].join('\n');
      assert.equal(analyzeReply(reply, q).answers.find((a) => a.id === 'Q3'), undefined);
    });
  }
});

describe('crm-blind28 (scored blind on 576baa2, then fixed)', () => {
  const request = [
    '1. How many parks does the council maintain?',
    '2. How many of them have a play area?',
    '3. What did the council spend on parks in 2023/24?',
    '4. What did it spend on play equipment in 2023/24?',
    '5. What did it spend on tree surgery in 2023/24?',
  ].join('\n');
  const q = questionnaireFromRequest(request).questionnaire;
  const byId = (reply: string) => new Map(analyzeReply(reply, q).answers.map((a) => [a.id, a]));

  it('keeps "Answer: Withheld under section 31 (see below)" under a restated question as the answer, not the reasons further down', () => {
    const reply = [
      'Q1. How many parks does the council maintain?',
      'Answer: 38',
      '',
      'Q2. How many of them have a play area?',
      'Answer: Withheld under section 31 (see below).',
      '',
      'Q3. What did the council spend on parks in 2023/24?',
      'Answer: £2.4m',
      '',
      'Refusals',
      '',
      'Question 2 - section 31(1)(a). Listing which parks have play areas, with the 14 sites where',
      'equipment was vandalised, would help someone plan further damage.',
    ].join('\n');
    const a = byId(reply).get('Q2')!;
    assert.deepEqual([a.status, a.exemption, a.line], ['refused', 's31', 5]);
  });

  it('refuses the questions named in "the remainder of your request (questions 3 to 5) would exceed the cost limit" under section 12', () => {
    const reply = [
      'Dear Ms Okafor',
      '',
      'Question 1: 38',
      '',
      'Question 2: 21',
      '',
      'We have answered questions 1 and 2; the remainder of your request',
      '(questions 3 to 5) would exceed the cost limit set by the Fees',
      'Regulations, which for a council is £450.',
    ].join('\n');
    const got = byId(reply);
    assert.deepEqual(['Q3', 'Q4', 'Q5'].map((id) => [got.get(id)?.status, got.get(id)?.exemption]), [
      ['refused', 's12'],
      ['refused', 's12'],
      ['refused', 's12'],
    ]);
    assert.equal(got.get('Q1')!.value, 38);
  });

  it('keeps the one answer given when "the remainder of your request" is refused: a part, not the whole request', () => {
    const reply = ['Question 1: 38', '', 'We have answered question 1; the remainder of your request', '(questions 2 to 5) would exceed the cost limit, which for a council is £450.'].join('\n');
    const got = byId(reply);
    assert.deepEqual([got.get('Q1')!.status, got.get('Q1')!.value], ['answered', 38]);
    assert.deepEqual([got.get('Q2')!.status, got.get('Q2')!.exemption], ['refused', 's12']);
  });

  it('reads a table cell that says only "See note 2" from the note below, each question from its own clause, and offers it', () => {
    const reply = [
      '| No. | Question                | Response    |',
      '| 1   | Parks maintained        | 38          |',
      '| 2   | Parks with a play area  | 21          |',
      '| 3   | Spend on parks          | See note 2  |',
      '| 4   | Spend on play equipment | See note 2  |',
      '| 5   | Spend on tree surgery   | Not held    |',
      '',
      'Notes',
      '',
      'Note 2 - Spend on parks in 2023/24 was £2.4m. Spend on play equipment in',
      'the same year was £310,000.',
    ].join('\n');
    const got = byId(reply);
    assert.deepEqual([got.get('Q3')!.value, got.get('Q3')!.line], [2400000, 4]);
    assert.deepEqual([got.get('Q4')!.value, got.get('Q4')!.line], [310000, 5]);
    assert.ok(got.get('Q4')!.confidence < DEFAULT_MIN_CONFIDENCE);
  });
});

describe('other-blind29 and short answer lists (session 12)', () => {
  it('types "What were the total weekly opening hours …?" and "What was the equivalent total in 2019?" as figures', () => {
    assert.deepEqual(typesOf('1. a) What were the total scheduled weekly opening hours across all libraries?\n   b) What was the equivalent total on 1 April 2019?\n2. What is the name of the library service?'), [
      ['Q1a', 'number'],
      ['Q1b', 'number'],
      ['Q2', 'text'],
    ]);
  });

  it('reads "1) 38" / "2) 21" / "3) £2.4m" as answers to three of five questions, not as a list in the letter', () => {
    const q = questionnaireFromRequest('1. How many parks?\n2. How many play areas?\n3. What was spent on parks?\n4. What was spent on trees?\n5. Who cuts the grass?').questionnaire;
    const got = analyzeReply('Dear Ms Okafor\n\n1) 38\n\n2) 21\n\n3) £2.4m\n\nKind regards', q).answers.map((a) => [a.id, a.value]);
    assert.deepEqual(got, [
      ['Q1', 38],
      ['Q2', 21],
      ['Q3', 2400000],
    ]);
    // Steps of a procedure numbered in the letter stay words of the letter.
    assert.deepEqual(analyzeReply('Dear Ms Okafor\n\nTo appeal:\n\n1) write to us\n\n2) within 40 days\n\nKind regards', q).answers, []);
  });
});

describe('a refusal that runs over a page break (other-blind29)', () => {
  const q = questionnaireFromRequest('1. How many wardens are employed?\n2. How many fixed penalty notices were issued in 2023/24?\n3. What did the service cost in 2023/24?').questionnaire;
  const reply = [
    'Q1     14 wardens.',
    '',
    'Q2     The notices are kept on paper at each of the 12 depots. To count those issued in',
    '       2023/24 we would need to go through every file by hand, which we estimate would',
    '       take at least 30 hours.',
    '                                                                   Page 1 of 2',
    '_____________________________________________________________________________',
    'Fernhollow District Council                          Ref: ENV/WST/24/0912',
    '',
    '       The cost of compliance would therefore exceed the appropriate limit, and',
    '       the Council is not obliged to answer this part under section 12 of the Act.',
    '',
    'Q3     £412,000.',
  ].join('\n');

  it('carries an answer on over the page footer and header when the next page resumes at its hanging indent', () => {
    const a = analyzeReply(reply, q).answers.find((x) => x.id === 'Q2')!;
    assert.deepEqual([a.status, a.exemption, a.value], ['refused', 's12', null]);
    // The letter's own text, back at the margin after the page break, is not the answer's.
    const margin = reply.replace('       The cost of compliance would therefore exceed the appropriate limit, and\n       the Council', 'The cost of compliance would therefore exceed the appropriate limit, and\nthe Council');
    const b = analyzeReply(margin, q).answers.find((x) => x.id === 'Q2')!;
    assert.ok(!b.text.includes('cost of compliance'));
  });

  it('reads no figure in a page footer ("Page 1 of 2") or a slashed reference ("Ref: ENV/WST/24/0912")', () => {
    const count: Question = { id: 'Q2', order: 1, text: 'How many notices were issued?', type: 'number' };
    assert.equal(classifyAnswer('We are unable to say.\nPage 1 of 2', count).status, 'not-held');
    assert.equal(classifyAnswer('We are unable to say.\nFernhollow District Council   Ref: ENV/WST/24/0912', count).status, 'not-held');
  });
});

describe('other-blind31 and crm-blind30 (scored blind on a17fb89, then fixed)', () => {
  it('reads "The council is responsible for 18,837 street lights: 18,233 columns and 604 wall units" whole: words before a colon with a figure of their own are no title', () => {
    const q = questionnaireFromRequest('1) How many street lights (lighting columns and wall-mounted units) is the council responsible for? 2) How many are LED?').questionnaire;
    const a = analyzeReply('(1) The council is responsible for 18,837 street lights: 18,233 lighting\ncolumns and 604 wall-mounted units.\n\n(2) 12,950', q).answers.find((x) => x.id === 'Q1')!;
    assert.equal(a.value, 18837);
    // Rows of a table under the sentence are not its parts: 27 is no total of 19 and 8.
    const fleet: Question = { id: 'Q1', order: 1, text: 'How many vehicles were in the fleet?', type: 'number' };
    assert.equal(parseValue('The fleet was made up as follows:\nCars 31\nRefuse vehicles 27\nOther HGVs 19\nMinibuses 8\nTotal 85', fleet).value, 85);
  });

  it('types a part that finishes its heading\'s sentence ("3. What is the current charge for:" / "(a) a course of rat treatment?") as its heading asks', () => {
    assert.deepEqual(typesOf('1. Do you run a pest control service?\n3. What is the current charge to a resident for:\n(a) a course of treatment for rats in or around a domestic property?\n(b) the treatment of a single wasps\' nest?'), [
      ['Q1', 'yes-no'],
      ['Q3', 'text'],
      ['Q3a', 'money'],
      ['Q3b', 'money'],
    ]);
  });

  it('reads "are free of charge" as a charge of £0, but not when a sum is given', () => {
    const charge: Question = { id: 'Q3a', order: 1, text: 'What is the charge for a rat treatment?', type: 'money' };
    assert.equal(parseValue('Rat treatments at domestic properties are free of charge to residents.', charge).value, 0);
    assert.equal(parseValue('Treatments are free for residents on benefits; others pay £45.', charge).value, 45);
  });

  it('ends an answer at "Information withheld - question 6(b)", a heading over another question\'s reasons', () => {
    const q = questionnaireFromRequest('1. What is the contract value?\n2. Please describe planned changes for 2025/26.').questionnaire;
    const reply = ['Q1. Contract value', 'Withheld - see below.', '', 'Q2. Planned changes', 'No changes have been decided.', '', 'Information withheld - question 1', '', 'Section 43(2) applies because the contract is being re-tendered in 2025.'].join('\n');
    const a = analyzeReply(reply, q).answers.find((x) => x.id === 'Q2')!;
    assert.equal(a.text.trim(), 'No changes have been decided.');
    assert.equal(a.status, 'answered');
  });

  it('skips the next page\'s running header ("… FOI Ref: EDC/FOI/18/0744") between a question and its answer', () => {
    const q = questionnaireFromRequest('1. How many systems do you have?\n2. How many of those interact with another system?\n3. Who runs them?').questionnaire;
    const reply = [
      '   1. How many systems do you have?',
      '      About 140',
      '',
      '   2. How many of those interact with another system?',
      '',
      '                                                          Page 1 of 2',
      '',
      '   Kestrelford District Council                  FOI Ref: KDC/WST/18/0744',
      '',
      '      Unknown',
      '',
      '   3. Who runs them?',
      '      Our ICT team.',
    ].join('\n');
    const a = analyzeReply(reply, q).answers.find((x) => x.id === 'Q2')!;
    assert.deepEqual([a.status, a.line], ['not-held', 10]);
  });

  it('takes the council\'s unquoted line under the last "> " quoted question as its answer when it answers between quoted lines', () => {
    const q = questionnaireFromRequest('1. Does the council have a CRM?\n2. When did it go live?\n3. How long did it take?\n4. Are systems centred on residents or properties?').questionnaire;
    const reply = ['Our answers are below each question.', '', '> 1. Does the council have a CRM?', '', 'No', '', '> 2. When did it go live?', '> 3. How long did it take?', '> 4. Are systems centred on residents or properties?', '', 'Residents', ''].join('\n');
    const a = analyzeReply(reply, q).answers.find((x) => x.id === 'Q4');
    assert.deepEqual([a?.line, a?.text.trim()], [11, 'Residents']);
  });

  it('reads the list after "Key services include …" as the services named', () => {
    const services: Question = { id: 'Q5', order: 1, text: 'What services are provided to residents?', type: 'text' };
    assert.equal(parseValue('As a unitary council we provide the full range of services. Key services include adult social care, education, waste, planning and libraries. See our website.', services).value, 'adult social care; education; waste; planning and libraries');
  });
});

describe('real-reply round R8 (public toilets, pothole claims)', () => {
  it('types "Are any toilets the responsibility of other organisations, such as parish or town councils?" as yes or no: examples are no options', () => {
    assert.deepEqual(typesOf('1. Are any public toilets the responsibility of other organisations, such as parish or town councils?\n2. Is the service run in-house, by a contractor, or by a trust?'), [
      ['Q1', 'yes-no'],
      ['Q2', 'choice'],
    ]);
  });

  it('types "Please tell me the value of the biggest claim settled" as money', () => {
    assert.deepEqual(typesOf('1. How many claims were settled?\n2. Please tell me the value of the biggest claim settled in 2023/24.'), [
      ['Q1', 'number'],
      ['Q2', 'money'],
    ]);
  });

  it('reads a table row that gives a figure per year as offered, reads no count in "<5*", and ends the row at the note below the table', () => {
    const q = questionnaireFromRequest('1. How many claims were received in each year?\n2. How many were paid in each year?\n3. What were the legal costs?').questionnaire;
    const reply = [
      'Response',
      '| 2022/23 | 2023/24 | 2024/25 |',
      'Question 1 | 30 | 20 | 51 |',
      'Question 2 | <5* | <5* | 8 |',
      'Question 3 | Not held. We do not record legal costs. |',
      '* Numbers between 1 and 5 are withheld under section 40(2) as they could identify individuals.',
    ].join('\n');
    const got = new Map(analyzeReply(reply, q).answers.map((a) => [a.id, a]));
    assert.ok(got.get('Q1')!.confidence < DEFAULT_MIN_CONFIDENCE);
    assert.notEqual(got.get('Q2')!.value, 5);
    assert.deepEqual([got.get('Q3')!.status, got.get('Q3')!.exemption], ['not-held', undefined]);
  });
});

describe('prose answers (crm-blind28 Stowmarsh)', () => {
  it('reads the figure given in a unit of area for "How large is the Authority in terms of geographical boundaries?", not the population before it', () => {
    const area: Question = { id: 'Q3', order: 1, text: 'How large is the Authority in terms of geographical boundaries?', type: 'number' };
    assert.equal(parseValue('The district had a resident population of 64,200 in 2017 and covers an area of 148 square miles, much of it rural.', area).value, 148);
    const people: Question = { id: 'Q2', order: 1, text: 'How large is the Authority in terms of population?', type: 'number', unit: 'people' };
    assert.equal(parseValue('The district had a resident population of 64,200 in 2017 and covers an area of 148 square miles.', people).value, 64200);
  });
});

describe('a PDF page rule between numbered answers', () => {
  it('reads "1." "2." above a page footer\'s rule of underscores and "3." below it as one list of answers', () => {
    const q = questionnaireFromRequest('1. How many wardens are employed?\n2. How many notices were issued?\n3. What did the service cost?').questionnaire;
    const reply = '1.     14 wardens.\n\n2.     Not held.\n                          Page 1 of 2\n______________________________\nFernhollow District Council       Ref: ENV/WST/24/0912\n\n3.     £412,000.\n';
    assert.deepEqual(analyzeReply(reply, q).answers.map((a) => [a.id, a.status, a.value]), [
      ['Q1', 'answered', 14],
      ['Q2', 'not-held', null],
      ['Q3', 'answered', 412000],
    ]);
  });
});

describe('crm-blind32 (scored blind on 349ebf3, then fixed)', () => {
  const spend: Question = { id: 'Q8', order: 1, text: 'What was the annual spend for 2017-18?', type: 'money' };

  it('reads "£563.8" / "million." wrapped onto the next line, and the Welsh "£71.4 miliwn", as millions', () => {
    assert.equal(parseValue("The Council's gross revenue expenditure in 2017-18 was £563.8\n     million.", spend).value, 563800000);
    assert.equal(parseValue('£71.4 miliwn (gweithwyr a staff asiantaeth)', spend).value, 71400000);
    // A new line that begins with "m" or "k" is no multiplier: only the words are.
    assert.equal(parseValue('£563.8\nmonthly figures are not kept', spend).value, 563.8);
  });

  it('reads "Numerous – the Council does not maintain a central register" for how many as unclear, not not held', () => {
    const q = questionnaireFromRequest('1. How many information systems does the council use?\n2. How many are stand-alone?').questionnaire;
    const a = analyzeReply('1. Numerous – the Council does not maintain a central register of systems.\n\n2. Not held.', q).answers;
    assert.deepEqual(a.map((x) => [x.id, x.status]), [
      ['Q1', 'unclear'],
      ['Q2', 'not-held'],
    ]);
  });

  it('reads "Cwestiwn 13 (a–d) / Question 13 (a–d)" as the label of question 13 in two languages', () => {
    const q = questionnaireFromRequest('12. Does the council use a CRM?\n13. If not:\na) Was one considered?\nb) Why not?\n14. Are systems centred on residents or properties?').questionnaire;
    const reply = 'Cwestiwn 12 / Question 12\nYmateb / Response: Oes / Yes\n\nCwestiwn 13 (a–d) / Question 13 (a–d)\nYmateb / Response: Amherthnasol / Not applicable\n\nCwestiwn 14 / Question 14\nYmateb / Response: Eiddo / Properties\n';
    const got = new Map(analyzeReply(reply, q).answers.map((x) => [x.id, x]));
    assert.deepEqual(['Q13a', 'Q13b'].map((id) => [got.get(id)?.status, got.get(id)?.line]), [
      ['not-applicable', 4],
      ['not-applicable', 4],
    ]);
  });
});

describe('a cross-reference in two languages (crm-blind32 Pen-y-garth)', () => {
  it('resolves "Gweler yr ateb i gwestiwn 6b." / "Please see the answer to question 6b." to 6b\'s answer, never the 6 of the id', () => {
    const q = questionnaireFromRequest('6b. What percentage of households use the portal?\n6c. What percentage of residents use the portal?').questionnaire;
    const reply = 'Cwestiwn 6b / Question 6b\nYmateb / Response: Tua 45 y cant / Approximately 45 per cent\n\nCwestiwn 6c / Question 6c\nYmateb / Response: Gweler yr ateb i gwestiwn 6b.\nPlease see the answer to question 6b.\n';
    const a = analyzeReply(reply, q).answers.find((x) => x.id === 'Q6c')!;
    assert.deepEqual([a.status, a.value, a.from], ['answered', 45, 'Q6b']);
  });
});

describe('other-blind33 (scored blind on 918c172, then fixed)', () => {
  const who: Question = { id: 'Q2b', order: 1, text: 'Is graffiti removal carried out by council staff, by an external contractor, or both?', type: 'choice', choices: ['Council staff', 'External contractor', 'Both'] };

  it('never reads "We do not use a contractor" as the contractor choice, and reads "our in-house team" as council staff', () => {
    assert.equal(parseValue('Graffiti is removed by our in-house Street Scene team. We do not use a contractor for this work.', who).value, 'Council staff');
    assert.equal(parseValue('We do not use a contractor.', who).value, null);
    assert.equal(parseValue('Removal is carried out by an external contractor.', who).value, 'External contractor');
  });

  it('reads "Q4<tab>c. 20 years" as question 4 answered "c. 20 years", not as a part "4c"', () => {
    const q = questionnaireFromRequest('Q3 How many grave spaces are unused?\nQ4 How many years of burial space do you have left?').questionnaire;
    const got = analyzeReply('Q3\tApproximately 2,400\nQ4\tc. 20 years\n', q).answers.map((a) => [a.id, a.value]);
    assert.deepEqual(got, [
      ['Q3', 2400],
      ['Q4', 20],
    ]);
  });
});
