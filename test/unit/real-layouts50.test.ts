// Layouts and wordings found by scoring the engine on replies it had never seen (session 50), each
// fixed with a general rule. The letters here are written for fictional bodies; no real text is
// copied.
import { strict as assert } from 'node:assert';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import { answersOf, fromRequest } from '../support/engine';

describe('a question whose parts are lettered inline on its own line', () => {
  const request = [
    'Under the Freedom of Information Act, please provide:',
    '1) The number of street lights the council maintains',
    '2) The number of street lights switched off overnight',
    '3) The widest gap between two lit columns a) on an A road and b) on a residential street?',
    'Could I have the figures for the last three years, broken down year by year for questions 1-2.',
  ].join('\n');
  const reply = (tail: string): string => [
    'FOI Request - Street lighting',
    'Request 20240771',
    request,
    'Response 14-03-2024',
    'The information requested in questions 1 and 2 is published on our website at https://www.ashgrove.example.gov.uk/lighting.',
    tail,
  ].join('\n');

  it('reads the parts\' words joined by "and" as the question, not as its answer', () => {
    const q = fromRequest(request);
    const got = answersOf(reply('The information requested for question 3 is not held by the Council.'), q);
    assert.equal(got.get('Q3')?.status, 'not-held');
    assert.equal(got.get('Q3')?.line, 10);
  });

  it('does not take the requester\'s paragraph under the last question for a cost refusal', () => {
    const q = fromRequest(request.replace('for questions 1-2.', 'for questions 1-2 (or fewer years if three would exceed the cost limit).'));
    const got = answersOf(reply('The information requested for question 3 is not held by the Council.'), q);
    assert.notEqual(got.get('Q3')?.status, 'refused');
    assert.equal(got.get('Q3')?.line, 10);
  });
});

describe('"All" for how many', () => {
  const request = [
    '1. How many public car parks does the council operate?',
    '2. How many of those are free to use on Sundays?',
    '3. How many have electric vehicle charging points?',
  ].join('\n');

  it('offers "All" as the answer to a count of "those", never auto-coded', () => {
    const got = answersOf('1. 14\n\n2. All.\n\n3. 6', fromRequest(request));
    assert.equal(got.get('Q2')?.status, 'answered');
    assert.equal(got.get('Q2')?.value, 'All');
    assert.ok(got.get('Q2')!.confidence < DEFAULT_MIN_CONFIDENCE, `confidence ${got.get('Q2')!.confidence}`);
  });

  it('takes "All of them" the same way', () => {
    const got = answersOf('1. 14\n\n2. All of them\n\n3. 6', fromRequest(request));
    assert.equal(got.get('Q2')?.value, 'All');
  });

  it('does not take a sentence that begins with "All" for it', () => {
    const got = answersOf('1. 14\n\n2. All car parks charge on Sundays except those at the harbour.\n\n3. 6', fromRequest(request));
    assert.notEqual(got.get('Q2')?.value, 'All');
  });
});

describe('figures given where a yes or no was asked', () => {
  const request = [
    '1. Does the council have a budget for public toilets?',
    '2. If so, has this budget been reduced in the past three years?',
  ].join('\n');

  it('takes the figures for an answer, with no Yes or No proposed, left to the person', () => {
    const got = answersOf('1. Yes.\n\n2. 2021-22 - £212,400\n\n2022-23 - £198,050\n\n2023-24 - £176,300', fromRequest(request));
    assert.equal(got.get('Q2')?.status, 'answered');
    assert.equal(got.get('Q2')?.value ?? null, null);
    assert.ok(got.get('Q2')!.confidence < DEFAULT_MIN_CONFIDENCE, `confidence ${got.get('Q2')!.confidence}`);
  });

  it('does not take years alone, with no sum or count, for such figures', () => {
    const got = answersOf('1. Yes.\n\n2. Reviewed in 2023 and 2024.', fromRequest(request));
    assert.equal(got.get('Q2')?.status, 'unclear');
  });
});

