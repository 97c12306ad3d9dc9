// Layouts found by scoring the engine on replies it had never seen (session 24: council, police and
// health-board disclosure-log pages and WhatDoTheyKnow threads), each fixed with a general rule.
// The requests and letters here are written for fictional bodies; no real text is copied.
import { strict as assert } from 'node:assert';
import { splitInlineQuestions } from '../../src/core/fromRequest';
import { classifyAnswer } from '../../src/core/classify';
import { analyzeReply } from '../../src/core/suggest';
import { parseValue } from '../../src/core/values';
import type { Question } from '../../src/core/types';
import { answersOf, fromRequest } from '../support/engine';


const PLOTS = '1) How many allotment sites does the council manage?\n2) What is the total number of plots on these sites?\n3) How many people are on the waiting lists?';

describe('labels a PDF glued to their answers', () => {
  it('reads "1)We manage …" as the answer to question 1 (the space after the bracket lost)', () => {
    const reply = ['Your request:', PLOTS, '', 'Our response:', '1)We manage 14 allotment sites in all.', '2)Those sites hold 512 plots between them', '3)Some 97 people are waiting for a plot.'].join('\n');
    const got = answersOf(reply, fromRequest(PLOTS));
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [got.get(id)?.value, got.get(id)?.line]), [[14, 7], [512, 8], [97, 9]]);
    // A code such as "1)A4" is still no label.
    const code = reply.replace('2)Those sites', '2)A4 sites');
    assert.notEqual(answersOf(code, fromRequest(PLOTS)).get('Q2')?.line, 8);
  });

  it('starts the answer at "A1 /" on the question\'s own line ("Q1 / Send me …A1 / No such plan …")', () => {
    const request = 'Q1. Send me your current estates plan.\nQ2. Send me the 2024/25 business plan.';
    const reply = ['Information requested:', 'Q1 / Send me your current estates planA1 / No such plan exists, so this information is not held.', 'Q2 / Send me the 2024/25 business plan', 'A2 / The plan is due out next spring, so we are withholding it under section 22 as intended for future publication.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q1')?.status, 'not-held');
    assert.ok(got.get('Q1')!.text.startsWith('No such plan'), got.get('Q1')!.text);
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.exemption, got.get('Q2')?.line], ['refused', 's22', 4]);
  });
});

describe('the requester\'s own words and a form letter\'s template', () => {
  it('does not read a form template "Information is/is not held" as not held', () => {
    assert.notEqual(classifyAnswer('Information is/is not held by this council (delete as appropriate)').status, 'not-held');
    assert.equal(classifyAnswer('Information is not held by this council').status, 'not-held');
  });

  it('stops the last quoted question at "Please see our answers below", and takes nothing of the template for it', () => {
    const reply = ['You asked:', PLOTS, 'Please see our answers below', 'Information is/is not held by this council (delete as appropriate)', '1) 14', '2) 512'].join('\n');
    const got = answersOf(reply, fromRequest(PLOTS));
    assert.deepEqual(['Q1', 'Q2'].map((id) => [got.get(id)?.status, got.get(id)?.value]), [['answered', 14], ['answered', 512]]);
    // Question 3 is not answered: nothing is taken from the letter's heading and template.
    assert.equal(got.get('Q3'), undefined, JSON.stringify(got.get('Q3')));
  });

  it('reads "If the length is not recorded, please say so" under a quoted part as the requester\'s, not a not-held answer', () => {
    const request = '1) Verge cutting\na) The number of days on which verges were cut.\nb) The length of verge cut, in kilometres.\nIf the length is not recorded, please say so.\n2) Is there a published verge policy?';
    const reply = ['Request', request, 'Decision', '1a) 37 days', '2) Yes, on our website.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q1a')?.value, got.get('Q2')?.value], [37, 'Yes']);
    // The council said nothing of the distance: no answer, and no "not held" read from the request.
    assert.equal(got.get('Q1b'), undefined, JSON.stringify(got.get('Q1b')));
  });

  it('reads "*To be clear: when I refer to …" under a quoted question as the requester\'s', () => {
    const request = '1a. A breakdown of each road closure by cause.\n1b. A breakdown of each closure by length.\n*To be clear: when I refer to "closure", I include a lane closed for part of a day\n2a. The cost of each closure.';
    const reply = ['REQUEST', request, 'RESPONSE', 'Having considered your request, we are not obliged to answer it: it would cost more than the appropriate limit under section 12.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(['Q1a', 'Q1b', 'Q2a'].map((id) => [got.get(id)?.status, got.get(id)?.exemption]), [['refused', 's12'], ['refused', 's12'], ['refused', 's12']]);
  });
});

