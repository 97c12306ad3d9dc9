// Layouts and wordings found by scoring the engine on replies it had never seen (session 46), each
// fixed with a general rule. The letters here are written for fictional bodies; no real text is
// copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { analyzeReply } from '../../src/core/suggest';
import { asksTwice } from '../../src/core/topicHeadings';
import type { Question } from '../../src/core/types';
import { answersOf, fromRequest, reading } from '../support/engine';

const root = resolve(__dirname, '../..');
const crm = parseQuestionnaire(readFileSync(resolve(root, 'examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;

describe('a figure that is no sum of money, read for a money question', () => {
  // The council gave a share where the survey asks for a sum.
  const list = [
    'Response',
    '',
    'Q8. £58.4m gross expenditure (Statement of Accounts 2017/18)',
    'Q9. £0.37m',
    'Q10. 31%',
    'Q11. No',
  ].join('\n');

  it('offers "31%" as the payroll spend but never auto-codes it', () => {
    const q10 = analyzeReply(list, crm).answers.find((a) => a.id === 'Q10')!;
    assert.equal(q10.line, 5);
    assert.equal(q10.value, 31);
    assert.ok(q10.confidence < 0.95, `confidence ${q10.confidence}`);
  });

  it('still auto-codes the same answer written as money', () => {
    const got = answersOf(list.replace('Q10. 31%', 'Q10. £31.0m'), crm);
    assert.deepEqual(reading(got, 'Q10'), ['answered', 31_000_000, 5]);
    assert.ok(got.get('Q10')!.confidence >= 0.95, `confidence ${got.get('Q10')!.confidence}`);
  });
});

describe('a prose letter that answers the CRM survey by subject, never by number', () => {
  const letter = [
    'Dear Ms Okafor',
    '',
    'Thank you for your request for information about our information systems.',
    '',
    'The council’s full legal name is Quillbury District Council. The ONS mid-2017 estimate puts the',
    'district’s population at 74,200, and the district covers an area of roughly 9,840 hectares.',
    '',
    'Our ICT team keeps a register of 58 business applications and databases. Of these, 17',
    'run on their own without any link to another system, while the remaining 41 exchange data with',
    'at least one other system, mostly by scheduled file transfer.',
    '',
    'In the financial year 2017-18 the council’s gross revenue expenditure was £47.9 million. Of',
    'this, £268,300 was spent on software licences.',
    '',
    'You asked in two places whether our systems are centred on residents or on properties. In',
    'both cases the answer is properties: nearly all of our main systems are built around the',
    'property reference.',
    '',
    'The council does not use a customer relationship management system. A CRM was considered in',
    '2014 but not taken forward. No CRM project has ever been started and then abandoned.',
    '',
    'Yours sincerely',
    'Information Governance Team',
  ].join('\n');

  it('reads "run on their own" as the stand-alone systems and "another system" as another one', () => {
    const got = answersOf(letter, crm);
    assert.deepEqual(reading(got, 'Q4'), ['answered', 58, 8]);
    assert.deepEqual(reading(got, 'Q4a'), ['answered', 17, 8]);
    assert.deepEqual(reading(got, 'Q4b'), ['answered', 41, 9]);
  });

  it('gives one sentence to a question the request asks twice, residents or properties, with one value', () => {
    const got = answersOf(letter, crm);
    assert.deepEqual(reading(got, 'Q4c'), ['answered', 'Properties', 15]);
    assert.deepEqual(reading(got, 'Q14'), ['answered', 'Properties', 15]);
  });
});

describe('a police force\'s prose reply that owns its drones and adopted its policy', () => {
  const request = [
    'Dear Tollerby Constabulary,',
    '',
    'Please provide the following information under the Freedom of Information Act 2000.',
    '',
    '1. How many drones (remotely piloted aircraft systems) does the force currently own?',
    '2. How many officers are currently qualified as drone pilots?',
    '3. How much did the force spend on purchasing drones in the 2024/25 financial year?',
    '4. How many times did the force deploy a drone in the 2024 calendar year?',
    '5. Does the force have a written policy on the use of drones?',
    '6. When did the force adopt its written policy on the use of drones?',
    '',
    'Yours faithfully,',
    'A. Requester',
  ].join('\n');
  const reply = [
    'Dear Requester,',
    '',
    'Thank you for your request, which we received on 3 March 2025.',
    '',
    'The force currently owns 14 drones, all operated by the Air Support Unit at Fenwick Lane. There are 31 officers who hold a current remote pilot qualification. Spend on purchasing drones in the 2024/25 financial year was £52,400, which replaced four aircraft at the end of their service life.',
    '',
    'In the 2024 calendar year drones were deployed on 1,207 occasions, mostly to searches for missing people.',
    '',
    'Our written policy on the use of drones was adopted by the force in 2019.',
    '',
    'Yours sincerely,',
    'Information Management Unit',
  ].join('\n');

  it('reads "The force currently owns 14 drones" for "How many drones … does the force currently own?"', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 14, 5]);
  });

  it('answers "Does the force have a written policy?" from the sentence on when that policy was adopted', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q6'), ['answered', 2019, 9]);
    assert.deepEqual(reading(got, 'Q5'), ['answered', 'Yes', 9]);
  });
});

