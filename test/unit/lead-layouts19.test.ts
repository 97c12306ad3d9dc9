// Layouts found by scoring the engine on replies it had never seen (session 19: real replies and
// blind sets), each fixed with a general rule. Requests and replies here are written for fictional
// bodies in the same shapes; no real text is copied.
import { strict as assert } from 'node:assert';
import { parseValue } from '../../src/core/values';
import { classifyAnswer } from '../../src/core/classify';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { answersOf, question } from './readReply';

describe('replies read by the engine (session 19 layouts)', () => {
  describe('a per-year list below an answer line that points to it and explains it with an example', () => {
    const request = [
      '(i) How many families were placed in bed and breakfast accommodation, year by year?',
      '(ii) What was the average stay in bed and breakfast accommodation?',
      '(iii) What did bed and breakfast accommodation cost the council each year?',
    ].join('\n');
    const reply = [
      'Our reference: BB-5521',
      '',
      '(i) How many families were placed in bed and breakfast accommodation, year by year? - Section 21: The figures for this question are published in our annual cabinet reports as follows:',
      '',
      '24/25 - Report no. 24-118',
      '',
      '23/24 - Report no. 23-097',
      '',
      '(ii) What was the average stay in bed and breakfast accommodation? - Please see below. The stay is counted for families who left in each year. For example, 61 days for families who left in 2021.',
      '',
      '2024 (as at 30th June 2024) - 47 days.',
      '',
      '2023 - 52.',
      '',
      '2022 - 58.',
      '',
      '2021 - 61.',
      '',
      '(iii) What did bed and breakfast accommodation cost the council each year? - £2.4m in 2023/24.',
    ].join('\n');

    it('reads the latest year\'s row, not the example figure on the pointing line', () => {
      const a = answersOf(reply, request);
      assert.equal(a.get('Q2')!.status, 'answered');
      assert.equal(a.get('Q2')!.value, 47);
      assert.match(a.get('Q2')!.text ?? '', /2021 - 61\./);
    });

    it('reads "Section 21: … published in our annual cabinet reports" with report numbers as signposted, not a count', () => {
      const a = answersOf(reply, request);
      assert.equal(a.get('Q1')!.status, 'signposted');
      assert.equal(a.get('Q1')!.value, null);
    });
  });

  describe('numbers that are no figures', () => {
    it('a document\'s number after "no." is no count', () => {
      assert.equal(parseValue('Please see Report no. 24-118.', question('number')).value, null);
      assert.equal(parseValue('Please see Report no. 118.', question('number')).value, null);
      assert.equal(parseValue('Report no. 24-118 gives 35 sites.', question('number')).value, 35);
    });

    it('a document\'s number in the same clause as a pointer leaves it a pointer, not a figure given', () => {
      assert.equal(classifyAnswer('Please see Report no. 24-118, published on our website.', question('number')).status, 'signposted');
      assert.equal(classifyAnswer('Section 21: The information is available online in annual committee reports.', question('number')).status, 'signposted');
    });

    it('a financial year written short ("23/24") is no count, either of its years', () => {
      assert.equal(parseValue('23/24 - see the council\'s budget book', question('number')).value, null);
      assert.equal(parseValue('In 23/24 we issued 45 notices.', question('number')).value, 45);
      // Not consecutive: no year.
      assert.equal(parseValue('12/40 of our sites', question('number')).value, 12);
    });

    it('the classifier counts neither as a figure given beside a section 21 pointer', () => {
      const text = 'Section 21: published in our cabinet reports as follows:\n\n24/25 - Report no. 24-118\n\n23/24 - Report no. 23-097';
      const r = classifyAnswer(text, question('number'));
      assert.equal(r.status, 'signposted');
      assert.equal(r.exemption, 's21');
    });
  });

  describe('a section cited as the heading of a long answer', () => {
    it('"Section 21: <a long sentence>" is a section 21 answer, however long the sentence', () => {
      const long = 'Section 21: The information for this question is reasonably accessible to you by other means, as it is already available to the public.';
      const r = classifyAnswer(long, question('number'));
      assert.equal(r.exemption, 's21');
      assert.equal(r.status, 'refused');
    });

    it('a section named in passing in a long sentence is not read as a refusal heading', () => {
      const r = classifyAnswer('Section 21 of our parking policy was revised last year and we issued 240 permits under it.', question('number'));
      assert.equal(r.status, 'answered');
    });
  });
  describe('a year\'s sentence per paragraph under one label', () => {
    const request = [
      '1. How many public tennis courts did the council manage in each year since 2019/20?',
      '2. How many courts were resurfaced in that time?',
    ].join('\n');
    const reply = (second: string): string => [
      'Response',
      '',
      '1) In 2019/20-2020/21 we managed 24 courts.',
      '',
      second,
      '',
      'In 2022/23 we managed 27',
      '',
      'In 2023/24 29 (31 counting school courts open to the public)',
      '',
      '2) 9 courts were resurfaced.',
    ].join('\n');

    it('reads every year\'s paragraph as the answer, and the latest year\'s figure as its value', () => {
      const a = answersOf(reply('In 2021/22 we managed 25;'), request);
      assert.equal(a.get('Q1')!.value, 29);
      assert.match(a.get('Q1')!.text ?? '', /In 2021\/22 we managed 25;[\s\S]*In 2023\/24 29/);
      assert.equal(a.get('Q2')!.value, 9);
    });

    it('stops at a paragraph that does not open with a year the same way', () => {
      const a = answersOf(reply('We also manage 4 courts at the country park.'), request);
      assert.equal(a.get('Q1')!.value, 24);
      assert.doesNotMatch(a.get('Q1')!.text ?? '', /country park/);
      const b = answersOf(reply('2024 saw 3 new courts opened at 2 parks.'), request);
      assert.equal(b.get('Q1')!.value, 24);
    });
  });
  describe('"has been provided below" with a note, then a table flattened one cell per line', () => {
    const request = [
      '1. How many horses does the mounted section have at the end of each financial year?',
      '2. What was spent on the mounted section in each of the following financial years?',
    ].join('\n');
    const reply = [
      'Q1: 12 horses at the end of 2023/24.',
      '',
      'Q2: The spend has been provided below, please note that in 2020/21 the costs were not recorded separately as they formed part of the operational support budget.',
      '',
      'The costs include pay, stabling, feed and vet fees.',
      '',
      'Financial Year',
      '',
      'Spend',
      '',
      '2021/2022',
      '',
      '£412,220',
      '',
      '2022/2023',
      '',
      '£430,915',
      '',
      '2023/2024 (to 31/12/2023)',
      '',
      '£318,004',
    ].join('\n');

    it('reads the rows below the note as the answer: part not held, the latest year\'s figure', () => {
      const a = answersOf(reply, request);
      assert.equal(a.get('Q2')!.status, 'partial');
      assert.equal(a.get('Q2')!.value, 318004);
      assert.equal(a.get('Q1')!.value, 12);
    });

    it('pairs a year\'s cell with the figure\'s cell below it only when the figure stands alone', () => {
      const t = 'Spend by year:\n\n2021/2022\n\n£412,220\n\n2022/2023\n\n£430,915';
      assert.equal(parseValue(t, question('money', 'What was spent in each financial year?')).value, 430915);
      const prose = 'Spend by year:\n\n2021/2022\n\nWe spent £412,220 on feed.\n\n2022/2023\n\nWe spent £430,915 on feed.';
      assert.equal(parseValue(prose, question('money', 'What was spent in each financial year?')).value, 412220);
    });
  });
  describe('a lone roman part under a numbered question ("i.) Please also give …")', () => {
    const request = [
      '1.  How many council homes do you own?',
      '2.  How many disrepair claims were made against the council this year?',
      'i.)  Please also give the number of claims for each of the last five years.',
      '3.  How many claims went to court?',
    ].join('\n');

    it('reads it as the question\'s part 2a, keeping its numeral, and 2 keeps its own words', () => {
      const q = questionnaireFromRequest(request).questionnaire;
      assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q2a', 'Q3']);
      assert.match(q.byId.get('Q2a')!.text ?? '', /^i\.\) Please also give/);
      assert.doesNotMatch(q.byId.get('Q2')!.text ?? '', /five years/);
    });

    it('reads the reply\'s "i.)" under "2." as the answer to 2a', () => {
      const reply = ['Response', '', '1. 5120', '', '2. 41', '', '  i.) 118', '', '3. 9'].join('\n');
      const a = answersOf(reply, request);
      assert.deepEqual([a.get('Q2')!.value, a.get('Q2a')!.value, a.get('Q3')!.value], [41, 118, 9]);
      assert.equal(a.get('Q2a')!.line, 7);
    });

    it('leaves a roman line that asks nothing as the question\'s own text', () => {
      const q = questionnaireFromRequest(['1. How many council homes do you own?', '2. How many claims were made', 'i.) against the housing service', '3. How many went to court?'].join('\n')).questionnaire;
      assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    });
  });
  describe('a list\'s next label right after a sum', () => {
    it('reads "£7,204,118.55" over "b) As for last year" as the sum, not billions', () => {
      assert.equal(parseValue('a) Total spend 2023/24: £7,204,118.55\nb) As for last year', question('money')).value, 7204118.55);
      assert.equal(parseValue('a) £7,204,118.55 b) As for last year', question('money')).value, 7204118.55);
    });

    it('reads no scale letter from the next line ("£5,000" / "M Smith, Head of Finance")', () => {
      assert.equal(parseValue('£5,000\nM Smith, Head of Finance', question('money')).value, 5000);
    });

    it('still reads a scale letter that belongs to the sum', () => {
      assert.equal(parseValue('The budget (£5m) was spent.', question('money')).value, 5_000_000);
      assert.equal(parseValue('£4.2 m.', question('money')).value, 4_200_000);
      assert.equal(parseValue('£3 bn', question('money')).value, 3_000_000_000);
    });
  });

  describe('"we have no recorded …" for a count', () => {
    it('is a count of none, answered', () => {
      const q = question('number', 'How many of the council\'s gritters were involved in collisions?');
      const text = 'We have no recorded collisions involving our gritters.';
      assert.equal(parseValue(text, q).value, 0);
      assert.equal(classifyAnswer(text, q).status, 'answered');
    });

    it('is information not held when what is not recorded is the data', () => {
      const q = question('number', 'How many of the council\'s gritters were involved in collisions?');
      const text = 'We have no recorded data on gritter collisions.';
      assert.equal(parseValue(text, q).value, null);
      assert.equal(classifyAnswer(text, q).status, 'not-held');
    });
  });
  describe('a numbered request line whose parts run b), c) with the first letter left out', () => {
    it('reads the words before "b)" as part a', () => {
      const q = questionnaireFromRequest('1. Spending on interim managers in 2023-24, b) the council\'s pay ceiling for interims in 2023-24, and c) the ceiling for 2024-25\n2. How many interims were engaged?').questionnaire;
      assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b', 'Q1c', 'Q2']);
      assert.equal(q.byId.get('Q1a')!.text, 'Spending on interim managers in 2023-24');
      assert.match(q.byId.get('Q1c')!.text ?? '', /ceiling for 2024-25$/);
    });

    it('reads the reply\'s a), b), c) under "1." as those parts', () => {
      const request = '1. Spending on interim managers in 2023-24, b) the council\'s pay ceiling for interims in 2023-24, and c) the ceiling for 2024-25\n2. How many interims were engaged?';
      const reply = ['1. Spending on interim managers in 2023-24, b) the council\'s pay ceiling for interims in 2023-24, and c) the ceiling for 2024-25', 'a) Total 2023/24: £1,204,330.50', 'b) In line with national guidance', 'c) In line with national guidance', '2. How many interims were engaged?', '14'].join('\n');
      const a = answersOf(reply, request);
      assert.equal(a.get('Q1a')!.value, 1204330.5);
      assert.equal(a.get('Q1b')!.line, 3);
      assert.equal(a.get('Q2')!.value, 14);
    });

    it('leaves letters that do not follow a clause\'s end alone', () => {
      const q = questionnaireFromRequest('1. Please describe your contingency plan b) and c) options for the depot\n2. How many depots are there?').questionnaire;
      assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2']);
    });
  });
  describe('unnumbered questions restated with "- " above each answer, one answer a single line', () => {
    const request = [
      '- Has the board bought any new case-management software in the last 12 months?',
      '- If yes, what was it for?',
      '- If not, does the board plan to buy any in the next year, and if so what for?',
      '- What did the board spend on software licences in the last 12 months?',
    ].join('\n');
    const reply = ['Request 2291', request.split('\n')[0], 'No', request.split('\n')[1], 'Not applicable', request.split('\n')[2], 'We have no plans to buy any in the next year.', request.split('\n')[3], '£48,500'].join('\n');

    it('reads "Not applicable" right above the next restated question as the answer to the question above it', () => {
      const a = answersOf(reply, request);
      assert.equal(a.get('Q2')!.status, 'not-applicable');
      assert.equal(a.get('Q2')!.line, 5);
      assert.equal(a.get('Q3')!.line, 7);
      assert.equal(a.get('Q4')!.value, 48500);
    });
  });

  describe('a short lead ending ":-" over plain lines', () => {
    it('gives the lines as the list', () => {
      const r = parseValue('We have :-\n6 x Skoda Enyaq electric.\n3 x Kia Niro hybrid.', question('text', 'What are the makes and models?'));
      assert.equal(r.value, '6 x Skoda Enyaq electric; 3 x Kia Niro hybrid');
    });

    it('leaves a sentence that merely ends in a colon over a paragraph to the sentence rules', () => {
      const r = parseValue('The models are as follows: we lease all of them.', question('text', 'What are the makes and models?'));
      assert.equal(r.value, 'The models are as follows: we lease all of them.');
    });
  });
  describe('parts numbered (i), (ii) inline in the request, answered "5(i)", "5(ii)" glued', () => {
    const request = [
      '1. Do you run a pest control service?',
      '2. How many complaints about rats did you receive in 2024?',
      '3. (i) How many sites were baited? (ii) How many sites were inspected?',
    ].join('\n');

    it('reads the inline roman items as parts 3a and 3b, each keeping its numeral', () => {
      const q = questionnaireFromRequest(request).questionnaire;
      assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3a', 'Q3b']);
      assert.equal(q.byId.get('Q3b')!.text, '(ii) How many sites were inspected?');
    });

    it('reads "3(i)" and "3(ii)" as the answers to 3a and 3b', () => {
      const a = answersOf(['Response', '', '1. Yes', '2. 14', '3(i) 12 sites', '3(ii) 40 sites'].join('\n'), request);
      assert.deepEqual([a.get('Q3a')!.value, a.get('Q3a')!.line, a.get('Q3b')!.value, a.get('Q3b')!.line], [12, 5, 40, 6]);
      assert.equal(a.get('Q2')!.text, '14');
    });

    it('leaves inline roman items after a title of words to the question\'s own text', () => {
      const q = questionnaireFromRequest('1. How many sites are there?\n2. Rat baiting: (i) How many sites were baited? (ii) How many were inspected?').questionnaire;
      assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2']);
    });

    it('leaves inline roman options of one question as its options', () => {
      const q = questionnaireFromRequest('1. Is the service run (i) in-house, (ii) by a contractor, or (iii) by a trust?\n2. How many staff?').questionnaire;
      assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2']);
    });
  });
  describe('a letter with no blank lines: the request quoted as a short list, then a paragraph saying the information is not recorded', () => {
    const request = ['1. Home students', '2. Students from the rest of the UK', '3. International students'].join('\n');
    const letter = (tail: string): string => [
      'Dear Mr Okoro,',
      'I refer to your request asking for the fee income in each of the last five years for:',
      '1. Home students',
      '2. Students from the rest of the UK',
      '3. International students',
      'The information requested is not recorded, because the College keeps one fee ledger for all students and cannot tell the groups apart.',
      tail,
    ].join('\n');

    it('reads the paragraph as not held for every question, whatever a later sentence says of publications', () => {
      const a = answersOf(letter('For your information, our fee income is published as part of our annual accounts.'), request);
      assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => a.get(id)?.status), ['not-held', 'not-held', 'not-held']);
      assert.match(a.get('Q2')!.reason ?? '', /the whole request is not held/);
      assert.equal(a.get('Q1')!.line, 6);
    });

    it('does not read it as a whole-request statement when its own sentence keeps some back', () => {
      assert.match(answersOf(letter(''), request).get('Q2')!.reason ?? '', /the whole request is not held/);
      const a = answersOf(letter('').replace('is not recorded, because', 'is not recorded, except for home students, because'), request);
      assert.doesNotMatch(a.get('Q2')?.reason ?? '', /the whole request is not held/);
    });
  });
  describe('a letter that numbers its own headings "1. Request", "2. Response", "3. Request" …', () => {
    const request = ['How many practical tests were conducted at the Northgate centre in 2024?', 'What percentage of candidates passed at the Northgate centre in 2024?', 'How many examiners work at the Northgate centre?'].join('\n');
    const [q1, q2, q3] = request.split('\n');
    const reply = ['Our ref 5521', '', '1. Request', '', q1, '', '2. Response', '', 'We conducted 4,210 practical tests there in 2024.', '', '3. Request', '', q2, '', '4. Response', '', '46.2% of candidates passed.', '', '5. Request', '', q3, '', '6. Response', '', '11 examiners work at the centre.'].join('\n');

    it('finds each question by its words and reads the text under its "Response" heading, not the headings\' numbers', () => {
      const a = answersOf(reply, request);
      assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [a.get(id)?.value, a.get(id)?.line]), [[4210, 9], [46.2, 17], [11, 25]]);
    });

    it('keeps numbers that label answers as labels when only some lines are headings', () => {
      const a = answersOf(['1. Request', '', '1. 4,210', '2. 46.2%', '3. 11'].join('\n'), request);
      assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => a.get(id)?.value), [4210, 46.2, 11]);
    });
  });
  describe('"Response 1 & 2" alone on its line over a refusal citing "Section 31(1)(a) and (b)"', () => {
    const request = ['1/ Number of officers deployed to the harbour festival', '2/ Number of officers working overtime at the festival', '3/ Total cost of policing the festival'].join('\n');
    const reply = (label: string): string => ['Request:', request, label, 'The force holds these figures, but they are withheld under Section 31(1)(a) and (b) of the Act (law enforcement).', 'Under Section 1(1)(a) we must say whether we hold information, and under Section 1(1)(b) give it to you unless an exemption applies.', 'Response 3', 'The total cost was £14,250.'].join('\n');

    it('reads the label as naming both questions, and the refusal as the answer to each', () => {
      const a = answersOf(reply('Response 1 & 2'), request);
      assert.deepEqual([a.get('Q1')?.status, a.get('Q1')?.exemption, a.get('Q2')?.status, a.get('Q2')?.exemption], ['refused', 's31', 'refused', 's31']);
      assert.equal(a.get('Q2')!.line, 6);
      assert.equal(a.get('Q3')!.value, 14250);
    });

    it('does not split the refusal between the two questions because of the section numbers it cites', () => {
      const a = answersOf(reply('Questions 1 & 2'), request);
      assert.equal(a.get('Q2')!.status, 'refused');
      assert.equal(a.get('Q2')!.text, a.get('Q1')!.text);
    });
  });
  describe('statements about the request below a quoted list', () => {
    it('"we cannot answer this request as it will exceed the 18-hour limit" refuses every question under section 12', () => {
      const request = ['1) The fleet review report of May 2023', '2) The depot options appraisal of June 2023', '3) The vehicle replacement plan for 2024-2027'].join('\n');
      const reply = ['Please provide a copy of the reports below:', request, 'Please see below for the exemption:', 'Section 12 – Excess Cost', 'Regrettably we cannot answer this request: finding and reviewing the reports would take longer than the 18-hour limit.'].join('\n');
      const a = answersOf(reply, request);
      assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [a.get(id)?.status, a.get(id)?.exemption]), [['refused', 's12'], ['refused', 's12'], ['refused', 's12']]);
    });

    it('"the answers to questions 1 and 2 can be found here" signposts those two, and the rest keep their own statement', () => {
      const request = ['1. How many apprentices did the council employ in each of the last three years?', '2. How many of them were aged over 25?', '3. What does the council pay an apprentice per hour?'].join('\n');
      const reply = ['Information requested', '', request, '', 'Response', '', 'Part of what you asked for is already public: the answers to questions 1 and 2 can be found here. Under section 21 of the Act we do not have to give you information which is already reasonably accessible to you.', '', 'As for question 3, the council does not hold the information you have requested.'].join('\n');
      const a = answersOf(reply, request);
      assert.deepEqual(['Q1', 'Q2'].map((id) => [a.get(id)?.status, a.get(id)?.exemption]), [['signposted', 's21'], ['signposted', 's21']]);
      assert.equal(a.get('Q3')!.status, 'not-held');
    });
  });
  describe('a question asked for each of several years, restated with its answer after the question mark', () => {
    const request = ['1. How many allotment sites did the council sell in each of the following years: (a) 2019, (b) 2020, (c) 2021 and (d) 2022 to date?', '2. How many plots does the council have?'].join('\n');

    it('reads the answer after the mark for every year, not the years of the restated question', () => {
      const reply = ['Answer', '', `${request.split('\n')[0]} None`, '', `${request.split('\n')[1]} 412 plots`].join('\n');
      const a = answersOf(reply, request);
      assert.deepEqual(['Q1a', 'Q1b', 'Q1c', 'Q1d'].map((id) => a.get(id)?.value), [0, 0, 0, 0]);
      assert.equal(a.get('Q2')!.value, 412);
    });
  });
  describe('"For questions 1, 2 and 4, answering would exceed the appropriate cost limit"', () => {
    it('refuses the questions it names under section 12 and leaves the others their own answers', () => {
      const request = ['1. Where are the council\'s grit bins?', '2. How many grit bins were refilled last winter?', '3. What did the council spend on grit last winter?', '4. How many requests for new grit bins were refused?'].join('\n');
      const reply = [request.split('\n').slice(0, 3).join('\n'), '£48,210 was spent on grit last winter.', request.split('\n')[3], 'For questions 1, 2 and 4, answering would exceed the appropriate cost limit of 18 hours under section 12.'].join('\n');
      const a = answersOf(reply, request);
      assert.deepEqual(['Q1', 'Q2', 'Q4'].map((id) => [a.get(id)?.status, a.get(id)?.exemption]), [['refused', 's12'], ['refused', 's12'], ['refused', 's12']]);
      assert.deepEqual([a.get('Q3')?.status, a.get('Q3')?.value], ['answered', 48210]);
    });
  });
  describe('two sections cited together as the grounds of a refusal', () => {
    it('takes the first named, even when the reasons below return to the other\'s words', () => {
      const text = 'The information is exempt from disclosure under Section 43 (commercial interests) and Section 31 (law enforcement) of the Act. Disclosure would assist crime: criminals could use it to plan fraud, and the prevention and detection of crime would be prejudiced.';
      const r = classifyAnswer(text, question('money'));
      assert.deepEqual([r.status, r.exemption], ['refused', 's43']);
      assert.ok(r.confidence <= 0.7, `two grounds: offered, not certain (${r.confidence})`);
    });

    it('reads national security (section 24) named first as s24, offered, not certain', () => {
      const r = classifyAnswer('The information is exempt under Section 24 (national security) and Section 31 (prevention of crime).', question('number'));
      assert.equal(r.exemption, 's24');
      assert.ok(r.confidence <= 0.7, `two grounds (${r.confidence})`);
    });

    it('spreads a refusal under such a section "for the remaining questions" to every question without an answer', () => {
      const request = ['1. How many staff work in the trust\'s IT department?', '2. What is the trust\'s cyber security budget?', '3. How many cyber attacks did the trust suffer in 2024?'].join('\n');
      const reply = [request, '', '1. How many staff work in the trust\'s IT department? – 214', '', 'For the remaining questions, the information is withheld under Section 24 (national security) and Section 31 (crime prevention) of the Act.'].join('\n');
      const a = answersOf(reply, request);
      assert.equal(a.get('Q1')!.value, 214);
      assert.deepEqual(['Q2', 'Q3'].map((id) => [a.get(id)?.status, a.get(id)?.exemption]), [['refused', 's24'], ['refused', 's24']]);
    });

    it('keeps the weightier exemption when the first named is cited apart, sentences before it', () => {
      const text = 'The officers\' names are withheld under section 40(2). The site list has been reviewed. The review took place in March. The figures themselves are withheld under section 31(1)(a). Section 31 is a qualified exemption, and the public interest favours withholding under section 31.';
      assert.equal(classifyAnswer(text, question('number')).exemption, 's31');
    });
  });
  describe('"None recorded." for a count', () => {
    it('is none (answered 0), even with a sentence after it on where others might be', () => {
      const q = question('number', 'How many complaints about bus shelter adverts did the council receive?');
      const text = 'None recorded. Complaints about advertising content are usually made to the operator.';
      assert.deepEqual([classifyAnswer(text, q).status, parseValue(text, q).value], ['answered', 0]);
    });

    it('stays not held for a question answered in words', () => {
      assert.equal(classifyAnswer('None recorded.', question('text', 'What reasons were given?')).status, 'not-held');
    });
  });

  describe('a not-held caveat followed by "However, …" for a question answered in words', () => {
    const q = question('text', 'What was the main reason given by parents for appeals?');

    it('is answered, offered not certain', () => {
      const r = classifyAnswer('Grounds are recorded as free text and are not categorised, so we are unable to say which was the most common. However, the clerks advise that the most frequent ground was the safety of the walking route.', q);
      assert.equal(r.status, 'answered');
      assert.ok(r.confidence < 0.7);
    });

    it('stays not held when the sentence after "However" says no more is held, or denies in its own words', () => {
      assert.equal(classifyAnswer('Grounds are not categorised. However, we do not hold any summary of them either.', q).status, 'not-held');
      assert.equal(classifyAnswer('Grounds are recorded as free text and are not categorised, so we are unable to say which was the most common. However, there is no single ground that stands out.', q).status, 'not-held');
    });

    it('stays not held for a count', () => {
      assert.equal(classifyAnswer('The number is not recorded. However, officers believe the ground most often raised was safety.', question('number')).status, 'not-held');
    });
  });

  describe('a prose letter whose sentence wraps so that a line starts "question 6b."', () => {
    const letter = [
      'Dear Ms Ansell,',
      '',
      'The council is Northwold District Council (question 1) and serves 98,400 residents (question 2).',
      'In relation to question 3, yes, the Council has an online account for',
      'residents. Around 27 per cent of adult residents hold an account, which is our best measure for',
      'question 4. We are not able to say how many services can be reached through it (question 5),',
      'as no assessment has been made and the information is not held.',
    ].join('\n');
    const request = ['1. What is the name of the council?', '2. What is the population?', '3. Does the council have an online account for residents?', '4. What percentage of adult residents hold an account?', '5. How many services can be reached through the account?'].join('\n');

    it('reads the wrapped "question 4." as the end of the sentence that answers it, not a label over the next, and that sentence as its answer', () => {
      const a = answersOf(letter, request);
      assert.deepEqual([a.get('Q4')?.status, a.get('Q4')?.value, a.get('Q4')?.line], ['answered', 27, 5]);
      assert.equal(a.get('Q5')?.status, 'not-held');
      assert.equal(a.get('Q3')?.value, 'Yes');
    });

    it('reads a question named at the start of a wrapped line ("… under" / "question 3 below, …") as a reference, not its answer', () => {
      const depots = ['1. How many depots does the council run?', '2. How many drivers does the council employ?', '3. How many vehicles are kept at the largest depot?'].join('\n');
      const text = ['Dear Mr Hale,', '', 'In answer to question 1, we run 14 depots. The depots are listed, with the vehicles at each, under', 'question 3 below, as the two answers overlap.', '', 'In answer to question 2, we employ 212 drivers.', '', 'On question 3, the largest depot holds 48 vehicles.'].join('\n');
      const a = answersOf(text, depots);
      assert.deepEqual([a.get('Q1')?.value, a.get('Q2')?.value, a.get('Q3')?.value, a.get('Q3')?.line], [14, 212, 48, 8]);
    });

    it('does not open an answer at a wrapped line\'s "question 4" that goes on with the sentence', () => {
      const a = answersOf(letter.replace('which is our best measure for\nquestion 4. We are', 'which is our best measure for\nquestion 4 and the figure we report. We are'), request);
      assert.notEqual(a.get('Q4')?.status, 'not-held');
    });

    it('still reads "question 4." opening a line after a full stop as the start of its sentence', () => {
      const a = answersOf(letter.replace('which is our best measure for\nquestion 4. We are', 'which is our best measure.\nQuestion 4. Around 27 per cent. We are'), request);
      assert.equal(a.get('Q4')?.value, 27);
    });
  });
  describe('a prose letter that leads into answers with "As to question 4c," and "On question 7,"', () => {
    const request = ['4a. How many systems share data?', '4b. How many stand alone?', '4c. Are your systems centred on residents or properties?', '5. Which services do you provide?', '6. How many residents have an account?', '7. What percentage of services can be reached with one sign-on?', '11. Does the council use a CRM system?', '12. When was the CRM bought?', '13. Was a CRM ever considered?'].join('\n');
    const letter = [
      'Dear Ms Ferris,',
      '',
      'We do not record which systems share data, so we cannot answer questions 4a and 4b. As to question 4c, most of our systems are built around properties.',
      '',
      'In reply to question 5, we provide waste, planning and licensing services. In answer to question 6, around 8,400 residents have an account. On question 7, roughly 25% of services can be reached with one sign-on.',
      '',
      'In answer to question 11, the Council does not use a CRM system, so question 12 does not apply. A CRM was',
      'considered in 2015 (question 13), but the cost was too high.',
    ].join('\n');

    it('reads each lead as its question\'s label', () => {
      const a = answersOf(letter, request);
      assert.match(a.get('Q4c')?.text ?? '', /^most of our systems/);
      assert.equal(a.get('Q7')?.value, 25);
      assert.equal(a.get('Q6')?.value, 8400);
    });

    it('gives a bracketed reference after a lead in the same paragraph its own sentence, not the lead\'s', () => {
      const a = answersOf(letter, request);
      assert.equal(a.get('Q11')?.line, 7);
      assert.match(a.get('Q11')?.text ?? '', /^the Council does not use a CRM system/);
      assert.match(a.get('Q13')?.text ?? '', /^A CRM was/);
    });
  });
});