describe('a request numbered inside one paragraph', () => {
  it('splits "… as follows: 1. Please provide … from 2019 - 2023 2. Please provide …" though no full stop ends the first item', () => {
    const text = 'I would like: 1. Please give the number of permits refused each month for 2019 to 2023 2. Please give the fees refunded each month for 2019 to 2023. 3. If you can, please give a total for the period.';
    assert.deepEqual(splitInlineQuestions(text).map((s) => s.slice(0, 12)), ['I would like', '1. Please gi', '2. Please gi', '3. If you ca']);
    // Numbers in a sentence that does not open the list with a colon or a full stop stay text.
    assert.equal(splitInlineQuestions('We had 1 Report and 2 Audits in 2022 and 3 Reviews').length, 1);
  });

  it('takes the statement under "Response" for every question of a page that quotes the request as one paragraph', () => {
    const request = 'I would like: 1. Please give the number of permits refused each month for 2019 to 2023 2. Please give the fees refunded each month. 3. If you can, please give a total for the period.';
    const reply = ['Published response', '', 'Permits refused', '', 'Request', '', request, '', 'Response', '', 'Please see the attached spreadsheet.', '', 'Files'].join('\n');
    const got = analyzeReply(reply, fromRequest(request)).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status, a.line]), [['Q1', 'signposted', 11], ['Q2', 'signposted', 11], ['Q3', 'signposted', 11]]);
    // Without the "Response" heading nothing is taken.
    assert.equal(analyzeReply(reply.replace('\nResponse\n', '\n\n'), fromRequest(request)).answers.length, 0);
  });
});

describe('refusals and citations as other bodies write them', () => {
  it('reads "within the appropriate (cost) limit" as section 12', () => {
    const c = classifyAnswer('Answering would take us past the appropriate (cost) limit, so we cannot provide this.');
    assert.deepEqual([c.status, c.exemption], ['refused', 's12']);
  });

  it('reads "FOISA s 25(1)" as a citation (signposted with a link) and "FOISA s 17(1)" as not held, and neither section as a figure', () => {
    const s25 = classifyAnswer('The board holds this (FOISA s 16(1)) but withholds it under FOISA s 25(1), since it is already published: https://example.org/population');
    assert.deepEqual([s25.status, s25.exemption], ['signposted', 's21']);
    assert.equal(classifyAnswer('For dental visits, under FOISA s 17(1) the board gives notice that').status, 'not-held');
    const q: Question = { id: 'Q1', type: 'number', order: 0, text: 'How many patients were treated?' };
    assert.equal(parseValue('Under FOISA s 17(1) the board does not hold this.', q).value ?? null, null);
  });

  it('reads "This would have to be sent to the prosecuting authority" as not held here', () => {
    assert.equal(classifyAnswer('This would have to be sent to the prosecuting authority').status, 'not-held');
    assert.notEqual(classifyAnswer('This would have to be sent to the council').status, 'not-held');
  });

  it('reads "provided you with the information you have requested in the attached workbook" as the whole request attached', () => {
    const request = '1. Number of senior managers.\n2. Breakdown of their salaries by band.\n3. Their expenses for each year from 2020/21.';
    const reply = ['Information requested', '', request, '', 'Response', '', 'We have provided you with the information you have requested in the attached workbook, one sheet per year.', '', 'Nothing has been withheld.'].join('\n');
    const got = analyzeReply(reply, fromRequest(request)).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status]), [['Q1', 'signposted'], ['Q2', 'signposted'], ['Q3', 'signposted']]);
  });
});

