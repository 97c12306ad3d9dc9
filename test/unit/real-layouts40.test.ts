// Layouts and wordings found by scoring the engine on replies it had never seen (session 40), each
// fixed with a general rule. The requests and letters here are written for fictional bodies; no real
// text is copied.
import { strict as assert } from 'node:assert';
import { parseValue } from '../../src/core/values';
import { answersOf, fromRequest } from '../support/engine';

describe('questions that count occasions or name their unit in brackets', () => {
  const q = fromRequest(
    [
      '1) How often have mobile speed cameras been deployed on the bypass in each of the last three years?',
      '2) How often is the speed camera register reviewed?',
      '3) Average length of stay in the unit (days) for patients discharged in each year',
      '4) Average length of stay in the unit for patients discharged in each year',
    ].join('\n'),
  );

  it('reads "How often have … been …" as a count of occasions, and "How often is …" as no count', () => {
    assert.equal(q.byId.get('Q1')!.type, 'number');
    assert.notEqual(q.byId.get('Q2')!.type, 'number');
  });

  it('takes the unit of a length of time from the question\'s brackets ("(days)")', () => {
    assert.equal(q.byId.get('Q3')!.type, 'duration');
    assert.equal(q.byId.get('Q3')!.unit, 'days');
    assert.equal(q.byId.get('Q4')!.unit, undefined);
  });

  it('reads bare figures as lengths in the unit the question names, offered, not when it names none', () => {
    const named = parseValue('Ward A 41, Ward B 37', q.byId.get('Q3')!);
    assert.equal(named.value, 41);
    assert.equal(named.unit, 'days');
    assert.ok(named.confidence <= 0.6);
    assert.equal(parseValue('Ward A 41, Ward B 37', q.byId.get('Q4')!).value, null);
  });
});

describe('a table of a row per year flattened onto one line', () => {
  const q = fromRequest(
    [
      '1. Number of patients discharged from each ward in each year',
      '2. Number of patients discharged from each ward in 2022',
    ].join('\n'),
  );
  const flat = 'Ashby Birch Cedar 2020 12 30 18 2021 15 28 22 2022 19 33 25 2023 21 35 24';

  it('reads the latest year\'s first cell, offered as one of several', () => {
    const r = parseValue(flat, q.byId.get('Q1')!);
    assert.equal(r.value, 21);
    assert.equal(r.several, true);
  });

  it('reads the row of the year the question names', () => {
    assert.equal(parseValue(flat, q.byId.get('Q2')!).value, 19);
  });

  it('reads the latest year of rows written newest first', () => {
    assert.equal(parseValue('Ashby Birch Cedar 2023 21 35 24 2022 19 33 25 2021 15 28 22', q.byId.get('Q1')!).value, 21);
  });

  it('needs three rows of one width with the years in sequence', () => {
    // Years two apart; years going up then down; a word between rows: no table read.
    assert.notEqual(parseValue('2021 12 30 2022 15 28 2021 19 33 2022 21 35', q.byId.get('Q1')!).value, 15);
    assert.notEqual(parseValue('2017 12 30 2019 15 28 2021 19 33 2023 21 35', q.byId.get('Q1')!).value, 21);
    assert.notEqual(parseValue('Ashby 2020 12 30 2021 15 28 and 2022 19 33 2023 21 35', q.byId.get('Q1')!).value, 21);
    // Two rows only; a year out of sequence; rows of different widths: none is a table.
    assert.notEqual(parseValue('Ashby Birch 2022 19 33 2023 21 35', q.byId.get('Q1')!).value, 21);
    assert.notEqual(parseValue('2020 12 30 2023 15 28 2021 19 33 2022 21 35', q.byId.get('Q1')!).value, 21);
    assert.notEqual(parseValue('2020 12 30 2021 15 2022 19 33 2023 21 35', q.byId.get('Q1')!).value, 21);
  });

  it('codes each question of a letter whose tables were flattened by its latest year', () => {
    const reply = [
      'Dear Requester,',
      '',
      '1. Number of patients discharged from each ward in each year Ashby Birch Cedar 2020 12 30 18 2021 15 28 22 2022 19 33 25 2023 21 35 24',
      '',
      'Yours sincerely,',
    ].join('\n');
    const a = answersOf(reply, q).get('Q1')!;
    assert.equal(a.status, 'answered');
    assert.equal(a.value, 21);
  });
});

