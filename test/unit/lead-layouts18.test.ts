// Layouts found by scoring the engine on replies it had never seen (session 18: rounds of real
// council and police replies and blind sets), each fixed with a general rule. Requests and replies
// here are written for fictional bodies in the same shapes; no real text is copied.
import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { parseValue } from '../../src/core/values';
import { numberedOnes } from '../../src/core/text';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import { answersOf, question } from './readReply';

describe('replies read by the engine (session 18 layouts)', () => {
  describe('a web page\'s numbered list copied as text: every item numbered "1."', () => {
    const request = [
      '  1. How many drones does the force own?',
      '',
      '  1. How many pilots are trained to fly them?',
      '',
      '  1. What was spent on drones in 2023/24?',
      '',
      '  1. What are the force\'s plans for drones in the next two years?',
    ].join('\n');

    it('reads the request as Q1 to Q4 in order, and says so', () => {
      const built = questionnaireFromRequest(request);
      assert.deepEqual(built.questionnaire.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4']);
      assert.match(built.questionnaire.byId.get('Q3')!.text ?? '', /spent on drones/);
      assert.ok(built.assumptions.some((a) => /every item "1\."/.test(a) && /line 1 to line 7/.test(a)), built.assumptions.join('\n'));
    });

    it('reads a reply that quotes the list the same way, each quoted item its own question', () => {
      const reply = ['Request', '', request, '', 'Response', '', '1. 14 drones.', '2. 31 pilots.', '3. £42,300.', '4. We have no plans to buy more drones.'].join('\n');
      const q = questionnaireFromRequest(request).questionnaire;
      const markers = analyzeReply(reply, q).markers.filter((m) => m.line < 10);
      assert.deepEqual(markers.map((m) => [m.line + 1, m.ids.join(',')]), [[3, 'Q1'], [5, 'Q2'], [7, 'Q3'], [9, 'Q4']]);
    });

    it('reads the answer below the quoted list as the answer to the questions it follows', () => {
      const reply = ['Request', '', request, '', 'Response', '', 'Section 12 applies: answering would take more than 18 hours.'].join('\n');
      const a = answersOf(reply, request);
      assert.deepEqual(['Q1', 'Q2', 'Q3', 'Q4'].map((id) => a.get(id)?.status), ['refused', 'refused', 'refused', 'refused']);
      assert.deepEqual(['Q1', 'Q2', 'Q3', 'Q4'].map((id) => a.get(id)?.line), [13, 13, 13, 13]);
    });

    it('leaves a list alone when another number labels a line, or when fewer than three items are "1."', () => {
      assert.equal(numberedOnes('1. How many?\n1. How much?\n2. When?\n'), null);
      assert.equal(numberedOnes('1. How many?\n1. How much?\n'), null);
      assert.deepEqual(numberedOnes('1. A\n1) B\n 1. C\n')?.text, '1. A\n2) B\n 3. C\n');
      assert.deepEqual(numberedOnes('1. A\n1) B\n 1. C\n')?.lines, [1, 2, 3]);
      // A reply quoting the three questions, then answering 1, 2, 3: only the quoted ones are renumbered.
      assert.equal(numberedOnes('1. A?\n1. B?\n1. C?\n\n1. 14\n2. 31\n3. 9\n', 3)?.text, '1. A?\n2. B?\n3. C?\n\n1. 14\n2. 31\n3. 9\n');
      assert.equal(numberedOnes('1. A?\n1. B?\n2. C?\n1. D?\n', 3), null);
    });
  });

  describe('a figure for each year, one line each', () => {
    const played = question('number', 'How many play areas did the council manage in each year since 2009-10?');

    it('reads the latest year when each line opens "In 2013/14 …" and says the rest in words', () => {
      const v = parseValue('In 2012/13 we managed 41 play areas.\nIn 2013/14 we managed 43;\nIn 2014/15 we managed 44\nIn 2015/16 47 (61 with the fitness areas)', played);
      assert.equal(v.value, 47);
      assert.equal(v.several, true);
    });

    it('reads the latest of years joined on one line by commas', () => {
      const v = parseValue('2021/22 - 29 days, 2022/23 - 33 days, 2023/24 - 31 days', question('duration', 'What was the average re-let time, in days, in each of 2021/22, 2022/23 and 2023/24?'));
      assert.equal(v.value, 31);
      assert.equal(v.unit, 'days');
    });

    it('reads durations per year as it reads counts per year', () => {
      const v = parseValue('A. 2021/22: 34 days\n2022/23: 38 days\n2023/24: 36 days', question('duration', 'What was the average re-let time in calendar days?'));
      assert.equal(v.value, 36);
    });

    it('takes "in the period 2015 to 2020" as a run of years, not as the year 2015 asked for', () => {
      const v = parseValue('Figures for each calendar year\n2015 96\n2016 141\n2017 262\n2020 153 (to 30 June)', question('number', 'How many fly-tipping incidents were reported in the period 2015 to 2020?'));
      assert.equal(v.value, 153);
      // A financial year written with both years ("2015-2016") still names one year.
      const named = parseValue('2015 96\n2016 141\n2017 262', question('number', 'How many incidents were reported in 2015-2016?'));
      assert.equal(named.value, 96);
      assert.equal(named.several, undefined);
    });
  });

  describe('request shapes', () => {
    it('reads "Please describe what the council is doing to reduce the number of …" as asking for an account, not a count', () => {
      const q = questionnaireFromRequest('1. How many empty homes are there?\n2. Please describe what the council is doing to reduce the number of empty homes.\n3. Please explain how many officers work on this.\n').questionnaire;
      assert.deepEqual(q.questions.map((x) => x.type), ['number', 'text', 'number']);
    });

    it('reads options on the line after "Which one of the following …?", split by " / "', () => {
      const q = questionnaireFromRequest('1. How many homes are empty?\n2. Which one of the following is the main reason homes stay empty?\n   Major works / Awaiting sale / Low demand / Other\n3. How many are let?\n').questionnaire;
      assert.deepEqual(q.byId.get('Q2')!.choices, ['Major works', 'Awaiting sale', 'Low demand', 'Other']);
    });

    it('reads options one per line with no bullet under "Please choose one:"', () => {
      const q = questionnaireFromRequest('1. Who analyses the samples? Please choose one:\n   In-house laboratory\n   External laboratory\n   Other (please specify)\n2. How many samples were taken?\n').questionnaire;
      assert.deepEqual(q.byId.get('Q1')!.choices, ['In-house laboratory', 'External laboratory', 'Other']);
      assert.equal(q.byId.get('Q2')!.type, 'number');
    });

    it('reads "5. (i) …" over "(ii) …" as the parts 5a and 5b, keeping their numerals, and says so', () => {
      const request = '4. Does the council use a provider? Yes / No\n5. (i) What is the name of the provider?\n   (ii) What is the length of the contract?\n6. How many workers are there?\n';
      const built = questionnaireFromRequest(request);
      assert.deepEqual(built.questionnaire.questions.filter((x) => !x.heading).map((x) => [x.id, x.text]), [
        ['Q4', 'Does the council use a provider? Yes / No'],
        ['Q5a', '(i) What is the name of the provider?'],
        ['Q5b', '(ii) What is the length of the contract?'],
        ['Q6', 'How many workers are there?'],
      ]);
      assert.ok(built.assumptions.some((a) => /Q5's parts are numbered \(i\) to \(ii\)/.test(a)), built.assumptions.join('\n'));
      const a = answersOf('4. Yes\n5. (i) Crestline Ltd\n(ii) Four years\n6. 31 workers\n', request);
      assert.deepEqual([a.get('Q5a')?.line, a.get('Q5b')?.line, a.get('Q6')?.value], [2, 3, 31]);
      // ("5. (i) in-house" with no "(ii)" below is one question.)
      assert.deepEqual(questionnaireFromRequest('4. How many?\n5. (i) What is the name of the provider?\n6. How many more?\n').questionnaire.questions.map((x) => x.id), ['Q4', 'Q5', 'Q6']);
    });

    it('leaves a line under an ordinary question alone', () => {
      const q = questionnaireFromRequest('1. Who analyses the samples?\n   In-house laboratory\n2. How many samples were taken?\n').questionnaire;
      assert.equal(q.byId.get('Q1')!.type, 'text');
    });
  });

  describe('values and doubts', () => {
    it('counts "one team" for "How many teams …?" when the only figure is money', () => {
      const v = parseValue('We engaged one team in 2021, costing 180k', question('number', 'How many teams have you used?'));
      assert.equal(v.value, 1);
      assert.equal(v.inferred, true);
      assert.equal(parseValue('We engaged 3 teams, costing 180k', question('number', 'How many teams have you used?')).value, 3);
    });

    it('reads the last of figures given "respectively", offered', () => {
      const v = parseValue('Nine, fourteen and twelve respectively.', question('number', 'How many vehicles were removed in each of those three years?'));
      assert.equal(v.value, 12);
      assert.equal(v.several, true);
      assert.equal(parseValue('133, 158 and 171 respectively', question('number', 'How many in each year?')).value, 171);
    });

    it('offers, never auto-codes, a figure in an answer that says the question is not easy to answer', () => {
      const request = '1. How many pupils can eat at one time?\n2. How many kitchen staff are there?\n';
      const reply = '1. It is not easy to answer this question because each school runs lunch its own way; small schools hold 2 sittings.\n2. 187 catering staff.\n';
      const a = answersOf(reply, request);
      assert.ok(a.get('Q1')!.confidence < DEFAULT_MIN_CONFIDENCE, String(a.get('Q1')!.confidence));
      assert.ok(a.get('Q2')!.confidence >= DEFAULT_MIN_CONFIDENCE, String(a.get('Q2')!.confidence));
    });

    it('reads figures with "we do not hold that part of the information" as partial', () => {
      const a = answersOf('1. The spend was:\n2022/23 – £39,115\n2023/24 – £41,260\nLaboratory costs are shared, so we do not hold that part of the information.\n2. Yes\n', '1. What did the council spend on monitoring in 2022/23 and 2023/24?\n2. Do you publish the results?\n');
      assert.equal(a.get('Q1')!.status, 'partial');
      assert.equal(a.get('Q1')!.value, 41260);
    });
  });

  describe('answers after a quoted request', () => {
    const request = ['1. How many people were registered at the start of each year?', '2. How many people were banned in the last five years?', '3. How many people are banned now?', '4. How many fines were issued?', '5. What was the largest fine?'].join('\n');

    it('reads answers numbered from 2 after the quoted list, the first given by a table with no number', () => {
      const reply = ['Request', '', request, '', 'Response', '', 'Year Registered borrowers', '2022-23 39,820', '2023-24 40,516', '', '2. 2 in Northgate library during 2023 and 1 in Hollins library in 2021 after repeated warnings.', '', '3. 2 as above', '', 'Q4 - 5. This information is not held.'].join('\n');
      const a = answersOf(reply, request);
      assert.equal(a.get('Q2')?.line, 15);
      assert.equal(a.get('Q2')?.value, 3);
      assert.ok(a.get('Q2')!.confidence < DEFAULT_MIN_CONFIDENCE);
      assert.equal(a.get('Q3')?.line, 17);
      assert.equal(a.get('Q3')?.value, 2);
      assert.equal(a.get('Q5')?.status, 'not-held');
    });

    it('does not restart the numbering at 2 when no label carries the numbers on', () => {
      const reply = ['Request', '', request, '', 'Response', '', 'We hold the following:', '', '2. 2 in Northgate library', '', '3. 2 as above'].join('\n');
      const a = answersOf(reply, request);
      assert.notEqual(a.get('Q2')?.line, 13);
      // (Nor when the label after them goes back: "Q1" is no carrying on from "3.".)
      const back = answersOf(`${reply}\n\nQ1 – see the table attached.`, request);
      assert.notEqual(back.get('Q2')?.line, 13);
    });

    it('reads "None" under a question asked for each of several years as none for each year', () => {
      const a = answersOf('1. None\n2. 12\n', '1. How many applications were made in each of the following years: (a) 2022, (b) 2023?\n2. How many sites are there?\n');
      assert.deepEqual([a.get('Q1a')?.value, a.get('Q1b')?.value], [0, 0]);
      assert.ok(a.get('Q1a')!.confidence < DEFAULT_MIN_CONFIDENCE);
    });
  });

  describe('an answer list numbered again under the quoted request, cut short', () => {
    const request = ['1. The number of referrals accepted, by year', '2. The number of referrals rejected, by year', '3. A list of the reasons referrals were rejected', '4. The number of appointments per year by type', '5. The average waiting time, by year'].join('\n');

    it('keeps "1." to "3." under the quoted "1." to "5." as the answers, though the page stops at 3', () => {
      const reply = ['FOI request:', request, 'Trust response:', '1. See the attached table of referrals.', '2. See the attached table of referrals.', '3. A manual search of records would be needed. Section 12 – cost of compliance exceeds the limit'].join('\n');
      const a = answersOf(reply, request);
      assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => a.get(id)?.line), [8, 9, 10]);
      assert.equal(a.get('Q3')?.status, 'refused');
      assert.equal(a.get('Q4'), undefined);
    });

    it('does not take notes numbered "1." and "2." under a table labelled "i)" to "v)" for answers', () => {
      const req = ['i) How many days were lost per employee?', 'ii) How many days were lost in total?', 'iii) How many employees had a long-term absence?', 'iv) What was the most common reason?', 'v) What did sickness cost?'].join('\n');
      const reply = ['Question\tResponse', 'i) Days lost per employee\t9.4 days', 'ii) Total days lost\t11,186', 'iii) Employees with a long-term absence\t142', 'iv) Most common reason\tMental health', 'v) Cost of sickness\tNot held', '', 'Notes', '1. Figures are pro-rata for part-time staff.', '2. Agency workers are excluded from all figures.'].join('\n');
      const a = answersOf(reply, req);
      assert.equal(a.get('Q1')?.line, 2);
      assert.equal(a.get('Q2')?.value, 11186);
    });
  });

  describe('items numbered "i)", "ii)" … under a restated question', () => {
    const request = '1. How much is spent on firefighting?\n2. How many fires has the service attended?\n3. How many fire engines does the service own?\n';
    const reply = ['1. How much is spent on firefighting?', '', 'The budget can be found in our annual accounts on our website.', '', '2. How many fires has the service attended?', '', 'i) 2021/22 - 2710', '', 'ii) 2022/23 - 2968', '', 'iii) 2023/24 - 3105', '', '3. How many fire engines does the service own?', '', '58'].join('\n');

    it('reads the numerals as the answer\'s items, not as questions 1 to 3, and the latest year\'s figure', () => {
      const r = analyzeReply(reply, questionnaireFromRequest(request).questionnaire);
      assert.deepEqual(r.markers.map((m) => [m.line + 1, m.ids.join(',')]), [[1, 'Q1'], [5, 'Q2'], [13, 'Q3']]);
      const a = new Map(r.answers.map((x) => [x.id, x] as const));
      assert.equal(a.get('Q2')?.value, 3105);
      assert.equal(a.get('Q3')?.value, 58);
    });

    it('still reads numerals that do not start right under a numbered question as the questions', () => {
      const r = analyzeReply(['Our response', '', 'i) £1.2m', 'ii) 3,105', 'iii) 58'].join('\n'), questionnaireFromRequest(request).questionnaire);
      assert.deepEqual(r.markers.map((m) => m.ids.join(',')), ['Q1', 'Q2', 'Q3']);
      // (Below the request quoted "1." to "3.", a few lines down: the council's own numbering.)
      const quoted = analyzeReply(['Request', request, '', 'Our response', '', 'i) £1.2m', 'ii) 3,105', 'iii) 58'].join('\n'), questionnaireFromRequest(request).questionnaire);
      assert.deepEqual(quoted.answers.map((x) => [x.id, x.value]), [['Q1', 1200000], ['Q2', 3105], ['Q3', 58]]);
    });
  });

  describe('choices, targets and ranges (other-blind74, crm-blind73)', () => {
    it('reads options bulleted under "Which of the following best describes …?" and an answer in capitals opening with one', () => {
      const request = '1. How many ratepayers get relief?\n2. Which of the following best describes how the council administers business rates?\n   - In-house team\n   - Shared service with another council\n   - Outsourced to a private company\n   - Other\n3. How many staff?\n';
      const q = questionnaireFromRequest(request).questionnaire;
      assert.deepEqual(q.byId.get('Q2')!.choices, ['In-house team', 'Shared service with another council', 'Outsourced to a private company', 'Other']);
      const a = answersOf('1. 312\n2. OUTSOURCED - THE SERVICE IS PROVIDED UNDER CONTRACT BY A PRIVATE FIRM.\n3. 14\n', request);
      assert.equal(a.get('Q2')?.value, 'Outsourced to a private company');
      assert.ok(a.get('Q2')!.confidence < DEFAULT_MIN_CONFIDENCE);
      // (A first word that opens two options names neither this way.)
      const two = request.replace('In-house team', 'Outsourced to another council');
      const b = answersOf('1. 312\n2. OUTSOURCED - THE SERVICE IS PROVIDED UNDER CONTRACT.\n3. 14\n', two);
      assert.equal(b.get('Q2')?.value, null);
    });

    it('reads "how many days does it take …" as a length of time, and what happens in practice over the target', () => {
      const request = '1. On average, how many days does it take the council to decide an application?\n2. How many applications were received?\n';
      assert.equal(questionnaireFromRequest(request).questionnaire.byId.get('Q1')!.type, 'duration');
      const a = answersOf('1. We aim to decide applications within 28 days; in practice decisions are usually made in about two weeks.\n2. 212\n', request);
      assert.deepEqual([a.get('Q1')?.value, a.get('Q1')?.unit], [2, 'weeks']);
    });

    it('reads "so we cannot give a total figure" beside a figure as partial', () => {
      const a = answersOf('1. Swimming visits in 2023/24 were 218,460. Other visits are recorded only when booked, so we cannot give a total figure for all visits.\n2. Yes\n', '1. How many visits in total were recorded in 2023/24?\n2. Do you run the centres yourselves?\n');
      assert.deepEqual([a.get('Q1')?.status, a.get('Q1')?.value], ['partial', 218460]);
    });

    it('under "Questions 4a to 4c", leaves a question the not-held sentence does not name to its own clause', () => {
      const request = '4. How many systems?\n4a. How many are stand-alone?\n4b. How many are integrated?\n4c. Are they organised around people or properties?\n5. Do you have a CRM?\n';
      const reply = ['4. 212 systems.', '', 'Questions 4a to 4c', 'The catalogue does not record whether each system is stand-alone, and we therefore do not hold the', 'information requested in questions 4a and 4b.', 'Our systems are organised around the land and property gazetteer, so our answer to 4c is "Properties".', '', '5. Yes'].join('\n');
      const a = answersOf(reply, request);
      assert.deepEqual(['Q4a', 'Q4b'].map((id) => a.get(id)?.status), ['not-held', 'not-held']);
      // (The answer runs on over "information requested in …", a wrapped line, not a heading.)
      assert.match(a.get('Q4a')!.text, /questions 4a and 4b\./);
      assert.equal(a.get('Q4c')?.status, 'answered');
      assert.equal(a.get('Q4c')?.line, 6);
    });
  });

  describe('final-round layouts (real30, other-blind76)', () => {
    it('reads the requester\'s long "If it is not possible to answer … Section 12, please answer the ones …" as the request, not a refusal', () => {
      const request = '1. How many parking fines were appealed?\n2. How much was raised from parking fines?\n';
      const reply = ['Description', '  1. How many parking fines were appealed?', '  2. How much was raised from parking fines?', '', 'If it turns out that this request cannot be answered in its entirety because one or more questions would go beyond the cost of compliance limits in Section 12, please answer the others.', '', 'Should it not be possible to provide any of this information because the request exceeds the cost of compliance limits in Section 12, please give me advice and assistance under Section 16.', '', 'Response', '1. How many parking fines were appealed? 2022/23 – 58 staff', '', '2023/24 – 63 staff', '', '2. How much was raised from parking fines? Fines income', '', '2022/23 – £7,310', '', '2023/24 – £8,945'].join('\n');
      const a = answersOf(reply, request);
      assert.deepEqual([a.get('Q1')?.status, a.get('Q1')?.line], ['answered', 10]);
      assert.notEqual(a.get('Q2')?.status, 'refused');
    });

    it('reads the latest of figures given "As at 31 March 2022: …" one line each', () => {
      const v = parseValue('As at 31 March 2022: £1,204,330\nAs at 31 March 2023: £1,386,912\nAs at 31 March 2024: £1,571,048', question('money', 'What was the total value of arrears owed?'));
      assert.equal(v.value, 1571048);
      assert.equal(v.several, true);
    });
  });

  describe('"Question Number 1:" / "Answer To Question 1:" pages (real30)', () => {
    const request = 'Question Number 1: How many treatments were postponed?\nQuestion Number 2: How many of these were urgent?\nQuestion Number 3: How many patients died?\n';
    const reply = ['Question Number 1:', 'How many treatments were postponed?', '', 'Answer To Question 1:', 'Please see the attached refusal notice, which explains why we cannot answer this request.', '', 'Question Number 2:', 'How many of these were urgent?', '', 'Answer To Question 2:', 'Please see answer to Question 1.', '', 'Question Number 3:', 'How many patients died?', '', 'Answer To Question 3:', 'Please see answer to Question 1.'].join('\n');

    it('reads "Question Number 2:" as the label of Q2, so no answer runs on into the next question and reads its number', () => {
      const r = analyzeReply(reply, questionnaireFromRequest(request).questionnaire);
      assert.deepEqual(r.markers.filter((m) => /Number/.test(m.label)).map((m) => [m.line + 1, m.ids.join(',')]), [[1, 'Q1'], [7, 'Q2'], [13, 'Q3']]);
      const a = new Map(r.answers.map((x) => [x.id, x] as const));
      assert.equal(a.get('Q2')?.value, null);
      assert.equal(a.get('Q2')?.line, 11);
    });

    it('reads "see attached refusal notice" as refused (its section unknown), and the answers referring to it too', () => {
      const a = answersOf(reply, request);
      assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [a.get(id)?.status, a.get(id)?.exemption]), [['refused', 'other'], ['refused', 'other'], ['refused', 'other']]);
      // ("Please see the attached spreadsheet" still points to where the answer is.)
      assert.equal(answersOf(reply.replace('the attached refusal notice, which explains why we cannot answer this request', 'the attached spreadsheet'), request).get('Q1')?.status, 'signposted');
    });
  });
});
