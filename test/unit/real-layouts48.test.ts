// Layouts and wordings found by scoring the engine on replies it had never seen (session 48), each
// fixed with a general rule. The letters here are written for fictional bodies; no real text is
// copied.
import { strict as assert } from 'node:assert';
import { answersOf, fromRequest, reading } from '../support/engine';

describe('a name given first, then another part of the answer withheld', () => {
  const request = [
    'Dear Ellerby District Council,',
    '',
    'Please provide the following information:',
    '',
    '1. How many market pitches does the council licence?',
    '2. Please provide the name and job title of the officer who manages the markets team.',
    '3. Which company holds the contract to clean the market hall, and when does that contract end?',
    '4. Which company supplies the pitch booking system, and what did the council pay for it in 2024/25?',
    '',
    'Yours faithfully,',
    'Dana Whitlow',
  ].join('\n');
  const reply = (a2: string, a3: string, a4: string): string => [
    'Our reference: FOI-4471',
    '',
    '1. How many market pitches does the council licence?',
    'Response: 64',
    '',
    '2. Please provide the name and job title of the officer who manages the markets team.',
    `Response: ${a2}`,
    '',
    '3. Which company holds the contract to clean the market hall, and when does that contract end?',
    `Response: ${a3}`,
    '',
    '4. Which company supplies the pitch booking system, and what did the council pay for it in 2024/25?',
    `Response: ${a4}`,
    '',
    'Yours sincerely,',
    'Information Governance Team',
  ].join('\n');
  const q = fromRequest(request);

  it('reads a job title in capitals, then a name withheld under section 40, as partial with the title', () => {
    const got = answersOf(reply('Markets and Events Manager. We do not release the names of officers below Head of Service, as they are personal data exempt under section 40(2).', 'Brightwell Facility Services Ltd', 'Stallbook Systems Ltd'), q);
    assert.equal(got.get('Q2')?.status, 'partial');
    assert.equal(got.get('Q2')?.exemption, 's40');
    assert.match(String(got.get('Q2')?.value), /^Markets and Events Manager\.?$/);
  });

  it('reads a company on its own line, then the contract end date withheld under section 43, as partial with the company', () => {
    const got = answersOf(reply('Markets and Events Manager', 'Brightwell Facility Services Ltd\nThe end date of the contract is withheld under section 43(2) of the Act, as it is commercially sensitive.', 'Stallbook Systems Ltd'), q);
    assert.deepEqual(reading(got, 'Q3').slice(0, 2), ['partial', 'Brightwell Facility Services Ltd']);
    assert.equal(got.get('Q3')?.exemption, 's43');
  });

  it('reads "The name of the officer is withheld" after a sentence naming the role as partial', () => {
    const got = answersOf(reply('The markets team is managed by the Markets and Events Manager. The name of the officer is withheld under section 40(2) of the Act.', 'Brightwell Facility Services Ltd', 'Stallbook Systems Ltd'), q);
    assert.equal(got.get('Q2')?.status, 'partial');
  });

  it('keeps a refusal whose first words in capitals are its own reason, not a name', () => {
    for (const lead of ['Commercial Interests.', 'Personal Information.', 'Not Held.']) {
      const got = answersOf(reply('Markets and Events Manager', 'Brightwell Facility Services Ltd', `${lead} The supplier and the sum paid are withheld under section 43(2) of the Act.`), q);
      assert.notEqual(got.get('Q4')?.status, 'partial', lead);
    }
  });
});

describe('a disclosure-log entry whose response is only the link to its document', () => {
  // A log page renders the request's numbered list as "1." on every item, then gives the reply as
  // a link's title.
  const request = [
    '  1. Is the council a member of a regional tourism partnership?',
    '  1. If so, what did it pay to that partnership in 2023/24?',
    '  1. How many staff does the council employ in its visitor centre?',
  ].join('\n');
  const page = (response: string): string => [
    'Reference: 7718204',
    '',
    '',
    request,
    '',
    'Response date: 14 March 2025',
    '',
    `Response: ${response}`,
  ].join('\n');
  const q = fromRequest(request);

  it('reads "Response to this request - <reference>" as pointing every question to the document', () => {
    const got = answersOf(page('Response to this request - 7718204.'), q);
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [got.get(id)?.status, got.get(id)?.line]), [['signposted', 10], ['signposted', 10], ['signposted', 10]]);
  });

  it('reads a file name with its size as pointing to the document', () => {
    const got = answersOf(page('FOI 7718204 response (PDF, 210KB)'), q);
    assert.equal(got.get('Q3')?.status, 'signposted');
  });

  it('keeps a response that gives figures after the words "response to your request"', () => {
    const got = answersOf(page('Response to your request: 42'), q);
    assert.notEqual(got.get('Q3')?.status, 'signposted');
  });
});

