// Layouts and wordings found by scoring the engine on replies it had never seen (session 53), each
// fixed with a general rule. The requests and letters here are written for fictional bodies; no
// real text is copied.
import { strict as assert } from 'node:assert';
import { classifyAnswer } from '../../src/core/classify';
import { parseValue } from '../../src/core/values';
import { answersOf, crmSurvey, fromRequest, reading } from '../support/engine';

const ZONES = [
  '1. How many residents\' parking zones does the council operate?',
  '2. Does the council plan to (a) introduce a new zone, (b) extend an existing zone, (c) both, or (d) neither, in the next two years?',
  '3. How long, in km, are the kerbs inside the zones?',
  '4. What was the income from parking permits in 2024/25?',
].join('\n');

describe('a length asked "how long, in km": a distance, not a time', () => {
  const q = fromRequest(ZONES);

  it('types the question as a number in km and reads "About 41 km" as 41 km', () => {
    const q3 = q.byId.get('Q3')!;
    assert.deepEqual([q3.type, q3.unit], ['number', 'km']);
    assert.deepEqual(parseValue('About 41 km.', q3, q.codes).value, 41);
  });

  it('still types "How long does a permit take to issue?" as a duration', () => {
    const other = fromRequest('1. How long does a parking permit take to issue?\n2. How long, in miles, is the seafront road?');
    assert.equal(other.byId.get('Q1')!.type, 'duration');
    assert.deepEqual([other.byId.get('Q2')!.type, other.byId.get('Q2')!.unit], ['number', 'miles']);
  });
});