describe('one answer under two parts, its figure named for one of them', () => {
  const request = [
    '1. How many staff work in the council\'s IT service?',
    '2. How much did the council spend in 2023 on:',
    'a) laptops',
    'b) docking stations',
  ].join('\n');
  const reply = (answer: string): string => [
    'Q1) How many staff work in the council\'s IT service?',
    '',
    'There are 42 staff.',
    '',
    'Q2) How much did the council spend in 2023 on:',
    'a) laptops',
    'b) docking stations',
    '',
    answer,
  ].join('\n');

  it('gives the figure to the part it names and no figure to the other', () => {
    const got = answersOf(reply('The council spent £288,140 on laptops in 2023. Docking stations are bought with each laptop and so included in this cost.'), fromRequest(request));
    assert.equal(got.get('Q2a')?.value, 288140);
    assert.equal(got.get('Q2b')?.value ?? null, null);
    assert.ok(got.get('Q2b')!.confidence < DEFAULT_MIN_CONFIDENCE, `confidence ${got.get('Q2b')!.confidence}`);
  });

  it('keeps a figure whose sentence names both parts for both', () => {
    const got = answersOf(reply('The council spent £288,140 on laptops and docking stations in 2023.'), fromRequest(request));
    assert.equal(got.get('Q2a')?.value, 288140);
    assert.equal(got.get('Q2b')?.value, 288140);
  });

  it('keeps a figure whose sentence names neither part for both', () => {
    const got = answersOf(reply('The council spent £288,140 in 2023 on these together.'), fromRequest(request));
    assert.equal(got.get('Q2b')?.value, 288140);
  });

  it('keeps a part\'s own figure that happens to use a word of the other part', () => {
    const q = fromRequest(request);
    const text = [
      'Q2a) £288,140',
      'Q2b) £31,900, bought alongside the laptops.',
    ].join('\n');
    const got = answersOf(text, q);
    assert.equal(got.get('Q2b')?.value, 31900);
  });
});

describe('request shapes typed by their words (session 50)', () => {
  it('types "The criteria/policy that is applied when …" as text, though it speaks of fees', () => {
    const q = fromRequest('1. How many licences did you grant?\n2. The criteria/policy that is applied when setting the licence fees.');
    assert.equal(q.byId.get('Q2')?.type, 'text');
  });

  it('does not take a "spent conviction" for money', () => {
    const q = fromRequest('1. How many licences did you grant?\n2. Details of any driver licensed with a spent conviction.');
    assert.equal(q.byId.get('Q2')?.type, 'text');
  });
});

describe('an answer that points to the link given for another question', () => {
  const request = '1. How many complaints did you receive in 2023?\n2. What criteria do you use to decide a complaint is unreasonable?';
  const note = ' Please note that each complaint is considered on its own facts, and a complaint would be treated as unreasonable only if the service manager and the complaints team agreed that the threshold had been met.';

  it('reads "The above link for Question 1 covers …" as pointing to published information, a note after it', () => {
    const reply = `1. 412. Our annual complaints report is at https://www.fernby.example.gov.uk/complaints-report\n2. The above link for Question 1 covers the criteria we use.${note}`;
    assert.equal(answersOf(reply, fromRequest(request)).get('Q2')?.status, 'signposted');
  });

  it('does not read an answer in words, with the same note, as pointing there', () => {
    const reply = `1. 412. Our annual complaints report is at https://www.fernby.example.gov.uk/complaints-report\n2. A complaint that repeats one already decided is unreasonable.${note}`;
    assert.equal(answersOf(reply, fromRequest(request)).get('Q2')?.status, 'answered');
  });
});