describe('section 21 with the disclosure log as the place to look', () => {
  const request = [
    '1. How much has the council paid in compensation for pothole damage since 2020?',
    '2. How many pothole claims has the council received since 2020?',
    '3. How many potholes are awaiting repair today?',
  ].join('\n\n');
  it('signposts every question when the letter says the answers are on its disclosure log', () => {
    const reply = `${request}\n\nThis information is already available on our disclosure log, as the Council has answered earlier requests about pothole claims. We are therefore applying the section 21 exemption (information accessible by other means).`;
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [got.get(id)?.status, got.get(id)?.exemption]), [['signposted', 's21'], ['signposted', 's21'], ['signposted', 's21']]);
  });
  it('still refuses when section 21 is cited with nowhere named', () => {
    const reply = `${request}\n\nThis information is reasonably accessible to you by other means, so we are applying the section 21 exemption.`;
    assert.equal(answersOf(reply, fromRequest(request)).get('Q1')?.status, 'refused');
  });
});

describe('a breakdown asked for with "Can you please …"', () => {
  it('types "Can you please break the numbers down into …" as text, not yes or no', () => {
    const q = fromRequest('1. How many applications were made under the scheme in 2024?\n2. Can you please break the numbers down into "right to ask" and "right to know"?\n3. Can you confirm whether the scheme is run by a dedicated team?');
    assert.deepEqual(q.questions.map((x) => x.type), ['number', 'text', 'yes-no']);
  });
});

describe('a prose letter grouped by subject, which says where its answers are', () => {
  const request = [
    'Dear Sir or Madam,',
    '',
    'Please provide the following information about your community meals service for 2023/24.',
    '',
    '1. Does the council provide a community meals service?',
    '2. How many residents received meals on 31 March 2024?',
    '3. For 2023/24, please state:',
    '   a) the charge to a resident for one hot meal;',
    '   b) the total income the council received from meal charges.',
    '4. What was the gross cost of running the service in 2023/24?',
    '5. In 2023/24, how many:',
    '   a) meals were delivered late;',
    '   b) of those late meals led to a complaint?',
    '6. What percentage of meals were delivered within the agreed time window in 2023/24?',
    '7. In which year did the council last review its meal charges?',
    '8. How many drivers does the service employ?',
    '',
    'Yours faithfully,',
    'Wren Aldous',
  ].join('\n');
  const letter = [
    'Dear Ms Aldous,',
    '',
    'Thank you for your request. We have answered questions 1 to 4 and 6 to 8 below, grouped by subject. Questions 5 a) and b) are refused; the reasons are given at the end of this letter.',
    '',
    'The service',
    '',
    'The council runs its own community meals service from the Harrowgate kitchen. At 31 March 2024 around 1,140 residents received meals.',
    '',
    'Charges and costs',
    '',
    'The charge for one hot meal (question 3a) was £4.80 in 2023/24, and income from meal charges (3b) for the year was £0.61 m. The gross cost of running the service in 2023/24 was £1.9 million.',
    '',
    'Performance',
    '',
    'In 2023/24, 94% of meals were delivered within the agreed time window. The service employs 23 drivers. Meal charges were last reviewed in 2022.',
    '',
    'Questions 5 a) and b) – late meals',
    '',
    'Our delivery system does not record late meals as a separate category. Our drivers made about 96,000 deliveries in 2023/24. Even at an estimate of one minute per delivery, this would take over 1,600 hours, which is well above the 18 hours set by the Regulations. Section 12 of the Act therefore applies to questions 5 a) and b).',
    '',
    'Yours sincerely,',
    'Meals Service',
  ].join('\n');
  const q = fromRequest(request);
  const got = answersOf(letter, q);

  it('does not read "We have answered questions 1 to 4 and 6 to 8 below" as the answer to those questions', () => {
    assert.deepEqual(['Q1', 'Q2', 'Q4'].map((id) => got.get(id)?.line), [7, 7, 11]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 1140, 7]);
  });

  it('answers each of two questions named in one sentence from its own clause', () => {
    assert.deepEqual([got.get('Q3a')?.value, got.get('Q3b')?.value], [4.8, 610000]);
  });

  it('never ties a sentence of the paragraph under a label\'s title to another question', () => {
    // ("Our drivers made about 96,000 deliveries" is the refusal's reckoning, not the drivers employed.)
    assert.deepEqual(reading(got, 'Q8'), ['answered', 23, 15]);
  });

  it('reads "Questions 5 a) and b) – late meals" as a title over the refusal below it, for both parts', () => {
    assert.deepEqual(['Q5a', 'Q5b'].map((id) => [got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line]), [['refused', 's12', 19], ['refused', 's12', 19]]);
    // (The whole paragraph, its reckoning too: "about 96,000 deliveries" is how much would be read,
    // no count given for part of the question.)
    assert.match(got.get('Q5a')?.text ?? '', /^Our delivery system does not record late meals/);
  });

  it('reads a title over a paragraph as the start of the answer to both questions it names', () => {
    const req = '1. How many falls did responders attend in 2023/24?\n2. How many of those falls led to an ambulance being called?\n3. What was the gross cost of the service in 2023/24?';
    const reply = ['Dear Ms Bell,', '', 'Questions 1 and 2 – falls', '', 'We do not record falls separately, so we cannot say how many falls were attended or how many led to an ambulance.', '', 'Question 3 – cost', '', 'The gross cost was £2.1 million.', '', 'Yours sincerely,', 'Careline Team'].join('\n');
    const two = answersOf(reply, fromRequest(req));
    assert.deepEqual(['Q1', 'Q2'].map((id) => [two.get(id)?.status, two.get(id)?.line]), [['not-held', 5], ['not-held', 5]]);
  });
});

