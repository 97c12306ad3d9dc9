// Layouts found by scoring the engine on replies it had never seen (session 16: rounds of real
// council replies and blind sets), each fixed with a general rule. Requests and replies here are
// written for fictional councils in the same shapes; no real text is copied.
import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { classifyAnswer } from '../../src/core/classify';
import { parseValue } from '../../src/core/values';
import { idsNamed } from '../../src/core/rangeClauses';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answersOf, question } from './readReply';


describe('replies read by the engine (session 16 layouts)', () => {
  describe('"6. Refusal (see below)" with one block of reasons after the answers', () => {
    const request = [
      '1. How many bus shelters does the council maintain?',
      '2. What did the council spend on bus shelter repairs in 2024/25?',
      '3. What is the name of the company that supplies new bus shelters?',
      '4. What is the unit price of one new bus shelter from that supplier?',
    ].join('\n');
    const reply = (reasons: string) => [
      'Bus shelters',
      '',
      '1. How many bus shelters does the council maintain?',
      '2. What did the council spend on bus shelter repairs in 2024/25?',
      '3. What is the name of the company that supplies new bus shelters?',
      '4. What is the unit price of one new bus shelter from that supplier?',
      '',
      '  1. 214 shelters',
      '  2. £18,420.50',
      '  3. Pellworth Street Furniture Ltd',
      '  4. Refusal (see below)',
      '',
      'The Council considers that releasing the unit price would prejudice commercial interests. The reasons are set out below.',
      '',
      reasons,
      '',
      '  • Public interest in disclosure: transparency in spending public money.',
      '  • Public interest in maintaining the exemption: the supplier\'s pricing is commercially sensitive.',
    ].join('\n');

    it('reads "Refusal (see below)" as a refusal', () => {
      assert.equal(classifyAnswer('Refusal (see below)', question('money', 'What is the unit price?')).status, 'refused');
    });

    it('takes the exemption the one block of reasons below cites ("Refusal S43")', () => {
      const a = answersOf(reply('Refusal S43'), request);
      assert.equal(a.get('Q4')?.status, 'refused');
      assert.equal(a.get('Q4')?.exemption, 's43');
      assert.equal(a.get('Q3')?.status, 'answered');
    });

    it('names no exemption when the text below cites two different sections', () => {
      const a = answersOf(reply('Refusal: section 43 and section 31 both apply'), request);
      assert.equal(a.get('Q4')?.status, 'refused');
      assert.notEqual(a.get('Q4')?.exemption, 's43');
      assert.notEqual(a.get('Q4')?.exemption, 's31');
    });
  });

  it('reads "there is no data set that enables us to …" as not held', () => {
    assert.equal(classifyAnswer('I regret to advise you that there is no data set that easily enables us to identify these licences.', question('number', 'How many licences were revoked?')).status, 'not-held');
    assert.equal(classifyAnswer('The Council has no dataset covering this.', question('number', 'How many licences were revoked?')).status, 'not-held');
  });

  describe('a figure per month, one line each ("April 2024 = 61" … "March 2025 = 70")', () => {
    const months = ['April 2024 = 61', '', 'May 2024 = 58', '', 'June 2024 = 64', '', 'January 2025 = 49', '', 'February 2025 = 55', '', 'March 2025 = 70'];

    it('reads the latest month, offered rather than certain', () => {
      const v = parseValue(['Please see below:', '', ...months].join('\n'), question('number', 'How many requests did you receive in each month last year?'));
      assert.equal(v.value, 70);
      assert.equal(v.several, true);
    });

    it('orders the months by their years, not by where they stand in the list', () => {
      const v = parseValue(['Jan-25: 49', 'Dec-24: 81', 'Nov-24: 60'].join('\n'), question('number', 'How many requests did you receive each month?'));
      assert.equal(v.value, 49);
    });

    it('reads a sentence naming a month as the sentence, not as a monthly list', () => {
      const v = parseValue('We received 905 requests in total.\nMarch 2025 was the busiest month.', question('number', 'How many requests did you receive last year?'));
      assert.equal(v.value, 905);
    });
  });

  describe('values said as councils say them', () => {
    it('reads "in the region of three hundred systems" as 300, the word and its scale', () => {
      assert.equal(parseValue('We use in the region of three hundred systems, though this number changes regularly.', question('number', 'How many systems do you use?')).value, 300);
      assert.equal(parseValue('We have roughly two thousand residents signed up.', question('number', 'How many residents have signed up?')).value, 2000);
    });

    it('reads a share in words: "About ten per cent.", "roughly a quarter of residents", "twenty-five percent"', () => {
      assert.equal(parseValue('About ten per cent.', question('percent', 'What percentage of services can be reached?')).value, 10);
      assert.equal(parseValue('Around 58,000 accounts have been created, which equates to roughly a quarter of residents.', question('percent', 'What is the uptake as a percentage?')).value, 25);
      assert.equal(parseValue('Twenty-five percent of requests.', question('percent', 'What share is late?')).value, 25);
      // A figure marked as a share still wins over words.
      assert.equal(parseValue('Roughly half: 48% in 2024/25.', question('percent', 'What share is late?')).value, 48);
    });

    it('reads the year the current system went live when the first one was replaced by it', () => {
      const q = question('year', 'When did the CRM system go live?');
      const v = parseValue('Our original CRM went live in 2006. It was replaced by the current system, which went live in June 2016.', q);
      assert.equal(v.value, 2016);
      assert.ok(v.confidence < 0.95);
      // The year given first stands when the later system is not called the current one.
      assert.equal(parseValue('April 2010 (replaced with a new platform in March 2017)', q).value, 2010);
    });

    it('reads the total a reply names on a line of its own or in a sentence ("Total for …:", "in total we spent")', () => {
      const q = question('money', 'What was the annual spend on payroll of employees and agency staff?');
      assert.equal(parseValue('Employees: £7,214,800\nAgency staff: £402,116\nTotal for employees and agency staff: £7,616,916', q).value, 7616916);
      assert.equal(parseValue('The pay bill for directly employed staff was £312.6m, and in total we spent £327.5m on employees and agency staff together.', q).value, 327500000);
    });

    it('reads the actual spend, not the budget, for a spend asked; the budget for a budget asked', () => {
      const text = 'The Council’s net revenue budget for 2017-18 was £14.2m. Actual net expenditure (outturn) for the year was £13.87m.';
      assert.equal(parseValue(text, question('money', 'What was the annual spend for 2017-18?')).value, 13870000);
      assert.equal(parseValue(text, question('money', 'What was the net revenue budget for 2017-18?')).value, 14200000);
      assert.equal(parseValue('Against a budget of £15m, actual spend was £13.9m.', question('money', 'What was the annual spend?')).value, 13900000);
      assert.equal(parseValue('Outturn figures are below. The budget was £14.2m and the outturn was £13.87m.', question('money', 'What was the annual spend?')).value, 13870000);
      // Two sums called actual (two years): the rule does not choose between them.
      assert.equal(parseValue('The budget was £15m, the actual for 2016/17 was £12.1m and the actual for 2017/18 was £13.9m.', question('money', 'What was the annual spend?')).value, 15000000);
    });

    it('reads a figure with "we are not able to separate their cost" for the rest as partial', () => {
      const c = classifyAnswer('The pay bill was £312.6m. Interim contractors are procured through our framework and we are not able to separate their cost from general consultancy spend.', question('money', 'What was the spend on payroll of employees, agency staff and contractors?'));
      assert.equal(c.status, 'partial');
    });
  });

  it('reads a tab-separated row "Q4c⇥Residents or Properties⇥Properties⇥note" as the choice in the third cell', () => {
    const request = [
      '4c. Are your systems mainly organised around Residents or Properties?',
      '5. Does the council have an online portal?',
      '6. How many staff work in customer services?',
    ].join('\n');
    const q = questionnaireFromRequest(request).questionnaire;
    assert.deepEqual(q.byId.get('Q4c')?.choices, ['Residents', 'Properties', 'Both']);
    const reply = ['Q4c\tResidents or Properties\tProperties\tMost systems are keyed on the UPRN', 'Q5\tOnline portal\tYes', 'Q6\tCustomer services staff\t41'].join('\n');
    const a = new Map(analyzeReply(reply, q).answers.map((x) => [x.id, x] as const));
    assert.equal(a.get('Q4c')?.value, 'Properties');
    assert.equal(a.get('Q4c')?.line, 1);
    assert.equal(a.get('Q6')?.value, 41);
  });

  describe('a prose letter that answers a run of questions at once, the request quoted below the original message', () => {
    const request = [
      'Dear FOI team,',
      '',
      '1. Does the council run a bulky waste collection service for residents? If No, please go to question 6.',
      '',
      '2. Is the service run in-house or by a contractor?',
      '',
      '3. What does the council charge to collect three items?',
      '',
      '4. How many collections were made in 2024/25?',
      '',
      '5. What was the income from the service in 2024/25?',
      '',
      '6. How many reports of fly-tipped furniture did the council receive in 2024/25?',
      '',
      'Regards,',
      'A Requester',
    ].join('\n');
    const reply = [
      'Thank you for your request, reference BW-2291.',
      '',
      'I should say at the outset that the Council stopped its bulky waste collection service',
      'for residents in 2023, and residents are now referred to licensed carriers. As there is',
      'no service, questions 2 to 5 of your request do not apply to us.',
      '',
      'Turning to your final question, the Council received 214 reports of fly-tipped',
      'furniture in 2024/25.',
      '',
      'Kind regards',
      '',
      'Information Team',
      '',
      '-----Original Message-----',
      'From: A Requester',
      'Sent: 3 March 2026 09:12',
      '',
      ...request.split('\n').map((l) => `> ${l}`.trimEnd()),
    ].join('\n');

    it('names every question of "questions 2 to 5" (and their parts)', () => {
      const q = questionnaireFromRequest(request).questionnaire;
      assert.deepEqual(idsNamed('As there is no service, questions 2 to 5 of your request do not apply to us.', q), ['Q2', 'Q3', 'Q4', 'Q5']);
      const parts = questionnaireFromRequest('1. How many sites?\n2. a) How many staff?\nb) How many vans?\n3. What is the budget?').questionnaire;
      assert.deepEqual(idsNamed('questions 1 to 2 are answered below', parts), ['Q1', 'Q2a', 'Q2b']);
    });

    it('reads the letter: not applicable for the run it names, the figure for the last question, all offered', () => {
      const a = answersOf(reply, request);
      for (const id of ['Q2', 'Q3', 'Q4', 'Q5']) {
        assert.equal(a.get(id)?.status, 'not-applicable', id);
        // (From the sentence's first words, "As there is", left at the end of line 4.)
        assert.equal(a.get(id)?.line, 4, id);
        assert.match(a.get(id)?.text ?? '', /^As there is\s+no service, questions 2 to 5/, id);
      }
      assert.equal(a.get('Q6')?.value, 214);
      assert.equal(a.get('Q6')?.line, 7);
      assert.equal(a.get('Q1')?.line, 3);
      // "the Council stopped its bulky waste collection service": it runs none.
      assert.equal(a.get('Q1')?.value, 'No');
      assert.equal(parseValue('The bulky waste collection service was withdrawn in 2024.', questionnaireFromRequest(request).questionnaire.byId.get('Q1')).value, 'No');
      for (const x of a.values()) assert.ok(x.confidence < 0.95, `${x.id} ${x.confidence}`);
    });
  });

  describe('a PDF letter in numbered paragraphs, the questions not restated', () => {
    const request = [
      '1. How many households were on the housing register on 1 April 2026?',
      '',
      '2. Of the households in question 1:',
      'a) how many were in band A?',
      'b) how many had been waiting for five years or more?',
      '',
      '3. How much did the council spend on temporary accommodation in 2025/26?',
      '',
      '4. Does the council have a dedicated homelessness prevention officer?',
    ].join('\n');
    const reply = [
      'Dear Requester',
      '',
      '1.  On 1 April 2026 there were 4,310 households on the register.',
      '',
      '2.  Of these, 512 were in band A, and 388 of all households had',
      '    been waiting for five years or more.',
      '',
      '3.  The Council spent £1,204,400 on nightly-paid accommodation in 2025/26. The cost of',
      '    leased properties is held with other housing costs and cannot be',
      '\f',
      '                                                          Page 1 of 2',
      '    separated without a manual review, so that part of the figure is not',
      '    held in the form requested.',
      '',
      '4.  Yes. The post sits within the Housing Options team.',
    ].join('\r\n');

    it('carries a sentence on when the next page resumes right under the footer ("Page 1 of 2" / "    separated …")', () => {
      const a = answersOf(reply, request);
      assert.match(a.get('Q3')?.text ?? '', /held in the form requested/);
      assert.equal(a.get('Q3')?.status, 'partial');
      assert.equal(a.get('Q3')?.value, 1204400);
      assert.equal(a.get('Q4')?.value, 'Yes');
    });

    it('takes no wrapped line of an answer ("been waiting for five years or more.") for a question quoted by its words', () => {
      const a = answersOf(reply, request);
      assert.equal(a.get('Q2b')?.value, 388);
      assert.equal(a.get('Q2b')?.line, 5);
      assert.equal(a.get('Q2a')?.value, 512);

    });

    it('still ends an answer at a closing paragraph under it', () => {
      const closing = reply.replace('4.  Yes. The post sits within the Housing Options team.', '4.  N/A\r\n\r\nIf you are unhappy with the way we have handled your request, you may ask for an internal review\r\nby writing to the Information Governance Manager, or email foi@example.gov.uk. Please do so within\r\n40 working days of the date of this response.');
      assert.equal(answersOf(closing, request).get('Q4')?.text.trim(), 'N/A');
    });
  });

  it('never takes a line that wraps an answer\'s sentence for another question quoted by its words', () => {
    const request = [
      '1. How many homes were empty on 1 April 2026?',
      '2. Of those homes:',
      'a) how many had been empty for two years or more?',
      'b) how many had been empty for ten years or more?',
      '3. What premium does the council charge for:',
      'a) homes empty for one to five years?',
      'b) homes empty for ten years or more?',
    ].join('\n');
    const reply = [
      '1.  There were 1,507 empty homes on 1 April 2026.',
      '',
      '2.  Of these, 618 had been empty for two years or more, and 74 of those 618 had',
      '    been empty for ten years or more.',
      '',
      '3.  We charge a premium of 100% for homes empty for one to five years, and 300% for',
      '    homes empty for ten years or more.',
    ].join('\n');
    const q = questionnaireFromRequest(request).questionnaire;
    const r = analyzeReply(reply, q);
    assert.deepEqual(r.markers.filter((m) => m.line === 3).map((m) => m.ids), []);
    const a = new Map(r.answers.map((x) => [x.id, x] as const));
    assert.equal(a.get('Q3a')?.line, 6);
    assert.equal(a.get('Q1')?.value, 1507);
  });

  it('still finds a question quoted by its words on the line after a heading, or in lower case after a full stop', () => {
    const request = [
      '1. How many homes were empty on 1 April 2026?',
      '2. how many had been empty for two years or more?',
      '3. What premium does the council charge on homes empty for ten years or more?',
    ].join('\n');
    const reply = [
      'Your questions and our answers',
      'How many homes were empty on 1 April 2026?',
      'There were 1,507 on that date.',
      'how many had been empty for two years or more?',
      '618 homes.',
      'What premium does the council charge on homes empty for ten years or more?',
      '300%.',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q1')?.value, 1507);
    assert.equal(a.get('Q2')?.value, 618);
    assert.equal(a.get('Q2')?.line, 5);
    assert.equal(a.get('Q3')?.value, 300);
  });

  describe('a request lettered "A." … "C." in capitals, the answer with a refusal notice lettered a) … c)', () => {
    const request = ['A. When will the new rota start', 'B. Which stations will take part', 'C. Will the shift patterns be published'].join('\n');
    const reply = [
      'A. When will the new rota start',
      'The new rota starts on 3 March 2025.',
      'B. Which stations will take part',
      'Stations 4, 9 and 12 will take part.',
      'C. Will the shift patterns be published',
      'We hold this information but are withholding it. A refusal notice must:',
      '(a) state that fact,',
      '(b) specify the exemption in question and;',
      '(c) state why the exemption applies.',
      'Section 38 – Health and safety applies to the shift patterns.',
    ].join('\n');

    it('reads the answers under "A."–"C.", not the notice\'s lower-case list "(a)" … "(c)"', () => {
      const a = answersOf(reply, request);
      assert.equal(a.get('Q1')?.line, 2);
      assert.match(String(a.get('Q2')?.value), /Stations 4, 9 and 12/);
      assert.equal(a.get('Q3')?.line, 6);
      assert.equal(a.get('Q3')?.status, 'refused');
    });

    it('still reads a lower-case reply "a)" … "c)" to a request lettered in lower case', () => {
      const lower = answersOf(['a) 3 March 2025', 'b) Stations 4, 9 and 12', 'c) No'].join('\n'), request.toLowerCase().replace(/^([abc])\./gm, '$1)'));
      assert.equal(lower.get('Q2')?.line, 2);
      assert.equal(lower.get('Q3')?.value, 'No');
    });
  });

  it('offers the latest year for "per year beginning in 2014" or "since 2019": the year a run starts is not the year asked', () => {
    const rows = ['2014/15 £79,533,000', '2015/16 £75,438,000', '2016/17 £75,619,000', '2017/18 £73,843,000', '2018/19 £72,594,000'].join('\n');
    for (const asked of ['The overall operational budget of the department per year beginning in 2014.', 'The budget of the department each year since 2014.', 'The budget for 2014/15 onwards.']) {
      const v = parseValue(rows, question('money', asked));
      assert.equal(v.value, 72594000, asked);
      assert.equal(v.several, true, asked);
    }
    // A year asked for is still taken.
    assert.equal(parseValue(rows, question('money', 'The operational budget in 2015/16.')).value, 75438000);
  });

  describe('a thread with no blank lines: the request, its sign-off, then the council\'s one statement for the whole request', () => {
    const request = [
      '1. The number of street lights reported as faulty in 2024.',
      '2. The number of street lights repaired within 7 days in 2024.',
      '3. The amount spent on street light repairs in 2024.',
    ].join('\n');
    const reply = [
      'Street lights',
      'Good morning,',
      'Please could you provide the following:',
      ...request.split('\n'),
      'If limited by time, please prioritise in order of Q1, Q2, Q3.',
      'Many thanks,',
      'Sam',
      'Good Afternoon,',
      'Thank you for your enquiry.',
      'We are unable to provide this information as street lighting does not come under the responsibility of Lowbridge Borough Council. It is the responsibility of Westshire County Council.',
      'If you still require the information I would suggest you contact them direct. If you are unable to do this then please let me know and we will forward the request on your behalf.',
      'Postal Address: Westshire County Council, County Hall, Westbury WS1 1AA',
      'Telephone 01632 960123',
    ].join('\n');

    it('reads "does not come under the responsibility of … Council" as not held', () => {
      assert.equal(classifyAnswer('We are unable to provide this information as street lighting does not come under the responsibility of Lowbridge Borough Council.', question('number', 'How many lights?')).status, 'not-held');
    });

    it('takes the statement below the greeting for every question, not the requester\'s "please prioritise … Q1, Q2, Q3"', () => {
      const a = answersOf(reply, request);
      for (const id of ['Q1', 'Q2', 'Q3']) {
        assert.equal(a.get(id)?.status, 'not-held', id);
        assert.equal(a.get(id)?.line, 12, id);
        assert.ok((a.get(id)?.confidence ?? 1) < 0.95);
      }
    });
  });

  it('reads "This letter serves as a Refusal Notice under Section 17" as a refusal naming no exemption', () => {
    const c = classifyAnswer('This letter serves as a Refusal Notice under Section 17 of the Freedom of Information Act 2000.', question('number', 'How many officers?'));
    assert.equal(c.status, 'refused');
    assert.equal(c.exemption, 'other');
  });

  it('takes the unnumbered question right above a list that starts at "2." as Q1', () => {
    const r = questionnaireFromRequest(['Does the council charge for bulky waste collection? If not, ignore the rest.', '2. What is the charge for three items?', '3. How many collections were made in 2024/25?'].join('\n'));
    assert.deepEqual(r.questionnaire.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    assert.equal(r.questionnaire.byId.get('Q1')?.type, 'yes-no');
    assert.match(r.assumptions.join(' '), /starts at "2\."; line 1, the question right above it with no number, is read as Q1/);
    // Not a heading or a statement above it.
    assert.deepEqual(questionnaireFromRequest(['Bulky waste collections', '2. What is the charge for three items?', '3. How many collections were made in 2024/25?'].join('\n')).questionnaire.questions.map((x) => x.id), ['Q2', 'Q3']);
  });

  it('keeps "1. How many a) drivers and b) supervisors in your service have passed …?" whole: the letters name the subjects of one sentence', () => {
    const q = questionnaireFromRequest(['1. How many a) drivers and b) supervisors in your service have passed the advanced driving course?', '2. What is a) the cost and b) the length of the course?'].join('\n')).questionnaire;
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q2a', 'Q2b']);
    assert.match(q.byId.get('Q1')?.text ?? '', /^How many a\) drivers and b\) supervisors in your service have passed/);
    // Asks of their own: a lead of more than a few words, or a lettered piece that is a clause.
    const asks = questionnaireFromRequest(['1. Over the last five years a) how many buses and b) how many trams have been replaced?', '2. What a) vehicles do you lease and b) which of them have been replaced?'].join('\n')).questionnaire;
    assert.deepEqual(asks.questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b', 'Q2', 'Q2a', 'Q2b']);
  });

  it('reads "Three officers handle requests: 1 officer – 37 hours, …" as 3 for "How many officers …?"', () => {
    const q = question('number', 'How many officers handle FOI requests?');
    assert.equal(parseValue('Three officers handle requests: 1 officer – 37 hours, 1 officer – 22.5 hours, 1 officer – 15 hours', q).value, 3);
    // Not a number word that counts something else.
    assert.equal(parseValue('Three teams share the work: 4 officers in all.', q).value, 4);
  });

  it('reads "4. These waiting lists are not closed to new applicants." as No to "Are any of these waiting lists closed to new applicants?", not as the question restated', () => {
    const request = ['1) How many allotment sites does the council run?', '2) Are any of these waiting lists closed to new applicants?', '3) How many plots are vacant?'].join('\n');
    const reply = ['1.  There are 31 sites.', '', '2.  These waiting lists are not closed to new applicants.', '', '3.  There are 12 vacant plots.'].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q2')?.value, 'No');
    assert.equal(a.get('Q2')?.line, 3);
    // The question quoted as it was asked, answered below, is still the question.
    const quoted = answersOf(['2. Are any of these waiting lists closed to new applicants?', 'Yes, the list at Mill Lane is closed.'].join('\n'), request);
    assert.equal(quoted.get('Q2')?.value, 'Yes');
    assert.equal(quoted.get('Q2')?.line, 2);
    // A question that says "not" itself, restated as a title, is still the question.
    const reasons = answersOf(['1. Number of sites', '31', '', '2. Reasons for not renewing the contract', 'The provider left the market in 2024.'].join('\n'), '1) Number of sites\n2) Please give the reasons for not renewing the contract.\n3) Number of plots');
    assert.equal(reasons.get('Q2')?.line, 5);
    // Nor a question quoted with its routing ("… applicants? If no, go to question 3").
    const routed = answersOf(['1. There are 31 sites.', '2. Are any of these waiting lists closed to new applicants? If no, go to question 3', 'Yes, at Mill Lane.', '3. 12'].join('\n'), request);
    assert.equal(routed.get('Q2')?.line, 3);
  });

  it('reads a number in words with its scale: "one hundred and twelve", "two thousand four hundred and six"', () => {
    const q = question('number', 'How many people are on the waiting list?');
    assert.equal(parseValue('one hundred and twelve applicants on the waiting list.', q).value, 112);
    assert.equal(parseValue('There are two thousand four hundred and six people waiting.', q).value, 2406);
    assert.equal(parseValue('Around a thousand people.', q).value, 1000);
    // Two such numbers: the first, as with figures.
    assert.equal(parseValue('Two hundred last year and three hundred and ten this year.', q).value, 200);
  });

  it('takes a question\'s parts restated on its line ("Q2. How many … in: a) calendar year 2024 b) calendar year 2025") as the question, and reads the answer below', () => {
    const request = ['1. What is your fee for naming a street?', '2. How many applications did you receive in:', 'a) calendar year 2024', 'b) calendar year 2025', '3. How many staff are in the team?'].join('\n');
    const reply = [
      'Q1. What is your fee for naming a street?',
      'A1. £120.',
      '',
      'Q2. How many applications did you receive in: a) calendar year 2024 b) calendar year 2025',
      'A2. 2024 – 167 applications',
      '    2025 – 171 applications',
      '',
      'Q3. How many staff are in the team?',
      'A3. Two.',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q2a')?.value, 167);
    assert.equal(a.get('Q2b')?.value, 171);
    assert.equal(a.get('Q2a')?.line, 5);
    // Answers on the question's line after the letters are no restatement.
    const inline = answersOf(reply.replace('Q2. How many applications did you receive in: a) calendar year 2024 b) calendar year 2025\nA2. 2024 – 167 applications\n    2025 – 171 applications', 'Q2. How many applications did you receive in: a) 167 b) 171'), request);
    assert.equal(inline.get('Q2a')?.value, 167);
    assert.equal(inline.get('Q2b')?.value, 171);
  });

  describe('a letter answering question 1 in a sentence, then the rest of the request in one', () => {
    const request = ['1) How many allotment sites does the council have?', '2) How many people are on the waiting lists?', '3) How many plots are there?'].join('\n');
    const reply = [
      'I can confirm that the Council holds some of the information you requested.',
      'In response to your question 1, there are 15 sites, in total - 2 sites managed by the Council,',
      'plot data is not held.',
      'We do not hold the data in relation to the remaining questions.',
      'Therefore regulation 12(4)(a) applies to questions 2-3 of your request.',
    ].join('\n');

    it('ends the answer to question 1 where a sentence turns to the remaining questions', () => {
      const a = answersOf(reply, request);
      assert.doesNotMatch(a.get('Q1')?.text ?? '', /remaining questions/);
      assert.equal(a.get('Q1')?.value, 15);
    });

    it('reads the figure before the not-held words in one clause as a part given ("15 sites, … plot data is not held")', () => {
      const c = classifyAnswer('there are 15 sites, in total - 2 sites managed by the Council,\nplot data is not held.', question('number', 'How many allotment sites does the council have?'));
      assert.equal(c.status, 'partial');
      // A year before them is no figure given.
      const year = classifyAnswer('We do not hold this information. Records of closures made before the 2019 restructure were not kept.', question('number', 'How many toilets were closed?'));
      assert.equal(year.status, 'not-held');
      assert.ok(year.confidence >= 0.9, `confidence ${year.confidence}`);
    });

    it('reads "15 sites, in total" as the total, not the figure after it', () => {
      assert.equal(parseValue('there are 15 sites, in total - 2 sites managed by the Council', question('number', 'How many sites?')).value, 15);
    });
  });

  it('reads a letter that answers under headings naming each topic, with the numbered request quoted above it', () => {
    const request = [
      '1. How many public tennis courts does the council maintain?',
      '2. How much did the council spend on resurfacing tennis courts in 2025/26?',
      '3. How many coaching sessions were booked in 2025/26?',
      '4. Does the council charge for court hire?',
    ].join('\n');
    const reply = [
      'Freedom of Information request - Tennis courts',
      '',
      'Dear Hartwell Borough Council,',
      '',
      ...request.split('\n'),
      '',
      'Yours faithfully,',
      'Jo Requester',
      '',
      'Hartwell Borough Council',
      '',
      'Dear Jo Requester,',
      '',
      'Thank you for your request. Our answers are below.',
      '',
      'Tennis courts maintained',
      'We maintain 14 public tennis courts across six parks.',
      '',
      'Resurfacing spend',
      'We spent £38,250 on resurfacing tennis courts in 2025/26.',
      '',
      'Coaching sessions booked',
      'Coaching is run by a community club and the council does not hold booking records.',
      '',
      'Court hire charges',
      'Yes. Courts cost £6 an hour to hire.',
      '',
      'Yours sincerely,',
      'Information Team',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q1')?.value, 14);
    assert.equal(a.get('Q1')?.line, 20);
    assert.equal(a.get('Q2')?.value, 38250);
    assert.equal(a.get('Q3')?.status, 'not-held');
    assert.equal(a.get('Q4')?.value, 'Yes');
  });

  describe('options numbered "(i) …, (ii) …, or (iii) …" after a colon', () => {
    const request = ['1. How many bowling greens does the council maintain?', '2. Are your greens maintained by: (i) council staff, (ii) a bowls club, or (iii) a mix of both?', '3. How many clubs use them?'].join('\n');

    it('takes the options without their numerals', () => {
      assert.deepEqual(questionnaireFromRequest(request).questionnaire.byId.get('Q2')?.choices, ['Council staff', 'A bowls club', 'A mix of both']);
    });

    it('reads "A mix of both." and a bare "(ii)" as those options', () => {
      assert.equal(answersOf(['1) 7', '2) A mix of both. Four greens are kept by our staff.', '3) 5'].join('\n'), request).get('Q2')?.value, 'A mix of both');
      const bare = answersOf(['1) 7', '2) (ii)', '3) 5'].join('\n'), request);
      assert.equal(bare.get('Q2')?.value, 'A bowls club');
      // A numeral the question does not use is no option.
      assert.notEqual(answersOf(['1) 7', '2) (b)', '3) 5'].join('\n'), request).get('Q2')?.value, 'A bowls club');
    });
  });

  it('reads no count from the years of "We changed systems in March 2025 and the 2024 records were not migrated, so we no longer hold a figure"', () => {
    const q = question('number', 'How many applications did you receive in calendar year 2024?');
    const text = 'We changed systems in March 2025 and the 2024 records were not migrated, so we no longer hold a figure for 2024.';
    assert.equal(parseValue(text, q).value, null);
    assert.equal(classifyAnswer(text, q).status, 'not-held');
  });

  it('answers no part the letters leave out: "6. (a) Yes (b) 26%" says nothing of 6(c)', () => {
    const request = ['5. How many staff?', '6. Online services', 'a) Do you have a portal?', 'b) What percentage of households use it?', 'c) What percentage of residents use it?', '7. What is the budget?'].join('\n');
    const a = answersOf(['5. 120', '6. (a) Yes (b) 26%', '7. £4.1m'].join('\n'), request);
    assert.equal(a.get('Q6a')?.value, 'Yes');
    assert.equal(a.get('Q6b')?.value, 26);
    assert.equal(a.get('Q6c'), undefined);
    // The same with a questionnaire that has no id for the heading (the CRM survey's Q6a–Q6c).
    const crm = parseQuestionnaire(readFileSync(join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;
    const r = new Map(analyzeReply(['5. Some 40 services', '6. (a) Yes (b) 26%', '7. 45%'].join('\n'), crm).answers.map((x) => [x.id, x] as const));
    assert.equal(r.get('Q6b')?.value, 26);
    assert.equal(r.get('Q6c'), undefined);
  });

  it('ends an answer at "Note 1 – Question 9", a note about another question, with no blank line before it', () => {
    const request = ['9. What was the spend on software licences?', '14. Are the systems centred around Residents or Properties?'].join('\n');
    const reply = ['Q9', 'What was the spend on software licences?', 'Withheld – see Note 1', 'Q14', 'Are the systems centred around Residents or Properties?', 'Residents', 'Note 1 – Question 9', 'The Council considers the spend exempt under section 43(2) of the Act.'].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q14')?.value, 'Residents');
    assert.equal(a.get('Q14')?.status, 'answered');
    // A note about its own question is part of the answer.
    const own = answersOf(reply.replace('Note 1 – Question 9', 'Note 1 – Question 14'), request);
    assert.match(own.get('Q14')?.text ?? '', /section 43/);
  });

  it('reads "regulation 12(4)(a) applies to questions 2-4" as not held for the questions it names', () => {
    const request = ['1) How many allotment sites are there?', '2) How many people are on the waiting list?', '3) How many plots are there?', '4) How many plots are vacant?'].join('\n');
    const reply = [
      'I am responding to your request.',
      'In response to your question 1, there are 12 sites in total.',
      'We do not hold the data in relation to the remaining questions.',
      'Therefore regulation 12(4)(a) applies to questions 2-4 of your request.',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q1')?.value, 12);
    for (const id of ['Q2', 'Q3', 'Q4']) assert.equal(a.get(id)?.status, 'not-held', id);
    // A sentence naming questions that says nothing of holding them is no statement.
    // (Without the sentence about the remaining questions, which is not held for them on its own.)
    const answered = answersOf(reply.replace('We do not hold the data in relation to the remaining questions.\n', '').replace('Therefore regulation 12(4)(a) applies to questions 2-4 of your request.', 'The figures for questions 2 to 4 are given in the attached table.'), request);
    assert.notEqual(answered.get('Q3')?.status, 'not-held');
  });

  it('reads a 200 kB paragraph with no full stop that names "questions 2-4" in a moment (no backtracking)', () => {
    const request = ['1) How many sites?', '2) How many plots?', '3) How many vacant?', '4) How many let?'].join('\n');
    const reply = `1) 12\n\n${'the data we hold for questions 2-4 is not held and '.repeat(4000)}`;
    const t0 = process.hrtime.bigint();
    answersOf(reply, request);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.ok(ms < 5000, `${ms} ms`);
  });
});