describe('options lettered inline in a question of whether: "(a) …, (b) …, (c) both, or (d) neither"', () => {
  const q = fromRequest(ZONES);

  it('reads them as the choices of one question, the closing time left to the question', () => {
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4']);
    const q2 = q.byId.get('Q2')!;
    assert.equal(q2.type, 'choice');
    assert.deepEqual(q2.choices, ['Introduce a new zone', 'Extend an existing zone', 'Both', 'Neither']);
  });

  it('still splits lettered questions of their own into parts', () => {
    const parts = fromRequest('1. Does the council run a permit scheme? (a) How many permits were issued in 2024? (b) What was the fee, or is it free?');
    assert.deepEqual(parts.questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b']);
    const counted = fromRequest('1. How many appeals were (a) upheld, (b) dismissed, or (c) withdrawn?');
    assert.deepEqual(counted.questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b', 'Q1c']);
    const both = fromRequest('1. Does the council publish (a) the number of permits issued, and (b) the income from them?');
    assert.deepEqual(both.questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b']);
    const asked = fromRequest('1. Does the council (a) have a parking strategy? (b) If so, when was it adopted, or (c) is one planned?');
    assert.deepEqual(asked.questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b', 'Q1c']);
  });

  it('reads long options as options, and subjects lettered inside a count as no options', () => {
    const long = fromRequest('1. Does the council enforce parking (a) with civil enforcement officers employed directly by its own parking service, or (b) through a contractor?');
    assert.deepEqual(long.byId.get('Q1')!.choices, ['Civil enforcement officers employed directly by its own parking service', 'Contractor']);
    const subjects = fromRequest('1. How many (a) wardens and (b) officers in your service have completed the training?');
    assert.equal(subjects.byId.get('Q1')!.type, 'number');
  });

  it('reads the answer named in a reply, whole or in a sentence', () => {
    const got = answersOf('1. 6\n2. Neither.\n3. 41 km\n4. £212,000\n', q);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 'Neither', 2]);
    assert.equal(parseValue('Both: a new zone at Mill Road and an extension of Zone B.', q.byId.get('Q2')!, q.codes).value, 'Both');
  });
});

describe('a choice named only to be denied', () => {
  const q = fromRequest(ZONES);
  const q2 = q.byId.get('Q2')!;

  it('reads "does not intend to extend any zone" as the request\'s "Neither", offered', () => {
    const got = parseValue('The Council does not intend to extend any zone.', q2, q.codes);
    assert.equal(got.value, 'Neither');
    assert.ok(got.confidence < 0.95, `offered, not auto-coded: ${got.confidence}`);
    assert.equal(parseValue('There are no plans to introduce a new zone or to extend one.', q2, q.codes).value, 'Neither');
  });

  it('takes the choice a later clause affirms over the one denied before it, offered', () => {
    const got = parseValue('We do not plan to introduce a new zone, but will extend Zone B next year.', q2, q.codes);
    assert.equal(got.value, 'Extend an existing zone');
    assert.ok(got.confidence < 0.95);
  });

  it('does not read a choice that denies in its own words ("without", "not yet") as denied', () => {
    const farms = fromRequest('1. Which best describes the policy for the farms: retain and invest, retain without further investment, or sell?');
    const got = parseValue('The farms are being kept, but there is no capital programme. This is best described as "Retain without further investment".', farms.byId.get('Q1')!, farms.codes);
    assert.equal(got.value, 'Retain without further investment');
    const fountains = fromRequest('Please tell me (1) how many fountains the council runs; and (2) which best describes the council\'s plans for new fountains in 2026/27 - planned and funded, proposed but not yet funded, or none planned.');
    assert.equal(parseValue('New fountains have been proposed at three sites but no funding has yet been identified.', fountains.byId.get('Q2')!, fountains.codes).value, 'Proposed but not yet funded');
  });

  it('keeps a choice whose words fall in different clauses, none of them denying it', () => {
    assert.equal(parseValue('We will extend, where residents ask for it, the Town zone.', q2, q.codes).value, 'Extend an existing zone');
    assert.equal(parseValue('To extend, in 2026, our zone B.', q2, q.codes).value, 'Extend an existing zone');
  });

  it('keeps a choice said plainly, with a denial of something else beside it', () => {
    assert.deepEqual(parseValue('Extend an existing zone.', q2, q.codes).value, 'Extend an existing zone');
    assert.equal(parseValue('The Council will extend Zone C; no new zone is planned.', q2, q.codes).value, 'Extend an existing zone');
    assert.equal(parseValue('We will extend either Zone B or Zone C.', q2, q.codes).value, 'Extend an existing zone');
  });
});

describe('a length of time in compound number words: "Twenty-two months"', () => {
  const q = fromRequest('1. How many applications were waiting on 31 March?\n2. How long (in months) had the oldest application been waiting?');
  const q2 = q.byId.get('Q2')!;

  it('reads the whole word, 22, not its "two"', () => {
    assert.deepEqual([parseValue('Twenty-two months', q2, q.codes).value, parseValue('Twenty-two months', q2, q.codes).unit], [22, 'months']);
    assert.equal(parseValue('The oldest had been waiting twenty-five months.', q2, q.codes).value, 25);
    assert.equal(parseValue('About sixty weeks.', q2, q.codes).value, 60);
    const spaced = parseValue('twenty five months', q2, q.codes);
    assert.deepEqual([spaced.value, spaced.inferred], [25, undefined], 'read as a length, not inferred');
  });

  it('still reads simple words and halves', () => {
    assert.equal(parseValue('Nine months', q2, q.codes).value, 9);
    assert.equal(parseValue('Two and a half years', q2, q.codes).value, 2.5);
  });
});

describe('"As per answer 4 – …": a pointer to the council\'s own answer, whatever else it says', () => {
  const LICENCES = [
    '1. How many site licences were in force on 31 March 2025?',
    '2. What is the fee for a new site licence?',
    '3. What is the fee for a new collector\'s licence?',
    '4. Which arrangement best describes the service: (a) in-house, (b) outsourced, or (c) a mix of the two?',
  ].join('\n');
  const q = fromRequest(LICENCES);

  it('reads no figure out of the pointer, and follows it to the answer it names', () => {
    const reply = '1. 14\n\n2. £420\n\n3. As per answer 2 – the council charges a single fee for both types of licence.\n\n4. In-house\n';
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 420, 5]);
    assert.equal(got.get('Q3')?.from, 'Q2');
    assert.equal(parseValue('See answer 2 – one fee covers both.', q.byId.get('Q3')!, q.codes).value, null);
    const after = answersOf(reply.replace('As per answer 2 – the council charges a single fee for both types of licence.', 'The council charges a single fee for both types of licence, as per answer 2.'), q);
    assert.deepEqual([after.get('Q3')?.value, after.get('Q3')?.from], [420, 'Q2']);
  });

  it('reads a choice beside the pointer: "Mix (see answer 2)."', () => {
    const mix = parseValue('Mix (see answer 2).', q.byId.get('Q4')!, q.codes);
    assert.equal(mix.value, 'A mix of the two');
    assert.ok(mix.confidence < 0.9, `a word that opens the choice is offered: ${mix.confidence}`);
    assert.equal(parseValue('Outsourced - see Q1 above.', q.byId.get('Q4')!, q.codes).value, 'Outsourced');
  });
});

