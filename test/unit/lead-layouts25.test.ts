// Layouts found by scoring the engine on replies it had never seen (session 25: disclosure-log
// pages and response letters of councils and other public bodies), each fixed with a general rule.
// The requests and letters here are written for fictional bodies; no real text is copied.
import { strict as assert } from 'node:assert';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { parseValue } from '../../src/core/values';
import { classifyAnswer } from '../../src/core/classify';
import { answerPieces } from '../../src/core/compound';
import { alignClauses } from '../../src/core/rangeClauses';
import { restartedNumbering } from '../../src/core/reader';
import { questionWords, replyLines } from '../../src/core/segment';
import { proseReferenceMarkers } from '../../src/core/proseRefs';
import { CALIBRATION } from '../../src/core/calibration';
import type { Marker, Question } from '../../src/core/types';
import { answersOf, fromRequest } from '../support/engine';


describe('a list whose numbering restarted at every item', () => {
  const REQUEST = [
    '1. Does the trust keep a register of the parking permits it issues to staff?',
    '2. If so, which software does the trust use to manage the permit register?',
    '3. Please send me the number of staff parking permits issued in the last year.',
    '4. Please send me a copy of the staff travel plan adopted by the board.',
  ].join('\n');

  const RESTARTED = [
    'Please find below our response to each of your questions.',
    '',
    '1. Does the trust keep a register of the parking permits it issues to staff?',
    '',
    'Yes, a register is kept by the estates team.',
    '',
    '1. If so, which software does the trust use to manage the permit register?',
    '',
    'The register is held in a spreadsheet.',
    '',
    '1. Please send me the number of staff parking permits issued in the last year.',
    '',
    'We issued 412 permits.',
    '',
    '1. Please send me a copy of the staff travel plan adopted by the board.',
    '',
    'The plan is not held: the board has not yet adopted one.',
  ].join('\n');

  it('gives each "1." the id of the question its words quote, and never reads a quoted question as its answer', () => {
    const reply = RESTARTED;
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual(
      ['Q1', 'Q2', 'Q3', 'Q4'].map((id) => [got.get(id)?.status, got.get(id)?.line]),
      [['answered', 5], ['answered', 9], ['answered', 13], ['not-held', 17]],
    );
    assert.equal(got.get('Q1')?.value, 'Yes');
    assert.equal(got.get('Q3')?.value, 412);
  });

  it('relabels the "1." items when the first question is quoted without its number', () => {
    const reply = RESTARTED.replace('1. Does the trust keep', 'Does the trust keep');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual(
      ['Q1', 'Q2', 'Q3', 'Q4'].map((id) => [got.get(id)?.status, got.get(id)?.line]),
      [['answered', 5], ['answered', 9], ['answered', 13], ['not-held', 17]],
    );
  });

  it('keeps a number used once on its own question, though its answer repeats another question\'s words', () => {
    const reply = [
      '1. Yes.',
      '2. The trust keeps the register of the parking permits it issues to staff in a spreadsheet.',
      '3. 412',
      '4. A copy of the staff travel plan adopted by the board is not held; the number of staff parking permits issued is above.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual(['Q1', 'Q2', 'Q3', 'Q4'].map((id) => got.get(id)?.line), [1, 2, 3, 4]);
  });

  it('moves only numbers that label more than one item', () => {
    const q = fromRequest(REQUEST);
    const bags = new Map([...questionWords(q)].map(([id, w]) => [id, w.bag]));
    // Each item's label as the scanner gives it: its number read as that question's id.
    const relabelled = (items: [string, string][]): string[] | null => {
      const reply = items.map(([label, words]) => `${label} ${words}`).join('\n');
      let at = 0;
      const markers: Marker[] = items.map(([label, words], line) => {
        const m: Marker = { ids: [`Q${parseInt(label, 10)}`], start: at, end: at + label.length, line, label, quoteDepth: 0, unknownIds: [] };
        at += label.length + words.length + 2;
        return m;
      });
      const moves = restartedNumbering(reply, markers, q, bags);
      return moves ? [...moves].map(([m, id]) => `${m.label}→${id}`) : null;
    };
    const Q2_WORDS = 'If so, which software does the trust use to manage the permit register?';
    const Q3_WORDS = 'Please send me the number of staff parking permits issued in the last year.';
    // "1." twice, each time over another question's words: both move.
    assert.deepEqual(relabelled([['1.', Q2_WORDS], ['1.', Q3_WORDS]]), ['1.→Q2', '1.→Q3']);
    // "1." and "2." once each over the words of questions 2 and 3: a council's own numbering, left
    // to the checks that map a whole shifted numbering.
    assert.equal(relabelled([['1.', Q2_WORDS], ['2.', Q3_WORDS]]), null);
  });

  it('leaves a reply that numbers its answers 1 to 4 as it is', () => {
    const reply = ['1. Yes, a register is kept.', '2. The register is held in a spreadsheet.', '3. We issued 412 permits.', '4. Not held.'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual(['Q1', 'Q2', 'Q3', 'Q4'].map((id) => got.get(id)?.line), [1, 2, 3, 4]);
  });
});

describe('questions quoted without numbers, each with its answer after a dash', () => {
  const REQUEST = [
    'The number of play areas closed by the council in 2021.',
    'The number of play areas closed by the council in 2022.',
    'The number of play areas closed by the council in 2023.',
    'The number of new play areas opened by the council in 2021.',
  ].join('\n');

  it('takes each line by the question it quotes, year and all, and reads the answer after the dash', () => {
    const reply = ['Request', '', REQUEST, '', 'Response', '', 'The number of play areas closed by the council in 2021 - 0', 'The number of play areas closed by the council in 2022 – 4', 'The number of play areas closed by the council in 2023 - 0', 'The number of new play areas opened by the council in 2021 - 2'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual(
      ['Q1', 'Q2', 'Q3', 'Q4'].map((id) => [got.get(id)?.value, got.get(id)?.line]),
      [[0, 10], [4, 11], [0, 12], [2, 13]],
    );
  });

  it('does not take a sentence that only echoes a question and carries on as that question quoted', () => {
    const request = 'Does the council use mobile library vans for its rural routes?\nHow many library branches does the council run?';
    const reply = ['Does the council use mobile library vans for its rural routes?', 'The council does use mobile library vans for its rural routes, and two vans serve the villages.', '', 'How many library branches does the council run?', 'Nine.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q1')?.line, 2);
    assert.equal(got.get('Q2')?.value, 9);
  });
});

describe('a breakdown with no total', () => {
  const q = { id: 'Q1', text: 'How many libraries did the council close in 2022?', type: 'number' } as Question;

  it('offers the first figure of "3 fixed and 2 mobile" as one of several, never as certain', () => {
    assert.equal(parseValue('3 fixed and 2 mobile.', q, {}).several, true);
    assert.equal(parseValue('12 full-time and 3 part-time posts', q, {}).several, true);
  });

  it('still reads "5, of which 2 were mobile" as the total 5, with no doubt', () => {
    const v = parseValue('5, of which 2 were mobile', q, {});
    assert.equal(v.value, 5);
    assert.equal(v.several, undefined);
  });

  it('keeps Auto-code off a breakdown in a reply', () => {
    const request = '1. How many libraries did the council close in 2022?\n2. How many libraries did the council open in 2022?';
    const got = answersOf(['1. 3 fixed and 2 mobile.', '2. 0'].join('\n'), fromRequest(request));
    assert.ok(got.get('Q1')!.confidence < 0.95, String(got.get('Q1')!.confidence));
    assert.ok(got.get('Q2')!.confidence >= 0.95, String(got.get('Q2')!.confidence));
  });
});

describe('wordings read in the new rounds', () => {
  it('reads "See the refusal notice below" as a refusal whose section is not given', () => {
    const request = '1. How many empty homes are there?\n2. Please list the owners of homes empty for over two years.';
    const got = answersOf(['1. 240', '2. See the refusal notice below'].join('\n'), fromRequest(request));
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.exemption], ['refused', 'other']);
    // "Please see the notice on our website" points somewhere; it is no refusal.
    const other = answersOf(['1. 240', '2. Please see the notice on our website'].join('\n'), fromRequest(request));
    assert.notEqual(other.get('Q2')?.status, 'refused');
  });

  it('reads "We did provide …, but stopped in 2022" as No to "Do you provide …?", and offers it', () => {
    const request = '1. Do you provide free compost bins to residents?\n2. How many bins were given out in 2021?';
    const reply = ['1. We did provide free compost bins, as a charity supplied them to us. The charity could not continue after its funding ended, so the council stopped supplying bins in 2022.', '2. 310'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q1')?.value, 'No');
    assert.ok(got.get('Q1')!.confidence < 0.95, String(got.get('Q1')!.confidence));
    // Without the stop, the same opening is a Yes.
    assert.equal(answersOf(['1. We did provide free compost bins to every household that asked.', '2. 310'].join('\n'), fromRequest(request)).get('Q1')?.value, 'Yes');
  });
});

describe('a request whose parts are written "2 a)"', () => {
  const REQUEST = [
    '1. How many orders were in force on 31 March 2025?',
    '',
    '2. How many penalty notices were issued in 2024/25?',
    '2 a) How many of those notices were paid?',
    '2 b) What was the total income from those notices?',
    '',
    '3. What is the full fixed penalty amount for a breach of an order?',
  ].join('\n');

  it('reads "2 a)" and "2 b)" as the parts Q2a and Q2b, and a penalty amount as money', () => {
    const q = fromRequest(REQUEST);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q2a', 'Q2b', 'Q3']);
    assert.equal(q.byId.get('Q2a')?.text, 'How many of those notices were paid?');
    assert.equal(q.byId.get('Q3')?.type, 'money');
  });

  it('answers the parts from a reply that labels them the same way', () => {
    const got = answersOf(['1. 3', '2. 57', '2 a) 41', '2 b) £3,280', '3. £100'].join('\n'), fromRequest(REQUEST));
    assert.deepEqual(['Q2', 'Q2a', 'Q2b', 'Q3'].map((id) => got.get(id)?.value), [57, 41, 3280, 100]);
  });
});

describe('a choice answered with an option that has "or" in it', () => {
  it('takes "Pilot or trial only" under its label as that option, not as the question\'s choices restated', () => {
    const request = 'Q1 How many staff use the tool?\nQ2 Which of the following best describes the council\'s position?\nAllowed for all staff / Allowed for some staff only / Pilot or trial only / Not allowed\nQ3 How long did the pilot last?';
    const got = answersOf(['Q1  40', 'Q2  Pilot or trial only', 'Q3  The pilot ran for 12 weeks.'].join('\n'), fromRequest(request));
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.value, got.get('Q2')?.line], ['answered', 'Pilot or trial only', 2]);
  });
});

