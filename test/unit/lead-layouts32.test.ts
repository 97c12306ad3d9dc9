// Layouts found by scoring the engine on replies it had never seen (session 32), each fixed with a
// general rule. The requests and letters here are written for fictional bodies; no real text is copied.
import { strict as assert } from 'node:assert';
import { classifyAnswer } from '../../src/core/classify';
import { parseValue } from '../../src/core/values';
import { answersOf, fromRequest } from '../support/engine';

describe('a request whose years are numbered in roman numerals, and numbered again by a copy', () => {
  // (The years as a web page's nested list comes out in text: numbered again, "iii)" left alone.)
  const YEARS = ['', '  1. i) 2019', '  2. ii) 2020', '', 'iii) 2021', '', '  1. iv) 2022 to date', ''];
  const REQUEST = [
    '1) How many dog wardens has the council employed in each of the following years:',
    ...YEARS,
    '2) How many stray dogs were seized in each of the following years:',
    ...YEARS,
    '3) Does the council use a private kennel?',
  ];

  it('reads three questions, the years in the words of the two that ask about them', () => {
    const q = fromRequest(REQUEST.join('\n'));
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    assert.match(q.questions[0]!.text ?? '', /following years: i\) 2019 ii\) 2020 iii\) 2021 iv\) 2022 to date$/);
    assert.match(q.questions[1]!.text ?? '', /iv\) 2022 to date$/);
  });

  it('does not read a quoted "1. i) 2019" or "iii) 2021" as the label of an answer', () => {
    const q = fromRequest(REQUEST.join('\n'));
    const reply = ['Dear requester,', '', ...REQUEST, '', 'Our response', '', '1) 2019: 2; 2020: 2; 2021: 3; 2022 to date: 3', '', '2) 2019: 140; 2020: 122; 2021: 131; 2022 to date: 97', '', '3) Yes.'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q1')?.line, got.get('Q2')?.line, got.get('Q3')?.line], [25, 27, 29]);
    assert.equal(got.get('Q3')?.value, 'Yes');
  });

  it('reads a refusal under the quoted request as the answer to every question, not the quoted years', () => {
    const q = fromRequest(REQUEST.join('\n'));
    const reply = ['Request', '', ...REQUEST, '', 'Response', '', 'We do not hold this in a form we could search. Finding it would mean reading every case file, which would exceed the appropriate limit (section 12).'].join('\n');
    const got = answersOf(reply, q);
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['refused', 25], id);
  });
});

describe('a request whose question lists its periods in a paragraph of its own, and parts lettered "A –"', () => {
  const REQUEST = [
    '1) How many penalty notices for fly-tipping has the council issued?',
    '',
    'Please provide the figure for each of the following calendar years:',
    '',
    'i) 2021',
    'ii) 2022',
    '',
    '2) Please give the number of prosecutions for fly-tipping brought by:',
    '',
    'A – the council itself',
    '',
    'B – the Environment Agency',
    '',
    'C – a private prosecutor',
  ].join('\n');

  it('keeps the periods paragraph with the question above it, not a question of its own', () => {
    const q = fromRequest(REQUEST);
    assert.match(q.questions.find((x) => x.id === 'Q1')?.text ?? '', /following calendar years: i\) 2021 ii\) 2022$/);
  });

  it('reads "A –", "B –", "C –" under a numbered question as its parts, in the request and in the reply', () => {
    const q = fromRequest(REQUEST);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q2a', 'Q2b', 'Q2c']);
    const reply = ['1) 2021: 44; 2022: 51', '', '2)', 'A – 3', 'B – 0', 'C – 1'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(['Q2a', 'Q2b', 'Q2c'].map((id) => [got.get(id)?.value, got.get(id)?.line]), [[3, 4], [0, 5], [1, 6]]);
  });
});

describe('"Point 5" and "Points 1-4": a letter that names the request\'s items points', () => {
  const q = fromRequest(['1. The report on the bus review.', '2. The minutes of the board that approved it.', '3. The consultation responses.', '4. Which operators were consulted.', '5. Advice given to the cabinet member.'].join('\n'));

  it('reads each heading as the label of the answer under it', () => {
    const reply = ['Our response', '', 'Points 1-4', '', 'These documents are published on our website.', '', 'Point 5', '', 'This advice is withheld under section 36 of the Act.'].join('\n');
    const got = answersOf(reply, q);
    for (const id of ['Q1', 'Q2', 'Q3', 'Q4']) assert.equal(got.get(id)?.line, 5, id);
    assert.deepEqual([got.get('Q5')?.status, got.get('Q5')?.exemption, got.get('Q5')?.line], ['refused', 's36', 9]);
  });
});