describe('questions that share words without being asked twice', () => {
  // The annual spend's words are all in the software spend's, not the other way round: a title
  // over the three answers still gives each its own sentence.
  const letter = [
    'Spending (questions 8 to 10)',
    '',
    'Gross expenditure in 2017/18 was £44.2 million. Spend on software',
    'licensing is not recorded separately from other ICT costs and we cannot',
    'therefore provide a figure. Payroll costs for employees were',
    '£15,920,000; agency staff cost a further £1,030,000.',
  ].join('\n');

  it('reads the gross expenditure as answered, not partly held with the licences', () => {
    const got = answersOf(letter, crm);
    assert.deepEqual(reading(got, 'Q8'), ['answered', 44_200_000, 3]);
    assert.equal(got.get('Q9')?.status, 'not-held');
  });
});

describe('asksTwice', () => {
  const ask = (id: string, text: string): Question => ({ id, type: 'text', order: 1, text });
  it('holds for one question asked in two places in other spellings, never for one inside another', () => {
    assert.equal(asksTwice(crm.byId.get('Q4c')!, crm.byId.get('Q14')!), true);
    assert.equal(asksTwice(crm.byId.get('Q8')!, crm.byId.get('Q9')!), false);
    assert.equal(asksTwice(crm.byId.get('Q4a')!, crm.byId.get('Q4b')!), false);
  });
  it('never holds for questions without a topic word', () => {
    assert.equal(asksTwice(ask('Q1', 'Is it?'), ask('Q2', 'Or so?')), false);
  });
});

describe('"take-up" in a prose letter', () => {
  const letter = [
    'Dear Mr Pell',
    '',
    'The council’s full legal name is Wetherden Borough Council. The ONS mid-2017 estimate puts the',
    'borough’s population at 81,600, and the borough covers an area of roughly 7,420 hectares.',
    '',
    'Our ICT team keeps a register of 66 business applications and databases.',
    '',
    'Residents can use our online account, Wetherden Connect, which was launched in May 2016.',
    'At the end of March 2018 some 12,100 accounts were open, which is about 34% of households in',
    'the borough. We do not measure take-up by individual residents as opposed to households, so we',
    'cannot give a separate figure on that basis.',
    '',
    'In the financial year 2017-18 the council’s gross revenue expenditure was £51.2 million.',
    '',
    'The council does not use a customer relationship management system.',
  ].join('\n');

  it('is the uptake asked: households answer the uptake across the authority, residents are not measured', () => {
    const got = answersOf(letter, crm);
    assert.deepEqual(reading(got, 'Q6a'), ['answered', 'Yes', 8]);
    assert.deepEqual(reading(got, 'Q6b'), ['answered', 34, 9]);
    assert.deepEqual(reading(got, 'Q6c'), ['not-held', null, 10]);
  });
});

