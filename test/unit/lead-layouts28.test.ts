// Layouts found by scoring the engine on replies it had never seen (session 28), each fixed with a
// general rule. The requests and letters here are written for fictional bodies; no real text is copied.
import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { classifyAnswer } from '../../src/core/classify';
import { parseValue } from '../../src/core/values';
import { hasRomanItems, romanNumeral } from '../../src/core/compound';
import { answersOf, fromRequest, reading } from '../support/engine';


describe('a prose letter that names its questions in brackets at the end of paragraphs', () => {
  const REQUEST = [
    '1. How many depots does the council run for its grounds maintenance teams?',
    '2. What was the council\'s total spend on grounds maintenance machinery in 2023/24?',
    '3. What share of the machinery fleet was battery powered at 31 March 2024?',
    '4. How many mowers did the council replace in 2023/24?',
    '5. How many grounds maintenance staff does the council employ?',
  ].join('\n');
  const LETTER = [
    'Dear Mr Pellow,',
    '',
    'Thank you for your request about grounds maintenance. Our response is set out below.',
    '',
    'The council runs three depots for its grounds teams (question 1).',
    '',
    'Regarding question 2, we are unable to give a figure: machinery spend is coded to more than forty cost centres and finding it would take well over 18 hours, so section 12 of the Act applies.',
    '',
    'You also asked about battery machinery (question 3). The fleet register was only created in June 2024, so no figure exists for March 2024 and the information is not held.',
    '',
    'On staffing, the teams were reorganised in 2023 after a review in 2022. Across the borough we employ 64 grounds staff (question 5).',
    '',
    'Kind regards,',
    'Information Team',
  ];

  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
    it(`in a ${name} letter, gives a trailing reference the sentences of its own paragraph only`, () => {
      const got = answersOf(LETTER.join(eol), fromRequest(REQUEST));
      assert.deepEqual(reading(got, 'Q3'), ['not-held', null, 9]);
      assert.deepEqual(reading(got, 'Q5'), ['answered', 64, 11]);
    });
  }
});

describe('a question named after "and" inside a sentence', () => {
  const REQUEST = [
    '1. How many depots does the council run for its grounds maintenance teams?',
    '2. What was the council\'s total spend on grounds maintenance machinery in 2023/24?',
    '3. How many depots has the council closed since 1 April 2020?',
  ].join('\n');

  it('reads ", and in answer to question 3, two depots …" as question 3\'s answer in its place', () => {
    const LETTER = [
      'Dear Ms Arden,',
      '',
      'The council runs five depots for its grounds teams, and in answer to question 3, two further depots have closed since April 2020.',
      '',
      'Question 2: we spent £412,000 on machinery in 2023/24.',
    ].join('\n');
    const got = answersOf(LETTER, fromRequest(REQUEST));
    assert.deepEqual(reading(got, 'Q3'), ['answered', 2, 3]);
    assert.equal(got.get('Q3')?.text.startsWith('two further depots'), true);
  });
});