describe('a request of unnumbered lines with a condition between them', () => {
  const request = [
    'Please send me the following:',
    'The details of your use of drones in your organisation –',
    'Does your organisation (staff or contractors) fly drones for any purpose?',
    'If yes, please detail:',
    'Which company supplies the drones used by your organisation?',
    'How many staff are trained to fly them and which teams are they in? Are they employees or contractors?',
    'Were the drones bought outright and if so, how much did they cost?',
    'Who is the contact for your drone programme?',
  ].join('\n');
  const q = fromRequest(request);

  it('keeps the question above "If yes, please detail:" and drops the line ending in a dash', () => {
    assert.deepEqual(q.questions.map((x) => (x.text ?? '').slice(0, 20)), [
      'Does your organisati',
      'Which company suppli',
      'How many staff are t',
      'Were the drones boug',
      'Who is the contact f',
    ]);
  });

  const reply = [
    'Freedom of Information request DR/2025/41',
    'You asked for the following information:',
    'Does your organisation (staff or contractors) fly drones for any purpose?',
    'If yes, please detail:',
    'Yes - the estates team (one drone for roof surveys)',
    'Which company supplies the drones used by your organisation?',
    'Skyward Survey Ltd.',
    'How many staff are trained to fly them and which teams are',
    'they in?',
    '3 officers in the estates team are trained.',
    'Are they employees or contractors?',
    'Employees.',
    'Were the drones bought outright and if so, how much did they cost?',
    'Bought outright. £1,450 in 2023.',
    'Who is the contact for your drone programme?',
    'The Estates Manager.',
  ].join('\n');

  it('answers the first question below the requester\'s "If yes, please detail:", not on it', () => {
    const a = answersOf(reply, q).get('Q1')!;
    assert.equal(a.line, 5);
    assert.equal(a.value, 'Yes');
  });

  it('finds a question quoted only to its first question mark, its second sentence quoted below', () => {
    const a = answersOf(reply, q).get('Q3')!;
    assert.equal(a.line, 10);
    assert.equal(a.value, 3);
  });

  it('does not take a sentence of the letter that repeats the first sentence\'s words, without its question mark, as the quote', () => {
    const prose = reply.replace('How many staff are trained to fly them and which teams are\nthey in?\n3 officers in the estates team are trained.\nAre they employees or contractors?\nEmployees.', 'How many staff are trained to fly them and which teams are they in is not something we record.');
    assert.notEqual(prose, reply);
    assert.notEqual(answersOf(prose, q).get('Q3')?.line, 8);
  });

  it('reads the sum asked "and if so, how much" after a yes-or-no', () => {
    assert.equal(answersOf(reply, q).get('Q4')!.value, 1450);
  });

  it('does not take the first sentence alone when the rest of the question is an instruction, not a question', () => {
    const q2 = fromRequest(['1. Who is the named officer for the drone programme? Please give their job title only.', '2. Which company supplies the drones used by your organisation?'].join('\n'));
    const r = ['Who is the named officer for the drone programme?', 'The Estates Manager.', 'Which company supplies the drones used by your organisation?', 'Skyward Survey Ltd.'].join('\n');
    assert.notEqual(answersOf(r, q2).get('Q1')?.line, 2);
    const q3 = fromRequest(['1. Who is the named officer for the drone programme? What is their job title?', '2. Which company supplies the drones used by your organisation?'].join('\n'));
    assert.equal(answersOf(r, q3).get('Q1')?.line, 2);
  });
});