describe('figures the council cannot give, in words councils use for it', () => {
  const q = fromRequest('1. How many waivers were approved in 2023/24?\n2. Roughly what percentage of third-party spend was covered by waivers?\n3. How many residents hold an account?');

  it('reads "Not calculated – …" as not held', () => {
    assert.equal(classifyAnswer('Not calculated - the spend analysis does not identify expenditure under a waiver.', q.byId.get('Q2')).status, 'not-held');
  });

  it('reads "we have no way of counting …" and "unable to give a separate figure" as not held', () => {
    assert.equal(classifyAnswer('Accounts are opened per household and we have no way of counting the residents behind them.', q.byId.get('Q3')).status, 'not-held');
    assert.equal(classifyAnswer('We are unable to give a separate figure for this part.', q.byId.get('Q3')).status, 'not-held');
  });

  it('still reads a figure given with a word of doubt as answered', () => {
    assert.equal(classifyAnswer('About 12%, though this has not been audited.', q.byId.get('Q2')).status, 'answered');
    assert.equal(classifyAnswer('There is no way of knowing in advance, but 41 were approved.', q.byId.get('Q1')).status, 'answered');
  });
});

describe('"As (a).": a part pointing to a sibling part by its letter alone', () => {
  const q = fromRequest('4. How many applications does the council use?\n   a) How many have interfaces to the CRM?\n   b) How many are hosted in the cloud?\n   c) How many are due for replacement by 2027?');

  it('takes the sibling\'s status and value', () => {
    const got = answersOf('4. 118\n4a) Not held - the database does not record interfaces.\n4b) As (a).\n4c) 12\n', q);
    assert.equal(got.get('Q4b')?.status, 'not-held');
    assert.equal(got.get('Q4b')?.from, 'Q4a');
    const counted = answersOf('4. 118\n4a) 31\n4b) See (a) above.\n4c) 12\n', q);
    assert.deepEqual([counted.get('Q4b')?.value, counted.get('Q4b')?.from], [31, 'Q4a']);
  });

  it('reads no pointer in a part that names itself, nor in a lettered item with words of its own', () => {
    assert.equal(classifyAnswer('As (b).', q.byId.get('Q4b')).crossRef, undefined);
    assert.equal(classifyAnswer('As (a) shows, 31 of them.', q.byId.get('Q4b')).crossRef, undefined);
  });
});

describe('a sum of money asked as a limit: "Above what value must a waiver go to Cabinet?"', () => {
  const q = fromRequest([
    '1. How many waivers were approved in 2023/24?',
    '2. Above what value must a waiver be approved by Cabinet rather than by officers?',
    '3. What is the council\'s financial threshold for a key decision?',
    '4. What is the time limit, in days, for approving a waiver?',
  ].join('\n'));

  it('types the question as money and reads "£200k" and "£250,000, which is …" as sums', () => {
    assert.deepEqual(['Q2', 'Q3'].map((id) => q.byId.get(id)!.type), ['money', 'money']);
    assert.equal(parseValue('£200k', q.byId.get('Q2')!, q.codes).value, 200000);
    assert.equal(parseValue('£250,000, which is also our key decision threshold.', q.byId.get('Q3')!, q.codes).value, 250000);
  });

  it('leaves a limit in days a duration and a count a number', () => {
    assert.equal(q.byId.get('Q4')!.type, 'duration');
    assert.equal(fromRequest('1. How many contracts were above what value threshold?').byId.get('Q1')!.type, 'number');
  });
});

