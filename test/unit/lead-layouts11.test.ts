// Layouts found by scoring the engine on real disclosure-log replies it had never seen (session 11),
// each fixed with a general rule. The replies and requests here are written for fictional councils
// in the same shapes; no real text is copied.
import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { parseValue } from '../../src/core/values';
import { classifyAnswer } from '../../src/core/classify';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import type { Question, Questionnaire } from '../../src/core/types';

const rows = (reply: string, q: Questionnaire) => analyzeReply(reply, q).answers.map((a) => [a.id, a.status, a.exemption ?? null, a.line]);

describe('requests read by init from real disclosure-log layouts', () => {
  it('reads "2." alone on its line over lettered parts as question 2 with parts 2a and 2b, not as parts of question 1', () => {
    const request = [
      'I am comparing how councils look after their bandstands.',
      '1. The name and location of every bandstand the council maintains',
      '2.',
      'a) Is it available to hire (yes/no)',
      'b) The cost of its last repaint',
    ].join('\n');
    const q = questionnaireFromRequest(request).questionnaire;
    assert.deepEqual(q.questions.map((x) => [x.id, x.parent ?? null, x.heading ?? false]), [
      ['Q1', null, false],
      ['Q2', null, true],
      ['Q2a', 'Q2', false],
      ['Q2b', 'Q2', false],
    ]);
  });

  it('reads "2." alone on its line as question 2 whose words are on the next line', () => {
    const q = questionnaireFromRequest('1. How many bandstands does the council maintain?\n2.\nWhen was the last one repainted?\n3. Who repaints them?').questionnaire;
    assert.deepEqual(q.questions.map((x) => [x.id, x.text]), [
      ['Q1', 'How many bandstands does the council maintain?'],
      ['Q2', 'When was the last one repainted?'],
      ['Q3', 'Who repaints them?'],
    ]);
  });

  it('reads "1. … 2. … 3. …" written inside one paragraph as three questions', () => {
    const request =
      'Please provide the following recorded information: 1. Any guidance that describes how the Council keeps records of tree inspections. 2. Any documents that say which team is responsible for those records. 3. If no such guidance is held, please confirm this.';
    const q = questionnaireFromRequest(request).questionnaire;
    assert.deepEqual(q.questions.map((x) => [x.id, x.text]), [
      ['Q1', 'Any guidance that describes how the Council keeps records of tree inspections.'],
      ['Q2', 'Any documents that say which team is responsible for those records.'],
      ['Q3', 'If no such guidance is held, please confirm this.'],
    ]);
  });

  it('does not split a paragraph at "1." and "2." that do not run from 1 or do not open sentences', () => {
    const one = questionnaireFromRequest('Under section 1. The Council must say whether it holds the information.\n1. How many trees were felled?\n2. How many were planted?').questionnaire;
    assert.deepEqual(one.questions.map((x) => x.id), ['Q1', 'Q2']);
    const decimals = questionnaireFromRequest('1. What was spent on repairs: 1.5 or 2.5 million?\n2. Who did the repairs?').questionnaire;
    assert.deepEqual(decimals.questions.map((x) => [x.id, x.text]), [
      ['Q1', 'What was spent on repairs: 1.5 or 2.5 million?'],
      ['Q2', 'Who did the repairs?'],
    ]);
  });
});