describe('a text answer that opens by saying the information is held', () => {
  const q = fromRequest(['1. Which officer decides what safeguarding data the council collects?', '2. Who chairs the safeguarding board?'].join('\n'));

  it('reads the sentence after "I can confirm that the Council does hold this information."', () => {
    assert.equal(parseValue('I can confirm that Fernhill County Council does hold this information. The Director of Children\'s Services decides this.', q.byId.get('Q1')!).value, "The Director of Children's Services decides this.");
    assert.equal(parseValue('We hold the information you requested. The board is chaired by an independent chair.', q.byId.get('Q2')!).value, 'The board is chaired by an independent chair.');
  });

  it('keeps a sentence that says more than that the information is held, and a lone one', () => {
    assert.equal(parseValue('The Council holds this information on its website, where the chair is named.', q.byId.get('Q2')!).value, 'The Council holds this information on its website, where the chair is named.');
    assert.equal(parseValue('I can confirm that the Council holds this information.', q.byId.get('Q2')!).value, 'I can confirm that the Council holds this information.');
  });
});

describe('a request that asks in running sentences', () => {
  it('takes each asking sentence of a paragraph as a question', () => {
    const q = fromRequest('Can you give the number of licence reviews concluded since 2020? Can you give the total of fines imposed since 2020? Can you give a list of the premises concerned.');
    assert.deepEqual(q.questions.map((x) => [x.id, x.type]), [['Q1', 'number'], ['Q2', 'money'], ['Q3', 'text']]);
    assert.match(q.questions[1]!.text ?? '', /^Can you give the total of fines/);
  });

  it('cuts "the total spent on … and the name of the supplier …" into two things asked, and reads "If possible please provide the quantity of …"', () => {
    const q = fromRequest(['Dear Fernhill Council,', '', 'Please can you provide the total amount spent by the council on litter bins since 2018 and the name of the supplier(s) of those bins. If possible please provide the quantity of bins bought in that time.', '', 'Yours faithfully,'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.type), ['money', 'text', 'number']);
    assert.match(q.questions[1]!.text ?? '', /^the name of the supplier/i);
    const reply = ['Dear Requester,', '', '1. The total spent on litter bins since April 2018 is £48,210.', '2. The bins are supplied by Brackley Street Furniture Ltd.', '3. Approximately 640 bins were bought over that time.', '', 'Yours sincerely,'].join('\n');
    const a = answersOf(reply, q);
    assert.deepEqual([a.get('Q1')!.value, a.get('Q3')!.value], [48210, 640]);
  });

  it('reads "Could you give the number of … and the cost of …" as two things asked, three in all with the next sentence', () => {
    const q = fromRequest('Dear Fernhill Council,\n\nCould you give the number of litter bins bought in 2023 and the cost of them? Could you also give the name of the supplier? Thank you.');
    assert.deepEqual(q.questions.map((x) => x.type), ['number', 'money', 'text']);
  });

  it('takes no two asks of a paragraph for a list of questions, nor a number that opens a list as a sentence\'s end', () => {
    assert.equal(fromRequest('Can you give the number of licence reviews concluded since 2020? Can you give the total of fines imposed since 2020?').questions.length, 0);
    assert.equal(fromRequest('Please would you provide me with: 1. A list of notices served in 2022. Please give the number of appeals.').questions.length, 0);
    assert.equal(fromRequest('What standard must the contractor meet? What are the terms of the contract? Please send the documents.').questions.length, 0);
  });

  it('leaves a paragraph of one ask, and a numbered request, as they were', () => {
    assert.equal(fromRequest('Please can you provide the total amount spent on litter bins since 2018. Thank you for your help.').questions.length, 0);
    const numbered = fromRequest('1. How many bins were bought? How many were replaced?\n2. What was the total cost?');
    assert.equal(numbered.questions.length, 2);
  });
});

describe('bulleted asks in the first person, and where to send the reply', () => {
  it('takes "I would like a financial breakdown …" and "I would also like the same details for …" as questions, not "Please send the records … to the address stated above"', () => {
    const q = fromRequest(
      [
        'Dear Fernhill Town Council,',
        '',
        'I am making a request under the Freedom of Information Act about spending on the summer festival.',
        '• I would like a financial breakdown of what the money is spent on (i.e. stages, security, cleaning)',
        '• I would like to know which venues have a set budget for the festival and what that is?',
        '• I would also like the same details for the previous 3 years.',
        'Please send the records to the address stated at the top of this letter.',
      ].join('\n'),
    );
    assert.equal(q.questions.length, 3);
    assert.match(q.questions[2]!.text ?? '', /^I would also like the same details/);
  });
});

