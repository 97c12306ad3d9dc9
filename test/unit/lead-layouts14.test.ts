// Layouts found by scoring the engine on replies it had never seen (session 14: blind sets and a
// round of real replies), each fixed with a general rule. Requests and replies here are written for
// fictional councils in the same shapes; no real text is copied.
import { strict as assert } from 'node:assert';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { parseValue } from '../../src/core/values';
import type { Question } from '../../src/core/types';
import { answersOf } from './readReply';


describe('replies read by the engine (session 14 layouts)', () => {
  const request = [
    '1) How many dog fouling fines did the council issue in 2023/24?',
    '2) What percentage of those fines were paid?',
    '3) How many litter bins are there in your district?',
    '4) On average, how long does it take to replace a damaged bin?',
    '5) Do you charge residents for replacing a damaged bin?',
    '   a) If yes, what is the current charge?',
    '6) Which software do you use to record fines?',
  ].join('\n');
  const letter = (saying: string) => [
    'Dear Mr Example,',
    '',
    `Thank you for your request. I have grouped your questions, and ${saying}`,
    '',
    '1.  Fines',
    'In 2023/24 the council issued 212 dog fouling fines. Of those',
    'fines, 64 per cent were paid.',
    '',
    '2.  Bins',
    'A map of every litter bin in the district is published on our website and is exempt',
    'under section 21 of the Act.',
    '',
    '3.  Replacing bins',
    'There is no single average we can give. It depends on the type of bin.',
    '',
    '4.  Charges',
    'The council does charge for a replacement bin. The charge is currently £45.',
    '',
    '5.  Systems',
    'Fines are recorded on the Streetwise software.',
    '',
    'Yours sincerely,',
  ].join('\n');

  it('reads paragraphs by their words when the letter says "the paragraph numbers below are our own"', () => {
    const a = answersOf(letter('the paragraph numbers below are our own.'), request);
    assert.equal(String(a.get('Q2')?.value), '64');
    assert.equal(a.get('Q3')?.status, 'refused');
    assert.equal(a.get('Q5')?.value, 'Yes');
    assert.equal(String(a.get('Q5a')?.value), '45');
    assert.match(String(a.get('Q6')?.value), /Streetwise/);
  });

  it('keeps the paragraph numbers as question numbers when the letter says nothing of its numbering', () => {
    const a = answersOf(letter('the answers are below.'), request);
    assert.equal(a.get('Q2')?.status, 'refused');
    assert.equal(a.get('Q5a'), undefined);
  });
});