describe('a letter\'s statement and reasons below the quoted request', () => {
  const REQUEST = '1) How many parking permits were issued?\n2) The range of their prices?\n3) Brief details of the cheapest and dearest permits?\n4) How many permits were issued for vans?\n5) The makes of those vans?';
  const LETTER = ['Request', '', REQUEST, '', 'Response', '', 'Answering all of this would take us past the appropriate (cost) limit, so we cannot provide it in full.', '', 'We have attached what we had found before reaching the limit.', '', 'REASONS FOR OUR DECISION', '', 'Questions 4 and 5 – our permit system has no field for the kind of vehicle, and reading every permit by hand would exceed the cost limit (s.12).', '', 'Answering the whole request would cost more than the law requires us to spend.'].join('\n');

  it('gives the statement under "Response" to the questions the letter\'s reasons leave out, and keeps the reasons\' own', () => {
    const got = answersOf(LETTER, fromRequest(REQUEST));
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line]), [['refused', 's12', 11], ['refused', 's12', 11], ['refused', 's12', 11]]);
    assert.deepEqual(['Q4', 'Q5'].map((id) => got.get(id)?.line), [17, 17]);
    // Said once, below the request, it is a doubtful reading: never written by Auto-code.
    assert.ok(got.get('Q1')!.confidence < 0.95, String(got.get('Q1')!.confidence));
  });

  it('does not give the rest a statement that names its own questions ("In answer to questions 1 and 2, …")', () => {
    const letter = LETTER.replace('Answering all of this would take us past the appropriate (cost) limit, so we cannot provide it in full.', 'In answer to questions 1 and 2, the figures are published by the county each year, so section 21 applies.');
    const got = answersOf(letter, fromRequest(REQUEST));
    assert.equal(got.get('Q3'), undefined, JSON.stringify(got.get('Q3')));
    assert.deepEqual(['Q4', 'Q5'].map((id) => got.get(id)?.line), [17, 17]);
  });

  it('does not read a letter\'s paragraphs under "Response" as a table\'s answer column, one per question', () => {
    const request = '  1. age group\n  2. branch\n  3. type of item\n  4. the length of the delay\n  5. the amount of each fine';
    const reply = ['Request', '', 'Please tell me how many library fines were issued in 2023, broken down by:', '', request, '', 'Response', '', 'Answering this would take us past the appropriate (cost) limit, so we cannot provide it.', '', 'We have attached what we had found before reaching the limit.', '', 'REASONS FOR OUR DECISION', '', 'Reading each fine by hand would exceed the appropriate limit (s.12).', '', 'Answering the whole request would cost more than we must spend.'].join('\n');
    const got = analyzeReply(reply, fromRequest(`Please tell me how many library fines were issued in 2023, broken down by:\n${request}`)).answers;
    assert.ok(!got.some((a) => a.text.startsWith('REASONS FOR OUR DECISION')), JSON.stringify(got.map((a) => [a.id, a.text.slice(0, 30)])));
    assert.ok(got.every((a) => a.status === 'refused' && a.exemption === 's12'), JSON.stringify(got.map((a) => [a.id, a.status])));
  });
});

describe('a disclosure-log page with several requests', () => {
  it('finds the entries by "Reference" over its value line, and reads only the request\'s own entry', () => {
    const entry = (ref: string, title: string, asked: string, response: string): string[] => ['Reference', '', `${ref} – ${title}`, '', 'Information requested', '', asked, '', 'Response', '', response, ''];
    const request = '1. Number of senior managers.\n2. Breakdown of senior managers\' salaries by band.\n3. Senior managers\' expenses for each year from 2020/21.';
    const page = [
      ...entry('FOI/00311', 'Meeting room hire', 'How much was spent on hiring rooms for meetings in each year since 2019?', 'The information you requested is attached as an appendix.'),
      ...entry('FOI/00312', 'Senior manager salaries', request, 'Health Board 7 has provided you with the information you have requested in the attached workbook, one sheet per year.'),
      ...entry('FOI/00313', 'Staff probation', 'How many staff failed probation in 2024?', 'The information requested is attached.'),
    ].join('\n');
    const got = analyzeReply(page, fromRequest(request)).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status, a.line]), [['Q1', 'signposted', 25], ['Q2', 'signposted', 25], ['Q3', 'signposted', 25]]);
  });
});

