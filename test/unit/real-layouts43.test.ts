// Layouts and wordings found by scoring the engine on replies it had never seen (session 43), each
// fixed with a general rule. The requests and letters here are written for fictional bodies; no real
// text is copied.
import { strict as assert } from 'node:assert';
import { classifyAnswer } from '../../src/core/classify';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { scanMarkersWith } from '../../src/core/markers';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { answersOf, fromRequest, reading } from '../support/engine';

describe('a request that asks in a paragraph, then "Please could you also provide:" over bullets', () => {
  const request = [
    'Dear Ashcombe Borough Council,',
    '',
    'I map public benches across the county for a charity.',
    '',
    'Please could you provide me with the locations of the benches the council maintains, preferably as a spreadsheet.',
    '',
    'I could not find this on your website, although other councils publish it.',
    '',
    'Please could you also provide:',
    '• How many benches have been replaced since 2020',
    '• The annual cost of maintaining the benches',
    '',
    'Yours faithfully,',
    '',
    'Rowan Example',
  ].join('\n');

  it('takes the ask above the lead as the first question and the bullets as the next, and says so', () => {
    const built = questionnaireFromRequest(request);
    const q = built.questionnaire!;
    assert.deepEqual(q.questions.map((x) => [x.id, x.type]), [['Q1', 'text'], ['Q2', 'number'], ['Q3', 'money']]);
    assert.match(q.questions[0]!.text!, /^Please could you provide me with the locations of the benches/);
    assert.ok(built.assumptions.some((a) => /^The request does not number its questions: took the ask at line 5 and the 2 bullet points that add to it \(line 10 to line 11\) as Q1–Q3/.test(a)), built.assumptions.join('\n'));
  });

  it('keeps to the bullets when the lead does not add to an ask above it', () => {
    const q = fromRequest(request.replace('Please could you also provide:', 'Please could you provide:'));
    assert.deepEqual(q.questions.map((x) => x.text), ['How many benches have been replaced since 2020', 'The annual cost of maintaining the benches']);
  });

  it('reads a letter that quotes the ask without its qualifier, then each bullet, with answers below', () => {
    const q = fromRequest(request);
    const reply = [
      'Dear Rowan Example,',
      '',
      'You asked:',
      '',
      'o Please could you provide me with the locations of the benches the council maintains.',
      '',
      'Please find attached a spreadsheet of bench locations.',
      '',
      'o How many benches have been replaced since 2020.',
      '',
      '212 benches have been replaced.',
      '',
      'o The annual cost of maintaining the benches.',
      '',
      'The maintenance cost for 2023/24 was £18,450.',
    ].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.line], ['signposted', 7]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 212, 11]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 18450, 15]);
    // (The qualifier left off is all the quotation may drop: a sentence that goes on past the
    // question's first clause answers it, and quotes nothing.)
    const runOn = answersOf(reply.replace('the benches the council maintains.', 'the benches the council maintains, which we hold on a map.'), q);
    assert.notEqual(runOn.get('Q1')?.line, 7);
  });
});