describe('page breaks inside an answer (session 14)', () => {
  const request = [
    'Question 1. What was the total cost of school transport in 2023/24?',
    'Question 2. Which of these best describes how the transport is provided: In-house fleet / Contracted operators / Mix of both?',
    'Question 3. Do you offer travel passes to pupils over 16?',
  ].join('\n');
  const footer = ['', '                                      Page 1 of 2', ' Fernlow County Council                       FOI response FCC/FOI/2281'];

  it('reads the total after a page footer and a two-column running header ("giving a total of" / … / "£23.9m.")', () => {
    const reply = [
      'Question 1',
      'The cost was made up of mainstream transport £8.1m, SEND transport £14.6m and post-16',
      'transport £1.2m, giving a total of',
      ...footer,
      '£23.9m.',
      '',
      'Question 2',
      'We run our own fleet.',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.equal(String(a.get('Q1')?.value), '23900000');
  });

  it('carries an answer on after a complete sentence when the next page opens with a sentence, not with the table header repeated', () => {
    const reply = [
      'Question 1',
      'The total cost was £4.2m.',
      '',
      'Question 2',
      'The council operates a small in-house fleet of 12 minibuses for SEND routes.',
      ...footer,
      'All other routes are run by contracted coach and taxi operators.',
      '',
      'Question 3',
      'Yes',
      ...footer,
      'No.',
      'Question',
      'Response',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q2')?.value, 'Mix of both');
    assert.equal(a.get('Q3')?.value, 'Yes');
    // The same after a complete sentence: "Yes." / footer / "No." is the header row, not the answer.
    const b = answersOf(reply.replace('\nYes\n', '\nYes, to all pupils over 16.\n'), request);
    assert.equal(b.get('Q3')?.value, 'Yes');
    assert.doesNotMatch(b.get('Q3')!.text, /Response/);
  });
});

describe('choices read from the council\'s words (session 14)', () => {
  const choice = (choices: string[]): Question => ({ id: 'Q1', type: 'choice', order: 0, text: 'Which best describes it?', choices });
  const fleet = choice(['In-house fleet', 'Contracted operators', 'Mix of both']);

  it('reads two of the choices, each said in full, as the request\'s mix', () => {
    assert.equal(parseValue('We operate an in-house fleet of 9 buses. Other routes go to contracted operators.', fleet).value, 'Mix of both');
  });

  it('does not read a choice denied ("no contracted operators") or offered ("in-house fleet or contracted operators") as said', () => {
    assert.notEqual(parseValue('We operate an in-house fleet of 9 buses. There are no contracted operators.', fleet).value, 'Mix of both');
    assert.notEqual(parseValue('You asked whether we use an in-house fleet or contracted operators. In-house fleet.', fleet).value, 'Mix of both');
  });

  it('keeps the choice that leads ("Residents mainly", "Most of our systems … property") and reads words as written ("the address above" is no property)', () => {
    const focus = choice(['Residents', 'Properties', 'Both']);
    assert.equal(parseValue('Residents mainly; revenues is property based', focus).value, 'Residents');
    assert.notEqual(parseValue('Residents, although revenues and benefits is property based', focus).value, 'Both');
    assert.notEqual(parseValue('Most of our systems are organised around property records; residents come second', focus).value, 'Both');
    assert.equal(parseValue('Residents\n\nYou may write to the address above.', focus).value, 'Residents');
  });
});

describe('requests read by init (session 14 layouts)', () => {
  it('splits questions whose numbers are glued to the words before them ("Free school meals1. I would … allocation.2. Does …")', () => {
    const q = questionnaireFromRequest('Free school meals1. I would like to know what happens to unspent meal money.2. Does this money go into council funds?\na)If not, where does it go?\n3. How much was returned last year?').questionnaire;
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q2a', 'Q3']);
  });

  it('types "what happens to the money", "what was the basis of … £1.5 million" and "what processes" as text', () => {
    const q = questionnaireFromRequest('1. I would like to know what happens to the money when a pupil does not spend it.\n2. What was the basis of setting the fund at £1.5 million?\n3. What processes for monitoring spend has the council put in place?\n4. How much money was returned?').questionnaire;
    assert.deepEqual(q.questions.map((x) => x.type), ['text', 'text', 'text', 'money']);
  });
});

describe('footnotes marked on a figure (session 14)', () => {
  it('refuses a starred band whose footnote under the table cites an exemption ("<5*" / "*… exempt under section 38(1)(b)")', () => {
    const request = '1. How many claims were received?\n2. How many claimants received a payment?';
    const reply = ['Question | 2022/23 | 2023/24 |', '1. | 58 | 71 |', '2. | <5* | <5* |', '*Due to the low numbers the figures could identify individuals. This information is therefore exempt under section 38(1)(b) of the Freedom of Information (Scotland) Act 2002, personal information.'].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q2')?.status, 'refused');
    assert.equal(a.get('Q2')?.exemption, 's40');
    assert.equal(a.get('Q1')?.status, 'answered');
  });
});

describe('figures after a financial year (session 14)', () => {
  it('reads "2021-22 191" as the figure 191, never 22,191', () => {
    const q: Question = { id: 'Q1', type: 'number', order: 0, text: 'How many incidents were reported?' };
    assert.equal(parseValue('In 2021-22 191 incidents were reported.', q).value, 191);
    assert.equal(parseValue('2022 -23 127', q).value, 127);
  });
});

describe('a row per question with a column per year (session 14)', () => {
  const request = [
    '1. How many dog fouling fines did the council issue in 2022/23?',
    '2. Of those fines, how many were paid?',
    '3. What was the total income from fines in 2022/23?',
    '4. How many fines were cancelled on appeal in 2021/22?',
  ].join('\n');
  const table = (years: string[]) => [
    'We have added the other years for comparison.',
    '',
    `| Question                | ${years.join(' | ')} |`,
    '|-------------------------|---------|---------|---------|',
    '| 1. Fines issued         | 310     | 288     | 342     |',
    '| 2. Fines paid           | 201     | 190     | 244     |',
    '| 3. Income from fines    | £9,300  | £8,640  | £10,260 |',
    '| 4. Cancelled on appeal  | 12      | 9       | 15      |',
  ].join('\n');

  it('reads the cell in the column of the year the question names, and of the questionnaire\'s year for a question that names none', () => {
    const a = answersOf(table(['2021/22', '2022/23', '2023/24']), request);
    assert.equal(a.get('Q1')?.value, 288);
    assert.equal(a.get('Q2')?.value, 190);
    assert.equal(a.get('Q3')?.value, 8640);
    assert.equal(a.get('Q4')?.value, 12);
    assert.match(a.get('Q2')!.reason!, /2022\/23 column/);
  });

  it('offers the latest year\'s cell when no question names a year', () => {
    const plain = request.replace(/ in 20\d\d\/\d\d/g, '');
    const a = answersOf(table(['2021/22', '2022/23', '2023/24']), plain);
    assert.equal(a.get('Q1')?.value, 342);
    assert.ok(a.get('Q1')!.confidence < 0.95, `confidence ${a.get('Q1')!.confidence}`);
  });

  it('leaves a question whose year is not a column unread by column', () => {
    const a = answersOf(table(['2018/19', '2019/20', '2020/21']), request);
    assert.notEqual(a.get('Q1')?.text, '310');
    assert.notEqual(a.get('Q1')?.text, '342');
  });
});

describe('a WhatDoTheyKnow page: the request as a numbered list, the letter in prose (session 14)', () => {
  const questions = [
    '1. How many abandoned vehicles were reported to the council in 2023/24?',
    '2. How many of those vehicles were removed by the council?',
    '3. What was the total cost of removing abandoned vehicles in 2023/24?',
    '4. Who removes the vehicles? Please choose one of the following:',
    '   - Council staff',
    '   - A contractor',
  ];
  const request = questions.join('\n');
  const page = [
    'Abandoned vehicles 2023/24',
    '',
    'Dear Ashwick District Council,',
    '',
    'Please could you provide the following information.',
    '',
    ...questions,
    '',
    'If any part of this request would take the council over the cost limit, please answer the other parts and let me know which part caused the problem.',
    '',
    'Yours faithfully,',
    '',
    'Ruth Example',
    '',
    '-------------------------------------------------------------------',
    '',
    'Dear Ms Example',
    '',
    'In 2023/24 the Council received 318 reports of abandoned vehicles. We removed 47 of',
    'these vehicles ourselves.',
    '',
    'The cost of removing abandoned vehicles in 2023/24 was £6,210.',
    '',
    'The vehicles are removed by a contractor on our behalf.',
    '',
    'Yours sincerely',
  ].join('\n');

  it('reads the letter\'s sentences as the answers, not the requester\'s "If any part … over the cost limit, please answer the other parts"', () => {
    const a = answersOf(page, request);
    assert.equal(a.get('Q1')?.value, 318);
    assert.equal(a.get('Q1')?.status, 'answered');
    assert.equal(a.get('Q2')?.value, 47);
    assert.equal(a.get('Q3')?.value, 6210);
    assert.equal(a.get('Q4')?.value, 'A contractor');
    for (const x of a.values()) assert.doesNotMatch(x.text, /cost limit/);
  });
});

describe('a question\'s options listed under it (session 14)', () => {
  const request = '1. Which of these held the project back? Please choose one of the following:\n   - Funding\n   - Staffing\n   - Data quality\n2. How many staff use the system?';

  it('reads the options under the quoted question as the request\'s, and the letter\'s answer below them', () => {
    const a = answersOf(['1. Which of these held the project back? Please choose one of the following:', '   - Funding', '   - Staffing', '   - Data quality', 'Funding', '', '2. How many staff use the system?', '212'].join('\n'), request);
    assert.equal(a.get('Q1')?.value, 'Funding');
    assert.equal(a.get('Q1')?.text, 'Funding');
  });

  it('keeps one option bulleted under the restated question as its answer', () => {
    const a = answersOf(['1. Which of these held the project back? Please choose one of the following:', '   - Funding', '', '2. How many staff use the system?', '212'].join('\n'), request);
    assert.equal(a.get('Q1')?.value, 'Funding');
  });

  it('keeps a list under a bare label as the answer, even when it names every option', () => {
    const a = answersOf(['1.', '- Funding', '- Staffing', '- Data quality', '', '2. 212'].join('\n'), request);
    assert.match(a.get('Q1')!.text, /Funding/);
  });
});

describe('references and corrections (session 14)', () => {
  const request = '1. How many business systems does the council use?\n   a) How many of those are stand-alone?\n   b) How many exchange data with another system?\n2. What percentage of households use the portal?\n3. When did the system go live?';

  it('refuses "Exempt – see 1a" with the exemption of the answer it points to', () => {
    const a = answersOf(['1. 120', '1a. Withheld under section 31(1)(a): disclosure would help anyone planning an attack on our network.', '1b. Exempt – see 1a', '2. 30%', '3. 2015'].join('\n'), request);
    assert.equal(a.get('Q1b')?.status, 'refused');
    assert.equal(a.get('Q1b')?.exemption, 's31');
  });

  it('keeps "Exempt – see 1a" refused when the answer it points to gives a figure', () => {
    const a = answersOf(['1. 120', '1a. 41', '1b. Exempt – see 1a', '2. 30%', '3. 2015'].join('\n'), request);
    assert.equal(a.get('Q1b')?.status, 'refused');
    assert.equal(a.get('Q1b')?.value, null);
  });

  it('reads the corrected value, not the one "we gave" before it', () => {
    const a = answersOf(['Please note the following corrections.', '', 'Q2 – the 42% we gave counted some accounts twice. The correct figure is 24% of households.', '', 'Q3 – the date we gave (2013) was when the system was bought. It went live in 2016.'].join('\n'), request);
    assert.equal(a.get('Q2')?.value, 24);
    assert.equal(a.get('Q3')?.value, 2016);
  });

  it('reads the corrected value for each question of a range label that shares the correction', () => {
    const req = '1. What percentage of households use the portal?\n2. What percentage of transactions are made online?';
    const a = answersOf(['Q1 and Q2 – the 42% we gave counted some accounts twice. The correct figure is 24% for both.'].join('\n'), req);
    assert.equal(a.get('Q1')?.value, 24);
    assert.equal(a.get('Q2')?.value, 24);
  });
});

describe('real round R12 layouts, in fictional words (session 14)', () => {
  it('takes the bullet points under "please include the following information …:" as the questions, typed by their nouns', () => {
    const r = questionnaireFromRequest('This is a request about interpreting.\nPlease include the following information for the financial years 2022/23 and 2023/24:\n• Overall spending on interpreting services\n• Total interpreters employed by the council\n• The hourly pay for in-house interpreters\n• What languages do they cover\nThank you.');
    assert.deepEqual(r.questionnaire.questions.map((x) => [x.id, x.type]), [['Q1', 'money'], ['Q2', 'number'], ['Q3', 'money'], ['Q4', 'text']]);
    assert.ok(r.assumptions.some((a) => /bullet points/.test(a)), r.assumptions.join('\n'));
  });

  it('reads the line of the year the question names among per-year lines, and offers the latest when it names none', () => {
    const named: Question = { id: 'Q1', type: 'money', order: 0, text: 'What did the council spend on interpreting in 2023/24?' };
    const plain: Question = { id: 'Q1', type: 'money', order: 0, text: 'What did the council spend on interpreting?' };
    const answer = '2022/23 = £161,000\n2023/24 = £241,500\n2024/25 = £263,250';
    assert.deepEqual([parseValue(answer, named).value, parseValue(answer, named).several], [241500, undefined]);
    assert.deepEqual([parseValue(answer, plain).value, parseValue(answer, plain).several], [263250, true]);
  });

  it('reads bulleted per-year lines with their dates, and a note after them, the same way', () => {
    const plain: Question = { id: 'Q1', type: 'number', order: 0, text: 'How many staff were absent for mental health reasons?' };
    const answer = '• 2021/22: 01/04/2021 to 31/03/2022: 55\n• 2022/23: 01/04/2022 to 31/03/2023: 52\n• 2023/24: 01/04/2023 to 31/03/2024: 68\n\nBy mental health reasons we mean stress, anxiety and depression recorded on the absence system.';
    assert.equal(parseValue(answer, plain).value, 68);
  });

  it('spreads one statement under "Details of the Response" to every question of the quoted request, past the requester\'s "• Please list …" bullets', () => {
    const request = '1. Which suppliers do you use for interpreting?\n2. What was the annual spend on interpreting?\n3. Which languages were booked?\n   • Please list each language by number of bookings\n4. Who is responsible for commissioning interpreting?';
    const reply = ['Case Number 4411', '', 'Details of the Request', '', ...request.split('\n'), '', '', 'Details of the Response', '', 'The Trust holds this information, but it is exempt under section 21 of the Act, as it is reasonably accessible to you by other means. You can find it on our disclosure log on the following link.'].join('\n');
    const a = answersOf(reply, request);
    assert.deepEqual([...a.values()].map((x) => [x.id, x.status, x.exemption]), [['Q1', 'signposted', 's21'], ['Q2', 'signposted', 's21'], ['Q3', 'signposted', 's21'], ['Q4', 'signposted', 's21']]);
  });

  it('reads the dates in a cost-limit refusal\'s account as reasoning ("changed supplier in January 2024"), so it is refused, not partial', () => {
    const request = '1. How many licence applications were made each year since 2018?\n2. How many licences were revoked?';
    const a = answersOf(['1. The information is not readily available as the council changed software supplier in January 2024. The appropriate limit is set at £450, which represents one person spending 2½ working days locating and extracting the data, so I must refuse this part of the request under Section 12(1).', '2. Zero.'].join('\n'), request);
    assert.equal(a.get('Q1')?.status, 'refused');
    assert.equal(a.get('Q1')?.exemption, 's12');
    assert.equal(a.get('Q1')?.value, null);
  });

  it('reads "22 for the period – a breakdown is not available" as partial', () => {
    const request = '1. How many complaints were made about licensed houses for each year since 2018?\n2. How many licences were revoked?';
    const a = answersOf('1. 22 for the period 2018 to 2025 – a breakdown is not available because our software changed.\n2. Zero.', request);
    assert.deepEqual([a.get('Q1')?.status, a.get('Q1')?.value], ['partial', 22]);
  });
});

describe('other-blind49 layouts, in other words (session 14)', () => {
  const request = [
    '1. How many ponds does the council manage?',
    '',
    '2. Which method does the council mainly use to clear weed from its ponds? Please choose one of:',
    'Hand raking / Mechanical harvesting / Chemical treatment / A combination of methods',
    '',
    '3. How often are the ponds inspected? Please choose one of: Daily, Weekly, Fortnightly, Monthly.',
    '',
    '4. How much did the council spend on pond restoration in 2024/25?',
  ].join('\n');

  it('takes the options on the line after "Please choose one of:" as the question\'s choices, keeping a capital "A" of an option\'s name', () => {
    const q = questionnaireFromRequest(request).questionnaire;
    assert.deepEqual(q.byId.get('Q2')?.choices, ['Hand raking', 'Mechanical harvesting', 'Chemical treatment', 'A combination of methods']);
  });

  it('does not read the options quoted under the question as the answer', () => {
    const reply = [...request.split('\n'), '', 'If any of this information is already published, a link would be helpful.', '', 'Dear Requester,', '', 'We manage 14 ponds. Most are cleared by hand raking each autumn. They are inspected every 14 days.', 'Restoration cost £8,400 in 2024/25.'].join('\n');
    const a = answersOf(reply, request);
    assert.notEqual(a.get('Q2')?.value, 'Hand raking / Mechanical harvesting / Chemical treatment / A combination of methods');
    assert.notEqual(a.get('Q2')?.line, 4);
  });

  it('reads "every 14 days" as Fortnightly and "Two – … within 400 metres" as two', () => {
    const q = questionnaireFromRequest(request).questionnaire;
    assert.equal(parseValue('Routine inspections are carried out every 14 days.', q.byId.get('Q3')).value, 'Fortnightly');
    assert.equal(parseValue('Two – Marsh Pond and Kiln Pond. Both are within 400 metres of a larger pond.', q.byId.get('Q1')).value, 2);
  });

  it('reads a council heading that names a financial year as a title, with the answer in the paragraph below it', () => {
    const req = '1. How many ponds does the council manage?\n2. How much did the council spend on pond restoration schemes?\n3. How many pond inspections were carried out?';
    const reply = [
      '1.  Ponds managed', '', 'The council manages 14 ponds.', '',
      '2.  Pond restoration spending 2024/25', '', 'Restoration schemes are listed in the Outturn Report 2024/25, published on our website and so exempt under section 21: https://www.pondshire.example.gov.uk/outturn.pdf', '',
      '3.  Pond inspections 2024/25', '', '312 inspections were carried out.',
    ].join('\n');
    const a = answersOf(reply, req);
    assert.deepEqual([a.get('Q2')?.status, a.get('Q2')?.exemption, a.get('Q2')?.line], ['signposted', 's21', 7]);
    assert.deepEqual([a.get('Q3')?.value, a.get('Q3')?.line], [312, 11]);
  });
});

describe('a tab table then a titled section for the rest (other-blind49 Harnley Bridge, in other words)', () => {
  const request = [
    'Question 1: How many ponds does the council manage?',
    "Question 2: Who clears the ponds? Please choose one of: Council staff, A contractor, The council's volunteers.",
    'Question 3: Pond spending in 2024/25',
    '(a) How much did the council spend on pond maintenance?',
    '(b) How much did the council spend on new ponds?',
    'Question 4: How many pond inspections were carried out?',
  ].join('\n');
  const reply = [
    'Question\tAnswer',
    '1\t14',
    "2\tThe council’s volunteers",
    '4\t212',
    '',
    'Spending (question 3)',
    '',
    'In 2024/25 the Council spent £8,120 on the maintenance of its ponds.',
    '',
    'The figure for new ponds is being audited and will be published in our Statement of Accounts in January 2026, so we are withholding it under section 22 of the Act.',
  ].join('\n');

  it('reads a table cell that opens with one of the choices as the answer, though the choices are words of the question', () => {
    assert.equal(answersOf(reply, request).get('Q2')?.value, "The council's volunteers");
  });

  it('gives each part of the heading a title names ("Spending (question 3)") its own paragraph below it', () => {
    const a = answersOf(reply, request);
    assert.deepEqual([a.get('Q3a')?.value, a.get('Q3a')?.line], [8120, 8]);
    assert.deepEqual([a.get('Q3b')?.status, a.get('Q3b')?.exemption], ['refused', 's22']);
  });

  it('keeps a question cell that offers the choices ("In-house / contractor / none") out of the answer', () => {
    const req = 'Question 1: Is the service run in-house, by a contractor, or is there none? (In-house / Contractor / None)\nQuestion 2: How many requests were received?';
    const a = answersOf(['No.\tQuestion\tResponse', '1\tIn-house / contractor / none\tContractor – Pestaway Ltd', '2\tRequests received\t1,204'].join('\n'), req);
    assert.equal(a.get('Q1')?.value, 'Contractor');
  });
});

describe('"1- " labels (real round R13, in other words)', () => {
  const request = '1- The number of children in foster care\n\n2- The number of foster carers\n\n3- Do you have a fostering panel';

  it('reads questions numbered "1- " in the request', () => {
    assert.deepEqual(questionnaireFromRequest(request).questionnaire.questions.map((x) => [x.id, x.type]), [['Q1', 'number'], ['Q2', 'number'], ['Q3', 'yes-no']]);
  });

  it('reads answers numbered "1- " below the quoted request', () => {
    const a = answersOf(['Question:', '', ...request.split('\n'), '', 'Response:', '', '1- 212', '', '2- 97', '', '3- Yes, it meets monthly.'].join('\n'), request);
    assert.deepEqual([a.get('Q1')?.value, a.get('Q2')?.value, a.get('Q3')?.value], [212, 97, 'Yes']);
  });
});

describe('crm-blind50 layouts, in other words (session 14)', () => {
  const request = '1. How many staff does the council employ?\n2. What was the total ICT spend?\n3. What was the spend on agency staff?\n4. Does the council have a CRM system?\n5. If it does:\n(a) When did it go live?\n(b) How long did it take to implement?';

  it('reads "Please see the report referred to at 2, note 31" as a pointer to answer 2, never the figure 2', () => {
    const a = answersOf(['1. 212', '2. The Statement of Accounts is published at https://www.exampleton.example.gov.uk/accounts and is exempt under section 21.', '3. Please see the Statement of Accounts referred to at 2, note 31 (Officers\' remuneration).', '4. Yes', '5. a. April 2013', 'b. 2 years'].join('\n'), request);
    assert.equal(a.get('Q3')?.value, null);
    assert.equal(a.get('Q3')?.status, 'signposted');
  });

  it('reads "5. a. April 2013" over "b. 2 years" as the parts of 5, though 5 is a question too', () => {
    const a = answersOf(['1. 212', '2. £1.2m', '3. £40,000', '4. Yes', '', '5. a. April 2013', '', 'b. 2 years'].join('\n'), request);
    assert.deepEqual([a.get('Q5a')?.value, a.get('Q5a')?.line, a.get('Q5b')?.value, a.get('Q5b')?.line], [2013, 6, 2, 8]);
  });
});

describe('a disclosure-log entry with its exemptions in a section below (crm-blind50 Wrexby, in other words)', () => {
  const request = '1) How many information systems does the council run?\n1a) How many are stand-alone?\n2) Does the council have a CRM system?';
  const reply = ['Information released', '', '1) Number of information systems – withheld, see Exemptions applied below', '1a) Stand-alone systems – withheld', '2) CRM – Yes', '', 'Exemptions applied', 'Section 31(1)(a) – Law enforcement (questions 1 and 1a)', '', 'Disclosure would be likely to help anyone planning a cyber attack.'].join('\n');

  it('takes the exemption of a section heading below that names the question, with or without "see below"', () => {
    const a = answersOf(reply, request);
    assert.deepEqual([a.get('Q1')?.status, a.get('Q1')?.exemption, a.get('Q1a')?.status, a.get('Q1a')?.exemption], ['refused', 's31', 'refused', 's31']);
  });

  it('reads "CRM – Yes", a short title then a dash, as Yes', () => {
    assert.equal(answersOf(reply, request).get('Q2')?.value, 'Yes');
  });
});

describe('real round R13 layouts, in other words (session 14)', () => {
  const request = '1) The number of museums in your area in:\na) 2021/22\nb) 2022/23\n2) The spending on museum exhibitions in:\na) 2021/22\nb) 2022/23\n3) Whether any museums have closed.';

  it('reads "Please find the information you requested here" (its link lost in the copy) as pointing to it', () => {
    const a = answersOf(['Response', '', '1. Please find the information you requested here', '', '2. We do not hold this information.', '', '3. No'].join('\n'), request);
    assert.equal(a.get('Q1')?.status, 'signposted');
  });

  it('types "The total council spend on …" as money, and "Total interpreters employed" as a count', () => {
    const q = questionnaireFromRequest('1. The total council spend on museums\n2. Total interpreters employed by the council').questionnaire;
    assert.deepEqual(q.questions.map((x) => x.type), ['money', 'number']);
  });
});

describe('other-blind53 layouts, in other words (session 14)', () => {
  const request = [
    '1/ How many footpath faults were open on 1 April 2025?',
    '',
    '2/ What was your footpath maintenance budget in 2024/25?',
    '',
    '3/ Is routine footpath maintenance delivered:',
    '   In-house / By a contractor / A mix of both',
    '',
    '4/ What is the average time, in days, taken to clear a reported obstruction?',
  ].join('\n');

  it('reads questions numbered "1/" and their options on the line after a colon', () => {
    const q = questionnaireFromRequest(request).questionnaire;
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4']);
    assert.deepEqual(q.byId.get('Q3')?.choices, ['In-house', 'By a contractor', 'A mix of both']);
  });

  it('reads answers numbered "1/", the mix named in full, and an EIR 12(4)(b) refusal whose cost workings give no figure', () => {
    const reply = [
      '1/ 3,190',
      '2/ £412,000',
      '3/ Clearance is done by our term contractor and repairs by the ranger team, i.e. a mix of both.',
      '4/ Our system does not record which issues were obstructions; the field was introduced only in 2023. To work it out we would have to read each of the 2,600 issues closed last year, at around five minutes per record, some 216 hours. This part of your request is manifestly unreasonable and is excepted from disclosure under regulation 12(4)(b) of the EIR.',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.deepEqual([a.get('Q1')?.value, a.get('Q2')?.value, a.get('Q3')?.value], [3190, 412000, 'A mix of both']);
    assert.deepEqual([a.get('Q4')?.status, a.get('Q4')?.exemption, a.get('Q4')?.value], ['refused', 's12', null]);
  });
});

describe('crm-blind52 layouts, in other words (session 14)', () => {
  const request = 'Q1. What was the total pay bill?\nQ2. Are the IT systems centred primarily around Residents or Properties? (Residents / Properties / Both)';

  it('reads figures then "so this part of the information is not held" as partial', () => {
    const a = answersOf(['Q1.', 'Employees £14,902,000', 'Agency staff £611,000', 'Total £15,513,000', 'Contractors are not recorded separately, so this part of the information is not held.', 'Q2. Residents'].join('\n'), request);
    assert.deepEqual([a.get('Q1')?.status, a.get('Q1')?.value], ['partial', 15513000]);
  });

  it('reads the answer on the line under the question when the letter\'s closing follows it with no blank line', () => {
    const a = answersOf(['Q1. £15.5m', 'Q2. Are the IT systems centred primarily around Residents or Properties?', 'Properties', 'The Council\'s re-use licence applies. If you are unhappy with the response you can request an internal review by writing to the Information Governance Officer.'].join('\n'), request);
    assert.equal(a.get('Q2')?.value, 'Properties');
  });
});

describe('a table turned to text column by column (crm-blind52 Glenmarrow, in other words)', () => {
  const request = 'Q1. What is the name of the council?\nQ2. How many residents does it serve?\nQ3. Does it have a CRM system?\nQ4. If it has a CRM system:\nQ4a. When did it go live?\nQ4b. How long did it take?';
  const column = (answers: string[]) => ['The response to each question is in the table below.', '', 'Question', '', ...request.split('\n').flatMap((l) => [l, '']), 'Response', '', ...answers.flatMap((a) => [a, '']), 'Yours sincerely'].join('\n');

  it('gives the answers under "Response" to the quoted questions in order, a heading\'s empty cell leaving no trace', () => {
    const a = answersOf(column(['Ashwick District Council', '69,400', 'Yes', 'April 2014', '2 years']), request);
    assert.deepEqual(['Q1', 'Q2', 'Q3', 'Q4a', 'Q4b'].map((id) => a.get(id)?.value), ['Ashwick District Council', 69400, 'Yes', 2014, 2]);
  });

  it('gives nothing by order when the answers below are not one per question', () => {
    assert.notEqual(answersOf(column(['Ashwick District Council', '69,400', 'Yes']), request).get('Q2')?.value, 69400);
    assert.notEqual(answersOf(column(['Ashwick District Council', '69,400', 'Yes', 'April 2014', '2 years', 'Note: figures from 2017.', 'Note: the CRM is being replaced.']), request).get('Q2')?.value, 69400);
  });
});

describe('a dash left under a part whose heading is not applicable (crm-blind48 Penhallow, in other words)', () => {
  it('codes each part at its own dash with the heading\'s status', () => {
    const request = '1. Does the council have a CRM?\n2. About a replacement CRM project:\n2a. Has one been considered?\n2b. Why was it not taken forward?';
    const a = answersOf(['1', 'Does the council have a CRM?', 'Yes', '', '2', 'About a replacement CRM project:', 'Not applicable – the current CRM is under contract until 2030.', '', '2a', 'Has one been considered?', '-', '', '2b', 'Why was it not taken forward?', '-'].join('\n'), request);
    assert.deepEqual([a.get('Q2a')?.status, a.get('Q2a')?.line, a.get('Q2b')?.status, a.get('Q2b')?.line], ['not-applicable', 11, 'not-applicable', 15]);
  });
});

describe('the first answer left without its number (real round R14, in other words)', () => {
  const request = '1) How many CCTV cameras does the council run?\n\n2) Which streets do they cover?\n\n3) How many hours a day are they monitored?';

  it('reads the paragraph above "2)" as the answer to the first question', () => {
    const a = answersOf(['Date released: 25 March 2025', '', 'The council runs a public space network of 36 cameras.', '', '2)  The camera locations are published on our website.', '', '3)  24 hours a day'].join('\n'), request);
    assert.deepEqual([a.get('Q1')?.value, a.get('Q1')?.line], [36, 3]);
  });

  it('leaves the letter\'s opening above "2)" alone', () => {
    const a = answersOf(['Dear Mr Example, thank you for your request of 2 March about 12 cameras.', '', '2)  The camera locations are published on our website.', '', '3)  24 hours a day'].join('\n'), request);
    assert.equal(a.get('Q1'), undefined);
  });
});

describe('other-blind55 layouts, in other words (session 14, after its first look)', () => {
  it('reads a choice named word for word, then a link, as that choice answered', () => {
    const request = '1. How many enforcement notices were served?\n2. Which best describes your plan: "Adopted and published", "Adopted but not published", "In draft", or "No plan"?';
    const a = answersOf(['1. 41', '', '2. Adopted and published. The plan can be viewed at', 'https://www.exampleton.example.gov.uk/plan'].join('\n'), request);
    assert.deepEqual([a.get('Q2')?.status, a.get('Q2')?.value], ['answered', 'Adopted and published']);
    assert.ok(a.get('Q2')!.confidence >= 0.95, `confidence ${a.get('Q2')!.confidence}`);
  });

  it('reads "… is given in the table under questions 1 and 2 above" as a reference, never as the text answer', () => {
    const request = '1. How many complaints were received?\n2. How many were closed?\n3. Which kinds of breach were most common?';
    const a = answersOf(['1. 520', '2. 402', '3. The breakdown by type of breach is given in the table under questions 1 and 2 above.'].join('\n'), request);
    assert.equal(a.get('Q3')?.from, 'Q1');
    assert.ok(a.get('Q3')!.confidence < 0.95);
  });
});

describe('a table of measures by years under a letter with no numbers (other-blind55 Tolland Marsh, in other words)', () => {
  it('reads each question in the row that carries its words, in the column of the year asked', () => {
    const request = 'All questions are about 2023/24.\n1a. The number of applications for a home adaptation grant received.\n1b. The number of those applications that were approved.\n2. The total amount spent on adaptation grants, in £.\n3. Does the council offer a fast-track grant for stairlifts?\n4. Which agency delivers adaptations: In-house team, Home Improvement Agency, Other?\n5. When was the adaptations policy last agreed (month and year)?';
    const reply = [
      'I have given the last three years in the table below.',
      '',
      '                             2021/22      2022/23      2023/24',
      'Applications received            121          139          146',
      'Applications approved            104          117          129',
      'Spend on grants             £744,160     £862,045     £987,400',
      '',
      'In answer to your remaining questions:',
      '',
      'We do offer a fast-track grant for stairlifts, up to £10,000.',
      '',
      'Adaptations are delivered by our Home Improvement Agency.',
      '',
      'The adaptations policy currently in force was agreed in September 2023.',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.deepEqual([a.get('Q1a')?.value, a.get('Q1b')?.value], [146, 129]);
    assert.match(a.get('Q1b')!.reason!, /2023\/24 column/);
    // Two rows that carry the question's words equally: neither is read as its row.
    const tied = answersOf(reply.replace('Applications approved   ', 'Applications received   '), request);
    assert.notEqual(tied.get('Q1a')?.value, 146);
  });
});