describe('a request that does not apply because its first count is none', () => {
  const request = [
    'Between 1 April 2023 and 31 March 2024:',
    '1. How many public drinking fountains did your council install?',
    '2. What was the total cost of installing these fountains?',
    '3. How many times have the fountains been cleaned?',
  ].join('\n');
  const reply = (said: string): string => ['FOI 4410', '', request, '', '', said].join('\n');

  it('answers the first count 0 and leaves the rest not applicable, offered', () => {
    const got = answersOf(reply('Thank you for your request. We have not installed any drinking fountains in the district, therefore the questions below are not applicable.'), fromRequest(request));
    assert.equal(got.get('Q1')?.status, 'answered');
    assert.equal(got.get('Q1')?.value, 0);
    assert.ok(got.get('Q1')!.confidence < DEFAULT_MIN_CONFIDENCE, `confidence ${got.get('Q1')!.confidence}`);
    assert.equal(got.get('Q2')?.status, 'not-applicable');
    assert.equal(got.get('Q3')?.status, 'not-applicable');
  });

  it('leaves the first count not applicable when the none is of something else', () => {
    const got = answersOf(reply('Thank you for your request. We have not received any funding for street furniture, therefore the questions below are not applicable.'), fromRequest(request));
    assert.equal(got.get('Q1')?.status, 'not-applicable');
  });
});

describe('the request quoted, the letter\'s heading, then the answers labelled from the first', () => {
  // (The request's own numbering slips: "2.i." and "ii." under question 2, then "2." again for the policy.)
  const request = [
    '1. The number of market stall licences you granted.',
    '2. The number of street trading consents you granted.',
    'For each consent:',
    '2.i. The street where it applies.',
    'ii. Whether it allows Sunday trading.',
    '2. The policy that is applied when deciding an application.',
  ].join('\n');
  const reply = [
    'Requested 2 May 2024',
    request,
    'Response',
    'This information is held',
    'Q1 - We granted 64 market stall licences.',
    'Q2 - We granted 17 consents.',
  ].join('\n');

  it('does not take the line under the heading for the last quoted question\'s answer', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q3'), undefined);
    assert.equal(got.get('Q1')?.value, 64);
  });

  it('still takes the line under "Response" below one question, where no labels follow', () => {
    const one = ['Requested 2 May 2024', request, 'Response', 'The policy is in our street trading handbook, attached.'].join('\n');
    assert.equal(answersOf(one, fromRequest(request)).get('Q3')?.line, 9);
  });
});

describe('an answer under the last question, a note on an earlier one after it', () => {
  it('keeps the answer typed under the last question when no heading stands between them', () => {
    const request = '1. How many market stall licences did you grant?\n2. How many consents did you grant?\n3. The policy that is applied when deciding an application.';
    const reply = ['1. How many market stall licences did you grant?', '64', '2. How many consents did you grant?', '17', '3. The policy that is applied when deciding an application.', 'The street trading policy is attached.', '', 'Q1 – the figure excludes licences that were later surrendered.'].join('\n');
    assert.equal(answersOf(reply, fromRequest(request)).get('Q3')?.line, 6);
  });
});

describe('a choice question quoted with its options wrapping, then "Neither" or "Both"', () => {
  const request = [
    '1. Does the council run a garden waste service?',
    '2. Over the next two years, is the council planning to: extend the service to flats; introduce a weekly winter round;',
    'both; or neither?',
  ].join('\n');
  const reply = (answer: string): string => [
    '> 1. Does the council run a garden waste service?',
    '',
    'Yes.',
    '',
    '> 2. Over the next two years, is the council planning to: extend the service to flats; introduce a weekly winter',
    '> round; both; or neither?',
    '',
    answer,
  ].join('\n');

  it('reads the options after the colon as the question, and "Neither." below as the option Neither', () => {
    const got = answersOf(reply('Neither. Our current arrangements run until 2028.'), fromRequest(request));
    assert.equal(got.get('Q2')?.line, 8);
    assert.equal(got.get('Q2')?.status, 'answered');
    assert.equal(got.get('Q2')?.value, 'Neither');
  });

  it('reads "Both" as the option Both', () => {
    const got = answersOf(reply('Both'), fromRequest(request));
    assert.equal(got.get('Q2')?.value, 'Both');
  });

  it('still reads a title before a colon with the answer after it', () => {
    const got = answersOf('1. Yes\n2. Plans over the next two years: Extend the service to flats', fromRequest(request));
    assert.equal(got.get('Q2')?.value, 'Extend the service to flats');
  });

  it('leaves "Neither of the options suits us yet" to the person', () => {
    const got = answersOf(reply('Neither of the two is decided; a review reports in the spring.'), fromRequest(request));
    assert.notEqual(got.get('Q2')?.value, 'Neither');
  });
});