describe('an answer that opens with the Act\'s words', () => {
  it('reads on past "2. Under Section 1(1) any person making a request …" to the decision in the paragraph below', () => {
    const request = '1. How many market traders lost their pitch in 2024?\n2. How many of them were prosecuted?';
    const reply = ['Our response', '', '1. 29 of the 41 traders lost their pitch.', '2. Under Section 1(1) any person making a request for information to a public authority is entitled to be told whether it holds the information.', '', 'The council keeps no such record; prosecutions are a matter for the courts service.', '', 'Yours sincerely'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.line], ['not-held', 4]);
  });
});

describe('a count of none after "we can confirm"', () => {
  it('reads "We can confirm no new plots opened during 2021 and 2022" as 0, not a year', () => {
    const q: Question = { id: 'Q5', type: 'number', order: 4, text: 'How many new plots opened in 2021 and 2022?' };
    assert.equal(parseValue('We can confirm no new plots opened during 2021 and 2022', q).value, 0);
  });
});

describe('a refusal of "your request" after the letter has answered something', () => {
  const REQUEST = '1. Does the council keep a register of the agreements?\n2. What is the name of that register?\n3. Please send a copy of the register.';
  const reply = (before: string): string => ['Request', '', REQUEST, '', 'Response', '', before, '', 'The council holds the older records, but they are not readily available: we estimate that the cost of complying with your request would exceed the appropriate limit of 18 hours, so under section 12 we are not obliged to comply with it.'].join('\n');

  it('is offered for every question, but never certain, when a link or a figure came first', () => {
    for (const before of ['The figures you asked for are on our website at https://example.org/agreements', 'We logged 4,210 payments under the agreements in that time.']) {
      const got = analyzeReply(reply(before), fromRequest(REQUEST)).answers;
      assert.deepEqual(got.map((a) => [a.id, a.status, a.exemption]), [['Q1', 'refused', 's12'], ['Q2', 'refused', 's12'], ['Q3', 'refused', 's12']]);
      assert.ok(got.every((a) => a.confidence < 0.95), `${before}: ${got.map((a) => a.confidence).join(', ')}`);
    }
  });

  it('stays certain after a reference, a date, a deadline or the request site\'s footer link', () => {
    for (const before of ['Our Reference: ABC/FOI/2024/1302, received on 3 March 2024.\nWe aim to respond within 20 working days.', 'Request for information – KDC 19-0214', 'Disclaimer: this message will be published on the internet. Our privacy and copyright policies:\nhttps://www.whatdotheyknow.com/help/officers']) {
      const got = analyzeReply(reply(before), fromRequest(REQUEST)).answers;
      assert.deepEqual(got.map((a) => [a.id, a.status]), [['Q1', 'refused'], ['Q2', 'refused'], ['Q3', 'refused']], before);
      assert.ok(got.every((a) => a.confidence >= 0.95), `${before}: ${got.map((a) => a.confidence).join(', ')}`);
    }
  });

  it('is never certain either in a page with no blank lines, where the figure comes on a bullet before the refusal', () => {
    const page = ['Your request', REQUEST, 'Our response', '- We logged 4,210 payments under the agreements in that time.', '3. Having reviewed your request, we consider that complying with it would exceed the cost/time limit set by s12 FOIA.', 'Section 12 (cost of compliance exceeds the appropriate limit)', '12. (1) Section 1(1) does not oblige a public authority to comply with a request for information if the authority estimates that the cost of complying with the request would exceed the appropriate limit.', 'Here, even finding out whether we hold it would take longer than the limit allows.', 'The limit for councils is £450, which is 18 hours at £25 an hour.'].join('\n');
    const got = analyzeReply(page, fromRequest(REQUEST)).answers;
    assert.ok(got.length > 0 && got.every((a) => a.status === 'refused' && a.confidence < 0.95), JSON.stringify(got.map((a) => [a.id, a.status, a.confidence])));
  });
});