describe('a count of none beside a section with its letter: "There were no section 21A challenges"', () => {
  const q = fromRequest('1. How many section 21A challenges were started in 2024-25?\n2. How many appeals were lodged?');

  it('reads 0, the section no figure', () => {
    assert.equal(parseValue('There were no section 21A challenges started in the year.', q.byId.get('Q1')!, q.codes).value, 0);
    assert.equal(parseValue('There were no s.21A challenges.', q.byId.get('Q2')!, q.codes).value, 0);
  });

  it('still reads a count given beside the section', () => {
    assert.equal(parseValue('Three section 21A challenges were started.', q.byId.get('Q1')!, q.codes).value, 3);
    assert.equal(parseValue('12 challenges under section 21A.', q.byId.get('Q1')!, q.codes).value, 12);
  });
});

describe('a length of time said to vary over a span, with no one length', () => {
  const q = fromRequest('1. What was the average time, in days, taken to complete an application?\n2. How many applications were completed?');
  const q1 = q.byId.get('Q1')!;

  it('reads no value from "varies … from a few days … to more than a year", so it is not auto-coded', () => {
    const span = 'The time taken varies considerably from case to case, from a few days for urgent cases to more than a year for the rest.';
    assert.equal(parseValue(span, q1, q.codes).value, null);
    const got = answersOf(`1. ${span}\n2. 1,812\n`, q).get('Q1')!;
    assert.notEqual(got.status, 'answered');
  });

  it('still reads the average given beside the span', () => {
    assert.equal(parseValue('It varies from 2 to 6 weeks, but on average 4 weeks.', q1, q.codes).value, 4);
    assert.equal(parseValue('Typically 21 days; it can vary from 5 days to 60.', q1, q.codes).value, 21);
  });
});

describe('a figure for some of what is counted, the rest left out: partial', () => {
  const q = fromRequest('1. How many waivers were approved in 2023/24?\n2. What was the total estimated value of the contracts covered by those waivers?');
  const q2 = q.byId.get('Q2')!;

  it('reads "the total for 27 of the 31 waivers; … unable to include them" as partial', () => {
    const got = classifyAnswer('£2.46 m. Please note this is the total for 27 of the 31 waivers; a value was not entered on the other four forms, so we are unable to include them.', q2);
    assert.equal(got.status, 'partial');
    assert.equal(classifyAnswer('£2.46m. The figure covers 27 out of 31 waivers; the remaining four are not included as no value was recorded.', q2).status, 'partial');
  });

  it('still reads a total for all of them, or a part named without anything left out, as answered', () => {
    assert.equal(classifyAnswer('£2.46m. This is the total for 31 of the 31 waivers; none were unable to be included.', q2).status, 'answered');
    assert.equal(classifyAnswer('£2.46m. The total for 27 of the 31 waivers was £2.1m and the other four £0.36m.', q2).status, 'answered');
  });
});

describe('"Our arrangements do not fit neatly into the categories you list": the open option, with its detail', () => {
  const q = fromRequest('1. Which of the following best describes how assessments are delivered: in-house team only; mainly in-house with some external assessors; mainly external assessors; other (please specify)?');
  const q1 = q.byId.get('Q1')!;

  it('reads "Other - " and the sentence that follows, offered', () => {
    const got = parseValue('Our arrangements do not fit neatly into the categories you list. Our own staff complete urgent cases, while care home cases go to a social enterprise.', q1, q.codes);
    assert.equal(got.value, 'Other - Our own staff complete urgent cases, while care home cases go to a social enterprise');
    assert.ok(got.confidence < 0.95);
    assert.equal(parseValue('None of the options describes our service.', q1, q.codes).value, (q1.choices as string[]).find((c) => /^other/i.test(c)));
  });

  it('still reads a listed choice said plainly', () => {
    assert.equal(parseValue('Mainly external assessors.', q1, q.codes).value, 'Mainly external assessors');
  });
});