describe('a prose letter naming a question inside its sentence (session 50)', () => {
  const request = [
    '1. How many fraud referrals did the council receive in 2024/25?',
    '2. In the last three years, has the council used its powers to require information from banks?',
    '3. What percentage of cases were generated by data matching?',
  ].join('\n');
  const letter = (middle: string): string => [
    'Dear Ms Varley,',
    '',
    'In answer to your first question, the council received 141 referrals in 2024/25.',
    '',
    middle,
    '',
    'We are unable to give a precise answer to question 3, but a large share of our cases came from data matching.',
    '',
    'Yours sincerely,',
  ].join('\n');

  it('reads "the powers referred to in question 2 on several occasions" as the answer to question 2', () => {
    const got = answersOf(letter('I can confirm that the council has used the powers referred to in question 2 on several occasions.'), fromRequest(request));
    assert.equal(got.get('Q2')?.status, 'answered');
    assert.equal(got.get('Q2')?.value, 'Yes');
    assert.equal(got.get('Q2')?.line, 5);
  });

  it('reads "unable to give a precise answer to question 3, but …" as its answer, not a figure', () => {
    const got = answersOf(letter('The council has used those powers.'), fromRequest(request));
    assert.equal(got.get('Q3')?.line, 7);
    assert.equal(got.get('Q3')?.status, 'unclear');
  });

  it('reads "the answer to question 2 is no" from the word after it', () => {
    const got = answersOf(letter('We have never needed to, so the answer to question 2 is no.'), fromRequest(request));
    assert.equal(got.get('Q2')?.value, 'No');
  });
});

describe('"the last part of that question" in a prose letter', () => {
  it('does not read it as the request\'s last question', () => {
    const request = '1. How many IT systems does the council use?\n2. Are they centred on residents or properties?\n3. Does the council have a CRM system?';
    const reply = 'Dear Sir,\n\nTurning to your first question, the council uses about 90 systems, all built around the property gazetteer, so the answer to the last part of that question is properties.\n\nYours faithfully,';
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q3'), undefined);
  });
});

describe('more request shapes typed by their words (session 50)', () => {
  it('types "what notional value does the council assign to each recovered property?" as money', () => {
    const q = fromRequest('1. How many homes were recovered?\n2. What notional value does the council assign to each recovered property?');
    assert.equal(q.byId.get('Q2')?.type, 'money');
  });
});

describe('a figure for part, the rest not extractable', () => {
  it('reads "£94,500 for … ; we are unable to extract a total for them" as partial', () => {
    const q = fromRequest('1. How many civil penalties were issued?\n2. What was the total value of the civil penalties issued?');
    const got = answersOf('1. 21\n2. £94,500 for failure to hold a licence. Penalties for breaches of licence conditions are kept in a separate system and we are unable to extract a total for them.', q);
    assert.equal(got.get('Q2')?.status, 'partial');
    assert.equal(got.get('Q2')?.value, 94500);
  });
});

describe('parts asked by stretches of a year, answered by whole years', () => {
  const request = [
    '1. Please state the number of fires attended in buildings with timber cladding since 1 January 2016.',
    '2. Please break down question 1 in the following periods: a) 2016, b) 1 January to 30 June 2017, c) 1 July to 31 December 2017 and d) 2018.',
  ].join('\n');
  const reply = (rows: string[]): string => ['Request', '', request, '', 'Reply', '', 'Year Number of incidents', ...rows, ''].join('\n');

  it('gives the whole years their figures and the half years none of their own', () => {
    const got = answersOf(reply(['2016 4', '2017 6', '2018 2']), fromRequest(request));
    assert.equal(got.get('Q2a')?.value, 4);
    assert.equal(got.get('Q2d')?.value, 2);
    assert.equal(got.get('Q2b')?.status, 'unclear');
    assert.equal(got.get('Q2b')?.value ?? null, null);
    assert.equal(got.get('Q2c')?.status, 'unclear');
  });

  it('takes a sentence that names the months asked', () => {
    const text = ['Request', '', request, '', 'Reply', '', '1. 12', '2. In 2016 there were 4. Between January and June 2017 there were 5; between July and December 2017 there was 1. In 2018 there were 2.'].join('\n');
    const got = answersOf(text, fromRequest(request));
    assert.equal(got.get('Q2b')?.value, 5);
    assert.equal(got.get('Q2c')?.value, 1);
  });
});