describe('questions numbered inline that go on into the next paragraph', () => {
  const request = [
    'Dear Sir or Madam,',
    '',
    'Could you please tell me (1) whether the council employs its own dog wardens and, if it does,',
    'how many; (2) how many stray dogs were seized in 2024/25; (3) the fee currently charged to an',
    'owner reclaiming a dog; and (4) the date on which the current kennelling contract began.',
    '',
    'Secondly, where kennels are contracted, I would like to know (5) how long the contract runs for,',
    'including any extension, and (6) what share of the reclaim fee the kennels keep.',
    '',
    'Many thanks.',
  ].join('\n');

  it('reads (5) and (6) of the second paragraph as questions 5 and 6, two enough when they go on from (4)', () => {
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6']);
    assert.match(q.byId.get('Q6')!.text ?? '', /^what share of the reclaim fee/);
  });

  it('types "the fee currently charged …" and "the full penalty currently charged …" as money', () => {
    assert.equal(fromRequest(request).byId.get('Q3')!.type, 'money');
    assert.equal(fromRequest('1. The full penalty currently charged for a littering offence\n2. How many notices were issued?').byId.get('Q1')!.type, 'money');
  });

  it('does not read two numbers of a paragraph that goes on from nothing as questions', () => {
    const q = fromRequest(['Please tell me how many dogs were seized in 2024/25.', '', 'Secondly, I would like to know (5) how long the contract runs for,', 'and (6) what share of the fee the kennels keep.'].join('\n'));
    assert.notDeepEqual(q.questions.map((x) => x.id), ['Q5', 'Q6']);
  });
});

describe('which of several figures a prose answer gives for the question', () => {
  const q = fromRequest(
    [
      '1. In what year was the flood strategy last reviewed or revised?',
      '2. Has the council applied for a flood grant since 2017?',
      '   (a) If so, how many of those applications were successful?',
    ].join('\n'),
  );

  it('reads the year whose own clause carries the question\'s verb, offered', () => {
    const r = parseValue('The flood strategy, first adopted in 2009, was last revised in 2022 and is on our website.', q.byId.get('Q1')!);
    assert.deepEqual([r.value, r.several], [2022, true]);
    assert.equal(parseValue('The strategy was published in 2009 and revised in 2022.', q.byId.get('Q1')!).value, 2022);
    // (The words of another clause before a comma are not the year's.)
    assert.equal(parseValue('Revised often, it was adopted in 2009 and reviewed in 2022.', q.byId.get('Q1')!).value, 2022);
  });

  it('keeps the first year when that is the one, or when the later one is still to come', () => {
    const first = parseValue('The strategy was last revised in 2019; it was first adopted in 2009.', q.byId.get('Q1')!);
    assert.deepEqual([first.value, first.several], [2019, undefined]);
    assert.equal(parseValue('It was adopted in July 2019 and has not been revised since; a review is planned for 2026.', q.byId.get('Q1')!).value, 2019);
  });

  it('counts "Two of our three applications were successful" as two, not the grant it brought in', () => {
    const id = q.questions.find((x) => /successful/.test(x.text ?? ''))!;
    assert.equal(parseValue('Two of our three applications were successful (2018 and 2020). Between them they brought in £86,400 of grant.', id).value, 2);
    assert.equal(parseValue('We made three applications in 2019, bringing in £4,000.', id).value, 3);
  });
});

describe('a count asked with a second count after "and how many of those"', () => {
  it('reads the figure of the first ask, not the one whose clause repeats the second\'s words', () => {
    const q = fromRequest('1. How many FPNs were issued for fouling in the financial year and how many of those were paid?\n2. What is the fee?');
    const reply = ['1. The wardens issued 412 notices for fouling, and 298 of these had been paid by the end of the financial year.', '2. £100.'].join('\n');
    assert.equal(answersOf(reply, q).get('Q1')!.value, 412);
  });
});