describe('a letter turned to text from a PDF or a web page', () => {
  it('reads a request numbered "1 How many …", "3 Reasons …" (no dot or bracket) as Q1 to Q5, in order', () => {
    const request = 'I would like to ask about market permits from 2021 to 2023.\n1 How many permits were issued in each year?\n2 Share of those permits later revoked?\n3 Reasons permits were revoked.\n4 How many appeals were lodged against revocations?\n5 Average cost of hearing an appeal.';
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);
    assert.ok(q.questions[2]!.text!.startsWith('Reasons permits'), q.questions[2]!.text);
    // Two such lines are no list.
    assert.notDeepEqual(fromRequest('About permits.\n1 How many permits were there?\n2 Share of them revoked?').questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
  });

  it('starts a whole-request refusal below its heading "ABC Response", not on it', () => {
    const request = '1. How many permits were reviewed?\n2. How many were revoked?\n3. What was the cost of the reviews?';
    const reply = ['Dear Requester,', 'You wrote:', request, 'ABC Response', 'We hold some of this, but finding it all would cost more than the £600 limit, so under section 12 we are not obliged to comply with your request.'].join('\n');
    const got = analyzeReply(reply, fromRequest(request)).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status, a.exemption, a.line]), [['Q1', 'refused', 's12', 7], ['Q2', 'refused', 's12', 7], ['Q3', 'refused', 's12', 7]]);
  });

  it('reads "Question One and Three - Partial disclosure" / "Question Two - Full disclosure" as labels, partial and answered', () => {
    const request = '1. The duration of each authorisation.\n2. The date each was confirmed.\n3. The area each covered.';
    const reply = ['DECISION', '', 'Question One and Three - Partial disclosure', 'We give figures for our own area only for questions 1 and 3.', '', 'Other areas\' figures are withheld under section 31(1)(a).', '', 'Question Two - Full disclosure', 'The dates are given in the attached table.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [got.get(id)?.status, got.get(id)?.line]), [['partial', 3], ['answered', 8], ['partial', 3]]);
    // The words are put in figures in the same space: every offset of the reply stays where it was.
    const markers = analyzeReply(reply, fromRequest(request)).markers;
    assert.equal(reply.slice(markers.find((m) => m.ids.includes('Q2'))!.start).startsWith('Question Two'), true);
    assert.deepEqual(markers.filter((m) => m.line === 2 || m.line === 7).map((m) => m.label), ['Question One and Three', 'Question Two']);
  });

  it('reads "2)", "3)", "4)" each opening its own paragraph after the quoted request as answers, though the first has no number', () => {
    const request = '1) The number of public benches in your district\n\n2) The streets these benches are on\n\n3) How many days a week the benches are cleaned\n\n4) How many hours a week the cleaning takes';
    const reply = ['I am requesting:', '', request, '', 'Released 4 May 2024', '', 'There is no district-wide count, as many benches belong to parishes.', '', '2)  A map of the benches is published on our website', '', '3)  cleaned 5 days a week', '', '4)  12 hours a week'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(['Q2', 'Q3', 'Q4'].map((id) => [got.get(id)?.status, got.get(id)?.line]), [['signposted', 15], ['answered', 17], ['answered', 19]]);
    // Two such paragraphs are too few to tell from a list in an answer.
    const two = reply.replace('\n\n4)  12 hours a week', '');
    assert.notEqual(answersOf(two, fromRequest(request)).get('Q2')?.line, 15);
    // Nor are three in a tight list, line after line: a list inside the paragraph's answer.
    const tight = reply.replace('\n\n3)  cleaned', '\n3)  cleaned').replace('\n\n4)  12 hours', '\n4)  12 hours');
    assert.notEqual(answersOf(tight, fromRequest(request)).get('Q2')?.line, 15);
  });
});