describe('questions answered together under their numbers alone ("1 & 2", "3 4 & 5")', () => {
  const request = [
    '1. How many false alarms did the service attend in the last 12 months?',
    '2. How many of those were at schools?',
    '3. Does the service charge for repeat false alarms?',
    '4. How many blocks of flats did the service inspect?',
    '5. Is charging being considered?',
  ].join('\n');
  // Lines: 1 reference, 2 blank, 3–7 the request, 8 blank, 9 label, 10 blank, 11 answer, 12 blank, 13 label, 14 blank, 15 answer.
  const reply = (labelA: string, labelB: string): string => ['Reference No: 112/2024', '', request, '', labelA, '', 'Alarms attended in total 2,950; at schools 212.', '', labelB, '', 'We do not charge for these calls.'].join('\n');

  it('reads the numbers alone on their line as labels for those questions, the answer below a blank line', () => {
    const got = answersOf(reply('1 & 2', '3, 4 and 5'), fromRequest(request));
    assert.equal(got.get('Q1')?.line, 11);
    assert.equal(got.get('Q3')?.line, 15);
    assert.equal(got.get('Q3')?.value, 'No');
  });

  it('reads "3 4 & 5" with the numbers running on by spaces', () => {
    assert.equal(answersOf(reply('1 & 2', '3 4 & 5'), fromRequest(request)).get('Q3')?.line, 15);
  });

  it('does not read numbers that do not run on ("3 & 5") as labels', () => {
    assert.notEqual(answersOf(reply('1 & 2', '3 & 5'), fromRequest(request)).get('Q5')?.line, 15);
  });
});

describe('a headcount asked with whose it is first', () => {
  it('types "What was the Council\'s total employee headcount on 31 March 2024?" as a number', () => {
    const q = fromRequest('1. What was the Council\'s total employee headcount on 31 March 2024?\n2. Does the Council have a hybrid working policy?');
    assert.equal(q.byId.get('Q1')?.type, 'number');
  });
});

describe('the answers numbered again, a range among the first three', () => {
  const request = ['Q1 How many staff does the council employ?', 'Q2 Does the council have a hybrid working policy? (If No, please go to Q6)', 'Q3 In what year was it adopted?', 'Q4 How many days a week are staff expected in the office?', 'Q5 How is attendance monitored?', 'Q6 How many desks are there?'].join('\n');

  it('reads "1." and "2." above "3–5. N/A" as the answers to Q1 and Q2', () => {
    const reply = ['Request', '', request, '', 'Response', '', '1. 1,934 (headcount, excluding casual staff).', '2. No. There is no separate hybrid working policy.', '3–5. N/A – no policy (see 2).', '6. c.450 desks.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q1')?.value, 1934);
    assert.equal(got.get('Q2')?.value, 'No');
    assert.equal(got.get('Q4')?.status, 'not-applicable');
  });
});

describe('a count of days given in words', () => {
  it('reads "at least three days in a working week" for "the minimum number of days per week"', () => {
    const q = fromRequest('1. What is the minimum number of days per week that hybrid staff are expected to work from a Council office?\n2. How many desks are there?');
    const got = answersOf('1. Hybrid workers are expected to spend at least three days in a working week at a Council office.\n2. 410', q);
    assert.equal(got.get('Q1')?.value, 3);
  });

  it('still reads no count of people from "three days"', () => {
    const q = fromRequest('1. How many staff work from home?\n2. How many desks are there?');
    const got = answersOf('1. Staff work from home up to three days in a working week; we do not count them.\n2. 410', q);
    assert.notEqual(got.get('Q1')?.value, 3);
  });
});

