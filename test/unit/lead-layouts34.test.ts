// Layouts found by scoring the engine on replies it had never seen (session 34), each fixed with a
// general rule. The requests and letters here are written for fictional bodies; no real text is copied.
import { strict as assert } from 'node:assert';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { analyzeReply } from '../../src/core/suggest';
import type { Suggestion } from '../../src/core/types';
import { answersOf, fromRequest, reading } from '../support/engine';

/** Each of the ids read with the same status, exemption (or none) and line: one statement for them all. */
const sameFor = (got: Map<string, Suggestion>, ids: string[], want: [string, string | null, number]): void => {
  for (const id of ids) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption ?? null, got.get(id)?.line], want, id);
};

describe('a request that asks the same question twice, restated whole above one refusal', () => {
  const request = [
    'My request concerns warnings given to market traders.',
    '',
    '-How many traders received a written warning in each of the last three years?',
    '',
    '-How many warnings has each of them received?',
    '',
    '-Which rules did they break?',
    '',
    '-How many traders received a written warning in 2015?',
    '',
    '-How many warnings has each of them received?',
    '',
    '-Which rules did they break?',
  ].join('\n');
  const reply = [
    ...request.split('\n'),
    '',
    '',
    'To answer all of these questions we would have to read every trader file by hand. The cost of doing so would exceed the appropriate limit of £450, so under section 12 of the Act we are not obliged to comply.',
  ].join('\n');

  it('takes the second "How many warnings …?" as the fifth question, so the refusal covers all six', () => {
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6']);
    const got = answersOf(reply, q);
    sameFor(got, ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6'], ['refused', 's12', 16]);
  });
});

describe('a request flattened onto one line, one question numbered inline with its parts lettered after it', () => {
  const request = 'I would like to make a request under the Act. Please would you provide me with: 1. A list of every planning enforcement notice served in 2022 and 2023. Please include: a) The address of the site b) The date served c) The breach alleged d) Whether the notice was appealed';

  it('reads the number and its four lettered parts', () => {
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b', 'Q1c', 'Q1d']);
    assert.equal(q.questions[2]!.text, 'The date served');
  });

  it('leaves a lone number with fewer than three lettered parts, or one inside a sentence, as it is', () => {
    const ids = (text: string): string[] => questionnaireFromRequest(text).questionnaire?.questions.map((x) => x.id) ?? [];
    assert.deepEqual(ids('Please would you provide me with: 1. A list of notices served in 2022, with a) the address and b) the date.'), []);
    assert.deepEqual(ids('Please list the notices in table 1) a) served b) withdrawn c) appealed, for 2023'), []);
  });
});

describe('a request whose third question names the first one\'s parts as a range, "a) to d) above"', () => {
  const request = [
    'For each of the last three years, please provide:',
    '1) The number of staff days lost through:',
    '     a. Illness',
    '     b. Approved leave',
    '     c. Unapproved leave',
    '     d. In total',
    '',
    '2) What these figures are as a % of all working days.',
    '',
    '3) The number of staff who account for the days in',
    '     a) to d) above',
    '',
    '4) The number of staff with no days lost at all.',
  ].join('\n');

  it('reads "a) to d) above" as the words of question 3, not as a part 3a', () => {
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b', 'Q1c', 'Q1d', 'Q2', 'Q3', 'Q4']);
    assert.match(q.byId.get('Q3')!.text ?? '', /in a\) to d\) above$/);
  });

  it('gives the cost refusal below the restated request, which says "this part" but opens on "your questions", to every question', () => {
    const reply = [
      'You asked:-',
      '',
      ...request.split('\n'),
      '',
      'The Agency is unable to answer your questions on this occasion as to do so would exceed the cost limit of £600, which',
      'represents one person spending 3½ working days locating and extracting the information. Under section 12 of the Act',
      'the Agency is not obliged to comply with this part of your request.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    sameFor(got, ['Q1a', 'Q1b', 'Q1c', 'Q1d', 'Q2', 'Q3', 'Q4'], ['refused', 's12', 17]);
  });

  it('still keeps a refusal "for this question" to its own question', () => {
    const reply = [
      ...request.split('\n'),
      '',
      'We do not hold this information for this question.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q4')?.status, 'not-held');
    assert.equal(got.get('Q2')?.status, undefined);
  });
});