describe('an answer that says the information went out in an earlier letter', () => {
  it('is signposted (the answer is somewhere the requester already has)', () => {
    for (const text of ['I wrote to you on 12 March disclosing the information for points 1-4.', 'This information has already been provided to you in our previous response.', 'The figures were sent to you with our letter of 4 June.']) assert.equal(classifyAnswer(text).status, 'signposted', text);
  });

  it('is not a figure given here, nor information given to someone else', () => {
    for (const text of ['The figures were provided to you in the table below: 14.', 'The council has provided this data to the Department in its annual return.']) assert.notEqual(classifyAnswer(text).status, 'signposted', text);
  });
});

describe('a quoted question that ends with the answers it offers, its answer below after a blank line', () => {
  it('reads a one-word answer that is one of the offered words as the answer, not the question going on', () => {
    const q = fromRequest(['1. How many garden waste subscribers did the council have in 2024?', '', '2. Does the council offer a discount on the garden waste charge, for example to', '   residents on Council Tax Reduction? Yes/No'].join('\n'));
    const reply = ['Q1     How many garden waste subscribers did the council have in 2024?', '', '       21,400', '', 'Q2     Does the council offer a discount on the garden waste charge?', '', '       No.'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.value, got.get('Q2')?.line], ['answered', 'No', 7]);
  });
});

describe('a request whose question names earlier questions in brackets', () => {
  it('keeps "carried out by either (1) or (2) to see whether …" one question', () => {
    const q = fromRequest(['1. The number of officers who inspect homes for hazards.', '2. Of (1), the number who are qualified surveyors.', '3. The number of inspections carried out by either (1) or (2) to see whether', 'hazards exist in rented homes.'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    assert.match(q.questions[2]!.text ?? '', /either \(1\) or \(2\) to see whether hazards exist in rented homes\.$/);
  });

  it('still splits questions asked inline, each with words of its own', () => {
    const q = fromRequest('1) How many wardens do you employ? 2) How many vans do they use? 3) What do the vans cost to run?');
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
  });
});

describe('a count answered in its opening sentence, with a later paragraph about a part', () => {
  const question = { id: 'Q2', type: 'number', text: 'How many of these staff work in the contact centre?' } as never;
  const text = 'There are 1,412 staff, including agency workers in the contact centre and the travel desk.\n\nWithin the travel desk alone there are 212 total staff, of which 40 are agency workers.';

  it('proposes the opening figure, not the part\'s total, and offers it (never certain)', () => {
    const v = parseValue(text, question, {});
    assert.deepEqual([v.value, v.several], [1412, true]);
  });

  it('still takes a total the same paragraph names', () => {
    assert.equal(parseValue('There are 12 wardens and 4 supervisors, 16 in total.', question, {}).value, 16);
  });
});

describe('a yes-or-no question answered by saying what is done, with no Yes', () => {
  const q = fromRequest(['1. Does the scheme allow for council tax to be written off?', '2. Does the council use a debt collection agency?'].join('\n'));

  it('is answered (left to the person), when the statement shares the question\'s words and says no "not"', () => {
    const got = answersOf(['1. Discretionary reductions are administered as write offs.', '2. Yes.'].join('\n'), q);
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.value], ['answered', null]);
    assert.ok((got.get('Q1')?.confidence ?? 1) < 0.95);
  });

  it('stays unclear when the statement hedges or is about something else', () => {
    for (const text of ['1. Discretionary reductions might be administered as write offs.', '1. Discretionary reductions are administered by the revenues team.']) {
      const got = answersOf([text, '2. Yes.'].join('\n'), q);
      assert.equal(got.get('Q1')?.status, 'unclear', text);
    }
  });
});