describe('a building control request: a date, days between two events, options after a colon', () => {
  const request = [
    'Q1 How many building regulations applications did you receive in 2023?',
    'Q2 For 2023/24, please give:',
    '(a) the chargeable (fee-earning) income;',
    '(b) the outcome of the chargeable account: surplus, deficit or break-even.',
    'Q3 On what date did your current scheme of charges take effect?',
    'Q4 On average, how many working days passed between a request for a site inspection and the visit in 2023/24?',
  ].join('\n');
  const q = fromRequest(request);

  it('types "On what date …" as a date (the year type) and "how many working days passed between" as a duration in days', () => {
    assert.equal(q.byId.get('Q3')?.type, 'year');
    assert.deepEqual([q.byId.get('Q4')?.type, q.byId.get('Q4')?.unit], ['duration', 'days']);
  });

  it('never reads the question\'s own options after its colon, quoted above the letter, as its answer', () => {
    const reply = [
      request,
      '',
      '-------------------------------------------------------------------',
      '',
      'Dear Mr Hale,',
      '',
      'Please see our responses typed beneath your questions.',
      '',
      '> Q1 How many building regulations applications did you receive in 2023?',
      '',
      '1,214',
      '',
      '> (a) the chargeable (fee-earning) income;',
      '',
      '£0.96m',
      '',
      '> (b) the outcome of the chargeable account: surplus, deficit or break-even.',
      '',
      'Deficit of £14,200, met from the general fund.',
      '',
      '> Q3 On what date did your current scheme of charges take effect?',
      '',
      '1 April 2023',
      '',
      'Yours sincerely,',
      'Building Control',
    ].join('\n');
    const got = answersOf(reply, q);
    assert.equal(got.get('Q2b')?.line, 24);
    assert.match(String(got.get('Q2b')?.value), /^Deficit/);
  });

  it('still reads one option named after the colon as the answer, "break-even" too', () => {
    const reply = ['Dear Mr Hale,', '', 'Q1 1,214', 'Q2', '(a) the chargeable (fee-earning) income: £0.96m', '(b) the outcome of the chargeable account: break-even', 'Q3 1 April 2023', '', 'Yours sincerely,', 'Building Control'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q2b')?.line, String(got.get('Q2b')?.value).toLowerCase()], [6, 'break-even']);
  });

  it('signposts a part refused under section 21 whose note below, on its question, gives the link', () => {
    const reply = [
      'Q No.\tSummary of question\tResponse',
      '1\tApplications received in 2023\t1,214',
      '2 (a)\tChargeable income 2023/24\tExempt under section 21 – see note',
      '2 (b)\tOutcome of the chargeable account 2023/24\tExempt under section 21 – see note',
      '3\tDate the scheme of charges took effect\tApril 2021',
      '',
      'Note on question 2 – section 21',
      '',
      'The chargeable account is published each year in the Council\'s Statement of Accounts, so the information is reasonably accessible to you by other means and is exempt under section 21. The 2023/24 statement can be found here:',
      'https://www.brackwell.example.gov.uk/finance/accounts-2023-24',
      '',
      'Yours sincerely,',
      'Information Governance',
    ].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(['Q2a', 'Q2b'].map((id) => [got.get(id)?.status, got.get(id)?.exemption]), [['signposted', 's21'], ['signposted', 's21']]);
  });
});

describe('answers grouped under numbered section headings, each answer with its own "Q" label', () => {
  const request = [
    'Q1 What is the name of the council?',
    'Q2 What is the population of the area?',
    'Q3 How many libraries does the council run?',
    'Q4 How many mobile library vehicles does the council run?',
    'Q5 What was the library service budget in 2023/24?',
    'Q6 What percentage of residents hold a library card?',
  ].join('\n');
  const reply = [
    'Dear Mr Pask,',
    '',
    'We have grouped the answers by subject.',
    '',
    '1. About the council',
    '',
    'Q1 – Farrowdene District Council',
    'Q2 – 88,400 residents',
    '',
    '2. Buildings and vehicles',
    '',
    'Q3 – 9 libraries',
    'Q4 – 2 vehicles',
    '',
    '3. Money and use',
    '',
    'Q5 – £2.4m',
    'Q6 – 31%',
    '',
    'Yours sincerely,',
    'Library Services',
  ].join('\n');
  it('reads each answer at its "Q" label, never at the section number that repeats an earlier question\'s', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(['Q2', 'Q3'].map((id) => reading(got, id)), [['answered', 88400, 8], ['answered', 9, 12]]);
  });
});