describe('a request written as plain lines, one item to a line, with no numbers', () => {
  const REQUEST = [
    'Please let me know if the depot will be hiring more drivers.',
    'And let me know the total cost of the new depot roof.',
    'Will the council buy electric sweepers in 2027.',
    'Residents are parking on the verges so please put up more signs on the estate.',
    'How much did the council pay its haulage contractor in 2024-25.',
    'And how long is the haulage contract - 3 or 5 years.',
    'Please let me know which firms will supply the new vans.',
  ].join('\n');

  it('reads every line as a question, "And …" lines and a line that asks in other words included', () => {
    const q = fromRequest(REQUEST);
    assert.deepEqual(q.questions.map((x) => [x.id, x.text?.slice(0, 18)]), [
      ['Q1', 'Please let me know'],
      ['Q2', 'And let me know th'],
      ['Q3', 'Will the council b'],
      ['Q4', 'Residents are park'],
      ['Q5', 'How much did the c'],
      ['Q6', 'And how long is th'],
      ['Q7', 'Please let me know'],
    ]);
  });

  it('still ends the list at a statement that no asking line follows', () => {
    const q = fromRequest(['Will the council buy electric sweepers in 2027.', 'How much did the council pay its haulage contractor in 2024-25.', 'I am writing an article about street cleaning.'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2']);
  });
});

describe('a request whose list is run onto the line that introduces it, or lettered behind bullets', () => {
  it('reads "… the following kinds of incident:- Delays …" and the bullets below it as three items', () => {
    const q = fromRequest(['I would like to know how these incidents are recorded.', 'Specifically, the following kinds of incident:- Delays in finding the address of a call', '- Calls moved to a lower priority', '- Crews sent from another district'].join('\n'));
    assert.deepEqual(q.questions.map((x) => [x.id, x.text]), [['Q1', 'Delays in finding the address of a call'], ['Q2', 'Calls moved to a lower priority'], ['Q3', 'Crews sent from another district']]);
  });

  it('reads "1 For each year …:" / "- a) How many …" / "2 …" under "the following questions:" as Q1a, Q1b and Q2', () => {
    const q = fromRequest(['Could you answer the following questions:', '1 For each of the years 2021 to 2024, please set out:', '- a) How many calls were passed to you by the helpline.', '- b) How many of these were closed without a visit', '2 For each of the years 2021 to 2024, please set out how many visits you made.'].join('\n'));
    assert.deepEqual(q.questions.filter((x) => !x.heading).map((x) => x.id), ['Q1a', 'Q1b', 'Q2']);
  });
});

describe('whole-request statements in Scottish and attachment wording', () => {
  const REQUEST = ['1. How many calls were recorded as delayed by address errors?', '2. How many calls were moved to a lower priority?', '3. How many crews were sent from another district?'].join('\n');

  it('reads "We have applied section 17 … to your request, as information not held" as every question not held', () => {
    const reply = ['Response', '', 'We have applied section 17 of the Freedom of Information (Scotland) Act 2002 to your request, as information not held.', '', 'Our dispatch system does not record the reason a call is delayed.'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.equal(got.get(id)?.status, 'not-held', id);
  });

  it('reads "Please find attached spreadsheet with the information requested" as every question signposted', () => {
    const reply = ['Request detail:', REQUEST, 'Response detail:', 'Thank you for your request. Please find attached spreadsheet with the information requested.'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.equal(got.get(id)?.status, 'signposted', id);
  });

  it('reads "I am able to disclose the located information to you as attached" as pointing to an attachment', () => {
    assert.equal(classifyAnswer('I can confirm the information is held. I am able to disclose the located information to you as attached .').status, 'signposted');
    // (Not "as attached to the van": the words must release the information.)
    assert.equal(classifyAnswer('The trailer is used as attached to the van.').status, 'answered');
  });
});

describe('a request of one question asked in lettered parts', () => {
  const REQUEST = ['1) How many of the following:', '', 'a)   Depots', '', 'b)   Salt barns', '', 'c)   Gritting lorries', '', '...did you have on 31 March 2024?'].join('\n');

  it('reads the parts lettered alone, "a)The …" and "b and c:", with no number above them', () => {
    const got = answersOf(['Response:', '', 'a)The number of depots on that date was 4.', '', 'b and c: Not held.'].join('\n'), fromRequest(REQUEST));
    assert.deepEqual(reading(got, 'Q1a'), ['answered', 4, 3]);
    assert.deepEqual(reading(got, 'Q1b'), ['not-held', null, 5]);
    assert.deepEqual(reading(got, 'Q1c'), ['not-held', null, 5]);
  });

  it('reads the parts lettered again under "In Response:", however far below the parts quoted', () => {
    const reply = ['You asked:', '', REQUEST, '', 'NB: I would like a figure for each of the three.', '', 'For example, if a depot closed during the year, please count it.', '', 'In Response:', '', 'a)The number of depots on that date was 4.', '', 'b&c Information not held.'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual(reading(got, 'Q1a'), ['answered', 4, 19]);
    assert.deepEqual([got.get('Q1b')?.status, got.get('Q1c')?.status, got.get('Q1c')?.line], ['not-held', 'not-held', 21]);
  });

  it('keeps a lone letter under a numbered question of a longer request to that number', () => {
    const q = fromRequest(['1. How many depots do you have?', '2. How many of the following:', 'a) Salt barns', 'b) Gritting lorries'].join('\n'));
    const got = answersOf(['1. 4', '2.', 'a) 2', 'b) 9'].join('\n'), q);
    assert.deepEqual([got.get('Q1')?.value, got.get('Q2a')?.value, got.get('Q2b')?.value], [4, 2, 9]);
  });
});

describe('the requester\'s closing paragraphs under the last question quoted', () => {
  const REQUEST = ['1. How many apprentices does the college employ directly?', '2. What hourly rate are they paid?', '3. What would it cost to pay each apprentice the living wage of £12.60 an hour?'].join('\n\n');

  it('are no answer: "Please acknowledge receipt … within 20 working days" gives no figure', () => {
    const reply = [REQUEST, '', 'For the avoidance of doubt, this request covers apprentices on the national programme only.', '', 'Please acknowledge receipt of this request. I look forward to your full disclosure within 20 working days.', '', 'Yours faithfully,', '', 'R. Quill', '', 'From: Clerk to the Board', '', 'Thank you for your request, which we will answer within 20 working days.'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.notEqual(got.get(id)?.value, 20, id);
    assert.equal(got.get('Q3')?.status === 'answered', false);
  });

  it('still reads a council\'s answer under the last question quoted, above the requester\'s quoted plea', () => {
    const reply = ['> 1. How many apprentices does the college employ directly?', '', '14', '', '> 2. What hourly rate are they paid?', '', '£7.55', '', '> 3. Please give a link to your pay policy.', '', 'https://www.college.example.ac.uk/pay-policy', '', '> If any part of this request is unclear, please contact me.', '> Yours faithfully,', '> R. Quill'].join('\n');
    const q = fromRequest(['1. How many apprentices does the college employ directly?', '2. What hourly rate are they paid?', '3. Please give a link to your pay policy.'].join('\n'));
    // (The link is what the question asks for, so it answers it: session 31's rule.)
    assert.deepEqual([answersOf(reply, q).get('Q3')?.status, answersOf(reply, q).get('Q3')?.line], ['answered', 11]);
  });

  it('still lets a council\'s own answer below the last question stand', () => {
    const reply = [REQUEST, '', 'Response', '', '1. 14', '', '2. £7.55', '', '3. £61,400 a year.', '', 'Yours sincerely,', 'Clerk to the Board'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual([got.get('Q1')?.value, got.get('Q3')?.value], [14, 61400]);
  });
});

describe('zero written before what is counted', () => {
  const q = { id: 'Q1', type: 'number' as const, order: 0, text: 'How many incidents were recorded?' };

  it('reads "We have had zero recorded incidents in each of the last five years" as 0', () => {
    assert.deepEqual([parseValue('We have had zero recorded incidents in each of the last five years.', q).value, parseValue('The school has excluded zero pupils since 2020.', q).value], [0, 0]);
  });

  it('does not read a policy\'s name as a count: "zero tolerance", "net zero", "zero hours"', () => {
    assert.deepEqual(['We operate a zero tolerance policy.', 'Our target is net zero carbon by 2030.', 'Zero hours contracts are used for casual staff.'].map((s) => parseValue(s, q).value), [null, null, null]);
  });
});

describe('a request numbered in roman numerals', () => {
  const REQUEST = ['I. How many children did the council look after at 31 March 2024?', 'II. How many of them lived in homes inside the county?', 'III. How many lived in homes outside the county?', 'IV. What was the average weekly cost of a home outside the county?'].join('\n');

  it('reads the reply\'s "I." to "IV." as Q1 to Q4', () => {
    const reply = [REQUEST, '', 'Response:', '', 'I. 412', '', 'II. 0', '', 'III. 31', '', 'IV. The Council has applied section 43 of the Act to this part, as the figure would prejudice commercial interests.'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 412, 8]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 0, 10]);
    assert.deepEqual([got.get('Q4')?.status, got.get('Q4')?.exemption, got.get('Q4')?.line], ['refused', 's43', 14]);
  });

  it('knows a roman numeral from a capital "I" or a letter: hasRomanItems needs most questions numbered in order', () => {
    assert.equal(hasRomanItems(fromRequest(REQUEST)), 'upper');
    assert.equal(hasRomanItems(fromRequest(['1. How many?', '2. How much?'].join('\n'))), false);
    assert.deepEqual([romanNumeral('IV'), romanNumeral('ix'), romanNumeral('IIII'), romanNumeral('C')], [4, 9, 0, 0]);
  });
});

describe('a table with a column for each year asked', () => {
  const REQUEST = ['1. How many claims were received in each of the years 2021/22, 2022/23, 2023/24 and 2024/25 (to date)?', '2. How many claims were paid in each of the years 2021/22, 2022/23, 2023/24 and 2024/25 (to date)?', '3. For the same years:', 'a) The total paid out', 'b) The total cost of legal fees'].join('\n');
  const TABLE = ['Response', '| | 2021/22 | 2022/23 | 2023/24 | 2024/25 |', '| Question 1 | 31 | 24 | 40 | <5* |', '| Question 2 | <5* | 7 | 9 | 6 |', '| Question 3a) | £2,410.00 | £90.00 | £1,200.50 | Not applicable |', '| Question 3b) | £1,100.00 | £90.00 | £600.00 | Not applicable |', '* Figures between 1 and 4 are withheld under section 40(2).'].join('\n');
  const got = answersOf(TABLE, fromRequest(REQUEST));

  it('takes the latest year asked that has a figure, and calls the answer partial when a year is withheld to its band', () => {
    assert.deepEqual(reading(got, 'Q1'), ['partial', 40, 3]);
    assert.deepEqual(reading(got, 'Q2'), ['partial', 6, 4]);
  });

  it('skips a latest column marked not applicable when the question names no year', () => {
    assert.deepEqual(reading(got, 'Q3a'), ['answered', 1200.5, 5]);
    assert.deepEqual(reading(got, 'Q3b'), ['answered', 600, 6]);
  });
});

describe('a question asked for several years, answered with a table of all of them', () => {
  it('offers the figure as a reading, never auto-coded as certain', () => {
    const REQUEST = ['1. Does the council use a contractor?', '2. Please give the number of penalty notices issued in each of the years 2021-22, 2022-23 and 2023-24.'].join('\n');
    const reply = ['1. No', '2.', '| Type | 2021/22 | 2022/23 | 2023/24 | Total |', '| Litter | 4 | 6 | 8 | 18 |', '| Dog fouling | 1 | 2 | 3 | 6 |', '| Total | 5 | 8 | 11 | 24 |'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.equal(got.get('Q2')?.status, 'answered');
    assert.ok((got.get('Q2')?.confidence ?? 1) < 0.95, String(got.get('Q2')?.confidence));
    assert.equal(got.get('Q1')?.confidence, 0.99);
  });
});

describe('an answer number run onto an acronym', () => {
  it('reads "3.LCC does not hold …" as question 3\'s label, as "3.We do not …" is', () => {
    const q = fromRequest(['1. How much is spent?', '2. How often are verges cut?', '3. What are the contract terms?', '4. Who handles complaints?'].join('\n'));
    const got = answersOf(['1.They employ a contractor.', '', '2.The verges are cut three times a year.', '', '3.LCC does not hold any information on the contract.', '', '4.With respect to complaints, residents may contact either council.'].join('\n'), q);
    assert.deepEqual([got.get('Q3')?.status, got.get('Q3')?.line], ['not-held', 5]);
  });
});

describe('more of the same layouts', () => {
  it('ends a list of plain lines at a statement set apart by a blank line', () => {
    const q = fromRequest(['Will the council buy electric sweepers in 2027.', 'How much did the council pay its haulage contractor in 2024-25.', 'Residents are parking on the verges.', '', 'How many signs were put up in 2024?'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2']);
  });

  it('reads a one-question request quoted with an answer on each part\'s line', () => {
    const REQUEST = ['1) How many:', '', 'a) Depots', '', 'b) Salt barns', '', 'c) Gritting lorries'].join('\n');
    const got = answersOf(['1) How many:', '', 'a) Depots - 4', '', 'b) Salt barns - 2', '', 'c) Gritting lorries - 11'].join('\n'), fromRequest(REQUEST));
    assert.deepEqual(['Q1a', 'Q1b', 'Q1c'].map((id) => got.get(id)?.value), [4, 2, 11]);
  });

  it('does not read a lower-case "i." bullet as question 1 of a request numbered "I."', () => {
    const REQUEST = ['I. How many children did the council look after?', 'II. How many lived outside the county?', 'III. What was the average weekly cost?'].join('\n');
    const got = answersOf(['Response:', '', 'I. 412', '', 'II. 31, of whom:', 'i. 20 in foster care', 'ii. 11 in residential homes', '', 'III. £4,100'].join('\n'), fromRequest(REQUEST));
    assert.deepEqual([got.get('Q1')?.value, got.get('Q2')?.value, got.get('Q3')?.value], [412, 31, 4100]);
  });
});

describe('a heading named by its place in the request', () => {
  it('reads "Your third question concerns breaks. … parts (a) and (b) …" as the answer to both parts', () => {
    const REQUEST = ['1. How many assessments did the council complete in 2025/26?', '2. What did the council spend on carers in 2025/26?', '3. Carers\' breaks:', '   a) How many carers had a break funded in 2025/26?', '   b) What was the average wait for a break?', '4. Has the council published a carers\' strategy?'].join('\n');
    const LETTER = [
      'Dear Mr Osei,',
      '',
      'In answer to your first question, the Council completed 2,410 assessments in 2025/26. Our spending on carers over the same year (your question 2) was £4.2 million.',
      '',
      'Your third question concerns carers\' breaks. Breaks are recorded only in case notes, and to answer parts (a) and (b) we would need to read about 900 records, which would take well over the appropriate limit of 18 hours. Section 12 of the Act therefore applies.',
      '',
      'Turning to question 4, our strategy was published in 2024.',
    ].join('\n');
    const got = answersOf(LETTER, fromRequest(REQUEST));
    for (const id of ['Q3a', 'Q3b']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line], ['refused', 's12', 5], id);
  });
});

describe('a decision that sends the whole answer in a spreadsheet', () => {
  it('reads "Please find attached completed spreadsheet" under the request quoted as every question signposted', () => {
    const REQUEST = ['1. Monthly days lost to sickness in 2023/24, for:', 'a. Highways staff', 'b. Waste staff', '2. The number of staff on long-term sickness at 31 March 2024.'].join('\n');
    const reply = ['- Request', '-', REQUEST, '* Days lost are counted in full-time equivalents.', '- Decision', '-', 'I can confirm that the information requested is held by the Council. I have detailed below the information that is being released to you.', 'Please find attached completed spreadsheet', '*The Council monitors sickness monthly and acts on it at team and council level.', 'Should you require the attachment, please contact us with the reference below.'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    for (const id of ['Q1a', 'Q1b', 'Q2']) assert.equal(got.get(id)?.status, 'signposted', id);
  });

  it('does not read "Please find attached spreadsheet of the sites …" as the whole request', () => {
    const q = fromRequest(['1. How many bins were replaced?', '2. How many bins were stolen?', '3. How many bins were burnt?'].join('\n'));
    const got = answersOf(['Q1: 412', '', 'Q2: 37', '', 'Please find attached spreadsheet of the sites we visited last year, for your interest.'].join('\n'), q);
    assert.deepEqual([got.get('Q1')?.value, got.get('Q2')?.value, got.get('Q3')?.status], [412, 37, undefined]);
  });
});

describe('a rate given for the total asked, after saying the total cannot be given', () => {
  const REQUEST = ['1. How many firework incidents did you attend in 2024?', '2. What was the total cost to the service of attending firework incidents in 2024?'].join('\n');

  it('reads "unable to provide an exact cost … the average figure for one hour … £400" as not held, offered', () => {
    const reply = ['1. 212', '2. Unfortunately, we are unable to provide an exact cost, as it depends on the crews sent. We do use an average figure for the cost of one appliance at an incident for one hour, which is £400.'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.value], ['not-held', null]);
    assert.ok(got.get('Q2')!.confidence < 0.95);
  });

  it('still reads a total given after saying an exact breakdown is not held', () => {
    const reply = ['1. 212', '2. The total cost was £84,800, about £400 for one appliance for one hour. We are unable to provide an exact cost for each incident.'].join('\n');
    assert.deepEqual([answersOf(reply, fromRequest(REQUEST)).get('Q2')?.status, answersOf(reply, fromRequest(REQUEST)).get('Q2')?.value], ['answered', 84800]);
  });
});

describe('a question whose parts are years lettered inline, answered after the request quoted', () => {
  const REQUEST = ['1. The number of public charge points installed in each of the last three years - a) 2023-2024, b) 2022-2023, and c)2021-2022', '2. The total number of public charge points to date.', '3. A copy of any plan to add more charge points.'].join('\n');

  it('reads "c)2021-2022" as a part, and "A copy of …" as a document asked for', () => {
    const q = fromRequest(REQUEST);
    assert.deepEqual(q.questions.map((x) => [x.id, x.text]).slice(1, 4), [['Q1a', '2023-2024'], ['Q1b', '2022-2023'], ['Q1c', '2021-2022']]);
    assert.equal(q.byId.get('Q3')?.type, 'text');
  });

  it('reads "a) 4" … "c) 1" under the request quoted as the first question\'s parts, then "2) 23"', () => {
    const reply = ['Request 1234', REQUEST, 'Response 05.03.24', 'a) 4', 'b) 12', 'c) 1', '2) 23 public charge points', '3) No formal plan at this time as funding is allocated on a yearly basis. This information is therefore subject to exception 10(4)(a) of the Regulations - Information Not Held.'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual(['Q1a', 'Q1b', 'Q1c', 'Q2'].map((id) => [got.get(id)?.value, got.get(id)?.line]), [[4, 6], [12, 7], [1, 8], [23, 9]]);
    assert.equal(got.get('Q3')?.status, 'not-held');
  });

  it('does not read a later "b)" with no "a)" before it as another question\'s part', () => {
    const reply = ['1. a) 4', 'b) 12', 'c) 1', '2. 23', '3. See our plan:', 'b) the second phase is not yet funded.'].join('\n');
    const analysis = analyzeReply(reply, fromRequest(REQUEST));
    assert.deepEqual(analysis.markers.filter((m) => m.ids.includes('Q1b')).map((m) => m.line), [1]);
  });
});

describe('figures laid side by side', () => {
  const q = { id: 'Q1', type: 'number' as const, order: 0, text: 'How many fostering places are available?' };

  it('offers the first of parts given with no total: "7 full time and 10 short break places", "105 carers 59 households"', () => {
    for (const s of ['7 full time available and 10 short break spaces available.', '81 in council placements.   19 with independent agencies.', '105 carers 59 households']) assert.equal(parseValue(s, q).several, true, s);
    assert.equal(parseValue('412', q).several, undefined);
  });

  it('reads a row flattened from a table, "287 311 273 261 258", as five figures, never one', () => {
    const got = parseValue('Foster placements (in house) 287 311 273 261 258', q);
    assert.deepEqual([got.value, got.several], [287, true]);
    assert.deepEqual([parseValue('12 345', q).value, parseValue('1 234 567', q).value], [12345, 1234567]);
    assert.equal(parseValue('287 311 273 261 258', q).several, true);
  });

  it('reads the dash after a sum\'s label as a separator, "costs -£1,543,882", and keeps "was -£4,000" negative', () => {
    const money = { id: 'Q8', type: 'money' as const, order: 0, text: 'What is the fostering budget?' };
    assert.deepEqual([parseValue('Total budget including staff costs -£1,543,882', money).value, parseValue('The deficit was -£4,000.', money).value, parseValue('Net position: -£12,000', money).value], [1543882, -4000, -12000]);
  });
});

describe('requests that name their items "Request 1" or ask in noun phrases', () => {
  it('reads "Request 1" … "Request 3" alone over their words, in the request and in the reply', () => {
    const REQUEST = ['Please provide the following duty logs:', '', 'Request 1', 'For the north division for each day of the week beginning 4 March 1990', '', 'Request 2', 'For the north division on 12 and 13 March 1990.', '', 'Request 3', 'For the south division on 2 May 1990'].join('\n');
    const q = fromRequest(REQUEST);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    const reply = ['Request and Answer:', 'Your request has been considered.', '', 'Request', REQUEST, '', 'Answer', 'Please find attached PDF files in relation to the above requests. Some information has been removed.'].join('\n');
    const got = answersOf(reply, q);
    // (Released with some information removed: partial since session 30, the logs given in part.)
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => got.get(id)?.status), ['partial', 'partial', 'partial']);
  });

  it('reads "The total amount spent on …" and "In addition, please provide …" as items, past "Please provide this information for each year"', () => {
    const REQUEST = ['The number of placements made with the council\'s own carers.', '', 'The number of placements made with agency carers.', '', 'The total amount spent on the council\'s own carers.', '', 'Please provide this information for each of the last three financial years.', '', 'In addition, please provide the names of the three agencies paid the most.'].join('\n');
    assert.deepEqual(fromRequest(REQUEST).questions.map((x) => [x.id, x.text?.slice(0, 20)]), [['Q1', 'The number of placem'], ['Q2', 'The number of placem'], ['Q3', 'The total amount spe'], ['Q4', 'In addition, please ']]);
  });
});

describe('more prose references', () => {
  const REQUEST = ['1. How many assessments did the council complete in 2025/26?', '2. What did the council spend on carers in 2025/26?', '3. Carers\' breaks:', '   a) Has the council funded breaks since 2020?', '   b) In which year did it last review its break policy?', '4. Is there a waiting list for assessments?'].join('\n');

  it('leaves "Your third question has several parts." to the sentences that answer each part', () => {
    const LETTER = ['Dear Ms Hale,', '', 'In answer to your first question, the Council completed 2,410 assessments. Our spending on carers (your question 2) was £4.2 million.', '', 'Your third question has several parts. The Council has funded breaks since 2018. The review of the break policy is recorded in a report about a named officer, which is withheld under section 40(2).', '', 'Turning to question 4, there is no waiting list.'].join('\n');
    const analysis = analyzeReply(LETTER, fromRequest(REQUEST));
    assert.equal(analysis.markers.some((m) => /^your third question/i.test(m.label)), false);
    assert.notEqual(analysis.answers.find((a) => a.id === 'Q3a')?.status, 'refused');
  });

  it('reads "We can, however, confirm in respect of question 4 that there is no waiting list"', () => {
    const LETTER = ['Dear Ms Hale,', '', 'In answer to your first question, the Council completed 2,410 assessments. Our spending on carers (your question 2) was £4.2 million.', '', 'Your third question concerns breaks, and to answer parts (a) and (b) would take well over the appropriate limit of 18 hours, so section 12 applies. We can, however, confirm in respect of question 4 that there is no waiting list at present.'].join('\n');
    const got = answersOf(LETTER, fromRequest(REQUEST));
    assert.deepEqual([got.get('Q4')?.status, got.get('Q4')?.value, got.get('Q4')?.text.startsWith('there is no waiting list')], ['answered', 'No', true]);
  });
});

describe('session 28, last layouts', () => {
  it('reads "Not held. … The closest data we have … there are 663." as not held, the figure context', () => {
    const q = { id: 'Q4', type: 'number' as const, order: 0, text: 'How many potholes were reported in 2024?' };
    assert.equal(classifyAnswer('Not held. Information that is not held falls under section 17 of the Act.\nThe closest data we have is the number of works orders for road defects. To date there are 663.', q).status, 'not-held');
    assert.equal(classifyAnswer('Not held for 2021. In 2022 there were 45.', q).status, 'partial');
  });

  it('reads a direction, "Down as budgets are constrained", for a change asked "up or down"', () => {
    const REQUEST = ['Q1. How many beds does the trust have?', 'Q2. How is capital spend trending compared with last year? Will there be a percentage change up or down?', 'Q3. What share of spend went on equipment?'].join('\n\n');
    const got = answersOf(['Q1. How many beds does the trust have? 812', '', 'Q2. How is capital spend trending compared with last year? Will there be a percentage change up or down? Down as budgets are constrained.', '', 'Q3. What share of spend went on equipment? Not recorded.'].join('\n'), fromRequest(REQUEST));
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.value], ['answered', 'Down']);
    assert.ok(got.get('Q2')!.confidence < 0.95);
  });

  it('types "how would you rank them …" and "please list a. the trusts …" as answers in words', () => {
    const q = fromRequest(['1. How much was spent in 2024?', '2. Amongst the above categories, how would you rank them according to priorities within your budget?', '3. If placements were made out of area, please list a. the trusts patients were sent to and b. for each trust, the number of times.', '4. Please list the number of placements for each month.'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.type), ['money', 'text', 'text', 'number']);
  });

  it('reads bulleted questions that open "On how many occasions …" under "I would like to know …:" after another sentence', () => {
    const q = fromRequest(['I am writing to request some information. I would like to know, over the last 12 months, in your trust:', '- On how many occasions were leave beds used by another patient.', '- On how many occasions were no beds available.', '- Which trusts were patients sent to.'].join('\n'));
    assert.deepEqual(q.questions.map((x) => [x.id, x.text?.slice(0, 25)]), [['Q1', 'On how many occasions wer'], ['Q2', 'On how many occasions wer'], ['Q3', 'Which trusts were patient']]);
  });

  it('reads bullets that name what is wanted under an intro that follows another sentence on its line', () => {
    const q = fromRequest(['I am writing to request some information. I would like to know, for the last 12 months:', '- Leave beds used by another patient', '- Days with no bed available', '- Trusts patients were sent to'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
  });

  it('reads plain lines that open "On how many occasions …" (no question mark) as questions', () => {
    const q = fromRequest(['On how many occasions were leave beds used by another patient.', 'On how many occasions were no beds available.', 'To which trusts were patients sent.'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
  });
});

describe('a whole answer in an attached document of another kind', () => {
  it('reads "Please see attached document containing the information you requested", the request not quoted, as every question signposted', () => {
    const REQUEST = ['1. How many depots are there?', '2. How many gritters are there?', '3. How many drivers are there?'].join('\n');
    const reply = ['Dear Mr Orme,', '', 'Thank you for your request of 3 May about winter maintenance. Please see attached document containing the information you requested.', '', 'Kind regards,', 'Information Team'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.equal(got.get(id)?.status, 'signposted', id);
  });
});

describe('a disclosure-log page without blank lines, the requester\'s notes above the list', () => {
  const REQUEST = ['I am requesting the following information.', 'Questions 2-4 do not include planned maintenance work.', '1. How many council homes are there?', '2. How many homes are awaiting repairs?', '3. Of the figure in question 2, how many are emergency repairs?', '4. Please list the repairs for the homes covered by question 3, in detail if available.'].join('\n');

  it('reads "Questions 2-4 do not include …" as the requester\'s, and the refusal below the list for every question', () => {
    const reply = [REQUEST, 'We do not hold this information in a reportable manner; finding it would exceed the cost of compliance (section 12).'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    for (const id of ['Q1', 'Q2', 'Q3', 'Q4']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line], ['refused', 's12', 7], id);
  });
});

describe('answers bulleted in the request\'s order under a dated response heading', () => {
  const REQUEST = ['Can I ask for the following information about empty homes:', '', '• How many private homes are long-term empty?', '', '• How many of these have been empty for over two years?', '• In 2023-24 how many empty homes were brought back into use?', '• How many empty dwelling management orders has the council made?'].join('\n');

  it('reads "? 2018" / "? As our tool …" / "? None" (bullets lost to question marks) as the answers in order', () => {
    const reply = [REQUEST, '', 'It would be helpful if you were to provide any brief notes on the figures.', '', 'Response 06-12-2024', '', '?  1,204', '', '? Our reporting tool does not record when a home became empty; checking each account would take over 100 hours, beyond the appropriate limit, so section 12 applies.', '', '?  86', '', '? None', '', 'Rate this page'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual(['Q1', 'Q2', 'Q3', 'Q4'].map((id) => [got.get(id)?.status, got.get(id)?.value ?? null]), [['answered', 1204], ['refused', null], ['answered', 86], ['answered', 0]]);
  });
});

describe('the requester\'s note under the request quoted', () => {
  it('reads "It would be helpful if you were to provide brief notes …" as no answer', () => {
    const REQUEST = ['1. How many homes are empty?', '2. How many were brought back into use?', '3. How many orders were made?'].join('\n\n');
    for (const note of ['It would be helpful if you were to provide any brief notes needed to understand the 3 figures.', 'I recognise that you are not obliged to give the 3 figures in a table.']) {
      const got = answersOf([REQUEST, '', note].join('\n'), fromRequest(REQUEST));
      assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => got.get(id)?.status), [undefined, undefined, undefined], note);
    }
  });
});

describe('a section in brackets closing an answer', () => {
  it('reads "… = 60.8 hours. (S12)" as the cost limit applied', () => {
    assert.deepEqual([classifyAnswer('Checking each case at 5 minutes a case would take 60.8 hours. (S12)').status, classifyAnswer('Checking each case at 5 minutes a case would take 60.8 hours. (S12)').exemption], ['refused', 's12']);
    assert.equal(classifyAnswer('We hold 12 records (see section 21 for the published list) and 4 drafts.').status, 'answered');
  });
});

describe('a year after "pre"', () => {
  it('never reads "which closed pre 2016" as a count', () => {
    const q = { id: 'Q4', type: 'number' as const, order: 0, text: 'The number of new libraries opened by the council in 2017.' };
    assert.notEqual(parseValue('In 2017 one former library, which closed pre 2016, was re-opened under community provision.', q).value, 2016);
    assert.equal(parseValue('Two libraries re-opened, both closed post 2015.', q).value, 2);
  });
});