describe('a count asked about things of a value named in the question', () => {
  const q = fromRequest('3. Of the waivers counted in question 1:\n   a) how many had an estimated value of £100,000 or more?\n   b) how many were used to extend an existing contract?');
  const q3a = q.byId.get('Q3a')!;

  it('reads "Four of those waivers were valued at £100,000 or more" as 4, not the sum', () => {
    assert.deepEqual(parseValue('Four of those waivers were valued at £100,000 or more, and nine extended a contract.', q3a, q.codes).value, 4);
  });

  it('reads the count beside the question\'s own figure, written with its thousands', () => {
    assert.equal(parseValue('£100,000 or more: 4 waivers.', q3a, q.codes).value, 4);
    const sites = fromRequest('1. How many sites had more than 1,000 visitors in 2024?');
    assert.equal(parseValue('Sites with more than 1,000 visitors: 12', sites.byId.get('Q1')!, sites.codes).value, 12);
  });

  it('reads a number word before "of the" as a count for a count question, not for a sum', () => {
    const money = fromRequest('1. What was the total value of the waivers?');
    assert.equal(parseValue('Four of the waivers totalled £310,000.', money.byId.get('Q1')!, money.codes).value, 310000);
  });
});

describe('a prose letter naming its questions in the words councils use', () => {
  const WAIVERS = [
    '1. How many waivers of the contract procedure rules were approved in 2023/24?',
    '2. What was the total estimated value of the contracts covered by those waivers?',
    '3. Of the waivers counted in question 1:',
    '   a) how many had an estimated value of £100,000 or more?',
    '   b) how many were used to extend an existing contract?',
    '4. What was the council\'s total spend on external legal advice about waivers in 2023/24?',
    '5. How many procurement lawyers does the council employ?',
    '6. Are waivers reported to members?',
    '7. In what year were the contract procedure rules last revised?',
  ].join('\n');
  const q = fromRequest(WAIVERS);
  const letter = (middle: string): string => [
    'Dear Ms Okonjo,', '',
    'Thank you for your request, which we have dealt with under the Freedom of Information Act 2000.', '',
    'During 2023/24 the Council approved twenty-three waivers, which is the figure you asked',
    'for at question 1, and the contracts they covered had a combined estimated value in the',
    'region of £1.9 million (question 2). Turning to question 3, four of those waivers were',
    'valued at £100,000 or more, and nine were used to extend an existing contract.', '',
    middle, '',
    'The answer to question 6 is yes; waivers go to the Governance Committee each June. The',
    'rules were last revised in 2022 (question 7).', '',
    'If you are dissatisfied with the handling of your request, you have the right to ask for',
    'an internal review. Requests for review should be made within 40 working days of the date',
    'of this letter. If you are not content with the outcome of the review, you may apply to the',
    'Information Commissioner.', '',
    'Yours sincerely,', 'Information Governance Team', '',
  ].join('\n');

  it('reads "…, which is the figure you asked for at question 1, …" as the answer before it', () => {
    const got = answersOf(letter('We employ three procurement lawyers (question 5). Our spending on legal advice, which you ask about in question 4, was £12,400.'), q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 23, 5]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 1900000, 6]);
  });

  it('reads "…, which you ask about in question 4, was £12,400" as question 4\'s answer', () => {
    const got = answersOf(letter('We employ three procurement lawyers (question 5). Our spending on legal advice, which you ask about in question 4, was £12,400.'), q);
    assert.deepEqual([got.get('Q4')?.value, got.get('Q4')?.line], [12400, 10]);
  });

  it('reads the parts of a heading named in prose, "Turning to question 3, four of those …"', () => {
    const got = answersOf(letter('We employ three procurement lawyers (question 5). Our spending on legal advice, which you ask about in question 4, was £12,400.'), q);
    assert.deepEqual([got.get('Q3a')?.value, got.get('Q3a')?.line], [4, 7]);
    assert.deepEqual([got.get('Q3b')?.status, got.get('Q3b')?.line], ['answered', 7]);
  });

  it('leaves the parts of a condition\'s heading named in prose to its answer: "question 3 does not apply"', () => {
    const permits = fromRequest(['1. Does the council run a residents\' permit scheme?', '2. How many permits were issued in 2024?', '3. If the council does not run a permit scheme:', '   a) Has it considered one?', '   b) In what year was it last considered?', '4. How many parking wardens does the council employ?'].join('\n'));
    const got = answersOf(['Dear Mr Hale,', '', 'Thank you for your request. In answer to question 1, yes, the council runs a permit scheme, and it issued 4,210 permits in 2024 (question 2). As the council runs a scheme, question 3 does not apply. The council employs 14 parking wardens (question 4).', '', 'Yours sincerely,', ''].join('\n'), permits);
    assert.equal(got.get('Q3a')?.status, 'not-applicable');
    assert.match(got.get('Q3a')!.why!, /^covered by Q3's answer/);
  });
});