describe('a request of running sentences, the Act named before the first ask without a comma', () => {
  const request = [
    'Dear Brockmere District Council,',
    '',
    'Under the freedom of information act could you let me know the total amount councillors have claimed in expenses over each of the last 5 years. Also a breakdown by each ward for each year. Could I also know the largest single item claimed for and the smallest. I believe these are public records.',
    '',
    'Yours faithfully,',
    '',
    'Sam Example',
  ].join('\n');

  it('takes each ask as a question and types the claimed amount as money', () => {
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    assert.equal(q.questions[0]!.type, 'money');
    assert.match(q.questions[1]!.text!, /^Also a breakdown by each ward/);
    assert.match(q.questions[2]!.text!, /^Could I also know the largest single item/);
    // ("Could I also know …" asks for what follows; it is no yes-or-no question.)
    assert.equal(q.questions[2]!.type, 'text');
    // (Expenses are money, whoever claimed them.)
    assert.equal(fromRequest('1. What were the expenses of the mayoral office in 2023?\n2. How many staff work in the mayoral office?').questions[0]!.type, 'money');
  });

  it('finds each question quoted from after its lead-in, and reads "we do not breakdown" as not held', () => {
    const q = fromRequest(request);
    const reply = [
      'Dear Sam',
      '',
      'Thank you for your request for information about councillors expenses',
      '',
      '"the total amount councillors have claimed in expenses over each of the last 5 years.',
      'I have attached the published schedules of members allowances for 2019/20 to 2023/24. If you have any queries, please do not hesitate to contact me',
      '',
      'Also a breakdown by each ward for each year. ( we do not breakdown payments by ward)',
      '',
      'Could I also know the largest single item claimed for and the smallest. (to provide this for the period requested would exceed the appropriate limit, as every claim would need to be read)',
    ].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.line], ['signposted', 6]);
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.line], ['not-held', 8]);
    assert.deepEqual([got.get('Q3')?.status, got.get('Q3')?.exemption, got.get('Q3')?.line], ['refused', 's12', 10]);
  });

  it('reads "we do not break down" as not held, in a sentence or alone', () => {
    assert.equal(classifyAnswer('We do not break down spending by ward.').status, 'not-held');
    assert.equal(classifyAnswer('( we do not breakdown payments by party)').status, 'not-held');
  });
});

describe('a disclosure page that lists the request spaced apart, then restates each question above its answer', () => {
  const request = [
    '1. Please could you tell me how much it cost the council in 2023 to remove graffiti from its buildings',
    '',
    '2. Please can you tell me how many graffiti reports the council received in 2023?',
    '',
    '3. Can you give me a list of the graffiti hotspots the council monitored in 2023?',
  ].join('\n');
  const q = fromRequest(request);
  const page = (third: string): string => [
    'FOI release',
    '',
    'Graffiti removal',
    '',
    'Request',
    '',
    request,
    '',
    'Response',
    '',
    'Please could you tell me how much it cost the council in 2023 to remove graffiti from its buildings',
    '',
    'N/A - graffiti on council buildings is removed by our own caretakers as part of their duties.',
    '',
    'Please can you tell me how many graffiti reports the council received in 2023?',
    '',
    'We received 340 reports of graffiti.',
    '',
    'Can you give me a list of the graffiti hotspots the council monitored in 2023?',
    '',
    third,
  ].join('\n');

  it('answers each question below its restatement, not all of them with the first answer', () => {
    const got = answersOf(page('Our Graffiti Monitoring Report 2023 is on our website with the hotspot map for 2023. This is available at:\n\nhttps://www.ashcombe.example.gov.uk/graffiti'), q);
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.line], ['not-applicable', 17]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 340, 21]);
    assert.deepEqual([got.get('Q3')?.status, got.get('Q3')?.line], ['signposted', 25]);
  });
});

describe('a pointer to published information whose only figures are the years it covers', () => {
  const q = fromRequest(['1. Can you give me a list of the results of the air quality reviews for 2023?', '2. In what year did the council adopt its air quality strategy?', '3. Does the council publish its air quality strategy?'].join('\n'));
  const [list, year, yesNo] = q.questions;

  it('signposts, for a question asking for a list or a figure', () => {
    const text = 'Our Annual Status Report 2023 is on our website along with the monitoring results for 2023. This is available at:\nhttps://www.example.gov.uk/air';
    assert.equal(classifyAnswer(text, list).status, 'signposted');
    assert.equal(classifyAnswer('The review results for 2022/23 are published on our website.', list).status, 'signposted');
  });

  it('keeps the answer when a year or yes/no is asked, a figure is given, or the pointer comes after an account', () => {
    assert.equal(classifyAnswer('It was adopted in 2019 and is published on our website.', year).status, 'answered');
    assert.equal(classifyAnswer('The strategy was adopted in 2019 and is published on our website.', yesNo).status, 'answered');
    assert.equal(classifyAnswer('There were 14 exceedances in 2023; the full results are published on our website.', list).status, 'answered');
    assert.equal(classifyAnswer('The council reviewed air quality at six sites in 2023. Two were found to exceed the objective. The full report is published on our website.', list).status, 'answered');
  });
});

