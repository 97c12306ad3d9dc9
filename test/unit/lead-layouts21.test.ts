// Layouts found by scoring the engine on replies it had never seen (session 21), each fixed with a
// general rule. The requests and letters here are written for fictional councils; no real text is copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { classifyAnswer } from '../../src/core/classify';
import { analyzeReply } from '../../src/core/suggest';
import { parseValue } from '../../src/core/values';
import type { Question } from '../../src/core/types';
import { answersOf } from '../support/engine';


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
    const a = answersOf(reply, q).get('Q1')!;
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
    const a = answersOf(reply, q).get('Q2')!;
    assert.equal(a.status, 'answered');
    assert.equal(a.value, 610000);
  });

  it('a size after a figure ("118 acres") is no count of the holdings a question counts; a size asked for still is', () => {
    const holdings: Question = { id: 'Q1', order: 0, type: 'number', text: 'How many agricultural holdings did the council own at 1 April 2024?' };
    assert.equal(parseValue('The Council owns six agricultural holdings. They are all small, the largest being 118 acres.', holdings).value, 6);
    const acres: Question = { id: 'Q2', order: 1, type: 'number', text: 'How many acres of farmland did the council own at 1 April 2024?' };
    assert.equal(parseValue('The estate covers 1,240 acres across six holdings.', acres).value, 1240);
    const area: Question = { id: 'Q3', order: 2, type: 'number', text: 'What is the area of the authority?' };
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
    const a = answersOf(letter, CRM).get('Q11')!;
    assert.equal(a.line, 9);
    assert.equal(a.status, 'answered');
    assert.equal(a.value, 'No');
  });

  describe('a prose letter naming its questions inside sentences', () => {
    const letter = [
      'Dear Ms Requester,',
      '',
      'The full official name of the authority (question 1) is Ashvale Moor District',
      'Council. The district had an estimated population of 73,900 in mid-2017,',
      'which answers question 2, and it covers an area of 141 square miles',
      '(question 3).',
      '',
      'The Council uses a great many systems across its services.',
      'We keep no central register of them, and compiling one would mean asking',
      'about 30 managers for details, well over 18 hours of work. Section 12 of the',
      'Act means that we are not obliged to answer questions 4 to 4c, as the cost',
      'would exceed the appropriate limit.',
      '',
      'Our gross revenue expenditure in 2017/18 (question 8) was £88.4 million, of',
      'which £0.61 million was spent on software licences (question 9).',
      '',
      'In answer to question 11, the Council does not use a CRM system.',
      '',
      'Yours sincerely,',
    ].join('\n');
    const answers = () => new Map(analyzeReply(letter, CRM).answers.map((a) => [a.id, a] as const));
    it('"(question 1) is …": the reference inside its sentence gives the whole sentence, not the words before it', () => {
      const a = answers();
      assert.match(String(a.get('Q1')!.text), /is Ashvale Moor District/);
      assert.equal(a.get('Q3')!.value, 141);
    });
    it('"…, which answers question 2, and …": the clause before it answers question 2, the clause after it the next', () => {
      const a = answers();
      assert.equal(a.get('Q2')!.value, 73900);
      assert.equal(a.get('Q2')!.line, 4);
      assert.equal(a.get('Q3')!.line, 5);
    });
    it('two references in one sentence split it at the clause between them', () => {
      const a = answers();
      assert.equal(a.get('Q8')!.value, 88400000);
      assert.equal(a.get('Q9')!.value, 610000);
    });
    it('a refusal sentence naming questions is still read when the prose names most of the others', () => {
      const a = answers();
      for (const id of ['Q4', 'Q4a', 'Q4b', 'Q4c']) {
        assert.equal(a.get(id)?.status, 'refused', id);
        assert.equal(a.get(id)?.exemption, 's12', id);
      }
    });
  });

  it('"Your fourth question and its three parts …": a question named by its place in the request opens its answer', () => {
    const letter = [
      'Dear Mr Requester,',
      '',
      'Your first question asks for our full name: we are Ashvale Moor District Council.',
      '',
      'On your second question, the population of the district is 73,900.',
      '',
      'Turning to your third question, the district covers 141 square miles.',
      '',
      'Your fourth question and its three parts ask about our systems. We use about',
      '85 systems, but we do not record which of them exchange data.',
      '',
      'Yours sincerely,',
    ].join('\n');
    const a = answersOf(letter, CRM);
    assert.equal(a.get('Q2')!.value, 73900);
    assert.equal(a.get('Q2')!.line, 5);
    assert.equal(a.get('Q3')!.line, 7);
    assert.equal(a.get('Q4')!.line, 9);
    assert.equal(a.get('Q4')!.value, 85);
    assert.equal(a.get('Q4a')!.status, 'not-held');
    assert.equal(a.get('Q4a')!.line, 10);
  });

  it('a letter that names most of its questions still has its unnamed sentences read by topic', () => {
    const letter = [
      "Dear Ms Requester,",
      "",
      "The full official name of the authority is Ashvale Moor District Council (question 1).",
      "The population of the district is 73,900 (question 2). The district covers",
      "141 square miles (question 3).",
      "",
      "We do not hold a register of our systems, so we cannot answer questions 4 to 4c.",
      "",
      "The services we provide to residents include waste collection, planning and",
      "licensing (question 5).",
      "",
      "Our online portal for residents opened in 2016, and around 18 per cent of",
      "households have registered an account with it.",
      "",
      "Our gross revenue expenditure in 2017/18 was \u00a388.4 million.",
      "",
      "The Council spent \u00a3610,000 on software licences in 2017/18.",
      "",
      "Our payroll costs for employees came to \u00a321.2 million in that year.",
      "",
      "The Council does have a Customer Relationship Management system.",
      "",
      "Yours sincerely,",
    ].join('\n');
    const a = answersOf(letter, CRM);
    assert.equal(a.get('Q8')?.value, 88400000);
    assert.equal(a.get('Q9')?.value, 610000);
    assert.equal(a.get('Q11')?.value, 'Yes');
  });

  describe('a disclosure-log page: the request, a dated "Response" heading, then the council\'s answers', () => {
    const request = [
      '1. Please provide your policy for inspecting play areas.',
      '',
      '2. Please provide the schedule of play area inspections for 2024.',
      '',
      '3. Please provide the inspection reports for play areas in 2024.',
      '',
    ].join('\n');
    it('one paragraph under the heading answers the whole request, not the last question alone', () => {
      const q = questionnaireFromRequest(request).questionnaire!;
      const reply = [
        'FOI Request - Play area inspections',
        '',
        'Request 2024-00817',
        '',
        request,
        'Response 14-03-2024',
        '',
        'This information is exempt under section 21 of the Freedom of Information Act 2000 as it is reasonably accessible to you by other means. It can be found on our website at www.fernwick.example.gov.uk/play.',
        '',
      ].join('\n');
      const answers = analyzeReply(reply, q).answers;
      assert.deepEqual(answers.map((a) => a.id), ['Q1', 'Q2', 'Q3']);
      for (const a of answers) {
        assert.equal(a.status, 'signposted', a.id);
        assert.equal(a.exemption, 's21', a.id);
        assert.equal(a.line, 13, a.id);
      }
    });
    it('a dated heading under the last quoted question is never that question\'s answer', () => {
      const q = questionnaireFromRequest(['1. What was the cost of the service in 2023/24?', '2.', 'a) How many staff does the service employ?', 'b) How many of them are part-time?', ''].join('\n')).questionnaire!;
      const reply = [
        'Request 2024-00901',
        '',
        '1. What was the cost of the service in 2023/24?',
        '2.',
        'a) How many staff does the service employ?',
        'b) How many of them are part-time?',
        '',
        'Response 02-05-2024',
        '',
        '1.  £412,000.',
        '',
        '2.  a) 14',
        '    b) 5',
        '',
      ].join('\n');
      const a = answersOf(reply, q);
      assert.equal(a.get('Q1')!.value, 412000);
      assert.equal(a.get('Q1')!.line, 10);
      assert.notEqual(a.get('Q2b')?.line, 8);
      assert.ok(![...a.values()].some((x) => /Response 02-05-2024/.test(x.text)), 'no answer is the heading');
    });
    it('a dated heading below a quoted part whose answer is numbered otherwise is no answer to that part', () => {
      const q = questionnaireFromRequest(['1. What was the cost of the service in 2023/24?', '2.', 'a) How many staff does the service employ?', 'b) How many of them are part-time?', ''].join('\n')).questionnaire!;
      const reply = ['1. What was the cost of the service in 2023/24?', '2.', 'a) How many staff does the service employ?', 'b) How many of them are part-time?', '', 'Response 02-05-2024', '', '1.  £412,000.', '', '2.  The service employs 14 staff.', '', '3.  Five of them work part-time.', ''].join('\n');
      const got = analyzeReply(reply, q).answers;
      assert.ok(!got.some((x) => /Response 02-05-2024/.test(x.text)), got.map((x) => `${x.id}: ${x.text}`).join(' | '));
    });
    it('"2." alone over its lettered parts labels them: it is no figure answering question 1', () => {
      const q = questionnaireFromRequest(['1. What was the cost of the service in 2023/24?', '2.', 'a) How many staff does the service employ?', 'b) How many of them are part-time?', ''].join('\n')).questionnaire!;
      const reply = ['1. What was the cost of the service in 2023/24?', '2.', 'a) How many staff does the service employ?', 'b) How many of them are part-time?', '', 'Our answers:', '', '1. £412,000', '2. a) 14 b) 5', ''].join('\n');
      const q1 = answersOf(reply, q).get('Q1')!;
      assert.equal(q1.value, 412000);
    });
  });
  it('a refusal\'s word that is the question\'s own topic ("vexatious" for a question about vexatious requests) is no refusal', () => {
    const question: Question = { id: 'Q4', order: 3, type: 'text', text: 'What criteria do you use when deciding whether a request is vexatious?' };
    const answer = 'Our guidance on vexatious requests is published with our FOI policy, and the label is applied only when the FOI team and the service agree that the threshold has been met.';
    assert.notEqual(classifyAnswer(answer, question).status, 'refused');
    assert.equal(classifyAnswer('We consider your request vexatious under section 14(1) and will not comply with it.', question).status, 'refused');
    // Without the question, the word is a refusal as before.
    assert.equal(classifyAnswer(answer).status, 'refused');
  });
  it('"We do not have a section which deals with …" and "we have not produced any information" answer a request for a document: not held', () => {
    const section: Question = { id: 'Q1', order: 0, type: 'text', text: 'The section of your emergency plan which deals with flooding of care homes' };
    assert.equal(classifyAnswer('We do not have a section which deals with flooding of care homes.', section).status, 'not-held');
    const other: Question = { id: 'Q2', order: 1, type: 'text', text: 'Any other information relating to care homes which your authority has produced as part of a flooding exercise' };
    assert.equal(classifyAnswer('Care homes are always considered in our exercises but we have not produced any information as part of them.', other).status, 'not-held');
    assert.equal(classifyAnswer('The council has several flood plans. None of those plans is specific to care homes nor do they have specific sections relating to them.', section).status, 'not-held');
    // An answer that gives the section is answered.
    assert.equal(classifyAnswer('Section 4.2 of the Multi-Agency Flood Plan deals with care homes.', section).status, 'answered');
  });

  it('a letter that quotes the request\'s bullets at its top, then answers in prose, has its sentences read', () => {
    const q = questionnaireFromRequest([
      "Dear Hexmoor Fire and Rescue Service,",
      "",
      "* How many fire engines does the service currently own?",
      "* How many firefighters are currently qualified to drive a fire engine?",
      "* How much did the service spend on buying fire engines in the 2023/24 financial year?",
      "* How many times were fire engines sent to road traffic collisions in the 2024 calendar year?",
      "* Please provide a copy of the service's vehicle replacement policy.",
      "",
      "Yours faithfully,",
    ].join('\n')).questionnaire!;
    const letter = [
      "Freedom of Information Request Reference No: HX/FOI/2025/00412",
      "",
      "I write about your request for information received by Hexmoor Fire and Rescue Service on 3 February 2025. You asked for the following information:",
      "",
      "* How many fire engines does the service currently own?",
      "* How many firefighters are currently qualified to drive a fire engine?",
      "* How much did the service spend on buying fire engines in the 2023/24 financial year?",
      "* How many times were fire engines sent to road traffic collisions in the 2024 calendar year?",
      "* Please provide a copy of the service's vehicle replacement policy.",
      "",
      "DECISION",
      "",
      "I have decided to disclose the information you asked for.",
      "",
      "The service currently owns 38 fire engines, kept at fourteen stations. There are 212 firefighters who are currently qualified to drive a fire engine. Spend on buying fire engines in the 2023/24 financial year was \u00a31,240,000, which bought four new engines.",
      "",
      "In the 2024 calendar year fire engines were sent to road traffic collisions on 947 occasions.",
      "",
      "Yours sincerely",
      "",
      "Disclosure Officer",
    ].join('\n');
    const a = answersOf(letter, q);
    // (The policy is not answered: the heading under its quoted bullet is no answer to it.)
    assert.deepEqual([...a.keys()], ['Q1', 'Q2', 'Q3', 'Q4']);
    assert.equal(a.get('Q1')!.value, 38);
    assert.equal(a.get('Q2')!.value, 212);
    assert.equal(a.get('Q3')!.value, 1240000);
    assert.equal(a.get('Q4')!.value, 947);
    assert.equal(a.get('Q4')!.line, 17);
  });

  it('questions named in words ("questions two and three", "your sixth question", "your final question") are references', () => {
    const q = questionnaireFromRequest([
      "Dear Council,",
      "",
      "1. Does the council charge for bulky waste collections? Yes/No",
      "2. If yes, what is the charge for up to three items?",
      "3. If yes, how much income did the charges raise in 2024/25?",
      "4. How many bulky waste collections were made in 2024/25?",
      "5. How many bulky waste collection staff does the council employ?",
      "6. Does the council offer a concession for residents on benefits? Yes/No",
      "7. Please describe any changes to the service planned for 2026.",
      "",
      "Yours faithfully,",
    ].join('\n')).questionnaire!;
    const letter = [
      "Dear Mr Requester",
      "",
      "Request for information - bulky waste collections",
      "",
      "The Council does not charge for bulky waste collections. Every household can",
      "book up to two free collections a year.",
      "As there is no charge, questions two and three of your request do not apply.",
      "",
      "During 2024/25 the Council made 3,184 bulky waste collections, most of them",
      "booked online. The service employs 9 collection staff in two crews.",
      "",
      "As no charge is made, there is no concession scheme and your sixth question",
      "does not apply.",
      "",
      "On your final question, the Council plans to add a collection of small",
      "electrical items to the service from April 2026.",
      "",
      "Yours sincerely",
    ].join('\n');
    const a = answersOf(letter, q);
    for (const id of ['Q2', 'Q3', 'Q6']) assert.equal(a.get(id)?.status, 'not-applicable', id);
    assert.equal(a.get('Q2')!.line, 7);
    assert.equal(a.get('Q6')!.line, 12);
    assert.match(a.get('Q6')!.why ?? a.get('Q6')!.reason ?? '', /prose/);
    assert.equal(a.get('Q7')!.line, 15);
    assert.match(a.get('Q7')!.text, /^the Council plans/);
    assert.equal(a.get('Q4')!.value, 3184);
  });

  it('"… £19.6 million in total. This is made up of …": a sentence that goes on from the one before answers with it', () => {
    const letter = [
      "Dear Mr Requester,",
      "",
      "Thank you for your email. I have dealt with your questions in the order in which you asked them.",
      "",
      "The Council's full name is Ellerholt District Council.",
      "",
      "The district has a population of 71,400 according to the mid-2017 estimate.",
      "",
      "The district covers 212 square kilometres.",
      "",
      "Our ICT register lists 64 systems and databases.",
      "",
      "The services we provide to residents include bin collections, planning and licensing.",
      "",
      "The Council's gross expenditure for 2017-18 was \u00a358.2 million.",
      "",
      "We spent \u00a3311,000 on software licences in the same year.",
      "",
      "Pay costs for 2017-18 came to \u00a319.6 million in total. This is made up of \u00a317.9 million for our own employees, \u00a31.2 million for agency staff and \u00a30.5 million for contractors.",
      "",
      "Yes, the Council uses a CRM system. It went live in March 2014.",
      "",
      "Yours sincerely,",
    ].join('\n');
    const q10 = answersOf(letter, CRM).get('Q10')!;
    assert.equal(q10.value, 19600000);
    assert.equal(q10.line, 19);
  });

  it('a request summary that letters a heading\'s parts inline ("13. if it has no CRM: (a) …, (b) …") asked those parts', () => {
    const lines = ['Request summary', '', 'The requester asked the council:', ''];
    const quoted: Record<string, string> = {
      '1': 'its full official name', '2': 'its population', '3': 'the size of its area',
      '4': 'how many information systems it uses, and of these (a) how many are stand-alone, (b) how many interact with another system and (c) whether they are centred around residents or properties',
      '5': 'which services it provides to residents', '6': '(a) whether it has an online portal, (b) the uptake across the authority and (c) the uptake by residents',
      '7': 'what percentage of services can be reached through Single Sign On', '8': 'its annual spend for 2017-18', '9': 'its 2017-18 spend on software licensing',
      '10': 'its 2017-18 spend on payroll', '11': 'whether it uses a CRM system', '12': 'if it has a CRM: (a) when it went live, (b) how long implementation took and (c) the main obstacles',
      '13': 'if it has no CRM: (a) whether one has been considered, (b) why it did not proceed, (c) whether a CRM project was abandoned and (d) why it failed',
      '14': 'whether its systems are centred around residents or properties',
    };
    for (const [n, t] of Object.entries(quoted)) lines.push(`${n}. ${t}`);
    lines.push('', 'Response', '', '1. Wexcombe District Council', '', '2. 66,100', '', '3. 240 square kilometres', '', '4. 70', '', '4a. 12', '', '4b. 58', '', '4c. Properties', '', '5. Waste, planning and licensing', '', '6a. Yes', '', '6b. 30%', '', '6c. 24%', '', '7. 40%', '', '8. £61.0 million', '', '9. £290,000', '', '10. £21.4 million', '', '11. Yes', '', '12a. 2015', '', '12b. 12 months', '', '12c. Funding', '', '13. Not applicable', '', '14. Properties', '');
    const r = analyzeReply(lines.join('\n'), CRM);
    assert.deepEqual(r.variant?.notAsked ?? [], []);
    const a = new Map(r.answers.map((x) => [x.id, x] as const));
    for (const id of ['Q13a', 'Q13b', 'Q13c', 'Q13d']) assert.equal(a.get(id)?.status, 'not-applicable', id);
  });
  it('"Answer: (revised) Yes, in 2014 …": a review\'s note before the answer is not its first word', () => {
    const letter = ['11. Does the Authority use a CRM system?', '    Answer: No', '', '13a. Has the implementation of a CRM ever been considered?', '    Answer: (revised) Yes, in 2014 and again in 2017.', '', '13c. Has the implementation of a CRM ever been planned or undertaken, but subsequently abandoned?', '    Answer: (amended) Yes. A project started in 2014 was stopped in 2015.', '', '14. Are your systems centred around Residents or Properties?', '    Answer: Properties', ''].join('\n');
    const a = answersOf(letter, CRM);
    assert.equal(a.get('Q13a')!.value, 'Yes');
    assert.equal(a.get('Q13c')!.value, 'Yes');
  });
  it('"c. 22%" under a quoted question is circa, not part c; after "b." it is part c', () => {
    const email = ['> Q6a. Does the Authority have an online portal for Residents?', '', 'Yes.', '', '> Q6b. If it does, what is the uptake (as a percentage) across the authority?', '', 'c. 22%', '', '> Q7. What percentage of services in Q4 are accessible to Residents online using Single Sign On (SSO) on the portal?', '', 'This is not something we measure.', ''].join('\n');
    const a = answersOf(email, CRM);
    assert.equal(a.get('Q6b')!.value, 22);
    assert.equal(a.get('Q6c'), undefined);
    const parts = ['6. Online portal', 'a. Yes', 'b. 31%', 'c. 25%', ''].join('\n');
    const b = answersOf(parts, CRM);
    assert.equal(b.get('Q6c')?.value, 25);
  });

  it('a question\'s elaboration after its "?" ("Please include … (e.g. …)") does not drown its topic when prose is read by topic', () => {
    const q = questionnaireFromRequest([
      "Dear Council,",
      "",
      "1) How many parks does the Council currently manage? Please include country parks, pocket parks and any sites run by a trust on the Council's behalf (e.g. heritage gardens, arboretums, nature reserves, recreation grounds), across the whole district.",
      "",
      "2) How many park rangers does the Council employ?",
      "",
      "3) What was the Council's total spend on park maintenance in 2024/25?",
      "",
      "4) How many complaints about park maintenance did the Council receive in 2024?",
      "",
      "5) How many days on average does the Council take to repair reported damage to play equipment?",
      "",
      "Many thanks,",
    ].join('\n')).questionnaire!;
    const letter = [
      "Dear Ms Requester",
      "",
      "I write in response to your request of 10 March 2025.",
      "",
      "The Council currently manages 27 parks and open spaces across the district.",
      "",
      "We employ 6 park rangers, two of them part-time.",
      "",
      "Our total spend on park maintenance in 2024/25 was \u00a31,420,000.",
      "",
      "We received 58 complaints about park maintenance in 2024.",
      "",
      "Reported damage to play equipment is repaired in 9 days on average.",
      "",
      "Yours sincerely",
    ].join('\n');
    const a = answersOf(letter, q);
    assert.equal(a.get('Q1')?.value, 27);
    assert.equal(a.get('Q1')?.line, 5);
    assert.equal(a.get('Q2')?.value, 6);
    assert.equal(a.get('Q3')?.value, 1420000);
  });

  it('a disclosure-log page with no blank lines: the requester\'s "Can I have …" and the dated heading answer nothing; "see following links" with section 21 signposts', () => {
    const q = questionnaireFromRequest([
      "Under the Freedom of Information Act 2000 can you provide me with the following information:",
      "1) The number of street trees planted by the council",
      "2) The number of street trees felled by the council",
      "3) Amount of money spent on street tree maintenance (\u00a3)",
      "4) Amount of money paid in compensation for tree root damage (\u00a3)",
      "5) The oldest street tree recorded by the council",
      "Can I have data from the last three financial years (OR two if three exceeds the cost/time threshold) and from questions 1-4 can I have the data broken down year on year.",
    ].join('\n')).questionnaire!;
    const page = [
      "FOI Request - Street trees",
      "Request 2024-55120",
      "Under the Freedom of Information Act 2000 can you provide me with the following information:",
      "1) The number of street trees planted by the council",
      "2) The number of street trees felled by the council",
      "3) Amount of money spent on street tree maintenance (\u00a3)",
      "4) Amount of money paid in compensation for tree root damage (\u00a3)",
      "5) The oldest street tree recorded by the council",
      "Can I have data from the last three financial years (OR two if three exceeds the cost/time threshold) and from questions 1-4 can I have the data broken down year on year.",
      "Response 11-06-2024",
      "The information requested in questions 1 to 4 is available elsewhere (see following links). Therefore, we can advise that this information is exempt under Section 21 of the Freedom of Information Act 2000.",
      "http://www.elmcaster.example.gov.uk/foi/page_1201.html",
      "http://www.elmcaster.example.gov.uk/foi/page_1202.html",
      "The information requested for question 5 is not held by the Council. We do not record the age of street trees.",
      "Tel: 01632 960411",
    ].join('\n');
    const a = answersOf(page, q);
    for (const id of ['Q1', 'Q2', 'Q3', 'Q4']) {
      assert.equal(a.get(id)?.status, 'signposted', id);
      assert.equal(a.get(id)?.exemption, 's21', id);
      assert.equal(a.get(id)?.line, 11, id);
    }
    assert.equal(a.get('Q5')?.status, 'not-held');
    // (From the sentence that names it, not the links above it.)
    assert.equal(a.get('Q5')?.line, 14);
    assert.ok(![...a.values()].some((x) => x.value === 1632 || x.value === 960411), 'a telephone number is no value');
  });
  it('a telephone number is never a figure of an answer', () => {
    const count: Question = { id: 'Q1', order: 0, type: 'number', text: 'How many complaints did the council receive in 2024?' };
    assert.equal(parseValue('Neighbourhood Services Manager, Tel: 01632 960587', count).value, null);
    assert.equal(parseValue('We received 212 complaints. Call us on 0161 496 0000 with any questions.', count).value, 212);
    assert.equal(parseValue('The helpline (01632 960587) took 4,310 calls.', count).value, 4310);
  });

  it('a name asked for is read after the words that ask for it, wherever they stand in the sentence', () => {
    const name: Question = { id: 'Q1', order: 0, type: 'text', text: 'What is the full official name of the Authority?' };
    assert.equal(parseValue('Turning first to questions 1 to 3, the full official name of the authority is Hollinsworth District Council. The district has 61,000 residents.', name).value, 'Hollinsworth District Council');
    assert.equal(parseValue("By way of background, the Authority's full official name is Hollinsworth District Council (the Council).", name).value, 'Hollinsworth District Council');
    assert.equal(parseValue('Your first question asks for the full name of the authority, which is\nHollinsworth District Council. With regard to your second question …', name).value, 'Hollinsworth District Council');
  });

  it('a yes/no read from the sentence in the question\'s own words, not a "no" said of something else before it', () => {
    const considered: Question = { id: 'Q13a', order: 0, type: 'yes-no', text: 'Has the implementation of a CRM ever been considered?' };
    assert.equal(parseValue('The Council does not currently use a CRM system. A CRM was considered in 2012, but the project did not go ahead.', considered).value, 'Yes');
    assert.equal(parseValue('The Council does not currently use a CRM system. A CRM has never been considered.', considered).value, 'No');
    assert.equal(parseValue('No, a CRM has not been considered.', considered).value, 'No');
  });

  it('a sentence giving a figure for each year reads the year the question names', () => {
    const spend: Question = { id: 'Q8', order: 0, type: 'money', text: "What was the Authority's annual spend for 2017-18?" };
    assert.equal(parseValue('Total gross expenditure was £58.1m in 2016-17 and £60.4m in 2017-18.', spend).value, 60400000);
    assert.equal(parseValue('In 2016-17 it was £58.1m and in 2017-18 it was £60.4m.', spend).value, 60400000);
    assert.equal(parseValue('Total gross expenditure was £60.4m in 2017-18.', spend).value, 60400000);
  });
  it('"£87 million, of which around £870k was spent on software licences": the sum whose clause the question names', () => {
    const licences: Question = { id: 'Q9', order: 0, type: 'money', text: "What was the Authority's annual spend for 2017-18 for software licensing?" };
    const spend: Question = { id: 'Q8', order: 1, type: 'money', text: "What was the Authority's annual spend for 2017-18?" };
    const text = "The Council's gross expenditure in 2017-18 was £87 million, of which around £870k was spent on software licences and support.";
    assert.equal(parseValue(text, licences).value, 870000);
    assert.equal(parseValue(text, spend).value, 87000000);
  });

  it('answers numbered "1." "2." "3." for a request numbered 1, 2 a), 2 b): each number is the question at that position', () => {
    const request = ['1. What was the total cost of school crossing patrols in 2023/24?', '2.', 'a) How many crossing patrol sites does the council staff?', 'b) How many sites were vacant at 31 March 2024?', ''].join('\n');
    const q = questionnaireFromRequest(request).questionnaire!;
    const reply = ['FOI Request - School crossing patrols', '', request, 'Response 03-05-2024', '', '1.  £212,400', '', '2.  The council staffs 38 crossing patrol sites.', '', '3.  4 sites were vacant on that date.', ''].join('\n');
    const a = answersOf(reply, q);
    assert.equal(a.get('Q1')?.value, 212400);
    assert.equal(a.get('Q2a')?.value, 38);
    assert.equal(a.get('Q2a')?.line, 12);
    assert.equal(a.get('Q2b')?.value, 4);
    assert.equal(a.get('Q2b')?.line, 14);
  });

  it('"the first part of question 4" names question 4a', () => {
    const q = questionnaireFromRequest([
      "1. Does the council use glyphosate-based herbicides on any land it manages?",
      "2. What volume, in litres, of glyphosate-based herbicide was applied on council-managed land in 2023/24?",
      "3. What was the council's total expenditure on weed control in 2023/24?",
      "4. Regarding grass verges managed by the council:",
      "a) What area of verge is cut fewer than three times a year?",
      "b) How many sites are managed as wildflower meadows?",
    ].join('\n')).questionnaire!;
    const letter = [
      "Dear Ms Requester",
      "",
      "In answer to question 1, the council does not use glyphosate on any land it manages.",
      "",
      "In answer to question 2, no glyphosate was applied in 2023/24.",
      "",
      "In answer to question 3, our total spend on weed control was \u00a338,900 in 2023/24.",
      "",
      "We do not currently record verge area by mowing regime, so we are unable to answer the",
      "first part of question 4. We can confirm, however, that 11 sites are managed as wildflower",
      "meadows.",
      "",
      "Yours sincerely",
    ].join('\n');
    const a = answersOf(letter, q);
    assert.equal(a.get('Q4a')?.line, 9);
    assert.equal(a.get('Q4'), undefined);
  });
});