describe('one statement below restated questions that have no answer of their own', () => {
  const request = [
    '1. How much has the council paid in compensation for damage caused by potholes since 2019?',
    '2. How many claims for pothole damage were made against the council?',
    '3. How many potholes are awaiting repair today?',
  ].join('\n');
  const q = questionnaireFromRequest(request).questionnaire;

  it('gives a section 21 refusal below the restated request to every question above it, at the refusal\'s line', () => {
    const reply = [
      '12th March 2025',
      '',
      '1. How much has the council paid in compensation for damage caused by potholes since 2019?',
      '',
      '2. How many claims for pothole damage were made against the council?',
      '',
      '3. How many potholes are awaiting repair today?',
      '',
      'The council has answered earlier requests about potholes and compensation claims. We are therefore applying the section 21 exemption (information accessible by other means).',
    ].join('\n');
    assert.deepEqual(rows(reply, q), [
      ['Q1', 'refused', 's21', 9],
      ['Q2', 'refused', 's21', 9],
      ['Q3', 'refused', 's21', 9],
    ]);
    // Offered, not certain: the statement names no question.
    const got = analyzeReply(reply, q).answers;
    assert.ok(got[0]!.confidence < got[2]!.confidence, `${got[0]!.confidence} < ${got[2]!.confidence}`);
  });

  it('gives a section 21 signpost below the restated request ("published in our disclosure log") to every question above it', () => {
    const reply = [
      '1. How much has the council paid in compensation for damage caused by potholes since 2019?',
      '2. How many claims for pothole damage were made against the council?',
      '3. How many potholes are awaiting repair today?',
      'This information is published in our disclosure log, where earlier requests about potholes were answered. We are therefore applying the section 21 exemption.',
    ].join('\n');
    assert.deepEqual(rows(reply, q), [
      ['Q1', 'signposted', 's21', 4],
      ['Q2', 'signposted', 's21', 4],
      ['Q3', 'signposted', 's21', 4],
    ]);
  });

  it('gives "We do not hold a record of this" below two restated questions to both', () => {
    const two = questionnaireFromRequest('1. How many street trees were removed for new housing in 2024/25?\n2. How many new trees have been planted to replace them?').questionnaire;
    const reply = [
      'Trees removed for new housing',
      '1. How many street trees were removed for new housing in 2024/25?',
      '2. How many new trees have been planted to replace them?',
      'We do not hold a record of this. Every planning application that removes trees is assessed by the landscape team.',
    ].join('\n');
    assert.deepEqual(rows(reply, two), [
      ['Q1', 'not-held', null, 4],
      ['Q2', 'not-held', null, 4],
    ]);
  });

  it('leaves the earlier questions without an answer when the statement is a figure, or says it is for its own question', () => {
    const reply = [
      '1. How much has the council paid in compensation for damage caused by potholes since 2019?',
      '2. How many claims for pothole damage were made against the council?',
      '3. How many potholes are awaiting repair today?',
      '412 potholes are awaiting repair.',
    ].join('\n');
    assert.deepEqual(rows(reply, q).map((r) => r[0]), ['Q3']);
    const own = reply.replace('412 potholes are awaiting repair.', 'We do not hold this information for this question.');
    assert.deepEqual(rows(own, q), [['Q3', 'not-held', null, 4]]);
  });

  it('takes a label read as two questions ("…, and how many were settled?" → 2a and 2b) into the run', () => {
    const compound = questionnaireFromRequest(request.replace('How many claims for pothole damage were made against the council?', 'How many claims were made against the council, and how many were settled?')).questionnaire;
    assert.deepEqual(compound.questions.map((x) => x.id), ['Q1', 'Q2a', 'Q2b', 'Q3']);
    const reply = [
      '1. How much has the council paid in compensation for damage caused by potholes since 2019?',
      '2. How many claims were made against the council, and how many were settled?',
      '3. How many potholes are awaiting repair today?',
      'We do not hold this information.',
    ].join('\n');
    assert.deepEqual(rows(reply, compound).map((r) => [r[0], r[1], r[3]]), [
      ['Q1', 'not-held', 4],
      ['Q2a', 'not-held', 4],
      ['Q2b', 'not-held', 4],
      ['Q3', 'not-held', 4],
    ]);
  });

  it('walks over a heading and its parts restated in the run, to the first question', () => {
    const headed = questionnaireFromRequest('1. How much has the council paid for pothole damage since 2019?\n2. Claims\na) How many claims were made?\nb) How many claims were settled?\n3. How many potholes are awaiting repair today?').questionnaire;
    assert.equal(headed.byId.get('Q2')!.heading, true);
    const reply = [
      '1. How much has the council paid for pothole damage since 2019?',
      '2. Claims',
      'a) How many claims were made?',
      'b) How many claims were settled?',
      '3. How many potholes are awaiting repair today?',
      'We do not hold this information.',
    ].join('\n');
    assert.deepEqual(rows(reply, headed).map((r) => [r[0], r[1], r[3]]), [
      ['Q1', 'not-held', 6],
      ['Q2', 'not-held', 6],
      ['Q2a', 'not-held', 6],
      ['Q2b', 'not-held', 6],
      ['Q3', 'not-held', 6],
    ]);
  });

  it('leaves parts whose heading has its own answer ("Q2 (all parts): see the attached report") to that answer', () => {
    const headed = questionnaireFromRequest('1. How much has the council paid for pothole damage since 2019?\n2. Claims\na) How many claims were made?\nb) How many claims were settled?\n3. How many potholes are awaiting repair today?').questionnaire;
    const reply = [
      'Q1. How much has the council paid for pothole damage since 2019?',
      '£12,400',
      'Q2. Claims',
      'Q2 (all parts): see the attached claims report.',
      'Q2a. How many claims were made?',
      'Q2b. How many claims were settled?',
      'Q3. How many potholes are awaiting repair today?',
      'We do not hold this information.',
    ].join('\n');
    const got = rows(reply, headed).map((r) => [r[0], r[1], r[3]]);
    assert.deepEqual(got.filter((r) => r[0] === 'Q2a' || r[0] === 'Q2b' || r[0] === 'Q3'), [
      ['Q2a', 'signposted', 4],
      ['Q2b', 'signposted', 4],
      ['Q3', 'not-held', 8],
    ]);
  });

  it('leaves questions restated after an answered one without an answer: the council skipped them', () => {
    // A real layout: "5. …?" and "6. …?" restated with nothing under them, then "7. …?" and its
    // answer. The statement is the answer to 7 alone.
    const reply = [
      '1. How much has the council paid in compensation for damage caused by potholes since 2019?',
      '£48,200',
      '2. How many claims for pothole damage were made against the council?',
      '3. How many potholes are awaiting repair today?',
      'We do not hold this information.',
    ].join('\n');
    const got = rows(reply, q);
    assert.deepEqual(got.map((r) => [r[0], r[1]]), [
      ['Q1', 'answered'],
      ['Q3', 'not-held'],
    ]);
  });
});

describe('a financial year written as "2018 – 2019"', () => {
  const staff: Question = { id: 'Q2', type: 'number', order: 1, text: 'How many staff worked on FOI requests in each of the last five years?' };

  it('is not read as a count', () => {
    assert.equal(parseValue('2018 – 2019 | We do not employ officers solely for FOI, so we do not hold this information. |', staff).value, null);
    assert.equal(parseValue('2021/2022: 4', staff).value, 4);
  });

  it('leaves a table row that says nothing is held as not held, not a figure for part', () => {
    const q = questionnaireFromRequest('1) How many FOI requests did the council receive in each of the last five years?\n2) How many staff worked on FOI requests in each of the last five years?').questionnaire;
    const reply = [
      '1) How many FOI requests did the council receive in each of the last five years?',
      '2019 – 2020 | 1,204 |',
      '2018 – 2019 | 1,133 |',
      '2) How many staff worked on FOI requests in each of the last five years?',
      '2019 – 2020 | We do not employ officers solely for FOI, so we do not hold this information. |',
      '2018 – 2019 | As above |',
    ].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status, a.value]), [
      ['Q1', 'answered', 1204],
      ['Q2', 'not-held', null],
    ]);
  });
});