describe('labels in square brackets, "[Q1] …"', () => {
  const annex = [
    'ANNEX A – REVISED RESPONSE',
    '',
    '[Q1] Halsworth Borough Council',
    '[Q2] 97,300',
    '[Q6a] Yes',
    '[Q6b] / [Q6c] 29% of households (the same figure answers both questions).',
    '[Q11] Yes',
  ].join('\n');

  it('reads the answer after the closing bracket, not the bracket', () => {
    const got = answersOf(annex, crm);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 'Halsworth Borough Council', 3]);
    assert.deepEqual(reading(got, 'Q6a'), ['answered', 'Yes', 5]);
    assert.deepEqual(reading(got, 'Q11'), ['answered', 'Yes', 7]);
  });

  it('reads "[Q6b] / [Q6c]" as one label for both', () => {
    const got = answersOf(annex, crm);
    assert.deepEqual(reading(got, 'Q6b'), ['answered', 29, 6]);
    assert.deepEqual(reading(got, 'Q6c'), ['answered', 29, 6]);
  });
});

describe('the request summarised as a numbered list, then answered in a second list', () => {
  const reply = [
    'You asked for the following (we have summarised your questions as a numbered list):',
    '',
    '1. The full official name of the Authority.',
    '2. The size of the Authority in terms of population.',
    '3. The size of the Authority in terms of geographical boundaries.',
    '4. The number of information systems / databases used by the Authority, and:',
    '   a. how many are stand-alone;',
    '   b. how many interact with at least one other system;',
    '   c. whether the systems are mainly centred around Residents or Properties.',
    '5. The services provided to Residents.',
    '6. a. Whether the Authority has an online portal for Residents;',
    '   b. if so, the uptake as a percentage.',
    '7. The percentage of services accessible online using Single Sign On (SSO).',
    '8. Annual spend for 2017-18.',
    '9. Annual spend for 2017-18 on software licensing.',
    '10. Annual spend for 2017-18 on payroll of employees, agency staff and contractors.',
    '11. Whether the Authority uses a Customer Relationship Management (CRM) system.',
    '12. If so: a. when it went live; b. how long implementation took; c. the main obstacles.',
    '13. If not: a. whether a CRM has been considered; b. if so, why it did not proceed; c. whether a',
    '    CRM project was abandoned; d. if so, the reasons for the failure.',
    '14. Whether the IT systems are centred primarily around Residents or Properties.',
    '',
    'Our response',
    '',
    '1. Wrexholm Borough Council',
    '2. 68,400 residents',
    '3. Around 8,150 acres',
    '4. 88',
    '   a. 15',
    '   b. 73',
    '   c. Mainly properties',
    '5. Refuse and recycling, planning and licensing.',
    '6. a. Yes',
    '   b. 31%',
    '7. N/A',
    '8. £41.9m',
    '9. £188,400',
    '10. £13.2m',
    '11. No',
    '12. N/A (a–c)',
    '13. a. Yes, in 2015.',
    '    b. Funding.',
    '    c. No',
    '    d. N/A',
    '14. Not applicable (see 11).',
  ].join('\n');

  it('reads "Mainly properties" as the choice, not as the question restated', () => {
    assert.deepEqual(reading(answersOf(reply, crm), 'Q4c'), ['answered', 'Properties', 31]);
    assert.deepEqual(reading(answersOf('Q14. Primarily residents\n', crm), 'Q14'), ['answered', 'Residents', 1]);
  });

  it('spreads "12. N/A (a–c)" to the parts the summary lettered "a." "b." "c." on one line', () => {
    const got = answersOf(reply, crm);
    for (const id of ['Q12', 'Q12a', 'Q12b', 'Q12c']) assert.deepEqual(reading(got, id), ['not-applicable', null, 40], id);
  });

  it('never answers question 13 with its own summary: only the first list labels "13." alone', () => {
    const got = answersOf(reply, crm);
    assert.notEqual(got.get('Q13')?.line, 19);
    assert.deepEqual(reading(got, 'Q13a'), ['answered', 'Yes', 41]);
  });

  it('still reads the first question named in prose right under the quoted request', () => {
    const request = [
      'Please provide copies of the following documents:',
      '1. Fire door inspection reports for Brackwell House since 2019.',
      '2. Asbestos survey reports for Brackwell House since 2019.',
      "3. The building's current fire risk assessment.",
      '4. Details of the sprinkler system installed in 2021.',
      '5. Details of the emergency lighting test regime.',
    ].join('\n');
    const reply = [
      'Dear Requester',
      '',
      'You requested:',
      '',
      '"Please provide copies of the following documents:',
      '1. Fire door inspection reports for Brackwell House since 2019.',
      '2. Asbestos survey reports for Brackwell House since 2019.',
      "3. The building's current fire risk assessment.",
      '4. Details of the sprinkler system installed in 2021.',
      '5. Details of the emergency lighting test regime."',
      '',
      'In respect of question 2 of your request, following a search of our records I have established that the information is not held.',
      'In respect of question 1, the reports from 2020 onwards are enclosed.',
      'In respect of questions 3 to 5, the documents are enclosed.',
    ].join('\n');
    assert.deepEqual(reading(answersOf(reply, fromRequest(request)), 'Q2'), ['not-held', null, 12]);
  });
});