describe('a request for the fields of a record, answered "we have dealt with no such case"', () => {
  const REQUEST = ['Dear Sirs,', '', 'My request is for details of anyone who has died with no known next of kin since 1st March 2019, specifically:', '', '  1. Full names,', '  2. Dates of birth,', '  3. Last known addresses,', '  4. Estimated value of estates', '', 'Thank you for your kind assistance,', '', 'A. Requester'];

  it('reads the one statement as none for every field', () => {
    const q = fromRequest(REQUEST.slice(2, 8).join('\n'));
    const reply = [...REQUEST, '', 'Response', '', 'Dear A. Requester,', '', 'Further to your request for details of deceased persons since 1st March 2019, I can advise we have not dealt with any person fitting this description in that period.'].join('\n');
    const got = answersOf(reply, q);
    for (const id of ['Q1', 'Q2', 'Q3', 'Q4']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['answered', 18], id);
  });

  it('keeps questions that ask about each case not applicable, as before', () => {
    const q = fromRequest(['1. How many public health funerals has the council arranged since 2019?', '2. For each, what was the cost?'].join('\n'));
    const reply = ['Request', '', '1. How many public health funerals has the council arranged since 2019?', '2. For each, what was the cost?', '', 'Response', '', 'Further to your request, I can advise we have not dealt with any public health funerals in that period.'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q1')?.status, got.get('Q2')?.status], ['answered', 'not-applicable']);
  });

  it('does not read items that ask in words, "The number of …", as fields of one record', () => {
    const q = fromRequest(['1. The number of public health funerals the council has arranged since 2019', '2. For each of these, the cost to the council'].join('\n'));
    const reply = ['Request', '', '1. The number of public health funerals the council has arranged since 2019', '2. For each of these, the cost to the council', '', 'Response', '', 'Further to your request, I can advise we have not dealt with any public health funerals in that period.'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q1')?.status, got.get('Q2')?.status], ['answered', 'not-applicable']);
  });
});

describe('a reply that quotes only the first sentence of a longer question', () => {
  it('reads the quoted sentence as the question and the line below as its answer', () => {
    const q = fromRequest(['1) number of ambulances sent to road collisions', '2) number of calls where an ambulance waited 1 hour or more at hospital. I would like the figures for each area and for each hospital, by day, for March 2025, and if they are available the same figures for March 2024 and for March 2019.'].join('\n'));
    const reply = ['Response', '1) number of ambulances sent to road collisions', 'Please see the first tab of the attached workbook.', '2) number of calls where an ambulance waited 1 hour or more at hospital.', 'Please see the second tab of the attached workbook.'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.line], ['signposted', 5]);
  });

  it('still reads a few of a long question\'s words, as a sentence, as its answer', () => {
    const q = fromRequest(['1. Is the service run in-house, by a contractor, or by a leisure trust? Please give the name of any contractor or trust.', '2. How many staff work in it?'].join('\n'));
    const got = answersOf(['1. In-house.', '2. 14'].join('\n'), q);
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.line], ['answered', 1]);
  });
});

describe('a small body\'s short answers: none owned, not applicable, someone else\'s work', () => {
  const REQUEST = ['1) How many public play areas (by which I mean parks, playgrounds and any other play areas) do you currently operate?', '', '2) How many public play areas did you operate in 2015/16?', '', '3) If the figures are held, what area did your play areas cover in 2015/16?'].join('\n');

  it('reads "we do not operate or own any …" in the question\'s own words as a count of none', () => {
    const q = fromRequest(REQUEST);
    const reply = ['Dear requester,', '', '1) We do not operate or own any public play areas (by which I mean parks, playgrounds and any other play areas)', '', '2) We have not owned or operated any public play areas in 2015/16', '', "3) This question isn't applicable to us as we don't have any play areas."].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [got.get(id)?.status, got.get(id)?.value ?? null, got.get(id)?.line]), [['answered', 0, 3], ['answered', 0, 5], ['not-applicable', null, 7]]);
  });

  it('does not read "we do not have any figures" as a count of none', () => {
    const question = { id: 'Q1', type: 'number', text: 'How many play areas?' } as never;
    assert.equal(parseValue('We do not have any figures for this.', question, {}).value, null);
    assert.equal(parseValue('The council does not own any play areas.', question, {}).value, 0);
  });

  it('reads "… lies with the district council rather than ourselves; I suggest you send this request to them" as not held', () => {
    assert.equal(classifyAnswer('Grounds maintenance lies with the District Council rather than ourselves.').status, 'not-held');
    assert.equal(classifyAnswer('I suggest you send this request to the county council, which runs the service.').status, 'not-held');
    assert.notEqual(classifyAnswer('Grounds maintenance lies with our parks team.').status, 'not-held');
  });
});