describe('real disclosure logs, second round', () => {
  it('gives one statement below the request quoted as a list, with no answer to any question, to the whole request (offered)', () => {
    const request = [
      '1. How much has the council spent since 2021 on removing bunting from lamp posts?',
      '2. Which contractors carried out this work, and when.',
      '3. A breakdown of the costs where available.',
    ].join('\n');
    const q = questionnaireFromRequest(request).questionnaire;
    const reply = ['FI20417', '', 'Request', '', ...request.split('\n').map((l) => `  ${l}`), '', 'Response', '', 'We have established that this information is not held. The council has not removed any bunting; lamp posts in the district belong to the county council.'].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status, a.line]), q.questions.map((x) => [x.id, 'not-held', 11]));
    for (const a of got) assert.ok(a.confidence < 0.95, `${a.id} offered, not auto-coded: ${a.confidence}`);
    // A section 12 refusal below parts quoted under their headings covers the headings and parts.
    const parts = questionnaireFromRequest('1. Frameworks:\na) List the frameworks used to award contracts.\nb) Give each framework\'s start and end date.\n2. Contracts:\na) The total value awarded through each framework.').questionnaire;
    const reply2 = ['Please provide the following:', '', '1. Frameworks:', 'a) List the frameworks used to award contracts.', 'b) Give each framework\'s start and end date.', '', '2. Contracts:', 'a) The total value awarded through each framework.', '', 'The council does not hold this in a reportable form. We are applying the section 12 exemption (the appropriate limit) as officers would have to read every tender on the e-procurement system.'].join('\n');
    assert.deepEqual(
      analyzeReply(reply2, parts).answers.map((a) => [a.id, a.status, a.exemption, a.line]),
      parts.questions.map((x) => [x.id, 'refused', 's12', 10]),
    );
  });

  it('does not take a statement below the quoted request when the letter first gives a figure or answers in its own words', () => {
    const request = '1. How much has the council spent since 2021 on removing bunting?\n2. Which contractors carried out this work?\n3. How many complaints about bunting were received?';
    const q = questionnaireFromRequest(request).questionnaire;
    const figure = ['Request', '', request, '', 'Response', '', 'Spend: £2,140', '', 'We do not hold any other information about this work.'].join('\n');
    assert.deepEqual(analyzeReply(figure, q).answers, []);
    const words = ['Request', '', request, '', 'The council spent £2,140 in total, all of it with Hallam Street Services.', '', 'We do not hold any other information about this work.'].join('\n');
    assert.deepEqual(analyzeReply(words, q).answers, []);
    // The same statement with nothing before it is the reply to the whole request.
    const alone = ['Request', '', request, '', 'Response', '', 'Under section 1(1)(a) we have established that this information is not held.'].join('\n');
    assert.deepEqual(analyzeReply(alone, q).answers.map((a) => [a.id, a.status]), [['Q1', 'not-held'], ['Q2', 'not-held'], ['Q3', 'not-held']]);
    // A numbered paragraph is the letter answering one question, not the whole request.
    const numbered = ['Request', '', request, '', 'Response', '', '1) Not held – spending is not recorded by activity at all.'].join('\n');
    assert.ok(!analyzeReply(numbered, q).answers.some((a) => a.id === 'Q2' || a.id === 'Q3'));
  });

  it('offers a refusal read from its place below the quoted request, never auto-codes it', () => {
    const request = '1. How much has the council spent since 2021 on removing bunting?\n2. Which contractors carried out this work?\n3. How many complaints about bunting were received?';
    const q = questionnaireFromRequest(request).questionnaire;
    const reply = ['Request', '', request, '', 'Response', '', 'We are applying the section 12 exemption, as officers would have to read every invoice since 2021 to find this work.'].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status, a.exemption]), [['Q1', 'refused', 's12'], ['Q2', 'refused', 's12'], ['Q3', 'refused', 's12']]);
    for (const a of got) assert.ok(a.confidence < DEFAULT_MIN_CONFIDENCE, `${a.id}: ${a.confidence}`);
  });

  it('reads "This is attached." as pointing to an attachment, but a figure with an attachment as answered', () => {
    assert.equal(classifyAnswer('This is attached.').status, 'signposted');
    assert.equal(classifyAnswer('A copy of the consent order is attached.').status, 'signposted');
    assert.equal(classifyAnswer('We employ 3 officers; their job descriptions are attached.').status, 'answered');
  });

  it('reads "All 3 schools – to be determined." as nothing held yet, never as the figure 3', () => {
    assert.deepEqual([classifyAnswer('All 3 schools – to be determined.').status, classifyAnswer('Not yet decided - the cabinet meets in May.').status], ['not-held', 'not-held']);
    // A figure that exists and will follow is not "not held"; a date to be confirmed is no answer's whole.
    assert.notEqual(classifyAnswer('To be determined – we are awaiting this figure from the digital team and will write to you again.').status, 'not-held');
    assert.equal(classifyAnswer('Opening in 2026 (date to be determined).').status, 'answered');
    const q = questionnaireFromRequest('1. Please give for each planned new school:\na) The number of pupil places it will provide\nb) Whether developers will contribute land').questionnaire;
    const reply = ['1. Please give for each planned new school:', 'a) The number of pupil places it will provide', 'All 3 schools – to be determined (range 210 to 630 plus nursery)', 'b) Whether developers will contribute land', 'All 3 schools: developers are providing sites through S106 agreements'].join('\n');
    const a = analyzeReply(reply, q).answers.find((x) => x.id === 'Q1a')!;
    assert.deepEqual([a.status, a.value], ['not-held', null]);
  });

  it('reads "1.A list of …" (no space after the number) as question 1', () => {
    const q = questionnaireFromRequest('1.A list of empty homes recorded by the council.\n2.Copies of any policies used to decide what is published.\n3.Copies of any s31 assessments.').questionnaire;
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    assert.equal(q.questions[0]!.text, 'A list of empty homes recorded by the council.');
  });
});