describe('a force that quotes the request with the requester\'s notes, then points to its website under section 21', () => {
  const request = [
    '1. How many disciplinary hearings were held against staff in 2023?',
    '',
    '2. For each hearing, please provide:',
    'a) The grade of the member of staff',
    'b) A summary of the allegation',
    'c) The outcome',
  ].join('\n');
  const pointer = 'Under section 21 of the Act, we need not provide information that is already reasonably accessible to you. The information you requested is available on the following website.';

  it('reads numbered notes as the requester\'s, and the pointer as signposted (s21) for every question, at its line', () => {
    const reply = ['Disciplinary Hearings (0412_24)', '', ...request.split('\n'), 'NB1: For the summary of each case, please provide as much detail as possible.', '', 'NB2: I am aware that some bodies publish this routinely. I am specifically requesting hearings, not meetings.', '', '', pointer].join('\n');
    sameFor(answersOf(reply, fromRequest(request)), ['Q1', 'Q2a', 'Q2b', 'Q2c'], ['signposted', 's21', 14]);
  });

  it('reads unlabelled notes as the requester\'s too', () => {
    const reply = [...request.split('\n'), 'For the summary of each case, please provide as much detail as possible.', '', 'I am specifically requesting hearings, not meetings or investigations.', '', pointer].join('\n');
    sameFor(answersOf(reply, fromRequest(request)), ['Q1', 'Q2a', 'Q2b', 'Q2c'], ['signposted', 's21', 11]);
  });
});

describe('a letter from a PDF: a question broken over a blank line, then "Your request is being handled under …" before the decision', () => {
  const request = [
    'In your department:',
    '1.  How many desktop computers still run an unsupported operating system?',
    '2.  When do you expect to move all of these machines to a',
    '',
    'supported operating system?',
    '3. Which operating system will they move to?',
    '4. What is the cost of any extended support agreement?',
  ].join('\n');

  it('joins the broken question, and gives the refusal below to every question', () => {
    const q = fromRequest(request);
    assert.equal(q.byId.get('Q2')!.text, 'When do you expect to move all of these machines to a supported operating system?');
    const reply = [
      'Dear Mr Orme,',
      '',
      'Thank you for your email in which you asked for the following information from the Department:',
      '',
      ...request.split('\n'),
      '',
      'Your request is being handled under the Freedom of Information Act 2000 (FOIA).',
      '',
      'I can confirm that the Department holds the information, but its release would prejudice law enforcement: it could',
      'make our systems vulnerable to attack. I am withholding it under section 31(1)(a) of FOIA.',
    ].join('\n');
    const got = answersOf(reply, q);
    sameFor(got, ['Q1', 'Q2', 'Q3', 'Q4'], ['refused', 's31', 15]);
  });

  it('does not join a question that ends a sentence across a blank line', () => {
    const q = fromRequest(['1. How many machines run Windows 7?', '', 'supported operating system?', '2. Which system will replace it?', '3. What does support cost?'].join('\n'));
    assert.equal(q.byId.get('Q1')!.text, 'How many machines run Windows 7?');
  });
});

describe('a log page whose request runs its bulleted questions together on one line', () => {
  const request = 'I would like to request the following information: - how many households receive a council tax discount in your area- how many of those households are in council tax arrears- how many of those households (in social housing) are in rent arrears?';

  it('reads one question for each "- how many …"', () => {
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.text), [
      'how many households receive a council tax discount in your area',
      'how many of those households are in council tax arrears',
      'how many of those households (in social housing) are in rent arrears?',
    ]);
  });

  it('reads noun phrases run together the same way', () => {
    const q = fromRequest('I would like the following information: - the number of fines issued in 2023- the number paid- the number appealed');
    assert.deepEqual(q.questions.map((x) => x.text), ['the number of fines issued in 2023', 'the number paid', 'the number appealed']);
  });

  it('leaves dashes inside a sentence alone, with no colon and dash before the first', () => {
    const count = (text: string): number => questionnaireFromRequest(text).questionnaire?.questions.length ?? 0;
    assert.equal(count('Please tell me the following: the number of fines - how many were paid - for 2023.'), 0);
    assert.equal(count('Can you tell me how many fines were issued - how many were paid - how many were appealed in 2023?'), 0);
  });
});