describe('a Scottish release answered under the EIRs, its handling paragraphs above the answers', () => {
  const request = [
    'I would like the number of grit bins refilled in the county last winter (the most recent winter you have figures for is fine) could you please say which winter they relate to?',
    '',
    'Could you also tell me the total length of footway that you grit?',
  ].join('\n');
  const q = fromRequest(request);
  const page = [
    'Information requested',
    '',
    request,
    '',
    'Response',
    '',
    'As the information you have requested is environmental information for the purposes of the Environmental Information (Scotland) Regulations 2004 (EIRs), we are required to deal with your request under those Regulations. We are applying the exemption at section 39(2) of the Freedom of Information (Scotland) Act 2002 (FOISA), so that we do not also have to deal with your request under FOISA.',
    '',
    'This exemption is subject to the public interest test. Taking account of all the circumstances, we have found that the public interest lies in favour of upholding the exemption, because there is no public interest in dealing with the same request under two regimes.',
    '',
    '2,318 grit bins were refilled in winter 2024/25.',
    '',
    'In relation to the total length of footway that we grit, all of the information you have requested is available from https://www.glenmorach.example.gov.scot/gritting',
  ].join('\n');

  it('answers each question from its own paragraph, past the handling paragraphs', () => {
    const got = answersOf(page, q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 2318, 13]);
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.line], ['signposted', 15]);
  });

  it('never reads section 39(2) of FOISA, said of the EIR route, as a refusal', () => {
    const cls = classifyAnswer('We are applying the exemption at section 39(2) of the Freedom of Information (Scotland) Act 2002 (FOISA), so that we do not also have to deal with your request under FOISA.');
    assert.notEqual(cls.status, 'refused');
    // (Section 39(1), health and safety, still refuses.)
    assert.equal(classifyAnswer('The information is withheld under section 39(1) of the Freedom of Information (Scotland) Act 2002 (FOISA).').status, 'refused');
  });
});

describe('a letter that answers one question "not held" on its own label, the next with a statement about the request', () => {
  const q = fromRequest(['1)  Any documents about the abolition of the county bridge toll in 1950.', '2)  How many vehicles crossed the bridge in the last year?'].join('\n'));
  const reply = [
    'You asked the following:',
    '1)  Any documents about the abolition of the county bridge toll in 1950.',
    'The agency does not hold this information.',
    '2)  How many vehicles crossed the bridge in the last year?',
    'The information you have requested is held, but will not be provided to you as it is reasonably',
    'accessible to you. Therefore, the information is exempt by virtue of Section 21 of the FOIA.',
    'The traffic counts can be found using the following link: https://www.example.gov.uk/traffic',
  ].join('\n');

  it('keeps question 1 not held, and gives the statement to question 2 alone', () => {
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.line], ['not-held', 3]);
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.exemption, got.get('Q2')?.line], ['signposted', 's21', 5]);
  });
});

describe('a letter that names each question at a sentence\'s start, the sentence running onto the next line', () => {
  const request = ['Please provide me with copies of the following documents', '1.Fire Alarm Test Records since 2010.', '2.Fire Risk Assessment Reports since 2010.', '3.Evacuation Plans for the headquarters building.'].join('\n');
  const q = fromRequest(request);
  const reply = [
    request,
    '',
    'In respect of question 2 of your request, following a search of our paper and electronic records I',
    'have established that the information you requested is not held by the Institute.',
    'In respect of question 1 your request has been assessed, and this letter is to inform you that the',
    'Institute does hold information covered by this request from 2012. Part of the information,',
    'namely room numbers, is withheld in accordance with the qualified exemptions detailed below.',
    '',
    'In respect of question 3 your request has been assessed, and the information is withheld under',
    'section 24(1) FOIA - the purpose of safeguarding national security.',
  ].join('\n');

  it('reads "not held" as said of question 2 alone, and part withheld as partial for question 1', () => {
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.line], ['not-held', 6]);
    assert.equal(got.get('Q1')?.status, 'partial');
    assert.deepEqual([got.get('Q3')?.status, got.get('Q3')?.exemption], ['refused', 's24']);
  });

  it('reads "part of the information … is withheld" as partial, with or without a section', () => {
    assert.equal(classifyAnswer('We hold the records. Part of the information, namely room numbers, is withheld in accordance with the exemptions below.').status, 'partial');
    assert.deepEqual([classifyAnswer('Some of the information has been withheld under section 40(2).').status, classifyAnswer('Some of the information has been withheld under section 40(2).').exemption], ['partial', 's40']);
    assert.equal(classifyAnswer('All of the information is withheld under section 40(2).').status, 'refused');
  });
});