describe('real disclosure logs, third round', () => {
  it('gives "the questions below are not applicable" below the quoted request to every question', () => {
    const request = ' 1. How many electric vehicle charging points did your council install?\n\n 2a. What was the total cost of installing them?\n\n 2b. How many charging points were under your control at 31 May 2025?\n\n3. How many times were they used?';
    const q = questionnaireFromRequest(request).questionnaire;
    const reply = ['FOI 20931', '', 'Electric vehicle charging', '', request, '', '', 'Thank you for your request detailed above. We have no electric vehicles and have installed no charging points in the district, therefore the questions are not applicable.'].join('\n');
    assert.deepEqual(analyzeReply(reply, q).answers.map((a) => [a.id, a.status]), q.questions.map((x) => [x.id, 'not-applicable']));
  });

  it('never reads the day of "year-end March 31st 2023" or the "2" of "type 2 chargers" as a count', () => {
    const count: Question = { id: 'Q2', type: 'number', order: 1, text: 'How many charging points do you plan to install over the next year?' };
    assert.equal(parseValue('I would like data for each of the last three years, with a year-end March 31st 2023.', count).value, null);
    assert.equal(parseValue('We will upgrade the sites to type 2 Menneke 7kW chargers and increase the number of charging units to circa. 14 across the borough.', count).value, 14);
    // A measure with its own unit is the value when the question asks for that unit.
    assert.equal(parseValue('Each charger is rated 22 kW.', { id: 'Q3', type: 'number', order: 2, unit: 'kW' }).value, 22);
  });

  it('never auto-codes the requester\'s own words under the last quoted question ("I would like the names of …"): no answer, or one offered', () => {
    const q = questionnaireFromRequest('1. How many charging points has the council installed?\n2. Which companies installed them?').questionnaire;
    const reply = ['Response:', '', '1. How many charging points has the council installed?', '', '2. Which companies installed them?', '', 'I would like the names of each contractor and the dates they worked.', ''].join('\n');
    const got = analyzeReply(reply, q).answers;
    // (Since session 12 the requester's words with no "Response:" heading below them are no answer.)
    assert.ok(got.length <= 1);
    for (const a of got) assert.ok(a.confidence < DEFAULT_MIN_CONFIDENCE, `${a.id}: ${a.confidence}`);
  });

  it('reads no yes or no from an answer that shares only "being" with the question', () => {
    const q = questionnaireFromRequest('1. Are you paying for the charge points, or are they being installed for free under a profit share?').questionnaire;
    assert.equal(q.questions[0]!.type, 'yes-no');
    assert.equal(parseValue('A pilot is being worked on at present, and these parameters are under discussion with the operator.', q.questions[0]!).value, null);
    assert.equal(parseValue('They are being installed for free under a profit share.', q.questions[0]!).value, 'Yes');
  });

  it('types "How many … installed? (split slow/medium/fast)" as a count, not a choice of three', () => {
    const q = questionnaireFromRequest('1. How many charging points have the council installed? (split slow/medium/fast)\n2. Which supplier do you use? (Pod Point/Connected Kerb/Other)').questionnaire;
    assert.deepEqual(q.questions.map((x) => x.type), ['number', 'choice']);
  });

  it('reads "This is currently in development and will be published once adopted." as not held yet, but not an answer with a figure', () => {
    assert.equal(classifyAnswer('This is currently in development and will be published once adopted.').status, 'not-held');
    assert.equal(classifyAnswer('The strategy is being drafted.').status, 'not-held');
    assert.equal(classifyAnswer('The system is under development but 14 sites are live.').status, 'answered');
    assert.equal(classifyAnswer('Our strategy is at https://ev.example.gov.uk/plan; a new one is in development.').status, 'signposted');
  });
});

