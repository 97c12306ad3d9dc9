// Layouts found by scoring the engine on replies it had never seen (session 17: rounds of real
// council replies and blind sets), each fixed with a general rule. Requests and replies here are
// written for fictional councils in the same shapes; no real text is copied.
import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { parseValue } from '../../src/core/values';
import { idsNamed } from '../../src/core/rangeClauses';
import { classifyAnswer } from '../../src/core/classify';
import { answersOf, question } from './readReply';


describe('replies read by the engine (session 17 layouts)', () => {
  describe('"Questions 2-4 have been passed to …": a range of questions in a sentence', () => {
    const request = [
      '1) How many allotment sites are there?',
      '2) How many people are on the waiting list?',
      '3) How many plots are there?',
      '4) How many plots are vacant?',
    ].join('\n');
    const reply = [
      'Thank you for your request.',
      'In response to your question 1, there are 12 sites in total.',
      'Questions 2-4 have been passed to our parks team, who will reply to you separately.',
    ].join('\n');

    it('puts every question of the range on that line, and reads no figure "-4" from it', () => {
      const a = answersOf(reply, request);
      for (const id of ['Q2', 'Q3', 'Q4']) {
        assert.equal(a.get(id)?.line, 3, id);
        assert.equal(a.get(id)?.value ?? null, null, id);
      }
      assert.equal(a.get('Q1')?.value, 12);
    });

    it('still reads "Q2 - 4 plots" after a singular label as the answer 4', () => {
      const a = answersOf(['Q1 - 12 sites', 'Q2 - 4 people'].join('\n'), request);
      assert.equal(a.get('Q2')?.value, 4);
      assert.notEqual(a.get('Q3')?.line, 2);
    });
  });

  describe('money: "does not currently charge"', () => {
    it('reads a fee the council does not currently charge as 0', () => {
      const v = parseValue('The Council does not currently charge for naming a new street. Charges are only made for renaming existing properties.', question('money', 'What is your current fee for naming a new street?'));
      assert.equal(v.value, 0);
      assert.equal(v.unit, 'GBP');
    });

    it('reads no 0 from "does not currently publish"', () => {
      const v = parseValue('The Council does not currently publish its fees.', question('money', 'What is your current fee?'));
      assert.equal(v.value, null);
    });
  });
  describe('a quoted request, paragraphs about the Act, then one refusal notice for the whole request', () => {
    const request = [
      '  1. How many staff have completed water rescue training?',
      '  2. How many boats does your service keep?',
      '  3. Is your rescue team on call at night?',
      '  4. How many call-outs were there in 2023?',
    ].join('\n');
    const reply = (decision: string) => [
      'Water rescue team',
      '',
      'Request',
      '',
      request,
      '',
      'Response',
      '',
      'Freedom of Information Act 2000',
      '',
      'The Freedom of Information Act 2000 gives a general right of access to recorded information held by public authorities, subject to the exemptions it sets out.',
      '',
      'That right is not absolute: a number of exemptions allow public authorities to withhold information that is unsuitable for release.',
      '',
      'The Act is meant to place information in the public domain, so that once it is released to one person it is available to all.',
      '',
      'DECISION',
      '',
      decision,
      '',
      'Section 17 of the Act provides:',
      '',
      '  1. A public authority which is relying on a claim that information is exempt must give the applicant a notice.',
    ].join('\n');

    it('refuses every question at the refusal notice, not at the paragraphs about the Act', () => {
      const a = answersOf(reply('This letter serves as a Refusal Notice under Section 17 of the Freedom of Information Act 2000.'), request);
      for (const id of ['Q1', 'Q2', 'Q3', 'Q4']) {
        assert.equal(a.get(id)?.status, 'refused', id);
        assert.equal(a.get(id)?.line, 22, id);
      }
    });

    it('finds a not-held statement below the same paragraphs', () => {
      const a = answersOf(reply('Under section 1(1)(a) of the Act, the Service does not hold this information.'), request);
      assert.equal(a.get('Q2')?.status, 'not-held');
      assert.equal(a.get('Q2')?.line, 22);
    });

    it('reads nothing when the letter below the Act paragraphs decides nothing', () => {
      const a = answersOf(reply('We will write to you again shortly.'), request);
      assert.notEqual(a.get('Q1')?.status, 'signposted');
      assert.notEqual(a.get('Q1')?.line, 18);
    });
  });
  describe('a web page whose every list starts again at "1."', () => {
    const request = [
      '  1. How many flood warnings did your service issue since 1 April 2020?',
      '  2. Please break down question 1 by year: a) 2020, b) 2021, c) 2022 and d) 2023.',
      '  1. Please break down the total in question 1 by river catchment.',
      '  1. Of the total in question 1, how many warnings were later withdrawn?',
      '  1. Please give the cost of the warning system in 2023.',
    ].join('\n');

    it('numbers the one-question lists on from the first list (Q3, Q4, Q5), keeping Q2\'s parts', () => {
      const q = questionnaireFromRequest(request).questionnaire;
      assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q2a', 'Q2b', 'Q2c', 'Q2d', 'Q3', 'Q4', 'Q5']);
      assert.match(q.byId.get('Q4')?.text ?? '', /later withdrawn/);
    });

    it('stops numbering on at a one-line list that asks nothing ("1. Financial-year figures are fine.")', () => {
      const noted = ['1. How many flood warnings did you issue?', '2. How many were withdrawn?', '1. How many sirens do you maintain?', '1. Financial-year figures are fine.'].join('\n');
      assert.deepEqual(questionnaireFromRequest(noted).questionnaire.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    });

    it('reads a request whose one-question lists are the same question twice as one list', () => {
      const twice = ['1. How many flood warnings did you issue?', '2. How many were withdrawn?', '1. How many flood warnings did you issue?'].join('\n');
      assert.deepEqual(questionnaireFromRequest(twice).questionnaire.questions.map((x) => x.id), ['Q1', 'Q2']);
    });

    it('answers each "1." of the reply by the question it quotes', () => {
      const reply = [
        'Request',
        '',
        request.split('\n').slice(0, 2).join('\n'),
        '',
        'Reply',
        '',
        'Please see the attached spreadsheet.',
        '',
        'Request',
        '',
        '  1. Of the total in question 1, how many warnings were later withdrawn?',
        '',
        'Reply',
        '',
        '14',
        '',
        'Request',
        '',
        '  1. Please give the cost of the warning system in 2023.',
        '',
        'Reply',
        '',
        'We do not hold this information.',
      ].join('\n');
      const a = answersOf(reply, request);
      assert.equal(a.get('Q4')?.value, 14);
      assert.equal(a.get('Q4')?.line, 16);
      assert.equal(a.get('Q5')?.status, 'not-held');
      assert.equal(a.get('Q1')?.value ?? null, null);
    });
  });

  describe('a quoted question whose parts are lettered on its line', () => {
    const request = ['1. How many bins were collected late in 2024?', '2. How many complaints did you receive about missed bins in: a) 2023 and b) 2024?'].join('\n');

    it('does not read the parts\' own words as their answers', () => {
      const reply = ['1. How many bins were collected late in 2024?', '2. How many complaints did you receive about missed bins in: a) 2023 and b) 2024?', '', 'Our response is attached.'].join('\n');
      const a = answersOf(reply, request);
      assert.notEqual(a.get('Q2a')?.value, 2023);
      assert.notEqual(a.get('Q2a')?.line, 2);
      assert.notEqual(a.get('Q2b')?.line, 2);
    });

    it('reads the answer on the line below the quoted question for its parts', () => {
      const reply = ['1. How many bins were collected late in 2024?', '2. How many complaints did you receive about missed bins in: a) 2023 and b) 2024?', 'We received 31 complaints in 2023.'].join('\n');
      const a = answersOf(reply, request);
      assert.equal(a.get('Q2a')?.line, 3);
      assert.equal(a.get('Q2a')?.value, 31);
    });

    it('still reads parts answered on the line ("2. a) 41 b) 57")', () => {
      const a = answersOf(['1. 12', '2. a) 41 b) 57'].join('\n'), request);
      assert.equal(a.get('Q2a')?.value, 41);
      assert.equal(a.get('Q2b')?.value, 57);
    });
  });
  describe('the request quoted inline, then one answer and a sentence for the rest', () => {
    const request = [
      '1) How many allotment sites are there in each town?',
      '2) Please can you give waiting list figures for each town?',
      '3) What is the total number of plots on these sites?',
    ].join('\n');
    const reply = [
      'Your request is as follows:',
      '"As of May 2025, please could you tell me: 1) How many allotment sites are there in each town?',
      '2) Please can you give waiting list figures for each town? 3) What is the total number of plots on these sites?"',
      'In response to your question 1, there are 11 sites, in total - 4 sites managed by the Council,',
      'the rest by associations.',
      'We do not hold the data in relation to the remaining questions.',
    ].join('\n');

    it('does not take the next quoted question on the line as the answer to the one before it', () => {
      const a = answersOf(reply, request);
      assert.notEqual(a.get('Q2')?.line, 3);
      assert.equal(a.get('Q2')?.status, 'not-held');
      assert.equal(a.get('Q3')?.status, 'not-held');
      assert.equal(a.get('Q1')?.value, 11);
    });

    it('gives every question left without an answer the "remaining questions" sentence\'s status, once', () => {
      const request4 = [...request.split('\n'), '4) How many plots are vacant?'].join('\n');
      const q = questionnaireFromRequest(request4).questionnaire;
      for (const tail of [[], ['Regulation 12(4)(a) therefore applies to questions 3-4 of your request.']]) {
        const reply4 = ['Question 1: 11 sites.', 'Question 2: 140 people are waiting.', 'We do not hold the data in relation to the remaining questions.', ...tail].join('\n');
        const answers = analyzeReply(reply4, q).answers;
        assert.deepEqual(answers.map((a) => a.id).sort(), ['Q1', 'Q2', 'Q3', 'Q4']);
        const a = new Map(answers.map((x) => [x.id, x] as const));
        assert.equal(a.get('Q1')?.value, 11);
        assert.equal(a.get('Q3')?.status, 'not-held');
        assert.equal(a.get('Q4')?.status, 'not-held');
        assert.equal(a.get('Q4')?.line, 3);
      }
    });

    it('leaves an answer given after the sentence in the same paragraph, and starts at the sentence\'s line', () => {
      const q = questionnaireFromRequest([...request.split('\n'), '4) How many plots are vacant?'].join('\n')).questionnaire;
      const reply4 = ['Question 1: 11 sites.', '', 'The Council has checked its allotment records.', 'We do not hold the data in relation to the remaining questions, except question 4.', 'Question 4: 12 plots are vacant.'].join('\n');
      const a = new Map(analyzeReply(reply4, q).answers.map((x) => [x.id, x] as const));
      assert.equal(a.get('Q4')?.value, 12);
      assert.equal(a.get('Q3')?.status, 'not-held');
      assert.equal(a.get('Q3')?.line, 4);
    });

    it('takes no status from a sentence about the remaining questions that decides nothing', () => {
      const a = answersOf(['Question 1: 11 sites.', '', 'The remaining questions are answered in the table below.'].join('\n'), request);
      assert.equal(a.get('Q3'), undefined);
    });

    it('reads no decision from the requester\'s "please answer the remaining questions"', () => {
      const quoted = ['1) 11 sites.', 'You wrote: "If any part of this request is not held, please answer the remaining questions."'].join('\n');
      const a = answersOf(quoted, request);
      assert.notEqual(a.get('Q3')?.status, 'not-held');
    });

    it('reads "in total - 4 sites" as a count, not as the name of question 4', () => {
      const q = questionnaireFromRequest([...request.split('\n'), '4) How many plots are vacant?'].join('\n')).questionnaire;
      assert.deepEqual(idsNamed('there are 11 sites, in total - 4 sites managed by the Council', q), []);
      assert.deepEqual(idsNamed('see the answer to 2 above; 3 and 4 are not held', q), ['Q2', 'Q3', 'Q4']);
    });
  });
  describe('head counts and bands', () => {
    const staff = question('number', 'How many staff work in the street naming team (headcount)?');

    it('reads per-year figures on one line, and rows broken by a PDF page footer, at the latest year', () => {
      const income = question('money', 'What was the income from garden waste subscriptions in each of the last three years?');
      assert.equal(parseValue('2022/23 £1,204,310; 2023/24 £1,311,870; 2024/25 £1,398,560', income).value, 1398560);
      const pdf = ['       Financial year       Income (£)', '       2022/23              1,402,115', '       2023/24              1,530,990', 'Wexbury Borough Council – IR-2025-04417                 Page 1 of 3', '\f       2024/25              1,611,204'].join('\n');
      assert.equal(parseValue(pdf, income).value, 1611204);
    });

    it('reads no figure from a cross-reference "please see 3.1"', () => {
      assert.equal(parseValue('We do not operate a two-part fee, please see 3.1.', question('money', 'What is the second part of the fee?')).value, null);
      assert.equal(parseValue('See our answer to 2 above; the fee is £1,150.', question('money', 'What is the fee?')).value, 1150);
    });

    it('reads the Total row of a table laid out in columns', () => {
      const table = ['  Site            Plots   Managed by', '  Mill Lane       48      Council', '  Eastfield       30      Council', '  Total           78'].join('\n');
      assert.equal(parseValue(table, question('number', 'How many plots are there across those sites in total?')).value, 78);
      // (A site called "Total Fitness" is no total row.)
      assert.equal(parseValue(['  Site            Plots', '  Total Fitness   12', '  Eastfield       30'].join('\n'), question('number', 'How many plots are there at the first site?')).value, 12);
    });

    it('reads "three officers (2.4 FTE)" as 3 for a head count', () => {
      assert.equal(parseValue('The team comprises three officers (2.4 FTE), one of whom is shared with Building Control.', staff).value, 3);
      assert.equal(parseValue('We employ 4 officers (3.2 FTE).', staff).value, 4);
    });

    it('still reads full-time equivalents when the question asks for them, or when they are all there is', () => {
      assert.equal(parseValue('The team comprises three officers (2.4 FTE).', question('number', 'How many FTE staff work in the team?')).value, 2.4);
      assert.equal(parseValue('The team is 2.4 FTE.', staff).value, 2.4);
    });

    it('reads a band under an exemption, dated by its year, as refused, not partly answered', () => {
      const text = 'Information about complaints concerning individual officers is exempt under section 40(2). We can say that fewer than five complaints were received in 2025.';
      const c = classifyAnswer(text, question('number', 'How many complaints did you receive in 2025?'));
      assert.equal(c.status, 'refused');
      assert.equal(c.exemption, 's40');
    });

    it('still reads a figure given beside an exemption as partly answered', () => {
      const text = 'Details of individual complainants are exempt under section 40(2). We can say that 14 complaints were received in 2025.';
      assert.equal(classifyAnswer(text, question('number', 'How many complaints did you receive in 2025?')).status, 'partial');
    });
  });
  describe('a question that lists what it asks about, and its bracketed parts', () => {
    const request = [
      '1. How many care leavers did the Council support in 2019, 2021 and 2023 respectively under:',
      '2. How many personal advisers did the Council employ in 2019, 2021 and 2023 respectively?',
      '(2a) of those advisers, how many care leavers on average did each one support?',
    ].join('\n');
    const reply = [
      '1. How many care leavers did the Council support in 2019, 2021 and 2023 respectively under:',
      '',
      '(a) Section 23C Children Act 1989;',
      '(b) Section 24 Children Act 1989; and',
      '(c) Section 23CA Children Act 1989.',
      '',
      '*2018/19: 311',
      '',
      '*2022/23: 342',
      '',
      '2. How many personal advisers did the Council employ in 2019, 2021 and 2023 respectively?',
      '',
      '*2022/23: 19',
      '',
      '(2a) of those advisers, how many care leavers on average did each one support?',
      '',
      'The Council does not hold this information.',
    ].join('\n');

    it('reads "(2a)" in the request as part a of question 2', () => {
      assert.deepEqual(questionnaireFromRequest(request).questionnaire.questions.map((x) => x.id), ['Q1', 'Q2', 'Q2a']);
    });

    it('answers the question below its own list, not with the list', () => {
      const a = answersOf(reply, request);
      assert.equal(a.get('Q1')?.line, 7);
      assert.equal(a.get('Q1')?.value, 342);
      assert.equal(a.get('Q2a')?.status, 'not-held');
      assert.equal(a.get('Q2a')?.line, 17);
    });

    it('reads "Section 23C Children Act 1989" as no exemption', () => {
      assert.notEqual(classifyAnswer('(a) Section 23C Children Act 1989; (b) Section 23CZB Children Act 1989.', question('number', 'How many?')).status, 'refused');
      assert.equal(classifyAnswer('Withheld under section 40(2) of the Act.', question('number', 'How many?')).exemption, 's40');
    });

    it('keeps lettered answers under a question that ends with a colon', () => {
      const a = answersOf(['1. How many care leavers did the Council support under:', '(a) 12 young people;', '(b) 30 young people.', '', 'These figures come from our case system.'].join('\n'), request);
      assert.equal(a.get('Q1')?.line, 2);
    });

    it('keeps lettered lines under a question that does not end with a colon as its answer', () => {
      const a = answersOf(['1. How many care leavers did the Council support in 2019, 2021 and 2023 respectively?', '(a) Leavers under section 23C were not counted separately;', '(b) Leavers under section 24 were counted in 2023 only.', '', 'Further notes follow.'].join('\n'), request);
      assert.equal(a.get('Q1')?.line, 2);
    });

    it('reads a reply that ends with the question\'s own list without failing', () => {
      const a = answersOf(['1. How many care leavers did the Council support under:', '(a) Section 23C Children Act 1989;', '(b) Section 24 Children Act 1989.'].join('\n'), request);
      assert.equal(a.get('Q1')?.line, 2);
    });
  });
  describe('web pages of "Question N" / "Our response:" blocks', () => {
    const request = [
      'Question 1',
      'How many fixed penalty notices for littering did you issue in 2024?',
      'Question 2',
      'a. How many fines or warnings were issued for fly posting in 2024?',
      'b. Were any of these issued to community groups?',
    ].join('\n');

    it('answers the parts quoted above the response under the same letters again', () => {
      const reply = [
        'Question 1',
        'How many fixed penalty notices for littering did you issue in 2024?',
        'Our response:',
        '214',
        'Question 2',
        'a. How many fines or warnings were issued for fly posting in 2024?',
        'b. Were any of these issued to community groups?',
        'Our response:',
        'a. 17 fines or warnings issued',
        'b. No',
      ].join('\n');
      const a = answersOf(reply, request);
      assert.equal(a.get('Q2a')?.line, 9);
      assert.equal(a.get('Q2a')?.value, 17);
      assert.equal(a.get('Q2b')?.value, 'No');
      assert.equal(a.get('Q2b')?.line, 10);
    });

    it('reads no figure from "our response to questions 1 and 2", and the latest year of a table under a pointer', () => {
      const text = ['Following on from our response to questions 1 and 2, the Council holds the number of season tickets bought. Please see the table below:', '', 'Year Season Tickets', '2022 1880', '2023 1759', '2024 1725'].join('\n');
      assert.equal(parseValue(text, question('number', 'How many pupils use the buses in each year?')).value, 1725);
      assert.equal(parseValue('Following on from our response to questions 1 and 2, we hold no other figures.', question('number', 'How many pupils?')).value, null);
    });
  });
  describe('a thread that re-quotes each question in emphasis', () => {
    const request = ['1. How many pavement licence applications did the council receive in 2024/25?', '2. For what period does the council normally grant a pavement licence?', '3. What percentage of applications were determined within the statutory period?'].join('\n');
    const reply = [
      request,
      '',
      'Further to our acknowledgement, please find below the Council\'s response.',
      '',
      '*1. How many pavement licence applications did the',
      'council receive in 2024/25?*',
      '240 applications.',
      '',
      '*2. For what period does the council normally grant a pavement licence?*',
      'Licences are normally granted for two years.',
      '',
      '*3. What percentage of applications were determined within the statutory period?*',
      'All applications were determined within the 14-day period.',
    ].join('\n');

    it('reads "*1. …?*" as the label of question 1 and answers below each', () => {
      // (The label is highlighted as Q1's marker in the editor.)
      const markers = analyzeReply(reply, questionnaireFromRequest(request).questionnaire).markers.filter((m) => m.line === 6 || m.line === 10);
      assert.deepEqual(markers.map((m) => [m.ids.join(','), m.label]), [['Q1', '1.'], ['Q2', '2.']]);
      const a = answersOf(reply, request);
      assert.equal(a.get('Q1')?.value, 240);
      assert.equal(a.get('Q1')?.line, 9);
      assert.equal(a.get('Q2')?.line, 12);
    });

    it('types "For what period does …" as a duration, and not "Over what period are these voids"', () => {
      const q = questionnaireFromRequest(request).questionnaire;
      assert.equal(q.byId.get('Q2')?.type, 'duration');
      assert.notEqual(questionnaireFromRequest('1. Over what period are these voids?').questionnaire.byId.get('Q1')?.type, 'duration');
      assert.deepEqual([answersOf(reply, request).get('Q2')?.value, answersOf(reply, request).get('Q2')?.unit], [2, 'years']);
    });

    it('reads "All applications were determined …" as 100% for a percentage, not the 14 of "14-day"', () => {
      const v = parseValue('All applications were determined within the 14-day period.', question('percent', 'What percentage were determined in time?'));
      assert.equal(v.value, 100);
    });

    it('offers a bare figure for a percentage as a guess, never as certain', () => {
      const v = parseValue('Determined in time: 93', question('percent', 'What percentage were determined in time?'));
      assert.equal(v.value, 93);
      assert.equal(v.inferred, true);
      assert.equal(parseValue('Determined in time: 93%', question('percent', 'What percentage were determined in time?')).inferred, undefined);
    });

    it('does not take a line that opens with an asterisk and a figure as a label', () => {
      const footnoted = ['1. 240', '2. Two years', '3. 93%', '', '*3. Figures for 2024/25 only.'].join('\n');
      assert.equal(answersOf(footnoted, request).get('Q3')?.value, 93);
      assert.deepEqual(analyzeReply(footnoted, questionnaireFromRequest(request).questionnaire).markers.filter((m) => m.line === 4), []);
    });
  });
  describe('a request whose choice question lists its options in roman numerals', () => {
    const request = [
      '5. What percentage of slots were booked in 2023?',
      '',
      '6. Which of these best describes how the crematorium is run?',
      '(i) Directly by the council',
      '(ii) By a private operator under contract',
      '(iii) Other (please specify)',
      '',
      '7. Capacity',
      '7.1 How many cremators are in working use?',
      '7.2 Does the council plan to add capacity before 2028? (Yes/No)',
      '',
      '8. What was the income from cremation fees in 2023/24?',
    ].join('\n');

    it('keeps the options with question 6 and reads every question after them', () => {
      const q = questionnaireFromRequest(['1. How many cremations were carried out in 2023?', '2. How many were direct cremations?', '3. What is the fee?', '4. How long is the wait, in days?', request].join('\n')).questionnaire;
      assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q7a', 'Q7b', 'Q8']);
      assert.equal(q.byId.get('Q6')?.type, 'choice');
    });

    it('still reads roman-numbered questions as questions', () => {
      const q = questionnaireFromRequest(['Please tell me which of the following applies:', '(i) How many cremators do you run?', '(ii) What is the fee?', '(iii) Who runs the crematorium?'].join('\n')).questionnaire;
      assert.deepEqual(q.questions.map((x) => [x.id, x.text]), [['Q1', 'How many cremators do you run?'], ['Q2', 'What is the fee?'], ['Q3', 'Who runs the crematorium?']]);
    });
  });
  describe('"Part of your request – section 12", the Act quoted, then "The Council is refusing questions 2, 3(a) and 4"', () => {
    const request = ['1. What is the council\'s name?', '2. How many systems do you use?', '3. Of these:', '(a) how many are stand-alone?', '4. What did you spend on licences?', '5. Do you have a CRM system?'].join('\n');
    const reply = (refusal: string) => [
      'Thank you for your request. I have set out the Council\'s response below.',
      '',
      'Part of your request – section 12 (cost of compliance)',
      '',
      'Section 12(1) of the Act provides:',
      '',
      '   "Section 1(1) does not oblige a public authority to comply with a',
      '   request for information if the authority estimates that the cost of',
      '   complying with the request would exceed the appropriate limit."',
      '',
      refusal,
      '',
      'Remaining questions',
      '',
      'Q1: Marlow Vale District Council',
      'Q5: No',
    ].join('\n');

    it('refuses the questions named, under section 12, and answers the rest', () => {
      const a = answersOf(reply('The Council is refusing questions 2, 3(a) and 4 of your request under section 12. We would need to review some 1,900 invoices.'), request);
      for (const id of ['Q2', 'Q3a', 'Q4']) {
        assert.equal(a.get(id)?.status, 'refused', id);
        assert.equal(a.get(id)?.exemption, 's12', id);
        assert.equal(a.get(id)?.line, 11, id);
      }
      assert.equal(a.get('Q5')?.value, 'No');
      // (With no other answer in the letter, still only the questions it names.)
      const alone = answersOf(reply('The Council is refusing questions 2, 3(a) and 4 of your request under section 12.').split('\nRemaining questions')[0]!, request);
      assert.equal(alone.get('Q4')?.status, 'refused');
      assert.notEqual(alone.get('Q1')?.status, 'refused');
    });

    it('never reads the quoted Act, or a heading for part of the request, as refusing the whole request', () => {
      const a = answersOf(reply('We estimate that answering question 4 alone would take some 60 hours.'), request);
      assert.notEqual(a.get('Q2')?.status, 'refused');
      assert.equal(a.get('Q1')?.value, 'Marlow Vale District Council');
    });
  });
  describe('section 21 with "can be found on our website" and the link lost', () => {
    it('signposts, as it says where to look', () => {
      const text = 'This information is included in our annual report on information requests. The report can be found on our website at:\n\nAs this information is already reasonably accessible to you, it is exempt under section 21(1) of the Act.';
      const c = classifyAnswer(text, question('number', 'How many requests did you receive?'));
      assert.equal(c.status, 'signposted');
      assert.equal(c.exemption, 's21');
      assert.equal(classifyAnswer('As this information is already reasonably accessible to you, it is exempt under section 21(1) of the Act.', question('number', 'How many?')).status, 'refused');
    });
  });
  describe('an answer that is a numbered list indented under its question', () => {
    const request = [
      '  1. Volume of requests for interpreting last year',
      '  2. Spend on interpreting last year',
      '  3. What are the top 4 languages requested last year?',
      '  4. Are you in a contract with a language agency?',
    ].join('\n');
    const reply = [
      'Request',
      '',
      '  1. Volume of requests for interpreting last year 5775',
      '  2. Spend on interpreting last year Commercially sensitive, section 43 applied (see below)',
      '  3. What are the top 4 languages requested last year?',
      '    1. Arabic',
      '    2. Polish',
      '    3. Somali',
      '    4. Urdu',
      '  4. Are you in a contract with a language agency? No',
    ].join('\n');

    it('reads each answer at the end of its question line, and the indented list as question 3\'s', () => {
      const a = answersOf(reply, request);
      assert.equal(String(a.get('Q1')?.value), '5775');
      assert.equal(a.get('Q1')?.line, 3);
      assert.equal(a.get('Q2')?.exemption, 's43');
      assert.equal(a.get('Q3')?.line, 6);
      assert.match(a.get('Q3')?.text ?? '', /Arabic[\s\S]*Urdu/);
      assert.equal(a.get('Q4')?.value, 'No');
      assert.equal(a.get('Q4')?.line, 10);
    });

    it('still reads an answer list that starts again at "1." after a blank line, indented further', () => {
      const again = [...request.split('\n'), '', '    1. 5775', '    2. Withheld under section 43', '    3. Arabic, Polish, Somali', '    4. No'].join('\n');
      const a = answersOf(again, request);
      assert.equal(String(a.get('Q1')?.value), '5775');
      assert.equal(a.get('Q1')?.line, 6);
    });
  });
});