describe('cost workings in minutes per entry, and requests that name their own second part', () => {
  it('reads "1 min per entry" as the cost worked out, not a figure given', () => {
    const q = fromRequest(['1. How many permits were issued in 2024?', '2. Does the council know how many permit holders were also blue badge holders?'].join('\n'));
    const text = 'To answer this we would need to compare the 5,600 entries in one database against another. We estimate this would take approximately 93 hours. This figure is based on 1 min per entry in the database. Under section 12(1) of the FOIA, we are not obliged to comply with a request if the cost would exceed the appropriate limit.';
    assert.deepEqual([classifyAnswer(text, q.byId.get('Q2')).status, classifyAnswer(text, q.byId.get('Q2')).exemption], ['refused', 's12']);
  });

  it('takes "As a second part of this request can you please tell me …" as a question, and a no-one-employed answer as none', () => {
    const request = [
      "Would you please tell me how many chartered ecologists are currently employed by the council? Please can you define 'chartered ecologist' as a member of the chartered institute.",
      'As a second part of this request can you please tell me how many chartered ecologists have been employed by the council over the past five years. Where possible please break this down by year.',
    ].join('\n');
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => [x.id, x.type]), [['Q1', 'number'], ['Q2', 'number']]);
    const reply = [
      "Would you please tell me how many chartered ecologists are currently employed by the council? Please can you define 'chartered ecologist' as a member of the chartered institute - We don't employ a chartered ecologist or anyone with that qualification",
      '',
      'As a second part of this request can you please tell me how many chartered ecologists have been employed by the council over the past five years. Where possible please break this down by year - None',
    ].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.value], ['answered', 0]);
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.value], ['answered', 0]);
  });
});

describe('a two-column table flattened one cell a line under "Information requested" / "Council response"', () => {
  const request = [
    'Please could you tell me (1) how much the council spent in total on its summer flower displays in 2024, and how this compares with 2023; (2) the name of the nursery that supplied the plants;',
    '(3) how many parks had council-funded displays in 2024; and (4) in which year the council last replaced its hanging baskets.',
  ].join(' ');
  const q = fromRequest(request);
  const page = [
    'Dear Ms Example,',
    '',
    'The Parks team has provided the information in the table below.',
    '',
    'Information requested',
    'Council response',
    'Total cost of summer flower displays, 2024',
    'Plants: £12,100',
    'Watering and maintenance: £6,300',
    'Total: £18,400',
    'Comparison with 2023',
    'The equivalent total for 2023 was £17,250.',
    'Nursery used in 2024',
    'Greenhollow Plants Ltd',
    'Number of parks with council-funded displays',
    '11',
    'Year hanging baskets last replaced',
    '2021',
    '',
    'If you are dissatisfied with the handling of your request, you may ask for an internal review.',
  ].join('\n');

  it('reads each row title as its question\'s heading, the first of two titles for one question opening its answer', () => {
    const got = answersOf(page, q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 18400, 8]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 'Greenhollow Plants Ltd', 14]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 11, 16]);
    assert.deepEqual(reading(got, 'Q4'), ['answered', 2021, 18]);
  });

  it('reads no row titles without the header row over them, both its cells', () => {
    assert.notEqual(answersOf(page.replace('Information requested\nCouncil response\n', ''), q).get('Q3')?.line, 14);
    assert.notEqual(answersOf(page.replace('Council response\n', 'Notes\n'), q).get('Q3')?.line, 16);
  });
});