describe('"Q11(a) – See Q11." where Q11 says "Yes, two former employees were re-engaged"', () => {
  const q = fromRequest('Q10 How many exit packages were agreed in 2023/24?\nQ11 Has the council re-engaged anyone within 12 months of their leaving with an exit package?\nQ11(a) If yes, how many people?\nQ12 Please describe the approval process for special severance payments.');
  const reply = 'Q10 – 14\nQ11 – Yes, two former employees were re-engaged as consultants on short-term assignments.\nQ11(a) – See Q11.\nQ12 – Approval by the Chief Executive.\n';

  it('takes the count in words from its parent\'s yes, offered', () => {
    const got = answersOf(reply, q).get('Q11a')!;
    assert.deepEqual([got.status, got.value, got.from], ['answered', 2, 'Q11']);
    assert.ok(got.confidence < 0.95, `offered: ${got.confidence}`);
  });

  it('leaves a question that is not the part unclear when the answer it names gives no figure', () => {
    const got = answersOf(reply.replace('Q10 – 14', 'Q10 – See Q11.'), q).get('Q10')!;
    assert.equal(got.status, 'unclear');
  });
});

describe('"Please see the register linked at 9" for a question answered in words, where 9 is a link', () => {
  const q = fromRequest('9. Does the council publish a register of waivers on its website?\n10. How many waivers were approved?\n11. Briefly, what were the most common reasons for waivers?');

  it('is signposted, not the link read as its text', () => {
    const got = answersOf('9. Yes - https://www.fenwold.example.gov.uk/waivers-register\n10. 31\n11. Please see the register linked at 9, which gives the reason recorded for each waiver.\n', q).get('Q11')!;
    assert.deepEqual([got.status, got.value, got.from], ['signposted', null, 'Q9']);
  });

  it('still takes words from the answer named when it gives them', () => {
    const got = answersOf('9. Yes - the register at https://www.fenwold.example.gov.uk/waivers lists urgency and sole suppliers as the usual reasons.\n10. 31\n11. Please see our answer to question 9.\n', q).get('Q11')!;
    assert.equal(got.status, 'answered');
  });
});

describe('a question asking for an account of something counted: "What steps … to reduce the number of …?"', () => {
  it('is a question answered in words, and its answer is kept as words', () => {
    const q = fromRequest([
      '1. How many postal votes were rejected at the last election?',
      '2. What steps has the council taken to reduce the number of rejected postal votes?',
      '3. Why has the number of postal vote applications fallen since 2019?',
      '4. How does the council plan to increase the number of people registered?',
      '5. Please give details of any changes to the number of polling stations since 2019.',
      '6. What were the main reasons for the rise in the number of rejections?',
      '7. Please briefly describe any measures taken to reduce the number of rejected postal votes.',
    ].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.type), ['number', 'text', 'text', 'text', 'text', 'text', 'text']);
    assert.equal(parseValue('We now send 2 reminder letters before each poll and check signatures twice.', q.byId.get('Q2')!, q.codes).value, 'We now send 2 reminder letters before each poll and check signatures twice.');
  });

  it('still counts what "how many" or "what is the number of" asks', () => {
    const q = fromRequest('1. Why, and how many, postal votes were rejected?\n2. What is the number of polling stations?\n3. What steps were counted, and how many were taken?');
    assert.deepEqual(q.questions.map((x) => x.type), ['number', 'number', 'number']);
  });
});

