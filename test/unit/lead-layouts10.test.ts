// Layouts found by reading the misses of the development sets and of the blind sets of session 10,
// each fixed with a general rule. Replies are written here for fictional councils.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { analyzeReply } from '../../src/core/suggest';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { classifyAnswer } from '../../src/core/classify';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import { parseValue } from '../../src/core/values';
import type { Questionnaire } from '../../src/core/types';

const crm = (): Questionnaire => parseQuestionnaire(readFileSync(path.join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;
const rows = (q: Questionnaire, reply: string) => {
  const got = analyzeReply(reply, q).answers;
  return (id: string) => got.filter((a) => a.id === id).map((a) => [a.status, a.value, a.line])[0];
};

describe('prose letters that name their questions (crm-blind8)', () => {
  it('reads "question 13 and its parts do not apply" inside a sentence as not applicable for the heading and each part, from the sentence\'s line', () => {
    const reply = [
      'Dear Mr Adebayo-Clarke,',
      '',
      'The authority is Orrin Bay Borough Council (question 1). We estimate 88,400 residents and',
      '9,120 hectares (questions 2 and 3). In answer to your questions 4 to 4c, we run 140 systems.',
      '',
      'We do use a CRM system (question 11). It went live in May 2016 after a project of',
      'about a year (questions 12a to 12b), and the main difficulty was funding. Because we',
      'have a CRM, question 13 and its parts do not apply. In answer to question 14, both.',
      '',
      'Yours sincerely,',
    ].join('\n');
    const row = rows(crm(), reply);
    for (const id of ['Q13', 'Q13a', 'Q13b', 'Q13c', 'Q13d']) assert.deepEqual(row(id), ['not-applicable', null, 7], id);
  });

  it('does not read "question 13 does not apply" as not applicable when the sentence says it does apply', () => {
    const reply = [
      'Dear Mr Adebayo-Clarke,',
      '',
      'The authority is Orrin Bay Borough Council (question 1). We estimate 88,400 residents and',
      '9,120 hectares (questions 2 and 3). In answer to your questions 4 to 4c, we run 140 systems.',
      '',
      'We do not use a CRM system (question 11). A business case was written in 2015, and',
      'question 13 applies to us: it failed for lack of funding.',
      '',
      'Yours sincerely,',
    ].join('\n');
    const row = rows(crm(), reply);
    assert.notEqual(row('Q13')?.[0], 'not-applicable');
  });
});

describe('ranges of parts written with the number once (crm-blind11)', () => {
  it('reads "12 a) – c) N/A" as Q12a to Q12c, and so the heading, not applicable', () => {
    const reply = [
      '10) £21.6m',
      '11) No',
      '12 a) – c) N/A',
      '13 a) Yes, in 2019.',
      '13 b) Funding.',
    ].join('\n');
    const row = rows(crm(), reply);
    for (const id of ['Q12', 'Q12a', 'Q12b', 'Q12c']) assert.deepEqual(row(id), ['not-applicable', null, 3], id);
    assert.deepEqual(row('Q13a'), ['answered', 'Yes', 4]);
  });
});

describe('an answer and what the letter says about it further down (crm-blind17, other-blind15, other-blind19)', () => {
  const REQUEST = [
    'Please provide:',
    '1. How many food premises were inspected in 2024/25?',
    '2. What was the cost of the food safety service in 2024/25?',
    '3. How many premises had a rating of 0 in March 2025?',
    '4. What are the most common reasons for a rating of 0, 1 or 2?',
  ].join('\n');
  const q = (): Questionnaire => questionnaireFromRequest(REQUEST).questionnaire!;

  it('keeps "4. Withheld under section 12, see the refusal notice below" as the answer, not the notice\'s heading further down', () => {
    const reply = [
      'Response',
      '',
      '1. 1,204',
      '2. £612,000',
      '3. 17',
      '4. Refused under section 12. Please see the refusal notice below.',
      '',
      'Refusal notice',
      '',
      'Question 4',
      'Reasons are held in free text in each of 1,204 reports; reading them would take over 18 hours,',
      'so the cost limit applies.',
    ].join('\n');
    assert.deepEqual(rows(q(), reply)('Q4'), ['refused', null, 6]);
  });

  it('takes the section below as the answer when the line only points to it', () => {
    const reply = [
      'Response',
      '',
      '1. 1,204',
      '2. £612,000',
      '3. 17',
      '4. Please see the paragraphs below.',
      '',
      'Question 4 – section 12 (cost limit)',
      'Reasons are held in free text in each of 1,204 reports; reading them would take over 18 hours.',
    ].join('\n');
    const got = rows(q(), reply)('Q4');
    assert.equal(got?.[0], 'refused');
    assert.equal(got?.[2], 8);
  });

  it('does not move an answer to a sentence that names its question later in the same letter', () => {
    const reply = [
      'Response',
      '',
      '1. 1,204',
      '2. £612,000',
      '3. 17',
      '4. We are refusing this part of your request under section 12 of the Act: reasons are kept',
      'in free text in each inspection report.',
      '',
      'Advice and assistance',
      'In relation to question 4, we cannot suggest how the request could be narrowed.',
      '',
      'Yours sincerely,',
    ].join('\n');
    assert.deepEqual(rows(q(), reply)('Q4'), ['refused', null, 6]);
  });
});

describe('a small number suppressed to a band (other-blind13, other-blind15)', () => {
  it('reads "Fewer than 5; the exact figure is withheld under section 40(2)" as refused, with no value', () => {
    for (const text of [
      'Fewer than 5. The exact figure is withheld under section 40(2) as the people concerned could be identified.',
      'Less than ten – withheld under s.40(2) (personal data).',
      '<5 (exact number withheld, section 40(2))',
    ]) {
      const c = classifyAnswer(text);
      assert.deepEqual([c.status, c.exemption], ['refused', 's40'], text);
    }
  });

  it('still reads a figure given beside a withheld breakdown as partial', () => {
    const c = classifyAnswer('We served 212 notices. The number in each ward is withheld under section 40(2), as fewer than 5 were served in some wards.');
    assert.deepEqual([c.status, c.exemption], ['partial', 's40']);
  });
});

describe('a revised answer that says what the first reply said (other-blind15, other-blind16)', () => {
  const REQUEST = [
    'Please provide:',
    '1. How many noise complaints did the council receive in 2024/25?',
    '2. How many abatement notices did the council serve in 2024/25?',
    '3. In what year did the council last review its noise policy?',
  ].join('\n');

  it('codes "11 (revised – previously given as not held)" as answered 11, and a refusal named as previous as history', () => {
    const reply = [
      'Internal review – revised answers',
      '',
      'Q1 - 1,912 (revised; previously refused under section 12).',
      'Q2 - 11 (revised – previously given as not held)',
      'Q3 - 2021 (revised; previously "not held").',
    ].join('\n');
    const row = rows(questionnaireFromRequest(REQUEST).questionnaire!, reply);
    assert.deepEqual(row('Q1'), ['answered', 1912, 3]);
    assert.deepEqual(row('Q2'), ['answered', 11, 4]);
    assert.deepEqual(row('Q3'), ['answered', 2021, 5]);
  });
});

describe('"we do not report on/against" (other-blind15)', () => {
  it('reads "We do not report against a 28-day measure" as saying the figure asked for is not held, and never auto-codes the other measure\'s figure', () => {
    const c = classifyAnswer('We do not report against a 28-day measure. Our KPI is closure within 90 days (81% in 2024/25).');
    assert.notEqual(c.status, 'answered');
    assert.ok(c.confidence < DEFAULT_MIN_CONFIDENCE, String(c.confidence));
    assert.equal(classifyAnswer('We do not report on this.').status, 'not-held');
  });
});

describe('an answer that opens by naming one choice (other-blind9)', () => {
  const REQUEST = [
    'Please tell me:',
    '1. How many public toilets does the council run?',
    '2. Are your public toilets cleaned by council staff, by a contractor, or by a mix of both?',
    '3. What was the cleaning cost in 2024/25?',
  ].join('\n');

  it('reads "Q2 - A mix of both: council staff clean … and a contractor cleans …" as the mix, not as a title over the rest', () => {
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const reply = [
      'Q1 - 14',
      'Q2 - A mix of both: council staff clean the market-town sites and a contractor cleans the beach sites.',
      'Q3 - £188,400',
    ].join('\n');
    assert.deepEqual(rows(q, reply)('Q2'), ['answered', 'Mix of both', 2]);
  });

  it('takes, of the choices in the answer\'s first words, the one they open with', () => {
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const v = parseValue('A mix of both: council staff clean the market-town sites and a contractor cleans the beach sites.', q.questions.find((x) => x.id === 'Q2')!, q.codes);
    assert.equal(v.value, 'Mix of both');
  });

  it('still reads a title that offers the choices ("Council staff, a contractor or a mix:") as a title', () => {
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const reply = [
      'Q1 - 14',
      'Q2 - Council staff, a contractor or a mix: Contractor.',
      'Q3 - £188,400',
    ].join('\n');
    assert.deepEqual(rows(q, reply)('Q2'), ['answered', 'Contractor', 2]);
  });
});

describe('a pipe table whose pipes are not lined up (other-blind14)', () => {
  const REQUEST = [
    'Please provide:',
    '1. How many street lights does the council maintain?',
    '2. In what year did the council begin converting street lights to LED?',
    '3. Does the council dim any street lights at night? (Yes/No)',
  ].join('\n');

  it('carries an answer cell over the rows below that have as many cells and an empty first cell', () => {
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const reply = [
      '| No. | Your question | Our response |',
      '|-----|---------------|--------------|',
      '| 1 | How many street lights does the council | About 21,700, of which |',
      '|   | maintain? | 640 are on private roads. |',
      '| 2 | In what year did the council begin | Conversion began in October |',
      '|   | converting street lights to LED? | 2019, after a trial. |',
      '| 3 | Does the council dim any street lights at night? | Yes |',
    ].join('\n');
    const got = analyzeReply(reply, q).answers;
    const q2 = got.find((a) => a.id === 'Q2')!;
    assert.deepEqual([q2.status, q2.value, q2.line], ['answered', 2019, 5]);
    assert.equal(q2.text, 'Conversion began in October\n2019, after a trial.');
    assert.equal(got.find((a) => a.id === 'Q1')!.text, 'About 21,700, of which\n640 are on private roads.');
  });
});

describe('answers that give no value of their own (crm-blind7, crm-blind8, other-blind19)', () => {
  it('reads "Too many to list – the reasons are set out in each inspection report" as unclear, not signposted', () => {
    assert.equal(classifyAnswer('Too many to list - every case differs and the reasons are set out in the individual inspection reports.').status, 'unclear');
    // A real signpost still signposts.
    assert.equal(classifyAnswer('The reasons are set out in our annual report at https://www.orrin.example.gov.uk/food.').status, 'signposted');
  });

  it('does not give a cross-reference the figure referred to when it says its own is part of that total', () => {
    const q = crm();
    const reply = [
      'Q8 £212.4m',
      'Q9 £1.1m',
      'Q10 See our answer to question 8; staffing costs form part of that total.',
      'Q11 Yes',
    ].join('\n');
    const row = rows(q, reply);
    assert.deepEqual(row('Q10'), ['unclear', null, 3]);
    // Without the words, it is the figure referred to.
    const plain = rows(q, reply.replace('; staffing costs form part of that total', ''));
    assert.deepEqual(plain('Q10'), ['answered', 212400000, 3]);
  });

  it('sets aside the option the answer says it is not ("not centred on residents")', () => {
    const q = crm();
    const question = q.questions.find((x) => x.id === 'Q14')!;
    const v = parseValue('No, the systems are not centred on residents; they are primarily property based.', question, q.codes);
    assert.equal(v.value, 'Properties');
  });
});

describe('a number alone on its line, then an answer in the words of one choice (other-blind16)', () => {
  it('reads "2." over "By a leisure trust (…)." as the answer, not the question restated', () => {
    const q = questionnaireFromRequest('Please tell me:\n1. How many leisure centres does the council own?\n2. How are these centres managed: in-house, by a leisure trust, by a private contractor, or a mix of these?\n3. In what year did the current contract start?\n').questionnaire!;
    const reply = '1.\nThree.\n\n2.\nBy a leisure trust (Tolland Community Leisure Trust).\n\n3.\nIn 2016.\n';
    assert.deepEqual(rows(q, reply)('Q2'), ['answered', 'By a leisure trust', 5]);
    // The question restated under its number is still the question.
    const restated = '1.\nThree.\n\n2.\nHow are these centres managed: in-house, by a leisure trust, by a private contractor, or a mix of these?\nIn-house.\n\n3.\nIn 2016.\n';
    assert.deepEqual(rows(q, restated)('Q2'), ['answered', 'In-house', 6]);
  });
});

describe('a parent\'s answer that names its decimal parts (other-blind15)', () => {
  it('reads "2. (2.1–2.3) Please see the attached spreadsheet" as signposting the question and each of its parts', () => {
    const REQUEST = [
      'Please provide:',
      '1. How many pothole reports did the council receive in 2024/25?',
      '2. Highway claims in 2024/25:',
      '2.1 How many claims were received?',
      '2.2 How many claims were paid?',
      '2.3 What was the total amount paid?',
      '3. What was the largest single payment?',
    ].join('\n');
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const reply = '1. About 7,400 reports.\n\n2. (2.1–2.3) Please see the attached spreadsheet "Claims 2024-25.xlsx".\n\n3. £8,120.\n';
    const row = rows(q, reply);
    for (const id of ['Q2', 'Q2a', 'Q2b', 'Q2c']) assert.deepEqual(row(id), ['signposted', null, 3], id);
  });
});

describe('two roman numerals joined on one label (other-blind19)', () => {
  it('reads "i) and ii) A total of 38,420 days were lost, an average of 8.7 days per FTE" for both questions, each its own figure', () => {
    const REQUEST = [
      'Please provide, for 2023/24:',
      'i) What was the average number of working days lost to sickness per FTE employee?',
      'ii) What was the total number of working days lost to sickness?',
      'iii) What was the estimated cost (£) of sickness absence?',
    ].join('\n');
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const reply = 'Our response:\n\ni) and ii) A total of 38,420 working days were lost, an average of 8.7 days per FTE.\n\niii) £4.1m\n';
    const row = rows(q, reply);
    assert.deepEqual(row('Q1'), ['answered', 8.7, 3]);
    assert.deepEqual(row('Q2'), ['answered', 38420, 3]);
    assert.deepEqual(row('Q3'), ['answered', 4100000, 5]);
  });

  it('reads "ii) – iv) Not held" as a range over all three', () => {
    const REQUEST = [
      'Please provide, for 2023/24:',
      'i) What was the average number of working days lost to sickness per FTE employee?',
      'ii) What was the total number of working days lost to sickness?',
      'iii) How many employees had a long-term absence?',
      'iv) How many employees were dismissed on capability grounds?',
      'v) What was the estimated cost (£) of sickness absence?',
      'vi) Does the council offer an Employee Assistance Programme?',
    ].join('\n');
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const row = rows(q, 'Our response:\n\ni) 8.7 days\n\nii) – iv) Not held.\n\nv) £4.1m\n\nvi) Yes\n');
    for (const id of ['Q2', 'Q3', 'Q4']) assert.deepEqual(row(id), ['not-held', null, 5], id);
    assert.deepEqual(row('Q5'), ['answered', 4100000, 7]);
  });
});

describe('a figure alone under a question (crm-blind18)', () => {
  it('reads "9." on the line under "Question 4(a) – How many …?" as the answer, not as a label for question 9', () => {
    const reply = [
      'Question 4 – How many information systems / databases does the Authority use?',
      '41.',
      '',
      'Question 4(a) – How many of those are stand-alone?',
      '9.',
      '',
      'Question 4(b) – How many of those interact with at least one other system?',
      '32.',
      '',
      'Question 9 – What was the Authority\'s annual spend for 2017-18 for software licensing?',
      '£402,000.',
    ].join('\n');
    const row = rows(crm(), reply);
    assert.deepEqual(row('Q4a'), ['answered', 9, 5]);
    assert.deepEqual(row('Q9'), ['answered', 402000, 11]);
  });
});

describe('the cost limit\'s figures as an answer\'s own (other-blind9, other-blind16)', () => {
  it('reads "£600" or "24 hours where there is a hazard" as the answer, not as the cost limit', () => {
    assert.deepEqual([classifyAnswer('£600').status, classifyAnswer('£600').exemption], ['answered', undefined]);
    const c = classifyAnswer('Our published standard is 10 working days for a first inspection (24 hours where there is an emergency hazard).');
    assert.deepEqual([c.status, c.exemption], ['answered', undefined]);
  });

  it('still reads them as the cost limit beside refusal wording', () => {
    for (const text of [
      'Answering would cost more than £600 and we are therefore refusing this part of the request.',
      'Locating the records would take over 24 hours, so this part of the request is refused.',
    ]) {
      const c = classifyAnswer(text);
      assert.deepEqual([c.status, c.exemption], ['refused', 's12'], text);
    }
  });
});

describe('the reasons for a refusal set out below the last answer (other-blind13)', () => {
  const REQUEST = [
    'Please provide:',
    '1. How much did the council pay its pest control contractor in 2023/24?',
    '2. How many treatments for rats were carried out in 2023/24?',
    '3. Please list the pests for which the council offers treatment to domestic premises.',
  ].join('\n');

  it('ends the last answer at a heading that names an exemption, when that answer refuses nothing', () => {
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const reply = [
      'Question 1',
      'Withheld under section 43(2); see below.',
      '',
      'Question 2',
      '1,212',
      '',
      'Question 3',
      'Rats and mice only. Residents needing other treatments are advised to contact a private company.',
      '',
      'Section 43(2) – commercial interests',
      '',
      'Disclosing the contract price would be likely to prejudice the contractor\'s commercial interests when the contract is re-tendered.',
    ].join('\n');
    const got = analyzeReply(reply, q).answers;
    const q3 = got.find((a) => a.id === 'Q3')!;
    assert.equal(q3.status, 'answered');
    assert.equal(q3.text, 'Rats and mice only. Residents needing other treatments are advised to contact a private company.');
    assert.deepEqual([got.find((a) => a.id === 'Q1')!.status, got.find((a) => a.id === 'Q1')!.exemption], ['refused', 's43']);
  });

  it('keeps the section under an answer that sends the reader to it', () => {
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const reply = [
      'Question 1',
      '£48,200',
      '',
      'Question 2',
      '1,212',
      '',
      'Question 3',
      'This part of your request is withheld; the reasons are below.',
      '',
      'Section 43(2) – commercial interests',
      '',
      'The list forms part of a tender that is still open.',
    ].join('\n');
    const q3 = analyzeReply(reply, q).answers.find((a) => a.id === 'Q3')!;
    assert.deepEqual([q3.status, q3.exemption], ['refused', 's43']);
  });
});

describe('"we do not hold this information" first, then figures for context (other-blind10, 13, 14)', () => {
  it('reads the answer as not held, offered rather than auto-coded', () => {
    for (const text of [
      'The Council does not hold this information. We record the number of empty homes brought back into use (212 in 2024/25), but not whether the Council brought it about.',
      'The council does not calculate an average nightly rate. Rates range from about £45 to £140 a night.',
    ]) {
      const c = classifyAnswer(text);
      assert.equal(c.status, 'not-held', text);
      assert.ok(c.confidence < DEFAULT_MIN_CONFIDENCE);
    }
  });

  it('still reads a figure with a part not held as partial', () => {
    assert.equal(classifyAnswer('£12.9m. We do not hold a separate figure for contractors.').status, 'partial');
    assert.equal(classifyAnswer('We do not hold this separately for contractors. Employees cost £12.9m.').status, 'partial');
  });
});

describe('a heading that only points to its parts (other-blind10)', () => {
  it('reads "3) Charge point contract – See 3.1 to 3.3" as not applicable for the heading, and its parts from their rows', () => {
    const REQUEST = [
      'Please provide:',
      '1) How many public charge points does the council own?',
      '2) How many of these are rapid chargers?',
      '3) Regarding your charge point contract:',
      '3.1 What is the name of the operator?',
      '3.2 When does the current contract expire?',
      '4) What income did the council receive from charging in 2024/25?',
    ].join('\n');
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const reply = [
      '1)\tCharge points owned\t64',
      '2)\tRapid chargers\t9',
      '3)\tCharge point contract\tSee 3.1 to 3.2',
      '3.1\tOperator\tPlugwell Networks Ltd',
      '3.2\tContract expiry\tMarch 2031',
      '4)\tIncome 2024/25\t£18,400',
    ].join('\n');
    const row = rows(q, reply);
    assert.deepEqual(row('Q3'), ['not-applicable', null, 3]);
    assert.deepEqual(row('Q3a'), ['answered', 'Plugwell Networks Ltd', 4]);
  });
});

describe('parts lettered on their number\'s line, two of them joined (other-blind10)', () => {
  it('reads "Q2 - (a) No, … (b) and (c) N/A" as No for (a) and not applicable for (b) and (c)', () => {
    const REQUEST = [
      'Q1 How many long-term empty homes were there on 1 April 2025?',
      'Q2 Empty homes premium:',
      '(a) Does the council charge the premium? (Yes/No)',
      '(b) From what date has it applied?',
      '(c) How much did the premium raise in 2024/25?',
      'Q3 How many empty homes were brought back into use in 2024/25?',
    ].join('\n');
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const reply = 'Q1 - 412\nQ2 - (a) No, the premium has not been adopted. (b) and (c) N/A\nQ3 - 27\n';
    const row = rows(q, reply);
    assert.deepEqual(row('Q2a'), ['answered', 'No', 2]);
    assert.deepEqual(row('Q2b'), ['not-applicable', null, 2]);
    assert.deepEqual(row('Q2c'), ['not-applicable', null, 2]);
  });
});

describe('a paragraph under "Questions 11 and 12 – CRM", 12 being a heading over its parts (crm-blind20)', () => {
  it('shares the paragraph\'s sentences among 11 and the heading\'s parts, past the title', () => {
    const reply = [
      'Questions 8 to 10 – spending',
      'Our gross expenditure in 2017/18 was £96.2m, of which software licences took £0.7m.',
      'Payroll costs were £31.5m.',
      '',
      'Questions 11 and 12 – CRM',
      'The Council does use a CRM system. It went live in March 2012 after an implementation',
      'period of around 14 months. The main obstacles were funding and integrating the CRM with',
      'our existing back-office applications.',
      '',
      'Question 13',
      'Not applicable.',
    ].join('\n');
    const row = rows(crm(), reply);
    assert.deepEqual(row('Q11'), ['answered', 'Yes', 6]);
    assert.deepEqual(row('Q12a'), ['answered', 2012, 6]);
    assert.deepEqual(row('Q12b'), ['answered', 14, 6]);
    assert.equal(row('Q12c')?.[0], 'answered');
  });
});

describe('a count of cost centres in a cost-limit refusal (crm-blind7)', () => {
  it('reads "coded across more than 40 cost centres … refused under section 12" as refused, not partial with 40', () => {
    const c = classifyAnswer('Software licences are bought by individual services and coded across more than 40 cost centres. Identifying them would take in excess of 18 hours, and this part of your request is therefore refused under section 12 of the Act.');
    assert.deepEqual([c.status, c.exemption], ['refused', 's12']);
  });
});

describe('two questions quoted one under the other, then one response (other-blind16)', () => {
  const REQUEST = [
    'Please tell me:',
    'Q1: How many hackney carriage vehicle licences were in force on 31 March 2026?',
    'Q2: How many private hire driver licences were in force on 31 March 2026?',
    'Q3: Does the council limit the number of hackney carriage licences?',
  ].join('\n');

  it('gives each question its own figure from the one response below them', () => {
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const reply = [
      'You asked:',
      'Q1: How many hackney carriage vehicle licences were in force on 31 March 2026?',
      'Q2: How many private hire driver licences were in force on 31 March 2026?',
      '',
      'Our response:',
      'On 31 March 2026 there were 96 hackney carriage vehicle licences and 311 private hire driver licences in force.',
      '',
      'You asked:',
      'Q3: Does the council limit the number of hackney carriage licences?',
      '',
      'Our response:',
      'No.',
    ].join('\n');
    const row = rows(q, reply);
    assert.deepEqual(row('Q1'), ['answered', 96, 6]);
    assert.deepEqual(row('Q2'), ['answered', 311, 6]);
  });

  it('leaves a question with no response of its own missing when the one below it is answered inline', () => {
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const row = rows(q, 'Q1:\nQ2: 311\nQ3: No\n');
    assert.equal(row('Q1'), undefined);
  });
});

describe('a fixed-width table whose answer cell opens with "No." in the question\'s words (other-blind19)', () => {
  it('reads "Q7 Charge for re-rating visits      No. The council does not currently charge for …" as No', () => {
    const REQUEST = [
      'Q6. How many Hygiene Emergency Prohibition Notices were served in 2023/24?',
      'Q7. Does the council charge for re-rating visits under the Food Hygiene Rating Scheme?',
      'Q8. If so, what is the fee for a re-rating visit?',
    ].join('\n');
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const reply = [
      ' Q6 Hygiene Emergency Prohibition        2',
      ' Notices served',
      '',
      ' Q7 Charge for re-rating visits          No. The council does not currently charge for',
      '                                         re-rating visits. This is under review.',
      '',
      ' Q8 Fee for a re-rating visit            N/A',
    ].join('\n');
    assert.deepEqual(rows(q, reply)('Q7'), ['answered', 'No', 4]);
  });
});

describe('references in brackets and questions named as not applying (crm-blind11)', () => {
  it('follows "(4b) As (4a)." to 4a\'s answer', () => {
    const reply = '(4) Around 380 systems.\n\n(4a) We do not categorise our systems in this way, so this is not held.\n\n(4b) As (4a).\n\n(4c) Mostly residents.\n';
    assert.deepEqual(rows(crm(), reply)('Q4b'), ['not-held', null, 5]);
  });

  it('reads "(6) No – …, so (6b), (6c) and (7) do not apply" as not applicable for 7 too, offered rather than auto-coded', () => {
    const reply = '(5) Education, social care, highways.\n\n(6) No – the Council has no resident portal, so (6b), (6c) and (7) do not apply.\n\n(8) £812m\n';
    const got = analyzeReply(reply, crm()).answers.find((a) => a.id === 'Q7')!;
    assert.deepEqual([got.status, got.line], ['not-applicable', 3]);
    assert.ok(got.confidence < DEFAULT_MIN_CONFIDENCE);
  });
});

describe('a pointer to what another answer named (other-blind9)', () => {
  it('follows "See the Fees and Charges document referred to at 4." to answer 4', () => {
    const REQUEST = [
      'Please provide:',
      '1. How many allotment sites does the council own?',
      '2. What is the annual rent for a standard plot?',
      '3. Are concessions offered on allotment rents? Please give details.',
    ].join('\n');
    const q = questionnaireFromRequest(REQUEST).questionnaire!;
    const reply = [
      '1. 14',
      '',
      '2. Rents are published in our Fees and Charges 2024/25 at https://www.orrin.example.gov.uk/fees (page 9). As this is reasonably accessible to you, it is exempt under section 21.',
      '',
      '3. See the Fees and Charges document referred to at 2.',
    ].join('\n');
    const got = analyzeReply(reply, q).answers.find((a) => a.id === 'Q3')!;
    assert.deepEqual([got.status, got.exemption, got.from], ['signposted', 's21', 'Q2']);
  });
});