describe('real disclosure logs, fourth round', () => {
  const request = '1. How many FOI requests did you receive in each month last year?\n2. What team manages your FOI process? (for example: Legal, Governance)\n3. How many FOI officers do you have?';
  const q = questionnaireFromRequest(request).questionnaire;

  it('carries "Please see below:" on over the blank-separated list below it, up to the next label', () => {
    const reply = [request, '', '', '1. Please see below:', '', 'April 2024 = 81', '', 'May 2024 = 77', '', 'June 2024 = 90', '', '2. Information Governance Team', '', '3. 2 officers'].join('\n');
    const got = analyzeReply(reply, q).answers;
    const a1 = got.find((a) => a.id === 'Q1')!;
    assert.equal(a1.status, 'answered');
    assert.match(a1.text, /June 2024 = 90$/);
    assert.ok(a1.confidence < DEFAULT_MIN_CONFIDENCE, 'a figure picked among the months is offered');
    // Without the pointer, the line is the answer and the list below is not its.
    const plain = reply.replace('1. Please see below:', '1. Our figures are below');
    assert.doesNotMatch(analyzeReply(plain, q).answers.find((a) => a.id === 'Q1')?.text ?? '', /June/);
  });

  it('reads "2. Information Governance Team" (some of the question\'s words, the next label below) as the answer, but a title with its answer below as a title', () => {
    const reply = [request, '', '', '1. Please see below:', '', 'April 2024 = 81', '', '2. Information Governance Team', '', '3. 2 officers'].join('\n');
    const a2 = analyzeReply(reply, q).answers.find((a) => a.id === 'Q2')!;
    assert.deepEqual([a2.status, a2.value], ['answered', 'Information Governance Team']);
    const titled = ['Question 2 - Team that manages FOI', '', 'Requests are managed by the Information Governance Team within Legal Services.', '', 'Question 3 - FOI officers', '', 'We have 2 officers.'].join('\n');
    const t2 = analyzeReply(titled, q).answers.find((a) => a.id === 'Q2')!;
    assert.match(t2.text, /^Requests are managed/);
  });

  it('takes "Based on the above, … section 22" below an answer on its label\'s line as part of that answer', () => {
    const q2 = questionnaireFromRequest('1. When did the councillors last read their emails?\n2. How much has the road scheme cost so far?').questionnaire;
    const reply = [
      '1. When did the councillors last read their emails?', '2. How much has the road scheme cost so far?', '', '',
      '1. Councillors act in several roles; their ward casework is not covered by the Freedom of Information Act.', '',
      '2. A report on the scheme\'s budget goes to the partnership board in May, and the figures will be published then.', '',
      'Based on the above, the council has applied section 22 of the Act: the information is held and intended for future publication.',
    ].join('\n');
    const got = analyzeReply(reply, q2).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status, a.exemption ?? null]), [['Q1', 'not-held', null], ['Q2', 'refused', 's22']]);
  });

  it('types "Could you provide me with a copy of …?" as a request for a document and "Can you tell me how many …?" as a count, not yes or no', () => {
    const polite = questionnaireFromRequest('1. Could you provide me with a copy of your FOI policy?\n2. Can you tell me how many officers handle FOI?\n3. Could you confirm whether you publish a disclosure log?\n4. Can the council provide a list of its FOI officers?').questionnaire;
    assert.deepEqual(polite.questions.map((x) => x.type), ['text', 'number', 'yes-no', 'text']);
  });

  it('signposts "Please find our FOI Policy attached", and reads "held by the county council and not by us" and "out of scope of the FOI Act" as not held', () => {
    assert.deepEqual([classifyAnswer('Please find our FOI Policy attached and the following weblink:').status, classifyAnswer('Please find the list in the attached spreadsheet.').confidence], ['signposted', 0.75]);
    assert.equal(classifyAnswer('I can advise you that the information you require is held by Eastshire County Council and not Brindley District Council.').status, 'not-held');
    assert.equal(classifyAnswer('Ward casework is considered out of scope of the FOI Act.').status, 'not-held');
    assert.notEqual(classifyAnswer('The waste service is held by Eastshire County Council and not by us; it cost £41,200 last year.').status, 'not-held');
    assert.equal(classifyAnswer('The reports may be viewed on our website.').status, 'signposted');
  });

  it('starts the last question\'s answer below "Response:" when the requester\'s own paragraphs come first', () => {
    const q3 = questionnaireFromRequest('1. All internal correspondence that mentions free ports.\n2. All external correspondence that mentions free ports.').questionnaire;
    const reply = [
      'Request:', '', '1. All internal correspondence that mentions free ports.', '', '2. All external correspondence that mentions free ports.', '',
      'As for a timeframe, please search your records from 1 July 2023 to date. I am happy for you to conduct an electronic search only.', '',
      'Response:', '', 'Unfortunately the council is unable to provide this, because we do not hold this information.',
    ].join('\n');
    const got = analyzeReply(reply, q3).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status, a.line]), [['Q1', 'not-held', 11], ['Q2', 'not-held', 11]]);
  });

  it('takes a signpost below the quoted request, past the requester\'s own paragraphs, for the whole request', () => {
    const q4 = questionnaireFromRequest('1) How many developments were approved against flood advice each year?\n\n2) What are the names of those developments?\n\n3) How many homes in them are affordable?').questionnaire;
    const reply = [
      'FOI 7731', '', '1) How many developments were approved against flood advice each year?', '', '2) What are the names of those developments?', '', '3) How many homes in them are affordable?', '',
      'If you require any further details in order to comply with this request, please contact me straightaway.', '',
      'In reply to your request, the information may be viewed on our website in each year\'s monitoring report, on the pages listed below.',
    ].join('\n');
    assert.deepEqual(analyzeReply(reply, q4).answers.map((a) => [a.id, a.status, a.line]), [['Q1', 'signposted', 11], ['Q2', 'signposted', 11], ['Q3', 'signposted', 11]]);
  });
});