describe('a CRM letter\'s closing sections and quoted questions', () => {
  it('ends the last answer at "Section 12 notice - questions 9 and 10" or "Exemptions", where the reasons for others begin', () => {
    const tail = (heading: string): string => ['> Q13. Has the Authority attempted a CRM project that was abandoned?', '', 'No.', '', '> Q14. Are the IT systems centred primarily around Residents or Properties?', '', 'Both', '', heading, '', 'To total the spend for questions 9 and 10 would take around 50 hours, which exceeds the appropriate limit of 18 hours under section 12, so we are not obliged to answer them.'].join('\n');
    for (const heading of ['Section 12 notice - questions 9 and 10', 'Exemptions']) {
      const got = answersOf(tail(heading), fromRequest('Q13. Has the Authority attempted a CRM project that was abandoned?\nQ14. Are the IT systems centred primarily around Residents or Properties?'));
      assert.deepEqual([got.get('Q14')?.status, got.get('Q14')?.text], ['answered', 'Both'], heading);
    }
  });

  it('reads on into "Section 12 notice - question 9" under question 9\'s own answer', () => {
    const reply = ['> Q9. What was the annual spend on software licences?', '', 'We hold this in part only.', '', 'Section 12 notice - question 9', '', 'To total the spend would take around 50 hours, which exceeds the appropriate limit of 18 hours under section 12, so we are not obliged to answer it.', '', '> Q10. Does the Authority use a CRM system?', '', 'Yes'].join('\n');
    const got = answersOf(reply, fromRequest('Q9. What was the annual spend on software licences?\nQ10. Does the Authority use a CRM system?'));
    assert.deepEqual([got.get('Q9')?.exemption, got.get('Q10')?.value], ['s12', 'Yes']);
  });

  it('reads "Please see the section 12 notice at the end of this email" as refused under section 12', () => {
    const c = classifyAnswer('Please see the section 12 notice at the end of this email.');
    assert.deepEqual([c.status, c.exemption], ['refused', 's12']);
  });

  it('types "What is the council\'s usual time for deciding a nomination?" as a duration', () => {
    assert.equal(fromRequest('Q1 How many nominations were received?\nQ2 What is the council\'s usual time for deciding a nomination, from receipt to decision?').questions[1]!.type, 'duration');
  });

  it('reads "3. Two were rejected …" under the quoted Q2b as its figure, not as question 3\'s label', () => {
    const request = 'Q2 How many nominations were received?\nQ2a) Of those, how many were successful?\nQ2b) Of those, how many were unsuccessful?\nQ3 How many listed assets had a moratorium triggered?';
    const reply = ['> Q2a) Of those, how many were successful?', '', '6', '', '> Q2b) Of those, how many were unsuccessful?', '', '3. Two were rejected as ineligible and one as outside the scheme.', '', '> Q3 How many listed assets had a moratorium triggered?', '', '2'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q2b')?.value, got.get('Q2b')?.line, got.get('Q3')?.value, got.get('Q3')?.line], [3, 7, 2, 11]);
  });

  it('reads past a quoted choice question that wraps before its "?" to the answer below it', () => {
    const request = 'Q8 Which service administers the list: Legal / Planning / Estates and Property / Democratic or Community Services / Other (please say)?\nQ9 Please describe the guidance offered.';
    const reply = '> Q8 Which service administers the list: Legal / Planning / Estates and Property / Democratic or\n> Community Services / Other (please say)?\n\nLegal Services.\n\n> Q9 Please describe the guidance offered.\n\nA leaflet.';
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q8')?.status, got.get('Q8')?.value, got.get('Q8')?.line], ['answered', 'Legal', 4]);
  });
});

describe('a pointer to the council\'s own tool, its link lost', () => {
  it('reads "… please go to our trial calculator" as signposted, and "go to our answer to question 3" as a cross-reference', () => {
    assert.equal(classifyAnswer('For responses to all of the questions and any other scenarios, please go to and go to our trial calculator.').status, 'signposted');
    assert.notEqual(classifyAnswer('Please go to our answer to question 3.').status, 'signposted');
  });
});