describe('a range in the council\'s own numbering: "Questions 21 to 25 – not applicable"', () => {
  // The request restated with the council's numbers 1, 2, 3 … (one for each question, heading or
  // part), each answer on the line below; the CRM's "if not" questions answered as one range.
  const answerOf: Record<string, string> = { Q1: 'Ravensby City Council', Q2: '212,400', Q4: '173', Q4c: 'Both.', Q11: 'Yes', Q12a: 'March 2011', Q12b: 'Around two years', Q14: 'Properties' };
  const renumbered = (omit: string[], range: (a: number, b: number) => string): string => {
    const lines: string[] = [];
    let n = 0;
    for (const x of crm.questions) {
      if (omit.includes(x.id)) continue;
      n++;
      if (x.id.startsWith('Q13')) {
        if (x.id === 'Q13') lines.push(range(n, n + 4), '');
        continue;
      }
      lines.push(`${n}. ${x.text}`, answerOf[x.id] ?? 'Not held.', '');
    }
    return lines.join('\n');
  };
  const lineOf = (reply: string, words: string): number => reply.split('\n').findIndex((l) => l.includes(words)) + 1;

  it('reads the council\'s 21 to 25 as the questions between its 20 and 26', () => {
    const reply = renumbered([], (a, b) => `Questions ${a} to ${b} – not applicable, as the Council has a CRM system.`);
    const got = answersOf(reply, crm);
    const at = lineOf(reply, 'Questions 21 to 25');
    for (const id of ['Q13', 'Q13a', 'Q13b', 'Q13c', 'Q13d']) assert.deepEqual(reading(got, id), ['not-applicable', null, at], id);
    assert.deepEqual(reading(got, 'Q14'), ['answered', 'Properties', reply.split('\n').lastIndexOf('Properties') + 1]);
  });

  it('follows the alignment, not the place, when the council leaves a question out ("20 – 24.")', () => {
    const reply = renumbered(['Q6c'], (a, b) => `${a} – ${b}. Not applicable – the Council has a CRM system.`);
    const got = answersOf(reply, crm);
    const at = lineOf(reply, '20 – 24.');
    for (const id of ['Q13', 'Q13a', 'Q13d']) assert.deepEqual(reading(got, id), ['not-applicable', null, at], id);
    assert.equal(got.get('Q12c')?.line, lineOf(reply, '19. What were the main obstacles') + 1);
  });

  it('maps no range whose numbers go past the council\'s last question', () => {
    const base = renumbered([], (a, b) => `Questions ${a} to ${b} – not applicable, as the Council has a CRM system.`);
    const reply = `${base}\nQuestions 30 to 32 – please see the spreadsheet attached.\n`;
    const got = answersOf(reply, crm);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 'Ravensby City Council', 2]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 212_400, 5]);
  });
});

describe('a request asking questions inline: how often in weeks, and which of three describes the plans', () => {
  const request = [
    'Under the Freedom of Information Act 2000, please could you tell me (1) how many public benches the',
    'council maintains; (2) how often, in weeks, each bench is inspected for damage; and (3) which best',
    'describes the council\'s plans for new benches in 2026/27 - planned and funded, proposed but not yet',
    'funded, or none planned.',
  ].join('\n');
  const q = fromRequest(request);

  it('reads "how often, in weeks" as an interval in weeks, and "every six weeks" as 6', () => {
    assert.equal(q.byId.get('Q2')?.type, 'duration');
    const got = answersOf('1. 412\n2. Each bench is inspected every six weeks by the parks team.\n3. None planned.\n', q);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 6, 2]);
    assert.equal(got.get('Q2')?.unit, 'weeks');
  });

  it('offers the three descriptions after the dash as the choices', () => {
    assert.deepEqual(q.byId.get('Q3')?.choices, ['Planned and funded', 'Proposed but not yet funded', 'None planned']);
    assert.deepEqual(reading(answersOf('1. 412\n2. Every 8 weeks.\n3. None planned.\n', q), 'Q3'), ['answered', 'None planned', 3]);
  });
});