describe('other-blind23 (scored blind on 5de22cd, then fixed)', () => {
  it('reads "2. a)" and "2. b)" labels, each over its own "Response:", as parts 2a and 2b', () => {
    const q = questionnaireFromRequest('1. How many accounts were referred to enforcement agents?\n\n2. a) Does the council employ its own enforcement agents? (Yes/No)\n   b) How many external agency firms did the council have under contract?\n\n3. In which year was the policy last updated?').questionnaire;
    const reply = [
      '1. How many accounts were referred to enforcement agents?', '', 'Response: 1,954', '',
      '2. a) Does the council employ its own enforcement agents? (Yes/No)', '', 'Response: No', '',
      '2. b) How many external agency firms did the council have under contract?', '', 'Response: One', '',
      '3. In which year was the policy last updated?', '', 'Response: 2021',
    ].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.map((a) => [a.id, a.value, a.line]), [['Q1', 1954, 3], ['Q2a', 'No', 7], ['Q2b', 1, 11], ['Q3', 2021, 15]]);
    // "6. (a) No (b) n/a": the parts lettered along one line still share it.
    const inline = analyzeReply(['1. 1,954', '2. (a) Yes (b) 3', '3. 2021'].join('\n'), q).answers;
    assert.deepEqual(inline.filter((a) => a.id.startsWith('Q2')).map((a) => [a.id, a.value]), [['Q2a', 'Yes'], ['Q2b', 3]]);
  });

  it('reads no figure in a document\'s code ("contract ref. WDC-REV-0412"), so a section 21 pointer stays a signpost', () => {
    const c = classifyAnswer("Details of the contract are published in the Council's Contracts Register at https://www.wl.example.gov.uk/contracts (contract ref. WDC-REV-0412). This information is therefore exempt under section 21.");
    assert.deepEqual([c.status, c.exemption], ['signposted', 's21']);
  });

  it('takes the sum after "=" when the parts are added ("£138,660 plus repairs £21,400 = £160,060"), and never drops the figure after "contract"', () => {
    const money: Question = { id: 'Q4b', type: 'money', order: 1, text: 'How much was paid to external contractors?' };
    assert.equal(parseValue('Cleaning contract £138,660 plus reactive repairs £21,400 = £160,060', money).value, 160060);
    assert.equal(parseValue('The cleaning contract £138,660 covers all sites.', money).value, 138660);
    assert.equal(parseValue('Under the Act 2000 the fee is £25.', money).value, 25);
  });
});

describe('"so the remaining parts of this question do not apply" (other-blind23)', () => {
  it('answers its own part and makes the later parts of the same question not applicable', () => {
    const q = questionnaireFromRequest('1. How many public toilets does the council operate?\n\n5. Community Toilet Scheme\n   a) Does the council operate a Community Toilet Scheme? (Yes/No)\n   b) If yes, how many businesses take part?\n   c) In which year did the scheme start?').questionnaire;
    const reply = ['1. How many public toilets does the council operate?', '12', '', '5. a) Does the council operate a Community Toilet Scheme? (Yes/No)', 'No. The council does not operate a scheme, so the remaining parts of this question do not apply.'].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.filter((a) => a.id.startsWith('Q5')).map((a) => [a.id, a.status, a.value]), [['Q5a', 'answered', 'No'], ['Q5b', 'not-applicable', null], ['Q5c', 'not-applicable', null]]);
    // "This question does not apply" is the part's own status.
    const own = reply.replace('No. The council does not operate a scheme, so the remaining parts of this question do not apply.', 'This question does not apply to us.');
    assert.equal(analyzeReply(own, q).answers.find((a) => a.id === 'Q5a')!.status, 'not-applicable');
  });
});

describe('a text answer with words of another status', () => {
  it('is offered, not auto-coded, when it reads "answered" but speaks of attachments, holding, exemptions or development', () => {
    const q = questionnaireFromRequest('1. Which case management system does the FOI team use?\n2. Which team manages FOI requests?').questionnaire;
    const reply = ['1. Which case management system does the FOI team use?', 'A system developed in-house by our ICT team.', '', '2. Which team manages FOI requests?', 'Information Governance'].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status]), [['Q1', 'answered'], ['Q2', 'answered']]);
    assert.ok(got[0]!.confidence < DEFAULT_MIN_CONFIDENCE, `Q1 offered: ${got[0]!.confidence}`);
    assert.ok(got[1]!.confidence >= DEFAULT_MIN_CONFIDENCE, `Q2 auto-coded: ${got[1]!.confidence}`);
  });
});

describe('the request\'s next item under the last question the questionnaire kept', () => {
  it('is no answer: "4. Please provide the information in a spreadsheet" under question 3', () => {
    const q = questionnaireFromRequest('1. The total number of complaints received.\n2. The outcome of each complaint.\n3. The number of complaints escalated to a second stage.').questionnaire;
    const reply = ['Request', '1. The total number of complaints received.', '2. The outcome of each complaint.', '3. The number of complaints escalated to a second stage.', '4. Please provide the information in a spreadsheet where possible.', 'Decision', '1-2. The information for points 1 and 2 is exempt under section 22, as it is intended for future publication.'].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.ok(!got.some((a) => a.id === 'Q3'), JSON.stringify(got.map((a) => [a.id, a.value])));
    // A line under question 3 that asks nothing is read as before.
    const told = reply.replace('4. Please provide the information in a spreadsheet where possible.', '4. Escalations are reported to the audit committee each quarter.');
    assert.ok(analyzeReply(told, q).answers.some((a) => a.id === 'Q3'));
  });
});