describe('a request in bullet points, one of which numbers its own items', () => {
  const request = [
    'Please provide the following information:',
    '',
    '· The percentage of officer recommendations to approve that the committee overturned.',
    '',
    '· The percentage of refusals that went to appeal.',
    '',
    '· Of the refusals that went to appeal, the percentage allowed:',
    '1. On written representations',
    '2. At a hearing',
    '3. At an inquiry',
    '· Of the appeals allowed, the percentage where costs were awarded against the council.',
  ].join('\n');

  it('takes the four bullets as Q1–Q4, the numbered items the third one\'s words', () => {
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4']);
    assert.match(q.byId.get('Q3')!.text ?? '', /allowed: 1\. On written representations 2\. At a hearing 3\. At an inquiry$/);
  });

  it('keeps a numbered list that comes after the bullets, not inside them', () => {
    const q = fromRequest(['Please provide the following:', '· The number of fines issued', '· The number paid', '· The number appealed', '', 'Also:', '1. What is the fine?', '2. Who sets it?'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.text), ['What is the fine?', 'Who sets it?']);
  });

  it('gives the refusal under the Regulations, after the letter says it considered the request under them, to all four', () => {
    const reply = [
      ...request.split('\n'),
      'If you cannot work out the percentages, please just give me the numbers.',
      '',
      'Thank you for your recent information request regarding information on planning appeals.  As the request concerns environmental information the Council has considered it under the Environmental Information Regulations 2004.',
      '',
      'While the information requested is held by the Council against each planning application, it is not held in a manner which enables the totals you ask for to be drawn without reading every file, which would take well over 18 hours.',
      '',
      'Regulation 12(4)(b) provides that a public authority may refuse to disclose information to the extent that the request for information is manifestly unreasonable.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    sameFor(got, ['Q1', 'Q2', 'Q3', 'Q4'], ['refused', 's12', 16]);
  });
});

describe('a log page: the request\'s questions on one line, the requester\'s note left open with a comma, then "Response"', () => {
  const request = 'I would like to request the following information: - how many tenants have a current rent account with the council- how many of those tenants have a garage tenancy- how many of those garages are vacant?';
  const reply = [
    'Garage Tenancies - Freedom of information requests',
    'Request',
    request,
    'I understand that your authority may not hold tenants rent account details for garage tenancies, if that is the case, please ignore my request,',
    'Response',
    'There are 6,410 tenants with a current rent account. Of those, 912 tenants also hold a garage tenancy.',
    'The council does not hold a record of vacant garages, as they were transferred to a housing association in 2009.',
  ].join('\n');

  it('ends the requester\'s sentence at the heading, and reads the letter\'s sentences in order', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 6410, 6]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 912, 6]);
    assert.deepEqual(reading(got, 'Q3'), ['not-held', null, 7]);
  });
});

describe('a WhatDoTheyKnow thread: the request, the requester\'s sign-off, the team\'s header, "1 Attachment", one line', () => {
  const request = [
    'I would like to request the following data under the Freedom of Information Act 2000:',
    '',
    '1. How many penalty notices for school absence did the council issue in 2022/23?',
    '2. How many were not paid within 21 days?',
    '3. How much was collected from them?',
  ].join('\n');
  const reply = [
    'Dear Orrin Vale District Council,',
    '',
    ...request.split('\n'),
    '',
    'Yours faithfully,',
    '',
    'Tamsin Reed',
    '',
    'Freedom of Information (FOI), Orrin Vale District Council',
    '',
    '1 Attachment',
    '',
    'Please find attached the response to your recent information request',
  ].join('\n');

  it('reads the one line as signposting every question to the attachment', () => {
    const got = answersOf(reply, fromRequest(request));
    sameFor(got, ['Q1', 'Q2', 'Q3'], ['signposted', null, 17]);
  });
});

describe('a request whose first question runs on from the line that introduces the list', () => {
  const request = [
    'For each of the last three school years, please provide the following information: 1) Whether the council holds any records of children starting school who are not toilet trained.',
    '2) Any guidance the council has issued to schools on the matter.',
    '3) Any complaints from teachers about it.',
  ].join('\n');

  it('reads "1)" on the first line as Q1, before "2)" and "3)" on their own lines', () => {
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    assert.match(q.byId.get('Q1')!.text ?? '', /^Whether the council holds any records/);
  });

  it('leaves a "1)" on a line whose next line is not "2)"', () => {
    const q = fromRequest(['Please tell me: 1) how many fines were issued.', 'I also want the cost.', '', '3) Who sets the fine?', '4) When was it last changed?'].join('\n'));
    assert.ok(!q.questions.some((x) => /fines were issued/.test(x.text ?? '')), 'no question from the first line');
  });
});