describe('a letter under topic headings, its letterhead above "Dear …"', () => {
  const request = [
    "1. What was the council's total expenditure on agency staff in 2023/24?",
    '2. a) How many agency workers were on assignment with the council on 31 March 2024?',
    "   b) What percentage of the council's total pay bill in 2023/24 was spent on agency workers?",
    '4. How many interim managers did the council engage during 2023/24?',
    '5. Does the council use a managed service provider to source agency workers?',
    '6. In which service areas were most agency workers placed in 2023/24?',
    '7. What was the longest agency assignment in weeks?',
  ].join('\n');
  const reply = [
    'HARROWDEAN DISTRICT COUNCIL',
    'Corporate Services – Information Governance',
    'www.harrowdean.example.gov.uk',
    '',
    'Dear Mr Penhale',
    '',
    'Thank you for your request, which has been considered under the Freedom of Information Act 2000.',
    '',
    'Agency expenditure',
    'Spend on agency staff in 2023/24 was £402,750. The figure for 2022/23 is not held.',
    '',
    'On 31 March 2024 the council had seventeen agency workers on assignment. Agency spend was about 4 per cent of our total pay bill in 2023/24.',
    '',
    'Interim managers',
    'The council engaged two interim managers during 2023/24.',
    '',
    'Managed service provider',
    'The council does not use a managed service provider.',
    '',
    'Service areas',
    'Most agency workers were placed in housing and in waste services.',
    '',
    'Length of assignments',
    'The longest assignment lasted 38 weeks.',
    '',
    'Yours sincerely',
  ].join('\n');

  it('never reads the letterhead as the heading of the first answer', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['partial', 402_750, 10]);
  });

  it('reads "The council engaged two interim managers …" under its heading as the answer, not the question restated', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q4'), ['answered', 2, 15]);
    assert.deepEqual(reading(got, 'Q5'), ['answered', 'No', 18]);
  });
});

describe('"Expenditure" in a prose letter answers "the total amount spent"', () => {
  const request = [
    '1. Does the council have a written plan for giant hogweed on council-owned land?',
    '2. In what year was that plan last reviewed?',
    '3. How many council-owned sites were treated for giant hogweed in 2025/26?',
    '4. What was the total amount spent on hogweed treatment in 2025/26, including contractor costs?',
    '5. How many reports about giant hogweed on council land did the council receive in 2025/26?',
  ].join('\n');
  const reply = [
    'Dear Mr Ashdown,',
    '',
    'Thank you for your request, which we received on 2 November 2026.',
    '',
    'The Council does hold a written plan for giant hogweed on its own land. The plan was last reviewed in 2023.',
    '',
    'Hogweed was treated at 12 council-owned sites in 2025/26. Some sites are treated twice in a season and are counted once. Expenditure on treatment was £4,310 in 2025/26. These figures are the sums invoiced by our contractor.',
    '',
    'The Council received 9 reports about hogweed on its land during 2025/26.',
    '',
    'Yours sincerely,',
    'Parks Team',
  ].join('\n');

  it('ties "Expenditure on treatment was £4,310" to the amount spent, two sentences after the sites treated', () => {
    assert.deepEqual(reading(answersOf(reply, fromRequest(request)), 'Q4'), ['answered', 4310, 7]);
  });
});

describe('a spreadsheet pasted with tabs under a header row "Ref / Question / Response / Notes"', () => {
  const sheet = [
    'Ref\tQuestion\tResponse\tNotes',
    '1\tFull official name of the Authority\tLangmere Borough Council\t',
    '5\tServices provided to residents\tWaste & recycling; planning; licensing; council tax; parking\tEducation and social care: county council',
    '6a\tOnline portal for residents\tNo\tOnline forms only',
  ].join('\n');

  it('reads the services from the Response column, though its words are the question\'s examples', () => {
    const got = answersOf(sheet, crm);
    assert.match(String(got.get('Q5')?.value), /^Waste & recycling; planning; licensing/);
    assert.equal(got.get('Q5')?.line, 3);
  });
});