describe('kinds of miss a helper named from held CRM replies, without their text', () => {
  const LABELLED = ['Q1: Wendlebury District Council', 'Q2: 96,400', 'Q3: 212 km2', 'Q4: 118', 'Q4a: 40', 'Q4b: Not held', 'Q4c: Residents', 'Q5: Waste, planning, housing, council tax and licensing.', 'Q6a: Yes', 'Q6c: 31%', 'Q8: £88.2m', 'Q9: £612,000', 'Q10: £21.4m', ''];

  it('reads "It is not practical to list them all" for a list asked as unclear, not as the list', () => {
    const got = answersOf(LABELLED.join('\n').replace('Q5: Waste, planning, housing, council tax and licensing.', 'Q5: It is not practical to list them all here, as the council provides a very wide range of services.'), crmSurvey()).get('Q5')!;
    assert.equal(got.status, 'unclear');
  });

  it('reads references in a sentence with an estimated figure, read late in a labelled reply', () => {
    const reply = [...LABELLED, 'The portal holds an estimated 21,300 accounts, about 24% of households (question 6b), and around 40% of services can be reached through it', '(question 7).', '', 'Q11: Yes', ''].join('\n');
    const got = answersOf(reply, crmSurvey());
    assert.deepEqual(reading(got, 'Q6b'), ['answered', 24, 15]);
    assert.deepEqual(reading(got, 'Q7'), ['answered', 40, 15]);
  });

  it('still sets aside a sentence that reckons the work an answer would take', () => {
    for (const reckoning of ['We estimate that finding the accounts (question 6b) would take some 40 days of officer time.', 'We estimated some 40 days of officer time to find the accounts (question 6b).']) {
      const reply = [...LABELLED, reckoning, '', 'Q11: Yes', ''].join('\n');
      assert.equal(answersOf(reply, crmSurvey()).get('Q6b'), undefined, reckoning);
    }
  });

  it('reads "In answer to 4a, …" in prose, a part named without "question"', () => {
    const reply = ['Dear Mr Osei,', '', 'Thank you for your request of 3 March. Our answers are set out below.', '',
      'The Council is Wendlebury District Council (question 1), with a population of 96,400', '(question 2) and an area of 212 square kilometres (question 3). We use 118 applications',
      '(question 4). In answer to 4a, 40 of them exchange data with another system. The rest', '(question 4b) were not recorded in a way we can count. Our systems are organised around', 'residents (question 4c).', '', 'Yours sincerely,', 'FOI Team', ''].join('\n');
    const got = answersOf(reply, crmSurvey());
    assert.deepEqual(reading(got, 'Q4a'), ['answered', 40, 7]);
    assert.equal(got.get('Q4b')?.status, 'not-held');
  });
});

describe('"None of Q13 applies – …" under a conditional heading quoted with all its parts', () => {
  const reply = [
    'Q1. Full name of the Authority?', 'Wendlebury District Council', '',
    'Q11. Does the Authority use a Customer Relationship Management (CRM) System?', 'Yes', '',
    'Q12. If the Authority has a CRM system:', 'Q12a. When did the CRM system go Live?', 'March 2016', 'Q12b. How long did the implementation take?', '14 months', 'Q12c. What were the main obstacles encountered to the implementation?', 'Funding', '',
    'Q13. If the Authority does not have a CRM system:', 'Q13a. Has the implementation of a CRM ever been considered?', 'Q13b. If Yes to Q13a., what were the reasons for not proceeding?',
    'Q13c. Has the implementation of a CRM ever been planned or undertaken, but subsequently abandoned?', 'Q13d. If Yes to Q13c., what were the reasons for the failure of the project?',
    'None of Q13 applies – the Authority has a CRM system (see Q11).', '',
    'Q14. Are the IT systems centred primarily around Residents or Properties?', 'Residents', '',
  ].join('\n');

  it('is the heading\'s and every part\'s "not applicable", at that line', () => {
    const got = answersOf(reply, crmSurvey());
    for (const id of ['Q13', 'Q13a', 'Q13b', 'Q13c', 'Q13d']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['not-applicable', 20], id);
  });

  it('still reads "None" and "None of them were upheld" as a count of none', () => {
    assert.deepEqual([classifyAnswer('None of them were upheld.').status, classifyAnswer('None of them were upheld.').reason], ['answered', 'none']);
    assert.equal(classifyAnswer('None.').reason, 'none');
  });
});