describe('a service\'s page that quotes each bulleted question, its answer a table flattened onto one line', () => {
  const request = [
    '- The total number of days lost to stress by firefighters, by year, since 2015.',
    '- The total number of days lost to stress by all other staff, by year, since 2015.',
    '- The total number of firefighters employed, by year, since 2015.',
  ].join('\n');
  const reply = [
    'You asked for:',
    ...request.split('\n'),
    'Our Response:',
    '- The total number of days lost to stress by firefighters, by year, since 2015.',
    'Answer: - We can only give figures from April 2017; earlier records are on a system we no longer use.',
    'Stress Days - Firefighters 2017 2018 2019 2020 Sum: Total 412 388.5 501 467 1768.5 - The total number of days lost to stress by all other staff, by year, since 2015.',
    'Answer: - We can only give figures from April 2017.',
    'Stress Days - Other Staff 2017 2018 2019 2020 Sum: Total 120 96.5 143 131 490.5 - The total number of firefighters employed, by year, since 2015.',
    'Answer: The figures are published in our annual report, exempt under section 21 of the Act.',
  ].join('\n');

  it('finds each question run on after the table above it, and ends each answer there', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 412, 7]);
    assert.match(got.get('Q1')!.text, /Total 412 388\.5 501 467 1768\.5$/);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 120, 9]);
    assert.match(got.get('Q2')!.text, /490\.5$/);
    assert.equal(got.get('Q3')?.line, 11);
    assert.equal(got.get('Q3')?.exemption, 's21');
  });
});

describe('figures in a row, one with decimals', () => {
  it('reads "120 96.5 143" and "2017 120 480" as rows of figures, not 120,096.5 or 120,480; "12 480" alone is still twelve thousand', () => {
    const q = fromRequest(['1. How many days were lost in each year?', '2. How many visits were there?'].join('\n'));
    const one = (text: string, id: string): unknown => answersOf(text, q).get(id)?.value;
    assert.equal(one('1. Total 120 96.5 143 131\n2. There were 12 480 visits', 'Q1'), 120);
    assert.equal(one('1. Total 120 96.5 143 131\n2. There were 12 480 visits', 'Q2'), 12480);
    assert.equal(one('1. Days lost 2017 120 480\n2. There were 12 480 visits', 'Q1'), 120, 'a row after its year');
  });
});