describe('who does the work: own staff, a contractor, or both', () => {
  const q = fromRequest('1. Please tell me whether the council clears fly-tipping using its own staff or an external contractor, and if a contractor, which one.\n2. How much did it cost?');
  const x = q.byId.get('Q1')!;

  it('offers in-house, the contractor, or both for "using its own staff or an external contractor, and if …"', () => {
    assert.equal(x.type, 'choice');
    assert.deepEqual(x.choices, ['In-house', 'External contractor', 'Both']);
  });

  it('reads "Own staff - the rapid response team" as in-house', () => {
    assert.equal(parseValue('Own staff - the rapid response team.', x).value, 'In-house');
  });

  it('offers both when the letter says its own team does the work and names a company that does some', () => {
    const r = parseValue('Fly-tipping is cleared by our own Street Scene team during the day, and out-of-hours call-outs are passed to Quickclear Response Ltd.', x);
    assert.deepEqual([r.value, r.several], ['Both', true]);
    // (A company named only to say it is not used is no mix.)
    assert.equal(parseValue('Fly-tipping is cleared by our own Street Scene team. Quickclear Response Ltd is no longer used.', x).value, 'In-house');
  });
});

describe('a yes or no after the search the council made', () => {
  const q = fromRequest('1. Has the council received any complaints about its webcasts since 1 April 2022?\n2. Which supplier does it use?');
  const x = q.byId.get('Q1')!;

  it('reads what the search found, not "We have checked" as a yes', () => {
    assert.equal(parseValue('We have checked the corporate complaints system and we have not received any complaints since April 2022.', x).value, 'No');
    assert.equal(parseValue('We have searched our records and have received no complaints.', x).value, 'No');
    assert.equal(parseValue('We have checked the complaints system and we have received 3 complaints.', x).value, 'Yes');
  });

  it('reads "the council has received no complaints" as no', () => {
    assert.equal(parseValue('The council has received no complaints about webcasting.', x).value, 'No');
  });
});

describe('a choice of "X only", "Y only" or both', () => {
  const q = fromRequest('1. Are meetings webcast (i) live only, (ii) as recordings published after the meeting only, or (iii) both live and as recordings?\n2. Which supplier?');
  const x = q.byId.get('Q1')!;

  it('reads a letter that says both things are done as both', () => {
    assert.deepEqual(x.choices, ['Live only', 'Recordings published after the meeting only', 'Both live and as recordings']);
    assert.equal(parseValue('Every meeting is streamed live and the recording is then placed in the archive on our website.', x).value, 'Both live and as recordings');
  });

  it('keeps one when only one is said, or the other is denied', () => {
    assert.equal(parseValue('Meetings are streamed live on our channel.', x).value, 'Live only');
    assert.notEqual(parseValue('Recordings are published after each meeting; we do not stream live.', x).value, 'Both live and as recordings');
  });

  it('reads "Both" alone as the choice it opens, offered, and leaves a one-word choice to be matched whole', () => {
    const r = parseValue('Both.', x);
    assert.deepEqual([r.value, r.inferred], ['Both live and as recordings', true]);
    const q2 = fromRequest('1. Are your systems centred on residents or properties? (Residents / Properties / Both)');
    assert.equal(parseValue('Residents,', q2.byId.get('Q1')!).inferred, undefined);
  });

  it('takes a choice said whole over the head words of both', () => {
    const q3 = fromRequest('1. Who carries out enforcement? Please say which applies: council officers only / an external contractor only / both.');
    assert.equal(parseValue('B 3 An external contractor only. Kingsgate Ltd has carried out enforcement for the council since 2022.', q3.byId.get('Q1')!).value, 'External contractor only');
  });
});