describe('real replies, fifth round', () => {
  it('reads "1. <the question restated> In January 2024 there were 159" as 159, not the question\'s own "12 months"', () => {
    const q: Question = { id: 'Q1', type: 'number', order: 0, text: 'Number of FOI requests received in the last 12 months.' };
    assert.equal(parseValue('Number of FOI requests received in the last 12 months. In January 2024 there were 159', q).value, 159);
    // A figure that is the question's and the only one stays; a question id in the question is no figure of it.
    assert.equal(parseValue('12', q).value, 12);
    const hours: Question = { id: 'Q6', type: 'number', order: 5, text: 'If yes to question 5, for how many hours per night are the lights dimmed?' };
    assert.equal(parseValue('They run at 50% output from midnight until 5am, so 5 hours per night.', hours).value, 5);
  });

  it('does not take "In answer to questions 1 to 5 …" below the last question as that question\'s answer', () => {
    const q = questionnaireFromRequest('1. Number of requests received.\n2. Number of requests answered on time.\n3. Number of FTEs handling requests.').questionnaire;
    const reply = ['Request', '1. Number of requests received.', '2. Number of requests answered on time.', '3. Number of FTEs handling requests.', 'In answer to questions 1 and 2, the figures are published by the Commissioner, so section 21 applies.', '', 'Response', '1. Number of requests received. There were 159', '2. Number of requests answered on time. There were 121'].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.ok(!got.some((a) => a.id === 'Q3'), JSON.stringify(got.map((a) => [a.id, a.status])));
    assert.deepEqual(got.map((a) => [a.id, a.value]), [['Q1', 159], ['Q2', 121]]);
  });
});

describe('real replies, sixth round (a survey sent to every council)', () => {
  const count: Question = { id: 'Q3', type: 'number', order: 2, text: 'What is the total number of people on waiting lists for these sites?' };

  it('never reads a date written with slashes ("as at 01/10/10") as the count', () => {
    assert.equal(parseValue('Total number on waiting list as at 01/10/10 is 918', count).value, 918);
    assert.equal(parseValue('There were 37 on 3/4/2024.', count).value, 37);
  });

  it('reads "No new sites brought into use during 2010." as none, never the year 2010', () => {
    const plots: Question = { id: 'Q5d', type: 'number', order: 8, text: 'total number of new plots' };
    assert.equal(parseValue('No new sites brought into use during 2010.', plots).value, 0);
    assert.equal(parseValue('The list has been closed since 2019.', count).value, null);
    // A count that is also a year-like figure, with no phrase of time before it, stays a count.
    assert.equal(parseValue('2018 people were on the waiting list.', count).value, 2018);
  });
});

describe('crm-blind22 (scored blind on 6621389, then fixed)', () => {
  it('reads "We do not measure uptake as a percentage. At 31 March there were 21,406 accounts." as not held for a percentage, not partial', () => {
    const q = questionnaireFromRequest('1. What is the uptake of the portal, as a percentage of residents?\n2. How many staff work on the portal?').questionnaire;
    const reply = ['1. What is the uptake of the portal, as a percentage of residents?', 'We do not measure uptake as a percentage. At 31 March 2018 there were 21,406 registered accounts.', '', '2. How many staff work on the portal?', 'There are 4 staff; we do not hold a breakdown by grade.'].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status, a.value]), [['Q1', 'not-held', null], ['Q2', 'partial', 4]]);
    // A count written as a word, then what is not held: the count is given.
    assert.equal(classifyAnswer('Four. We do not hold a breakdown by grade.').status, 'partial');
  });
});

describe('"Associations hold their own lists" (other-blind9)', () => {
  it('says the rest is held by someone else: a figure with it is partial, alone it is not held', () => {
    assert.equal(classifyAnswer("The Council's own list has 287 names. Associations hold their own lists.").status, 'partial');
    assert.equal(classifyAnswer('Schools keep their own records of this.').status, 'not-held');
    assert.equal(classifyAnswer('Associations pay their own water bills; the council has 287 names on its list.').status, 'answered');
  });
});

describe('crm-blind25 (scored blind on 26db2fe, then fixed)', () => {
  const q = questionnaireFromRequest('4. How many systems does the council use?\n   a) How many exchange data with others?\n   b) How many do not?\n5. Are the systems centred on residents or properties? (Residents/Properties/Both)\n6. Which challenges did the council meet?').questionnaire;

  it('reads "4. a) 37" and "4. b) 175", each on its own line under an answered 4, as parts 4a and 4b', () => {
    const reply = ['4.\u00a0212 systems are listed.', '', '4. a)\u00a037', '', '4. b)\u00a0175', '', '5. Both'].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.filter((a) => a.id.startsWith('Q4')).map((a) => [a.id, a.value, a.line]), [['Q4', 212, 1], ['Q4a', 37, 3], ['Q4b', 175, 5]]);
  });

  it('ends "Both (see question 4c)." at a section 12 heading below it: the reasons are another question\'s', () => {
    const reply = ['Question 5', 'Answer: Both (see question 4c).', '', 'Section 12 – cost of compliance', '', 'To answer questions 4 and 4a we would need to contact 27 service areas, which would exceed the appropriate limit.'].join('\n');
    const a = analyzeReply(reply, q).answers.find((x) => x.id === 'Q5')!;
    assert.deepEqual([a.status, a.value], ['answered', 'Both']);
  });
});