describe('a force\'s log page: the request quoted as a numbered list, "Answer", then one paragraph a question', () => {
  const request = [
    '1. In the last five years how many of your officers have faced gross misconduct hearings?',
    '',
    '2. How many of these were found to have committed gross misconduct?',
    '',
    '3. Of those, how many were dismissed from the force?',
    '',
    '4. For all those found to have committed gross misconduct, please provide: rank of officer, date of their hearing, and a summary of the misconduct.',
  ].join('\n');
  const reply = [
    'Question',
    '',
    ...request.split('\n'),
    '',
    'Answer',
    '',
    'There were 44 officers (including special constables) who faced gross misconduct hearings.',
    '',
    'At those hearings 31 officers were found to have committed gross misconduct.',
    '',
    'Of the 31 officers, 12 were dismissed from the force.',
    '',
    'The attached table gives the rank of each officer and the date of the hearing.',
    '',
    'The summaries of the misconduct are withheld, as they would identify the officers: personal data is exempt under section 40(2).',
  ].join('\n');

  it('reads the paragraphs in order as the answers, not the question\'s list after "please provide:"', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 44, 13]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 31, 15]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 12, 17]);
    assert.equal(got.get('Q4')?.line, 19);
    assert.notEqual(got.get('Q4')?.value, 'rank of officer, date of their hearing, and a summary of the misconduct.');
  });

  it('leaves answers given under each question to their labels', () => {
    const inline = [
      '1. In the last five years how many of your officers have faced gross misconduct hearings?',
      '44',
      '2. How many of these were found to have committed gross misconduct?',
      '31',
      '3. Of those, how many were dismissed from the force?',
      '12',
      '4. For all those found to have committed gross misconduct, please provide: rank of officer, date of their hearing, and a summary of the misconduct.',
      'Answer',
      '',
      'Officers on probation are counted with the others; 3 of the 44 hearings were held in private.',
      '',
      'Hearings found gross misconduct in 31 of the 44 cases, a figure that includes 2 appeals.',
      '',
      'Officers dismissed: 12, of whom 4 resigned before the hearing ended.',
      '',
      'The rank and date of each hearing are in the attached table.',
    ].join('\n');
    const got = answersOf(inline, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 44, 2]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 12, 6]);
  });

  it('does not read paragraphs that share no word with their questions as their answers', () => {
    const other = reply.replace('There were 44 officers (including special constables) who faced gross misconduct hearings.', 'Thank you for your patience: we received your request on 3 May.');
    const got = answersOf(other, fromRequest(request));
    assert.notDeepEqual(reading(got, 'Q2'), ['answered', 31, 15]);
  });

  it('gives one statement below the heading to every question, not one paragraph each', () => {
    const one = [...request.split('\n'), '', 'Answer', '', 'We do not hold this information in a retrievable form.'].join('\n');
    const got = answersOf(one, fromRequest(request));
    sameFor(got, ['Q1', 'Q2', 'Q3', 'Q4'], ['not-held', null, 11]);
  });

  it('needs the heading: paragraphs straight after the quoted request are not spread over the questions', () => {
    const bare = reply.replace('Answer\n\n', '');
    const got = answersOf(bare, fromRequest(request));
    assert.notDeepEqual(reading(got, 'Q1'), ['answered', 44, 11]);
  });

  it('reads nothing in turn when there are fewer paragraphs than questions', () => {
    const short = reply.split('\n').slice(0, 18).join('\n');
    const analysis = analyzeReply(short, fromRequest(request));
    assert.deepEqual(analysis.problems.filter((p) => p.severity === 'error'), []);
    assert.ok(analysis.answers.length > 0, 'the letter is still read');
    // (Nor does the letter's close count as a paragraph: "Yours sincerely" answers nothing.)
    const signed = answersOf(`${short}\nYours sincerely\n\nTamsin Reed`, fromRequest(request));
    assert.notEqual(signed.get('Q4')?.line, 19);
    assert.notEqual(signed.get('Q1')?.line, 13);
  });
});

describe('rows pasted as comma-separated text, each question found by its words after its reference', () => {
  const request = ['1. How many libraries does the council run in the borough?', '2. How many of those libraries open on Sundays?', '3. What is the total library budget for 2024/25?'].join('\n');
  const reply = ['Ref,Question,Response,Notes', '1,How many libraries does the council run in the borough?,14,', '2,How many of those libraries open on Sundays?,Not recorded,', '3,What is the total library budget for 2024/25?,"£2,310,000",'].join('\n');

  it('ends each answer at its row, not on the next row\'s reference', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q2'), ['not-held', null, 3]);
    assert.equal(got.get('Q1')?.text, '14,');
  });
});

describe('a department\'s page: "1. Request", the questions as bullets, "2. FOI response"', () => {
  const request = [
    'The FOI request asked for the following information:',
    '',
    '  • how much the agency has paid in fees to recruitment firms since April 2020',
    '  • how many posts the agency has filled through recruitment firms in the period',
    '  • how many of those posts were senior posts',
  ].join('\n');
  const reply = ['Agency recruitment spend', '', '1. Request', '', ...request.split('\n'), '', '2. FOI response', '', 'Under section 21 of the Act the agency need not provide information that is already reasonably accessible to you. The payments appear in our monthly spending data.'].join('\n');

  it('reads the page\'s numbered heading as a heading, not as a reference to question 2', () => {
    const got = answersOf(reply, fromRequest(request));
    sameFor(got, ['Q1', 'Q2', 'Q3'], ['refused', 's21', 13]);
  });
});