describe('a request lettered in capitals, its letter run onto the answer', () => {
  const q = fromRequest(['A. How many applications were received in your last campaign?', 'B. How many people were recruited?', 'C. How many of those were from ethnic minority backgrounds?'].join('\n'));

  it('reads "B.12 months to July … 412" as the answer to B, not the end of A\'s', () => {
    const reply = ['Response', 'A. We received 1,204 applications.', 'B.12 months to 31/7/25. Note these include all recruits. 412', 'C. 61 of those recruited.'].join('\n');
    const a = answersOf(reply, q);
    assert.deepEqual([a.get('Q1')!.value, a.get('Q2')!.value, a.get('Q2')!.line], [1204, 412, 3]);
  });

  it('does not read "a.12" in a request lettered in lower case, nor a capital before a lower-case word', () => {
    const lower = fromRequest(['a) How many applications were received?', 'b) How many people were recruited?'].join('\n'));
    const reply = ['a) We received 1,204 applications.', 'b.12 of those were recruited in the summer. 412'].join('\n');
    assert.notEqual(answersOf(reply, lower).get('Q2')?.line, 2);
  });
});

describe('a figure on its own label above a cost refusal that its neighbour\'s answer gives', () => {
  const q = fromRequest(['1. Between 1 and 31 March how many people registered for a parking permit where the £20 fee was payable?', '2. Does the council know how many of those were blue badge holders?'].join('\n'));
  const reply = [
    '1. 4,310 people registered (paying the £20) during the month of March.',
    '2. In order to answer your question we would be required to manually crosscheck the 4,310',
    'Under section 12(1) of the Act, we are not obliged to comply with a request for information',
    'if the cost of complying with the request would exceed the appropriate limit of £450, which',
    'equates to a total of 18 hours of work.',
  ].join('\n');

  it('keeps the figure for question 1 and gives the refusal to question 2', () => {
    const a = answersOf(reply, q);
    assert.deepEqual([a.get('Q1')!.status, a.get('Q1')!.value, a.get('Q1')!.line], ['answered', 4310, 1]);
    assert.deepEqual([a.get('Q2')!.status, a.get('Q2')!.exemption], ['refused', 's12']);
  });

  it('still gives a refusal of the whole request above the numbered lines to each of them', () => {
    const above = [
      'Under section 12(1) of the Act, we are not obliged to comply with your request for information, as the cost of complying with the request would exceed the appropriate limit of £450, which equates to a total of 18 hours of work.',
      '1. 4,310 records would need to be checked by hand.',
      '2. In order to answer your question we would be required to manually crosscheck the 4,310',
    ].join('\n');
    assert.equal(answersOf(above, q).get('Q1')!.status, 'refused');
  });
});

describe('a yes or no with the name asked after a yes', () => {
  const q = fromRequest('1. Whether the council uses an external contractor to collect bulky waste and, if it does, the name of that contractor.\n2. How many collections were made in 2024?');
  const x = q.byId.get('Q1')!;

  it('codes the company named after the yes', () => {
    assert.equal(x.type, 'yes-no');
    const r = parseValue('Yes. Bulky waste is collected on the council\'s behalf by Harbour Reuse Services Ltd.', x);
    assert.equal(r.value, 'Harbour Reuse Services Ltd');
    assert.ok(r.confidence <= 0.8);
  });

  it('keeps a no, and a yes that names no company', () => {
    assert.equal(parseValue('No. Collections are made by our own crews. We used Harbour Reuse Services Ltd until 2019.', x).value, 'No');
    assert.equal(parseValue('Yes, a local charity collects it for us.', x).value, 'Yes');
    const plain = fromRequest('1. Does the council use an external contractor to collect bulky waste?\n2. How many collections?');
    assert.equal(parseValue('Yes. Bulky waste is collected by Harbour Reuse Services Ltd.', plain.byId.get('Q1')!).value, 'Yes');
  });
});

describe('a duration unit in brackets that leaves the choice to the council', () => {
  it('takes no unit from "(days or weeks)"', () => {
    const q = fromRequest('1. The average time from application to approval. Please state the unit (days or weeks).\n2. Average stay on the ward (in days)');
    assert.equal(q.byId.get('Q1')!.unit, undefined);
    assert.equal(q.byId.get('Q2')!.unit, 'days');
  });
});