describe('a pipe table under a header row "| Ref | Question | Council response | Notes |"', () => {
  const table = [
    '| Ref | Question | Council response | Notes |',
    '| 1 | Full official name of the Authority | Langmere Borough Council | |',
    '| 5 | Services provided to residents | Waste & recycling; planning; licensing; council tax; parking | Education and social care: county council |',
  ].join('\n');

  it('reads the services from the column the header names the response', () => {
    const got = answersOf(table, crm);
    assert.match(String(got.get('Q5')?.value), /^Waste & recycling; planning; licensing/);
  });
});

describe('a go-live year with a later system\'s year in brackets', () => {
  it('reads the year given first when the bracket speaks of a replacement: "September 2012 (replacement system went live in February 2017)"', () => {
    assert.deepEqual(reading(answersOf('Q12a. September 2012 (replacement system went live in February 2017)\n', crm), 'Q12a'), ['answered', 2012, 1]);
  });
  it('still reads the year the question\'s words point to when the bracket is no aside: "from July 2022 (expires June 2037)"', () => {
    const q = fromRequest('1. In what year does the charge point contract expire?\n2. Who operates the charge points?\n');
    assert.deepEqual(reading(answersOf('1. The concession runs for 15 years from July 2022 (expires June 2037)\n2. Voltaro Charging Ltd\n', q), 'Q1'), ['answered', 2037, 1]);
  });
});

describe('an answer that says which questions it covers: "This response covers Q6b, Q6c and Q7"', () => {
  const reply = [
    '“Q6a. Does the Authority have an online portal for Residents?”',
    'Response: No – the Council does not have an online portal for residents.',
    '',
    '“Q6b. If it does, what is the uptake (as a percentage) across the authority?”',
    'Response: N/A. This response covers Q6b, Q6c and Q7, as there is no portal.',
    '',
    '“Q6c. What is the uptake by residents as a percentage within the authority?”',
    '',
    '“Q7. What percentage of services in Q4 are accessible to Residents online using Single Sign On (SSO) on the portal?”',
    '',
    '“Q8. What was the Authority’s annual spend for 2017-18?”',
    'Response: £63.4m',
  ].join('\n');

  it('gives the covered questions that answer, at its line, rather than leaving Q7 unanswered and Q6c merely routed', () => {
    const got = answersOf(reply, crm);
    for (const id of ['Q6b', 'Q6c', 'Q7']) assert.deepEqual(reading(got, id), ['not-applicable', null, 5], id);
    assert.deepEqual(reading(got, 'Q8'), ['answered', 63_400_000, 12]);
  });

  it('never covers a question that has an answer of its own', () => {
    const own = reply.replace('“Q7. What percentage of services in Q4 are accessible to Residents online using Single Sign On (SSO) on the portal?”\n', '“Q7. What percentage of services in Q4 are accessible to Residents online using Single Sign On (SSO) on the portal?”\nResponse: 40%');
    assert.deepEqual(reading(answersOf(own, crm), 'Q7'), ['answered', 40, 10]);
  });
});

describe('"The same answer applies to question 14"', () => {
  const reply = [
    'Q4c. Are the systems mainly centered around Residents or Properties?',
    'Response: Properties. The same answer applies to question 14.',
    '',
    'Q11. Does the Authority use a Customer Relationship Management (CRM) System?',
    'Response: No. This response covers questions 12 to 12c.',
    '',
    'Q14. Are the IT systems centred primarily around Residents or Properties?',
  ].join('\n');

  it('gives question 14 the answer of the question that names it', () => {
    assert.deepEqual(reading(answersOf(reply, crm), 'Q14'), ['answered', 'Properties', 2]);
  });

  it('gives no yes or no to questions of another kind it names', () => {
    const got = answersOf(reply, crm);
    for (const id of ['Q12a', 'Q12b', 'Q12c']) assert.notEqual(got.get(id)?.value, 'No', id);
  });
});