describe('a prose letter that answers one question out of the request\'s order', () => {
  const request = [
    'Please could you tell me (1) how much the council spent in total on festive lighting for 2024; (2) the name of the contractor that put up and took down the lights;',
    '(3) how many separate town or village centres had festive lighting paid for by the council; (4) whether any of the cost was met by sponsorship from local businesses;',
    'and (5) what percentage of the council\'s festive lights are LED.',
  ].join(' ');
  const q = fromRequest(request);
  const letter = (...paragraphs: string[]): string => ['Dear Mr Example,', '', 'Thank you for your request. Our Events team have provided the information below.', '', ...paragraphs.flatMap((p) => [p, '']), 'Yours sincerely,'].join('\n');
  const body = [
    'The festive lighting for 2024 cost the council £36,900 in total. Of that cost, £4,500 was met by sponsorship from local businesses in the Bramwell Business Improvement District.',
    'The lights were put up and taken down by Fairlight Festive Ltd, under a two-year contract.\nThree centres had lights in 2024:\nBramwell, Oxley Cross and Hindle.',
    'Around 70% of the lights are LED.',
  ];

  it('ties the contractor to its own sentence, and the count to the one sentence between that gives it', () => {
    const got = answersOf(letter(...body), q);
    assert.deepEqual([got.get('Q1')?.value, got.get('Q1')?.line], [36900, 5]);
    assert.equal(got.get('Q4')?.line, 5);
    assert.match(String(got.get('Q2')?.text), /^The lights were put up and taken down by Fairlight Festive Ltd/);
    assert.equal(got.get('Q2')?.line, 7);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 3, 8]);
    assert.deepEqual(reading(got, 'Q5'), ['answered', 70, 11]);
  });

  it('ties no question out of order in a letter its order does not read, nor by a sentence with few of its words', () => {
    // (Three questions in order are too few to believe; the contractor's sentence does not make four.)
    const few = answersOf(letter('The festive lighting for 2024 cost the council £36,900 in total.', 'Three town centres had festive lighting paid for by the council.', 'Around 70% of the lights are LED.', 'The lights were put up and taken down by Fairlight Festive Ltd, under a two-year contract.'), q);
    assert.equal(few.get('Q2')?.line, undefined);
    const weak = answersOf(letter('The festive lighting for 2024 cost the council £36,900 in total.', 'Three town centres had festive lighting paid for by the council.', '£4,500 of the cost was met by sponsorship from local businesses.', 'Around 70% of the lights are LED.', 'Our contractor put the lights up in November.'), q);
    assert.deepEqual([weak.get('Q3')?.line, weak.get('Q5')?.line], [7, 11]);
    assert.equal(weak.get('Q2')?.line, undefined);
  });
});

describe('a year said not held with the years that explain it, and a count of weeks in words between dates', () => {
  const q = fromRequest(['1. In which year did the council last buy a substantial set of new festive lights?', '2. For how many weeks was the main display switched on over 2024/25?'].join('\n'));
  const [year, weeks] = q.questions;

  it('reads "We do not hold a record of the year …" as not held, whatever years follow', () => {
    const text = 'We do not hold a record of the year in which the current lights were bought. Our asset register only begins in 2016, and the lights were already in use by then.';
    assert.equal(classifyAnswer(text, year).status, 'not-held');
    // (A year given after a not-held sentence about something else still answers.)
    assert.equal(classifyAnswer('We do not hold the invoices any longer. The lights were bought in 2019.', year).status, 'partial');
  });

  it('reads "a period of six weeks" after the dates as six, and leaves a count that opens the answer to its own reading', () => {
    const got = answersOf(['2. For how many weeks was the main display switched on over 2024/25?', 'The main display was switched on from 22 November 2024 to 3 January 2025, a period of six weeks.'].join('\n'), q);
    assert.equal(got.get('Q2')?.value, 6);
    assert.equal(classifyAnswer('The display was on from 22 November 2024 to 3 January 2025, a period of six weeks.', weeks).status, 'answered');
  });
});