describe('other-blind24 (scored blind on b7dff44, then fixed)', () => {
  it('reads the answer list "1. 58" / "2. 37 … and 4 …" after the request quoted with "Q1." labels, when a label stands for a question\'s parts', () => {
    const q = questionnaireFromRequest('Q1. How many claims did the council receive?\nQ2. Of the claims closed:\n(a) how many were settled without a hearing?\n(b) how many were decided at a hearing?\nQ3. How much was paid in compensation?').questionnaire;
    const reply = ['Request', '', 'Q1. How many claims did the council receive?', '', 'Q2. Of the claims closed:', '(a) how many were settled without a hearing?', '(b) how many were decided at a hearing?', '', 'Q3. How much was paid in compensation?', '', 'Response', '', '1. 58', '2. 37 were settled without a hearing and 4 were decided at a hearing.', '3. £318,455'].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.filter((a) => a.id === 'Q1' || a.id === 'Q3').map((a) => [a.id, a.value, a.line]), [['Q1', 58, 13], ['Q3', 318455, 15]]);
    assert.ok(got.some((a) => a.id === 'Q2a' && a.line === 14));
  });

  it('reads "Fifty-eight claims." as 58, not 50', () => {
    const count: Question = { id: 'Q1', type: 'number', order: 0, text: 'How many claims did the council receive?' };
    assert.deepEqual(['Fifty-eight claims.', 'Twenty one', 'Thirty-two thousand', 'Forty'].map((t) => parseValue(t, count).value), [58, 21, 32000, 40]);
  });
});

describe('"Both." to a choice that offers "Mix of both" (other-blind24)', () => {
  it('is that choice', () => {
    const q = questionnaireFromRequest('1. Is verge cutting carried out in-house, by a contractor, or by a mix of both?\n2. How many cuts a year do urban verges receive?').questionnaire;
    assert.deepEqual(q.byId.get('Q1')!.choices, ['In-house', 'Contractor', 'Mix of both']);
    const reply = ['1. Both. Town verges are cut in-house; rural verges under contract.', '2. Six'].join('\n');
    const a = analyzeReply(reply, q).answers.find((x) => x.id === 'Q1')!;
    assert.deepEqual([a.status, a.value], ['answered', 'Mix of both']);
  });
});

describe('other-blind26 (scored blind on e627b28, then fixed)', () => {
  it('never reads "free after 6pm" as a count, and "All of them – …" gives no count of its own', () => {
    const parks: Question = { id: 'Q5b', type: 'number', order: 6, text: 'If yes, in how many car parks?' };
    assert.equal(parseValue('All of them - every car park is free after 6pm and on the four Saturdays before Christmas.', parks).value, null);
    assert.equal(parseValue('Free after 6pm in 12 car parks.', parks).value, 12);
    assert.equal(parseValue('Opening at 7.30am; 14 sites.', parks).value, 14);
    assert.equal(parseValue('All 23 car parks.', parks).value, 23);
  });

  it('reads "(i) in-house, (ii) by a contractor, or" / "(iii) by schools?" as one question with three options', () => {
    const q = questionnaireFromRequest('7. When were the criteria last reviewed?\n\n8. Is the service delivered (i) in-house by the council, (ii) by an external contractor, or\n   (iii) by schools themselves?\n\nYours faithfully').questionnaire;
    const q8 = q.byId.get('Q8')!;
    assert.deepEqual([q8.type, q8.choices], ['choice', ['In-house by the council', 'External contractor', 'Schools themselves']]);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q7', 'Q8']);
  });

  it('takes the exemption of "Q3 - Withheld (see below)" from "Question 3 - Section 43(2)" further down', () => {
    const q = questionnaireFromRequest('1. How many patrol sites are there?\n2. How many are vacant?\n3. What does the contract cost?').questionnaire;
    const reply = ['Q1 - 142', 'Q2 - 7', 'Q3 - Withheld (see below)', '', 'Information withheld', '', 'Question 3 - Section 43(2) (commercial interests)', '', 'The contract is being re-tendered and disclosure would prejudice the procurement.'].join('\n');
    const a = analyzeReply(reply, q).answers.find((x) => x.id === 'Q3')!;
    assert.deepEqual([a.status, a.exemption, a.line], ['refused', 's43', 3]);
    // A lettered part's reasons: "Question 2(b) - Section 40(2)".
    const q2 = questionnaireFromRequest('1. How many patrol sites are there?\n2. Staff\na) How many patrollers are employed?\nb) What is the lead patroller paid?').questionnaire;
    const lettered = ['1. 142', '2. a) 69', 'b) Withheld - see below', '', 'Question 2(b) - Section 40(2) (personal information)', '', 'Disclosing the salary would identify the individual.'].join('\n');
    assert.equal(analyzeReply(lettered, q2).answers.find((x) => x.id === 'Q2b')?.exemption, 's40');
  });
});

describe('crm-blind27 (scored blind on c575247, then fixed)', () => {
  it('keeps "Refused – section 12 applies (see note at the end of this letter)" over the note\'s own "Question 9: … 2,350 invoices"', () => {
    const q = questionnaireFromRequest('8. What was the annual spend?\n9. What was spent on software licences?\n10. What was the payroll cost?').questionnaire;
    const reply = ['Question 8: £1.9 bn', 'Question 9: Refused – section 12 applies (see note at the end of this letter).', 'Question 10: £412.5 m', '', 'Section 12', '', 'Question 9: software licence costs are not coded to a single ledger account. To separate them, officers would need to examine around 2,350 invoices, about 39 hours in total.'].join('\n');
    const a = analyzeReply(reply, q).answers.find((x) => x.id === 'Q9')!;
    assert.deepEqual([a.status, a.exemption, a.value, a.line], ['refused', 's12', null, 2]);
  });
});
