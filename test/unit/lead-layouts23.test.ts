// Layouts found by scoring the engine on replies it had never seen (session 23: real disclosure-log
// pages and WhatDoTheyKnow threads among them), each fixed with a general rule. The requests and
// letters here are written for fictional bodies; no real text is copied.
import { strict as assert } from 'node:assert';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { classifyAnswer } from '../../src/core/classify';
import { analyzeReply } from '../../src/core/suggest';
import { parseValue } from '../../src/core/values';
import type { Question, Questionnaire, Suggestion } from '../../src/core/types';

/** The engine's answers to a reply, by id. */
const answersOf = (reply: string, q: Questionnaire): Map<string, Suggestion> => new Map(analyzeReply(reply, q).answers.map((x) => [x.id, x] as const));
const fromRequest = (request: string): Questionnaire => questionnaireFromRequest(request).questionnaire!;

describe('layouts found on unseen replies (session 23)', () => {
  it('a disclosure-log page of three requests: only the entry whose request is the questionnaire\'s is read', () => {
    const q = fromRequest(['1. How many street trees did the council plant in 2024?', '2. How many street trees were felled in 2024?', '3. What was spent on tree maintenance contracts in 2024?'].join('\n'));
    const page = [
      'Disclosure Log - March 2025',
      '',
      'Request reference: FOI 5501',
      '',
      'Request received:',
      '',
      '1. How many parking permits were issued in 2024?',
      '',
      '2. How many permits were refused?',
      '',
      'Response provided:',
      '',
      '1. 4,120',
      '',
      '2. 37',
      '',
      'Request reference: FOI 5508',
      '',
      'Request received:',
      '',
      '1. How many street trees did the council plant in 2024?',
      '',
      '2. How many street trees were felled in 2024?',
      '',
      '3. What was spent on tree maintenance contracts in 2024?',
      '',
      'Response provided:',
      '',
      '1. 212',
      '',
      '2. 64',
      '',
      '3. £88,400',
      '',
      'Request reference: FOI 5512',
      '',
      'Request received:',
      '',
      '1. How many complaints about bins were received in 2024?',
      '',
      '2. How many were upheld?',
      '',
      '3. What was paid in compensation?',
      '',
      'Response provided:',
      '',
      '1. 903',
      '',
      '2. 37',
      '',
      '3. £1,250',
    ].join('\n');
    const a = answersOf(page, q);
    assert.equal(a.get('Q1')?.value, 212);
    assert.equal(a.get('Q1')?.line, 29);
    assert.equal(a.get('Q2')?.value, 64);
    assert.equal(a.get('Q3')?.value, 88400);
    // The same page with the other entries' answers only would give none of these figures.
    assert.ok(![...a.values()].some((x) => x.value === 4120 || x.value === 903 || x.value === 37 || x.value === 1250));
  });

  it('"… as it is held.  In relation to questions 2 and 3, we have provided a table …" mid-paragraph: both located there, answered without one figure', () => {
    const q = fromRequest(['1) How many requests did you receive in each of the last three years?', '', '2) How many were answered in full?', '', '3) How many were refused?'].join('\n'));
    const reply = [
      'Requests received, 2022 to 2024',
      '',
      '1) How many requests did you receive in each of the last three years?',
      '',
      '2) How many were answered in full?',
      '',
      '3) How many were refused?',
      '',
      'In relation to question 1, please see the table below showing the number received in each of the last three calendar years.',
      '',
      'Year Received',
      '2022 811',
      '2023 790',
      '2024 842',
      '',
      'The remaining information is provided below in the format in which it is held.  In relation to questions 2 and 3, we have provided for each year a table showing the outcome of each request.',
      '',
      'Outcome 2022 2023 2024',
      'Answered in full 602 577 640',
      'Refused 41 39 44',
    ].join('\n');
    const a = answersOf(reply, q);
    for (const id of ['Q2', 'Q3']) {
      assert.equal(a.get(id)?.line, 16, id);
      assert.equal(a.get(id)?.status, 'answered', id);
      assert.equal(a.get(id)?.value, null, id);
    }
    // "the last three calendar years" is the period asked about, not Q1's count.
    assert.notEqual(a.get('Q1')?.value, 3);
  });

  it('"in each of the last five calendar years" in words is the period, not a count', () => {
    const q: Question = { id: 'Q1', type: 'number', text: 'How many requests did you receive?', order: 0 } as Question;
    assert.equal(parseValue('Please see the table below showing the number received in each of the last five calendar years.', q).value, null);
    assert.equal(parseValue('We received five requests.', q).value, 5);
  });

  it('a yes/no question that asks for details if so, answered with the details alone: answered, not unclear', () => {
    const q = fromRequest(['1. Does the council use any chatbots on its website?', '2. Are any new digital tools being piloted? If so, please give brief details of their purpose.'].join('\n'));
    const reply = ['1. Does the council use any chatbots on its website? Yes', '2. Are any new digital tools being piloted? If so, please give brief details of their purpose. A booking assistant is on trial in the waste service'].join('\n');
    const a = answersOf(reply, q);
    assert.equal(a.get('Q2')?.status, 'answered');
    // Saying it does not is still read as it was before.
    const no = answersOf(reply.replace('A booking assistant is on trial in the waste service', 'Nothing is being trialled at present'), q);
    assert.notEqual(no.get('Q2')?.status, 'unclear');
  });

  it('"… cannot be separately identified" after a figure: partial; "no records of the timetable have been retained": not held', () => {
    const q = fromRequest(['1. What were your total staff costs in 2024/25, including agency staff?', '2. How long did the implementation of your CRM take?'].join('\n'));
    const reply = ['1. Employees £6.12m. Agency costs are coded to service budgets and cannot be separately identified.', '2. The project pre-dates current staff and no records of the implementation timetable have been retained.'].join('\n');
    const a = answersOf(reply, q);
    assert.equal(a.get('Q1')?.status, 'partial');
    assert.equal(a.get('Q1')?.value, 6120000);
    assert.equal(a.get('Q2')?.status, 'not-held');
    assert.equal(classifyAnswer('No records of the scheme have been retained.').status, 'not-held');
  });

  it('a letter with no blank lines that finds "the request to be exempt by virtue of Section 12": every question refused s12, from that sentence\'s line', () => {
    const q = fromRequest(['1) How many reams of paper did the council buy last year?', '2) What was spent on printing?', '3) Does the council have a target to cut paper use?'].join('\n'));
    const letter = [
      'Our Ref: FOI 7781',
      'Dear Mr Example,',
      'Thank you for your information request received 3 May. This request has been processed',
      'under the terms of the Freedom of Information Act 2000.',
      'Unfortunately I find the request to be exempt by virtue of Section 12 of the Act; the cost of',
      'compliance exceeds the appropriate limit.',
      'The information is held, but not in one place. Our officers would have to search through',
      'twelve months of separate invoices, about 3,400 in all, to find the items you mention.',
      'The appropriate limit is set at £450, or 18 hours of work. We estimate the search would take',
      'well over 40 hours, and the council is therefore not obliged to comply with your request.',
      'You may wish to narrow your request to a single month, which we may be able to answer.',
      'If you are unhappy with this response you may ask for an internal review within 40 working',
      'days of the date of this letter, by writing to the Information Governance Team at the',
      'address above, or by email. If you remain dissatisfied after the review you may complain',
      'to the Information Commissioner. Yours sincerely, Information Governance Officer',
    ].join('\n');
    const a = answersOf(letter, q);
    for (const id of ['Q1', 'Q2', 'Q3']) {
      assert.equal(a.get(id)?.status, 'refused', id);
      assert.equal(a.get(id)?.exemption, 's12', id);
      assert.equal(a.get(id)?.line, 5, id);
    }
  });

  it('"Final Response:" under the quoted request, then "Please see attached spreadsheet": every question signposted, from the statement\'s line', () => {
    const q = fromRequest(['1. How many people were rescued from fires?', '2. How many people were rescued from road collisions?', '3. How many people were rescued from water?'].join('\n'));
    const reply = ['Please see below the answer to your request.', 'Initial Request:', '1. How many people were rescued from fires?', '2. How many people were rescued from road collisions?', 'B', '3. How many people were rescued from water?', 'Final Response:', 'Please see attached spreadsheet', 'Thank you for your interest in the Service.'].join('\n');
    const a = answersOf(reply, q);
    for (const id of ['Q1', 'Q2', 'Q3']) {
      assert.equal(a.get(id)?.status, 'signposted', id);
      assert.equal(a.get(id)?.line, 8, id);
    }
  });

  it('three parts quoted one under another, a blank line, then "Answer: - … exempt by virtue of section 30": the answer is all three\'s', () => {
    const q = fromRequest(['1. How many fires were attended on Example Road last year?', '2. the time the call was received', '3. how many vehicles were involved', '4. the cause (if known)'].join('\n'));
    const reply = [
      'Our Response:',
      '',
      '  1. How many fires were attended on Example Road last year?',
      '',
      '    Answer: - 2 incidents were recorded on Example Road.',
      '',
      '  2. the time the call was received',
      '  3. how many vehicles were involved',
      '  4. the cause (if known)',
      '',
      '    Answer: - The information requested is exempt by virtue of section 30(3) of the Freedom of Information Act 2000.',
      '',
      'Section 30 - Investigations',
    ].join('\n');
    const a = answersOf(reply, q);
    for (const id of ['Q2', 'Q3', 'Q4']) {
      assert.equal(a.get(id)?.status, 'refused', id);
      assert.equal(a.get(id)?.exemption, 's30', id);
      assert.equal(a.get(id)?.line, 11, id);
    }
  });

  it('"Response provided:" over a summary that a spreadsheet was provided, and that another council "should be approached for responses to 2b … and 2c": signposted, those two not held', () => {
    const q = fromRequest(['1. How much developer contribution money is currently held?', '2. How much of this is allocated for:', 'a) Affordable housing', 'b) Highways', 'c) Schools', '3. How much has been returned to developers since 2015?'].join('\n'));
    const reply = [
      'Request reference: FOI 6620',
      'Request received:',
      '1. How much developer contribution money is currently held?',
      '2. How much of this is allocated for:',
      'a) Affordable housing',
      'b) Highways',
      'c) Schools',
      '3. How much has been returned to developers since 2015?',
      'Response provided:',
      'The Council confirmed that it holds some of this information and provided the requester with a spreadsheet containing the information it holds',
      'Applicant advised that the County Council should be approached for responses to 2b highways and 2c schools, which fall under its remit.',
    ].join('\n');
    const a = answersOf(reply, q);
    for (const id of ['Q1', 'Q2a', 'Q3']) assert.equal(a.get(id)?.status, 'signposted', id);
    for (const id of ['Q2b', 'Q2c']) assert.equal(a.get(id)?.status, 'not-held', id);
  });
});