describe('a council that numbers every item of the request in turn, its headings too', () => {
  const q = parseQuestionnaire([
    'version: 1',
    'title: Allotments',
    'questions:',
    '  - id: Q1',
    '    text: What is the full name of the Authority?',
    '    type: text',
    '  - id: Q2',
    '    text: How many allotment plots does the Authority manage?',
    '    type: number',
    '  - id: Q3',
    '    text: "If the Authority keeps a waiting list:"',
    '    heading: true',
    '  - id: Q3a',
    '    text: How many people are on the waiting list?',
    '    type: number',
    '  - id: Q3b',
    '    text: What is the longest wait, in months?',
    '    type: number',
    '  - id: Q4',
    '    text: "If the Authority does not keep a waiting list:"',
    '    heading: true',
    '  - id: Q4a',
    '    text: How are plots allocated?',
    '    type: text',
    '  - id: Q4b',
    '    text: Does the Authority plan to keep a list?',
    '    type: yes-no',
    '  - id: Q5',
    '    text: How many plots were vacant on 1 April?',
    '    type: number',
  ].join('\n')).questionnaire!;
  const reply = [
    'Dear Ms Example,',
    '',
    'Our answers are below, numbered in the order in which your questions appear.',
    '',
    '1. Ashcombe Borough Council',
    '2. 412',
    '4. 96 people',
    '5. 30 months',
    '6 to 8. Not applicable – the Council keeps a waiting list.',
    '9. 14',
  ].join('\n');

  it('reads each number as the item at its place, a heading\'s number skipped and a range over the other heading and its parts', () => {
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 412, 6]);
    assert.deepEqual(reading(got, 'Q3a'), ['answered', 96, 7]);
    assert.deepEqual(reading(got, 'Q3b'), ['answered', 30, 8]);
    for (const id of ['Q4a', 'Q4b']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['not-applicable', 9], id);
    assert.deepEqual(reading(got, 'Q5'), ['answered', 14, 10]);
  });

  it('reads the same numbering with each item after the skipped heading numbered on its own', () => {
    const got = answersOf(reply.replace('6 to 8. Not applicable – the Council keeps a waiting list.', '6. Not applicable.\n7. Not applicable.\n8. Not applicable.').replace('9. 14', '9. 14'), q);
    assert.deepEqual([got.get('Q4a')?.status, got.get('Q4b')?.status], ['not-applicable', 'not-applicable']);
    assert.deepEqual(reading(got, 'Q5'), ['answered', 14, 12]);
  });

  it('keeps a range of bare numbers in the run, and the number after it', () => {
    const labels = scanMarkersWith(['19. Two years', '20. Funding.', '21 to 25. Not applicable.', '26. See 7.'].join('\n'), { knownIds: null }).map((m) => m.label);
    assert.deepEqual(labels, ['19.', '20.', '21 to 25.', '26.']);
  });

  it('reads no numbering by place where a number is skipped that is no heading', () => {
    const got = answersOf(reply.replace('4. 96 people', '3. 96 people').replace('5. 30 months', '4. 30 months'), q);
    assert.notEqual(got.get('Q5')?.value, 14);
  });
});

describe('a numbered answer whose second paragraph keeps the item\'s hanging indent', () => {
  const q = fromRequest(['1. How many services does the council provide?', '2. Please list the services the council provides.', '3. Does the council have an online account for residents?'].join('\n'));
  const reply = (second: string, answer = ['2. This information is exempt under section 21 of the Act, because it is', '   reasonably accessible to you by other means.']): string => [
    '1. 47',
    ...answer,
    '',
    second,
    '   is published at https://www.ashcombe.example.gov.uk/services',
    '',
    '3. Yes',
  ].join('\n');

  it('reads the paragraph at the indent as the same answer, so the section 21 answer says where', () => {
    const got = answersOf(reply("   A full list of the council's services, with links to each service,"), q);
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.exemption], ['signposted', 's21']);
    assert.match(String(got.get('Q2')?.text), /is published at https:/);
  });

  // (A section 21 refusal takes its link from the next paragraph whatever its indent: see
  // real-layouts45.)
  it('stops at a paragraph that leaves the indent', () => {
    const got = answersOf(reply("A full list of the council's services, with links to each service,", ['2. We do not keep one list of the services the council provides; each', '   directorate keeps its own.']), q);
    assert.doesNotMatch(String(got.get('Q2')?.text), /is published at/);
  });
});