describe('a numbered answer that is a sentence, just above the next section\'s heading', () => {
  it('keeps "5. The council\'s lead officer is …" as the answer to question 5', () => {
    const request = ['1. Does the council publish a statement?', '2. In what year was it first published?', '3. How many referrals did the council make in 2023?', '4. What percentage of staff completed training?', "5. Who is the council's lead officer?", '6. How many contracts include a clause?', '7. What was the total spend?'].join('\n');
    const reply = [
      'Dear Ms Orde,',
      '',
      'Statement (questions 1 and 2)',
      '',
      'Yes, the council publishes a statement each year. The first statement was published in 2021.',
      '',
      'Referrals and training (questions 3 to 5)',
      '',
      '3. The council made 14 referrals in 2023.',
      '',
      '4. 61% of staff completed the training module in 2023.',
      '',
      "5. The council's lead officer is Rhian Colley, Director of Communities.",
      '',
      'Procurement (questions 6 and 7)',
      '',
      '6. 42 contracts include the clause.',
      '',
      '7. £12.1m',
      '',
      'Yours sincerely,',
      'Information Team',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q5')?.status, got.get('Q5')?.line], ['answered', 13]);
  });
});

describe('a pipe table whose number cell names a span of parts, and an estimate given for want of a register', () => {
  const request = [
    '1. How many software applications does the council use?',
    '2. Does the council use a CRM system?',
    '3. If the council does not have a CRM system:',
    '   a) Has it considered one?',
    '   b) What stopped it?',
    '4. What was the council\'s spend on software in 2023/24?',
  ].join('\n');
  const table = (one: string): string => [
    'Dear Mr Teale,',
    '',
    '| No. | Question | Response |',
    '|-----|----------|----------|',
    `| 1 | Software applications in use | ${one} |`,
    '| 2 | CRM system? | Yes |',
    '| 3 (a–b) | If the council does not have a CRM system | Not applicable |',
    '| 4 | Software spend 2023/24 | £1.2m |',
    '',
    'Yours sincerely,',
    'ICT Services',
  ].join('\n');
  const q = fromRequest(request);

  it('reads "| 3 (a–b) |" as the label of the heading and both its parts', () => {
    const got = answersOf(table('212'), q);
    assert.deepEqual(['Q3a', 'Q3b'].map((id) => [got.get(id)?.status, got.get(id)?.line]), [['not-applicable', 7], ['not-applicable', 7]]);
  });

  it('reads "no single register …; our best estimate is c.310" as an answer of 310', () => {
    const got = answersOf(table('There is no single register of applications; our best estimate is c.310.'), q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 310, 5]);
  });
});

describe('a question answered in parts on lines of its own, then "Total for Q3 - …"', () => {
  it('takes the total line as the value', () => {
    const request = ['Q1 What is the name of the council?', 'Q2 What was the council\'s gross spend in 2023/24?', 'Q3 What was the spend on payroll of employees, agency staff and contractors in 2023/24?', 'Q4 Does the council use a CRM system?'].join('\n');
    const reply = ['Q1 - Ashmere Borough Council', 'Q2 - £412.6m', 'Q3 (employees) - £96,410,000', 'Q3 (agency staff and contractors) - £7,220,000', 'Total for Q3 - £103,630,000', 'Q4 - Yes'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q3')?.value, 103630000);
  });
});