describe('"to answer Q10 and Q11 together:" in a prose letter', () => {
  const request = '1. How many offices does the council occupy?\n2. Has the council reduced its office estate since 2020?\n3. Please describe any savings that resulted.';
  it('reads the answer after the colon', () => {
    const letter = 'Dear Sir,\n\nOn your first question, the council occupies 4 offices.\n\nFinally, to answer Q2 and Q3 together: yes, the council has sold one building, saving £410,000 a year.\n\nYours faithfully,';
    assert.equal(answersOf(letter, fromRequest(request)).get('Q2')?.value, 'Yes');
  });

  it('does not read "To answer questions 2 and 3 each service would need …" as their answer', () => {
    const letter = 'Dear Sir,\n\nOn your first question, the council occupies 4 offices.\n\nThe council refuses questions 2 and 3 under section 12.\n\nTo answer questions 2 and 3 each service would need to search its files, which would take 40 hours.\n\nYours faithfully,';
    assert.equal(answersOf(letter, fromRequest(request)).get('Q2')?.line, 5);
  });
});

describe('a choice named alone, the other option named after it', () => {
  const request = '1. How many permits were issued?\n2. Are residents\' permits issued as virtual permits, paper permits, or both? (Virtual / Paper / Both)';

  it('reads "Virtual. Paper permits were phased out in 2022." as Virtual, not Both', () => {
    const got = answersOf('1. 4,210\n2. Virtual. Paper permits were phased out in April 2022.', fromRequest(request));
    assert.equal(got.get('Q2')?.value, 'Virtual');
  });

  it('still reads "Virtual and paper permits are both issued" as Both', () => {
    const got = answersOf('1. 4,210\n2. Virtual and paper permits are both issued.', fromRequest(request));
    assert.equal(got.get('Q2')?.value, 'Both');
  });
});

describe('a count of one in words, the earlier years not held', () => {
  it('reads "one employment tribunal claim … in 2023/24 … we do not hold reliable figures for 2021/22" as partial, 1', () => {
    const q = fromRequest('1. How many disclosures were received?\n2. How many employment tribunal claims citing whistleblowing were brought in the three years 2021/22 to 2023/24?');
    const got = answersOf('1. 9\n2. One employment tribunal claim citing whistleblowing was brought against the Council in 2023/24. Records before April 2023 were kept on a previous system, and we do not hold reliable figures for 2021/22 or 2022/23.', q);
    assert.equal(got.get('Q2')?.status, 'partial');
    assert.equal(got.get('Q2')?.value, 1);
  });

  it('does not read "one day" or "one of the claims" as a count of one', () => {
    const q = fromRequest('1. How many disclosures were received?\n2. How many employment tribunal claims were brought?');
    for (const said of ['One day in 2023 the case system failed, and we do not hold figures for that year.', 'One of the claims is still open; we do not hold figures for the others.']) {
      assert.notEqual(answersOf(`1. 9\n2. ${said}`, q).get('Q2')?.status, 'partial', said);
    }
  });
});

describe('parts answered by the clauses of one sentence, a figure opening each', () => {
  const request = '1. How many disclosures were received in 2023/24?\n2. Of the disclosures received in 2023/24:\n   a) how many were made anonymously?\n   b) how many were formally investigated?\n   c) how many were substantiated?';

  it('gives each part the figure of its own clause', () => {
    const reply = 'Dear Sir,\n\nIn answer to question 1, we received 9 disclosures.\n\nTurning to question 2, 2 of the 9 disclosures were made anonymously, 8 were formally investigated and 3 were found to be substantiated.\n\nYours faithfully,';
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(['Q2a', 'Q2b', 'Q2c'].map((id) => got.get(id)?.value), [2, 8, 3]);
    // (Each quote starts at its clause's figure, past the "and" before it.)
    assert.equal(reply.slice(got.get('Q2c')!.start, got.get('Q2c')!.start + 6), '3 were');
  });

  it('keeps "Of these, 618 had been …" one clause', () => {
    const q = fromRequest('1. How many homes were empty?\n2. Of the homes in question 1:\na) how many had been empty for two years or more?\nb) how many had been empty for ten years or more?');
    const got = answersOf('1. 1,940\n\n2. Of these, 618 had been empty for two years or more, and 74 of those 618 had been empty for ten years or more.', q);
    assert.equal(got.get('Q2b')?.value, 74);
  });
});