describe('request wordings read since session 32', () => {
  it('reads "in-house teams or contracted out?" as a choice, not a yes or no', () => {
    const q = fromRequest(['1. Is grounds maintenance undertaken by in-house teams or contracted out? If contracted who is the contractor?', '2. What is the annual budget?'].join('\n'));
    assert.equal(q.questions[0]!.type, 'choice');
  });

  it('reads "1, When …" items numbered with a comma as the questions', () => {
    const q = fromRequest(['I would like the following data about arrests in 2024:', '', '1, When an arrest was made', '', '2, How old the arrested persons were', '', '3, The alleged offence'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    assert.equal(q.questions[1]!.text, 'How old the arrested persons were');
  });
});

describe('a count that can only be a year, and a period that is no figure', () => {
  it('offers a year read for a count, never auto-codes it', () => {
    const q = fromRequest(['1. Number of officers who retired.', '2. Number of officers who resigned.'].join('\n'));
    const got = answersOf(['1. 2013', '', '2. 14'].join('\n'), q);
    assert.equal(got.get('Q1')?.value, 2013);
    assert.ok((got.get('Q1')?.confidence ?? 1) < 0.95, String(got.get('Q1')?.confidence));
    assert.ok((got.get('Q2')?.confidence ?? 0) >= 0.95, String(got.get('Q2')?.confidence));
  });

  it('still auto-codes a count written with a thousands separator', () => {
    const q = fromRequest(['1. Number of penalty notices issued.', '2. Number of appeals.'].join('\n'));
    const got = answersOf(['1. 2,013', '', '2. 14'].join('\n'), q);
    assert.ok((got.get('Q1')?.confidence ?? 0) >= 0.95, String(got.get('Q1')?.confidence));
  });

  it('reads "published … statistics for 2021 to 2022" as a signpost, not a figure', () => {
    assert.equal(classifyAnswer('This information is publicly available on the government website, in its housing statistics for 2021 to 2022.').status, 'signposted');
  });
});

describe('values read with an aside', () => {
  const question = { id: 'Q9', type: 'number', text: 'How many tribunal appeals did the council lose?' } as never;

  it('reads "None (3 are still ongoing)" as none, offered', () => {
    assert.deepEqual(parseValue('None (3 are still ongoing)', question, {}), { value: 0, confidence: 0.7, several: true });
  });

  it('still reads "3 (none lost)" as three', () => {
    assert.equal(parseValue('3 (none lost)', question, {}).value, 3);
  });
});

describe('an answer that is the request asking again', () => {
  it('never auto-codes a figure read from "could you tell me how many …"', () => {
    const REQUEST = '1. I am looking for the number of refuse workers in your area. Could you please provide the FTE number of staff employed in 2022/23 and 2023/24? 2. As well as the number of council staff employed to collect bins, could you tell me how many agency staff you employed in the years specified.\n3. Finally could you tell me the cost to the council of employing these agency staff.';
    const q = fromRequest(REQUEST);
    const got = answersOf([REQUEST, 'Year FTE', '2022/23 (snapshot 31/03/2023) 91.2', '2023/24 (snapshot 31/03/2024) 88.5'].join('\n'), q);
    assert.equal(got.get('Q1')?.value, 2, 'the figure of the quoted label is what is read (the test would prove nothing otherwise)');
    assert.ok((got.get('Q1')?.confidence ?? 1) < 0.95, String(got.get('Q1')?.confidence));
  });
});

describe('a bulleted request answered "Please see spreadsheet."', () => {
  const REQUEST = ['A full breakdown of call-outs to chimney fires in the district since April 2023, with the date and cause of each.', '', '  • Here\'s further breakdown of each question.', '  • How many chimney fires have occurred in the district since April 2023?', '  • What date was each fire recorded?', '  • What was the cause of each fire?', '  • How many people were injured as a result of a fire?'];

  it('does not take the lead bullet for a question', () => {
    const q = fromRequest(REQUEST.join('\n'));
    assert.deepEqual(q.questions.map((x) => x.text), ['How many chimney fires have occurred in the district since April 2023?', 'What date was each fire recorded?', 'What was the cause of each fire?', 'How many people were injured as a result of a fire?']);
  });

  it('reads the one line under the quoted list as a signpost to the attachment, for every question', () => {
    const q = fromRequest(REQUEST.join('\n'));
    const got = answersOf(['Chimney fire statistics', '', ...REQUEST, '', '', 'Please see spreadsheet.'].join('\n'), q);
    for (const id of ['Q1', 'Q2', 'Q3', 'Q4']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['signposted', 12], id);
  });

  it('does not read a spreadsheet below as an attachment', () => {
    assert.equal(classifyAnswer('Please see spreadsheet.').reason, 'points to an attachment');
    assert.notEqual(classifyAnswer('Please see the spreadsheet below.').reason, 'points to an attachment');
  });
});

describe('held-out layouts of session 32, seen after scoring', () => {
  it('reads "A.1 - A.7 …" as one answer to questions 1 to 7 and all their parts', () => {
    const request = ['Q.1 Please give the name of your council?', '', 'Q.2 How many children were in care in the following years;', 'a) 2021 - 2022', 'b) 2022 - 2023', '', 'Q.3 What did you spend on children in care in the following years?', 'a) 2021 - 2022', 'b) 2022 - 2023'].join('\n');
    const q = fromRequest(request);
    const got = answersOf([request, '', 'A.1 - A.3 Westmarsh Council confirms that it holds the information, please see the attached information in response.'].join('\n'), q);
    assert.deepEqual(q.questions.map((x) => got.get(x.id)?.status), q.questions.map(() => 'signposted'));
  });

  it('reads a page that heads each unnumbered question "Request" and each answer "Response"', () => {
    const request = ['Request', 'What is the agency\'s policy on avoiding noise near test centres.', 'Request', 'What is the agency\'s policy on the longest time a road may stay on a test route.', 'Request', 'How long has Mill Lane been on a test route.'].join('\n');
    const q = fromRequest(request);
    assert.equal(q.questions.length, 3);
    const reply = ['Request', 'What is the agency\'s policy on avoiding noise near test centres.', 'Response', 'Our guidance on this is published at section 12.05 of the examiners\' procedures (DT1).', 'Request', 'What is the agency\'s policy on the longest time a road may stay on a test route.', 'Response', 'This information is not held as the agency has no such policy.', 'Request', 'How long has Mill Lane been on a test route.', 'Response', 'This information is not held.'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [got.get(id)?.status, got.get(id)?.line]), [['signposted', 4], ['not-held', 8], ['not-held', 12]]);
  });

  it('skips a WhatDoTheyKnow acknowledgement and the letter\'s thanks to reach the refusal of the whole request', () => {
    const request = ['Dear Waterways Trust,', '', 'For the avoidance of doubt, this is a request for information under the freedom of information act.', '', 'Please answer the following questions:', '', '1.1 How many notices did you issue in December 2024?', '1.2 How many of those went to boaters without a home mooring?', '', '2.1 How many notices did you issue in the previous 3 years (2021, 2022, 2023)?', 'Please give the numbers for each year, rather than a total.', '2.2 How many of those went to boaters without a home mooring?', 'Again, please give numbers for each individual year.', '', 'Yours faithfully,', '', 'A. B.'];
    const q = fromRequest(request.join('\n'));
    const reply = [...request, '', 'Information Request, Waterways Trust', '', 'Dear A. B.,', '', 'Request Reference: FOI 88/24', '', 'Thank you for your request for information. I can confirm this request was received on 18/12/2024 and this is being dealt with in accordance with the Freedom of Information Act 2000.', '', 'If for any reason we are unable to meet this deadline we will keep you fully informed.', '', 'In the meantime if you have any queries about this email, please do not hesitate to get in contact. Please remember to quote the reference number above in any future communications.', '', 'Jo', '', 'Jo Smith', 'Information Governance Manager', 'Legal Services', '', 'show quoted sections', '', 'Information Request, Waterways Trust', '', 'Dear Mr B,', '', 'Thank you for contacting the Waterways Trust with your request for information. The Trust has treated your request as a request for information under the Freedom of Information Act 2000.', '', 'We have reviewed your request and estimate it would take us over 18 staff hours (calculated at £25 per hour) to answer as worded.'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(q.questions.map((x) => [x.id, got.get(x.id)?.status, got.get(x.id)?.exemption]), ['Q1a', 'Q1b', 'Q2a', 'Q2b'].map((id) => [id, 'refused', 's12']));
  });

  it('still reads a paragraph that acknowledges and decides in one', () => {
    const request = ['1. How many hostels house rough sleepers?', '2. How many people live in them?', '3. What are the hostels called?'].join('\n');
    const reply = [request, '', 'Your request was received on 2 May 2024 and has been considered. The council does not hold this information, as it does not place anyone in hostels.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.equal(got.get(id)?.status, 'not-held', id);
  });
});