describe('a regulator\'s page: "we do not hold the information … Please see below for our response", then "Question N" sections', () => {
  const request = [
    '  1. How many consultations did you respond to in 2023?',
    '  2. How many of them did you respond to within 21 days?',
    '  3. How many extensions were agreed?',
  ].join('\n');
  const reply = [
    'Information requested',
    '',
    ...request.split('\n'),
    '',
    'Information released',
    '',
    'We confirm that we do not hold the information you have requested. Please see below for our response.',
    '',
    'Question 1',
    '',
    'We do not hold this information because our system does not record the date of a response.',
    '',
    'Question 2',
    '',
    'As above, we do not hold this information.',
  ].join('\n');

  it('gives each question its own section, and the statement only to the question with none', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['not-held', null, 13]);
    assert.deepEqual(reading(got, 'Q2'), ['not-held', null, 17]);
    assert.deepEqual(reading(got, 'Q3'), ['not-held', null, 9]);
    // (A statement that does not point below leaves the question with no section of its own unanswered.)
    assert.equal(answersOf(reply.replace(' Please see below for our response.', ''), fromRequest(request)).get('Q3'), undefined);
  });

  it('with each question asked for three years, the sections still win over the statement', () => {
    const years = request.replace(/\?$/gm, ' in a) 2021-22, b) 2022-23, and c) 2023-24?').replace(/ in 2023 in a\)/, ' in a)');
    const got = answersOf(reply.replace(request, years), fromRequest(years));
    assert.equal(got.get('Q1')?.line, 13);
    assert.equal(got.get('Q2')?.line, 17);
    assert.equal(got.get('Q3')?.line, 9);
    assert.equal(answersOf(reply.replace(request, years).replace(' Please see below for our response.', ''), fromRequest(years)).get('Q1')?.line, 9);
  });
});

describe('a typed question answered in a sentence of words', () => {
  const request = ['1. What was your training budget in 2023?', '2. How is the contract managed?', '3. How many staff were trained?'].join('\n');

  it('is answered, offered at low confidence with no value; a denial, a hedge or a pointer stays unclear', () => {
    const reply = ['1. Training is paid for from each service\'s own budget.', '2. The contract is reviewed every year by the board.', '3. Counted within 2b, not separately.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.value], ['answered', null]);
    assert.ok(got.get('Q1')!.confidence < DEFAULT_MIN_CONFIDENCE, 'offered, never auto-coded');
    assert.ok(got.get('Q1')!.confidence < got.get('Q2')!.confidence, 'below a text answer');
    assert.equal(got.get('Q2')?.status, 'answered');
    assert.equal(got.get('Q3')?.status, 'unclear');
    const hedged = answersOf('1. A budget might be set aside next year if needed.\n2. See above.\n3. None.', fromRequest(request));
    assert.equal(hedged.get('Q1')?.status, 'unclear');
  });
});

describe('one line answering the whole request: "The answer to your request is nil."', () => {
  const request = ['What was the total cost in 2023 of taxis to schools outside the area?', '', 'What was the cost of the five longest journeys?'].join('\n');

  it('reads nil as 0 for each sum asked', () => {
    const reply = [...request.split('\n'), '', 'The answer to your request is nil.  This is an islands authority.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 0, 5]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 0, 5]);
  });
});

describe('one answer labelled with the numbers it covers, "1, 2, 3, 4)"', () => {
  const request = ['1) The number of complaints about staff misusing the records system', '', '2) The number of complaints about contractors misusing it', '', '3) The outcome of those complaints', '', '4) The purposes for which the system was misused'].join('\n');

  it('gives the statement to all four questions, not the requester\'s line under the fourth', () => {
    const reply = [...request.split('\n'), '', 'Please provide the information for calendar years 2021 to 2023.', '', 'Decision', '', '1, 2, 3, 4) No information is held by the Office in order to answer your request.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    sameFor(got, ['Q1', 'Q2', 'Q3', 'Q4'], ['not-held', null, 13]);
  });

  it('does not read figures listed with commas at a line\'s start, "1, 2, 3 and 5 were upheld", as labels', () => {
    const reply = ['1)', '12', '2)', '14', '3)', '1, 2, 3 and 5 were upheld in the four years', '4)', 'Unknown'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 12, 2]);
    assert.equal(got.get('Q3')?.line, 6);
  });
});

describe('"Question 3 of your request has been considered in accordance with the … Regulations", the answer below', () => {
  const request = ['1. Why was the bus lane on Mill Road widened?', '2. Was a road safety audit carried out?', '3. Please provide the air quality readings for Mill Road in 2023.'].join('\n');

  it('takes the paragraph below the sentence naming the law as question 3\'s answer, not a statement for the whole request', () => {
    const reply = [
      'You asked',
      '',
      request,
      '',
      'We answered',
      '',
      'Question 3 of your request has been considered in accordance with the requirements of the Environmental Information Regulations (EIR) and our information access policy.',
      '',
      'We do not hold air quality readings for Mill Road; the county council runs the monitoring stations.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q3'), ['not-held', null, 11]);
    assert.equal(got.get('Q1'), undefined, 'the letter answers question 3 only');
  });
});