describe('a prose letter below the request quoted whole', () => {
  it('takes "Our spend on X (question 9) is withheld under section 43" for a question the quotation left unanswered', () => {
    const request = ['Q1. How many libraries does the council run?', 'Q2. What services are offered in the libraries (e.g. lending, printing, events)', 'Q3. What was the spend on library software?'].join('\n');
    const reply = [
      'You asked:',
      request,
      '',
      'The council runs 12 libraries (question 1).',
      '',
      'A full list of the services we offer in our libraries (question 2) is',
      'published at https://www.example.gov.uk/libraries',
      '',
      'Our spend on library software (question 3) is withheld under section 43(2)',
      'of the Act, as its release would harm a procurement that is under way.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q1')?.value, got.get('Q1')?.line], [12, 6]);
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.line], ['signposted', 8]);
    assert.deepEqual([got.get('Q3')?.status, got.get('Q3')?.exemption, got.get('Q3')?.line], ['refused', 's43', 11]);
  });
});

describe('references in prose that are not answers', () => {
  const REQUEST = ['1. How much developer money is held unspent?', '2. What share of that sum (Q1) is set aside for:', 'a) Housing', 'b) Roads', '3. How much was returned to developers?'].join('\n');

  it('does not read "(Q1)" in the request quoted above the response as an answer to question 1', () => {
    const reply = ['Our reference: 4471', 'What you asked:', REQUEST, 'Our answer:', 'We hold some of this information and have sent you a spreadsheet of it.'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.notEqual(got.get('Q1')?.line, 1, JSON.stringify(got.get('Q1')));
    assert.ok(!got.get('Q1')?.text.includes('Our reference'), JSON.stringify(got.get('Q1')));
  });

  it('leaves a refusal\'s reckoning ("licence payments (question 3) … would mean reviewing invoices") to the refusal', () => {
    const request = ['1) What is the name of the council?', '2) How many staff does it employ?', '3) What was the spend on software licences?', '4) What was the spend on agency staff?'].join('\n');
    const reply = [
      'Dear Requester',
      '',
      'We have answered part of your request below.',
      '',
      '1) Exampleton Borough Council',
      '',
      '2) 1,240 staff',
      '',
      'We have answered questions 1 and 2; the remainder of your request',
      '(questions 3 and 4) would exceed the cost limit set by the Regulations.',
      '',
      'Licences are not coded to one budget line. They are paid from some 900 cost',
      'codes, and identifying licence payments (question 3) and agency costs',
      '(question 4) would mean reviewing invoices by hand. We estimate that this',
      'alone would take more than 30 hours. Section 12(1) of the Act therefore applies.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(['Q3', 'Q4'].map((id) => [got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line]), [['refused', 's12', 9], ['refused', 's12', 9]]);
    // Read as the letter's statement about the rest of the request, and so as sure as such statements are
    // (the calibrated share right of partial-request refusals).
    assert.match(got.get('Q3')!.reason ?? '', /partial-request refusal/);
    assert.equal(got.get('Q4')!.confidence, Math.round(CALIBRATION['partial|refused|hi']! * 100) / 100, String(got.get('Q4')!.confidence));
  });

  it('reads a reference again for a question left unanswered only if it was not read before', () => {
    const q = fromRequest(['1. What was the total spend?', '2. What was the spend on software?', '3. What was the spend on staff?'].join('\n'));
    const reply = 'Dear Sir,\n\nTotal spend was £71.8 million (question 1).\n\nSoftware spend is not held (question 2).\n\nSpend on staff was £26.4 million (question 3).\n';
    const lines = replyLines(reply);
    const first = proseReferenceMarkers(reply, lines, [], q);
    assert.deepEqual(first.map((m) => m.ids.join(',')), ['Q1', 'Q2', 'Q3']);
    // Question 3 left unanswered by what followed: its reference, read already, is not read twice.
    assert.deepEqual(proseReferenceMarkers(reply, lines, first, q, new Set(['Q3'])), []);
    // A question whose reference nothing read yet is.
    assert.deepEqual(proseReferenceMarkers(reply, lines, first.filter((m) => !m.ids.includes('Q3')), q, new Set(['Q3'])).map((m) => m.ids.join(',')), ['Q3']);
  });
});

describe('a request lettered A, B, C with each letter alone on its line', () => {
  const REQUEST = [
    'A',
    'Please explain how requests are passed to the press office, and on what criteria.',
    'B',
    'Does the press office approve responses before they are sent?',
    'C',
    'On how many occasions in the last year has the press office changed a response?',
  ].join('\n');

  it('builds Q1 to Q3 from the lettered items and says so', () => {
    const built = questionnaireFromRequest(REQUEST);
    assert.deepEqual(built.questionnaire!.questions.map((x) => [x.id, x.type]), [['Q1', 'text'], ['Q2', 'yes-no'], ['Q3', 'number']]);
    assert.ok(built.assumptions.some((a) => /letters/.test(a)), built.assumptions.join('\n'));
  });

  it('reads a reply that repeats each letter alone above its question and its answer', () => {
    const reply = [
      'Request',
      '',
      ...REQUEST.split('\n').flatMap((l) => [l, '']),
      'Response',
      '',
      'A',
      '',
      'All requests are listed weekly for the head of communications.',
      '',
      'B',
      '',
      'No, unless the request is about the press office itself.',
      '',
      'C',
      '',
      'On no occasions.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual(
      ['Q1', 'Q2', 'Q3'].map((id) => [got.get(id)?.status, got.get(id)?.value, got.get(id)?.line]),
      [['answered', 'All requests are listed weekly for the head of communications.', 19], ['answered', 'No', 23], ['answered', 0, 27]],
    );
  });
});

describe('a letter whose one statement says there are none', () => {
  const REQUEST = [
    '1. How many closure orders has the council served on takeaway premises in the last 5 years?',
    '',
    'a) the type of premises each order was served on',
    'b) the case reference number',
    'c) whether the order was challenged in court',
    '',
    '2. Does the council have a written policy on closure orders?',
  ].join('\n');

  it('answers the first question none and its parts not applicable, and offers them', () => {
    const reply = ['FOI 5120', '', REQUEST, '', '', 'Regarding your request, we have not issued any closure orders to takeaway premises in the last 5 years.'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.value, got.get('Q1')?.line], ['answered', 0, 12]);
    assert.deepEqual(['Q1a', 'Q1b', 'Q1c'].map((id) => [got.get(id)?.status, got.get(id)?.from]), [['not-applicable', 'Q1'], ['not-applicable', 'Q1'], ['not-applicable', 'Q1']]);
    for (const a of got.values()) assert.ok(a.confidence < 0.95, `${a.id} ${a.confidence}`);
    // Question 2 asks about the council, not about each order: the statement says nothing of it.
    assert.notEqual(got.get('Q2')?.status, 'not-applicable');
  });

  it('does not read "none" into a statement that names a figure ("not issued any … other than the 2 below")', () => {
    const reply = ['FOI 5120', '', REQUEST, '', '', 'Regarding your request, we have not issued any closure orders other than the 2 listed below.'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.notEqual(got.get('Q1')?.value, 0);
  });

  it('leaves a statement that gives a figure to the answers', () => {
    const reply = ['FOI 5120', '', REQUEST, '', '', 'Regarding your request, we have issued 3 closure orders to takeaway premises in the last 5 years.'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.notEqual(got.get('Q1a')?.status, 'not-applicable');
  });
});

describe('what a letter says before or instead of an answer', () => {
  it('does not take "We confirm that the information you asked for is held" as the last quoted part\'s answer', () => {
    const request = ['1. What percentage of household waste was recycled in 2023/24?', '2. Which of these do you collect at the kerbside:', 'a. Glass', 'b. Cans'].join('\n');
    const reply = ['Your request:', request, '', '', 'We confirm that the information you asked for is held by Exampleton County Council. We have set it out below.', '', '1. 41.2%', '', '2. Collecting from the kerbside is the responsibility of the district councils, so the County Council does not hold these figures.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.notEqual(got.get('Q2b')?.line, 8, JSON.stringify(got.get('Q2b')));
    assert.deepEqual([got.get('Q1')?.value, got.get('Q1')?.line], [41.2, 10]);
  });

  it('reads "X is the responsibility of the district councils, so we do not hold it" as not held', () => {
    const c = classifyAnswer('Collecting garden waste is the responsibility of the district councils (the collection authorities), so the County Council is not responsible for it.');
    assert.deepEqual([c.status, c.reason], ['not-held', 'held by another body']);
    // Whose responsibility it is, with the figure given, answers.
    assert.equal(classifyAnswer('Street lighting is the responsibility of the highways team, which maintains 14,200 lights.').status, 'answered');
  });

  it('reads "The FOI Act gives a right to information rather than to copies of documents" as no answer', () => {
    const question = { id: 'Q3', text: 'Please send copies of all board minutes.', type: 'text' } as Question;
    const c = classifyAnswer('The FOI Act gives everyone a right to information rather than to copies of documents. We have summarised the minutes below.', question);
    assert.equal(c.status, 'unclear');
    assert.equal(classifyAnswer('The board minutes are published on our website.', question).status, 'signposted');
  });
});

describe('a text answer given as short lines of its own', () => {
  const q = { id: 'Q3', text: 'Please give the job titles of all the guardians appointed.', type: 'text' } as Question;

  it('reads every line of a list with no lead, not the first line alone', () => {
    assert.equal(parseValue('Chief Nurse\nHead of Patient Experience\nEstates Manager', q, {}).value, 'Chief Nurse; Head of Patient Experience; Estates Manager');
  });

  it('still reads a first sentence and the next as the first sentence only', () => {
    assert.equal(parseValue('The guardian is the Chief Nurse.\nShe was appointed in 2019.', q, {}).value, 'The guardian is the Chief Nurse.');
  });
});

describe('a Scottish body\'s statement below the quoted request', () => {
  const REQUEST = ['1. How many times were pest control contractors called out in each year?', '2. Please give the reason for each call out.', '3. How much was spent on pest control in each year?'].join('\n');

  it('reads "applied section 25" as the information otherwise accessible (s21), and a later "not held in a format that …" as no whole-request not-held', () => {
    const reply = [
      'Request',
      REQUEST,
      'Response',
      '',
      'Section 25 applies to the information requested in this FOI as the figures are already on the Board website in our earlier release FOI 24-101.',
      '',
      'Please note that the information you requested is not held in a form that would let us report by ward.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.exemption, got.get(id)?.line], ['s21', 7], id);
  });
});

describe('a last answer above the letter\'s annex', () => {
  const REQUEST = ['1. Is there an extension clause in the contract?', '2. Who is the senior officer responsible for the request process?'].join('\n');
  const reply = [
    '1. Is there an extension clause in the contract?',
    'There is no extension clause.',
    '',
    '2. Who is the senior officer responsible for the request process?',
    'Responsibility for the request process is held by:',
    '',
    'Priya Halvorsen',
    'Director of Information Rights',
    '',
    'Our contact details can be found on the website at https://www.example.org.uk/contact',
    '',
    'EXPLANATORY ANNEX',
    'Exemptions applied',
    '',
    'Section 43 (2) – Commercial Interests',
    'This section exempts information whose disclosure would be likely to prejudice commercial interests.',
  ].join('\n');

  it('ends the answer at the annex, reads the names below its lead, and takes the contact line for no signpost', () => {
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.exemption, got.get('Q2')?.value], ['answered', undefined, 'Priya Halvorsen; Director of Information Rights']);
    assert.ok(!got.get('Q2')!.text.includes('ANNEX'), got.get('Q2')!.text);
    // With no contact line between, the annex heading itself ends the answer.
    const bare = answersOf(reply.replace(/Our contact details[^\n]*\n\n/, ''), fromRequest(REQUEST));
    assert.deepEqual([bare.get('Q2')?.status, bare.get('Q2')?.exemption], ['answered', undefined]);
    assert.ok(!bare.get('Q2')!.text.includes('ANNEX'), bare.get('Q2')!.text);
  });
});

describe('topic words in their other forms', () => {
  it('ties a heading "Costs" to "What was the cost of …?" in a letter answering under topic headings', () => {
    const request = ['1. What was the cost of the service in 2023/24?', '2. How many staff work in the service?', '3. How many complaints were received in 2023/24?', '4. How many vehicles does the service use?', '5. What are the opening hours of the depot?'].join('\n');
    const reply = ['Dear Requester', '', 'Our answers follow under headings in the order of your questions.', '', 'Costs', 'The service cost £412,000 in 2023/24.', '', 'Staffing', 'There are 14 staff.', '', 'Complaints', 'We received 23 complaints.', '', 'Vehicles', 'The service runs 6 vehicles.', '', 'Depot', 'The depot is open from 8am to 4pm on weekdays.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q1')?.value, got.get('Q1')?.line], [412000, 6]);
  });

  it('reads s21 with "presented to the committee" or "as part of our yearly report" as a signpost', () => {
    const c = classifyAnswer('Exempt under section 21: the figures are set out as part of our yearly enforcement report.');
    assert.deepEqual([c.status, c.exemption], ['signposted', 's21']);
    assert.deepEqual([classifyAnswer('Exempt under section 21: this was presented to the Licensing Committee on 4 May 2023.').status], ['signposted']);
    assert.deepEqual([classifyAnswer('Exempt under section 21 as it is otherwise accessible.').status], ['refused']);
  });
});

describe('one sentence answering two questions, wrapped across lines', () => {
  it('does not cut an answer for two questions at a wrapped line, nor keep the next sentence\'s first word as a piece', () => {
    const text = 'It went live in September\n2009 and implementation took around 14 months (questions 12a and 12b). The';
    assert.equal(answerPieces(text, 0, text.length, 2), null);
    // Lines of their own, one per question, are still its pieces.
    const lines = 'Yes\n2009';
    assert.deepEqual(answerPieces(lines, 0, lines.length, 2)?.map((p) => lines.slice(p.start, p.end)), ['Yes', '2009']);
  });

  it('splits "It went live in September / 2009 and the work took 14 months (questions 4 and 5)" by its clauses, not its lines', () => {
    const request = ['1. What is the name of the council?', '2. How many residents does it serve?', '3. Does the council use a booking system?', '4. In what year did the booking system go live?', '5. How long did the implementation take?', '6. How many staff use the system?'].join('\n');
    const reply = [
      'Dear Requester',
      '',
      'The council is Exampleton Borough Council (question 1) and it serves some 91,000',
      'residents (question 2).',
      '',
      'The council does use a booking system (question 3). It went live in September',
      '2009 and the implementation took around 14 months (questions 4 and 5). The',
      'system is used by 40 members of staff (question 6).',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(['Q4', 'Q5', 'Q6'].map((id) => got.get(id)?.value), [2009, 14, 40]);
  });
});

describe('two parts answered in one sentence joined by ", which"', () => {
  it('gives the count to one part and the sum to the other', () => {
    const q = fromRequest('7. Enforcement\na) How many prosecutions were brought in 2023/24?\nb) What was the total value of the fines imposed, in £?');
    const text = 'In 2023/24 the team brought 6 prosecutions, which resulted in fines totalling £2,300 with costs.';
    const got = alignClauses(text, 0, text.length, ['Q7a', 'Q7b'], q)?.map((c) => (c ? text.slice(c.start, c.end) : null));
    assert.deepEqual(got, ['In 2023/24 the team brought 6 prosecutions', 'which resulted in fines totalling £2,300 with costs.']);
    // "…, which" with no figure after it is no cut.
    const plain = 'The team brought 6 prosecutions, which took most of the year.';
    assert.equal(alignClauses(plain, 0, plain.length, ['Q7a', 'Q7b'], q), null);
  });
});
