// Layouts found by scoring blind sets crm-blind3 and other-blind4 (written by helpers who never
// read the engine), each fixed with a general rule: labels in two languages, "In relation to
// question N,", a topic title on a label's line, answers under topic headings with no numbers,
// "unable to comply with your request", lower-case either/or choices in a request, the figure of
// the clause that answers, and ranges kept as written. The replies below are for a fictional
// allotments survey.
import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { phraseChoices, questionnaireFromRequest } from '../../src/core/fromRequest';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import type { Questionnaire } from '../../src/core/types';

const REQUEST = [
  'Q1. How many allotment sites does the council own?',
  'Q2. How many plots were let to residents on 1 April 2024?',
  'Q3. What was the income from plot rents in 2023/24?',
  'Q4. Does the council keep a waiting list for plots?',
  'Q5. Is the service managed in-house, by a trust, or by a mix of the two?',
  'Q6. How long is the average wait for a plot, in months?',
].join('\n');

const rows = (reply: string, q: Questionnaire) => analyzeReply(reply, q).answers.map((a) => [a.id, a.status, a.value, a.line]);

describe('layouts from blind sets 3 and 4', () => {
  let q!: Questionnaire;
  beforeEach(() => (q = questionnaireFromRequest(REQUEST).questionnaire));

  describe('labels in two languages', () => {
    it('reads "C1 / Q1 – Welsh title / English title" with the answer on the next line', () => {
      const reply = ['C1 / Q1 – Nifer y safleoedd / Number of sites', '14', '', 'C2 / Q2 – Lleiniau / Plots let to residents', '512', '', 'C3–C3a / Q3 – Incwm / Income', '£21,400'].join('\n');
      assert.deepEqual(rows(reply, q), [
        ['Q1', 'answered', 14, 2],
        ['Q2', 'answered', 512, 5],
        ['Q3', 'answered', 21400, 8],
      ]);
    });

    it('reads an answer given in two languages in the half that gives a value', () => {
      const reply = ['C4 / Q4 – Rhestr aros / Waiting list', 'Oes / Yes', '', 'C3 / Q3 – Incwm / Income', '£18.2 mil / £18.2 thousand', '', 'C2 / Q2', 'Dim / None'].join('\n');
      assert.deepEqual(rows(reply, q), [
        ['Q2', 'answered', 0, 8],
        ['Q3', 'answered', 18200, 5],
        ['Q4', 'answered', 'Yes', 2],
      ]);
    });

    it('does not read the first label when the second has another number, or a place name before a slash', () => {
      assert.deepEqual(rows('C1 / Q2 – 14', q).map((r) => r[0]), []);
      assert.deepEqual(rows('Cardiff / Queen Street 14 sites', q), []);
    });
  });

  describe('"In relation to question N," opening an answer', () => {
    it('labels the answer and leaves the comma out of it', () => {
      const reply = ['In relation to question 1, the council owns 9 sites.', '', 'With regard to Q3, rents brought in £18,200.', '', 'Regarding question 4, no.'].join('\n');
      const got = analyzeReply(reply, q).answers;
      assert.deepEqual(got.map((a) => [a.id, a.value, a.text]), [
        ['Q1', 9, 'the council owns 9 sites.'],
        ['Q3', 18200, 'rents brought in £18,200.'],
        ['Q4', 'No', 'no.'],
      ]);
    });

    it('does not take "in relation to the 2 sites" for a label', () => {
      assert.deepEqual(rows('In relation to the 2 sites we closed, see below.', q), []);
    });
  });

  describe('a title for the question\'s topic on the label\'s line', () => {
    it('takes the answer from the next line, and nothing from a title above a blank line', () => {
      const reply = ['Q1 – Allotment sites owned', 'Nine sites, all freehold.', '', 'Q2 – Plots let to residents', '', 'Q3 – Income from plot rents', '£18,200'].join('\n');
      const got = analyzeReply(reply, q).answers;
      assert.deepEqual(got.map((a) => [a.id, a.line, a.text]), [
        ['Q1', 2, 'Nine sites, all freehold.'],
        ['Q3', 7, '£18,200'],
      ]);
    });

    it('keeps an answer that opens with an answer word or carries a figure on the label\'s line', () => {
      const reply = ['**Q4** Yes – Plotline Online waiting list', 'Applicants are told their place.', '', 'Q1 – 9 sites', 'All freehold.'].join('\n');
      const got = analyzeReply(reply, q).answers;
      assert.deepEqual(got.map((a) => [a.id, a.line, a.value]), [
        ['Q1', 4, 9],
        ['Q4', 1, 'Yes'],
      ]);
    });
  });

  it('takes a title offering the choices ("In-house, trust or mix") for a title, and keeps a choice of its own beside a reference', () => {
    const reply = ['Q4. Yes.', '', 'Q5 – In-house, trust or mix', 'Same as above – a trust.'].join('\n');
    assert.deepEqual(rows(reply, q), [
      ['Q4', 'answered', 'Yes', 1],
      ['Q5', 'answered', 'Trust', 4],
    ]);
    // A reference alone still follows its target.
    const ref = analyzeReply('Q1. 9 sites\n\nQ2. As Q1.', q).answers.find((a) => a.id === 'Q2')!;
    assert.equal(ref.from, 'Q1');
  });

  describe('answers under topic headings, with no numbers at all', () => {
    const reply = [
      'Dear Mr Okafor,',
      '',
      'Our response is set out under headings that follow your questions.',
      '',
      'Allotment sites',
      'The council owns 11 sites.',
      '',
      'Plots let',
      '486 plots were let on that date.',
      '',
      'Rent income 2023/24',
      '£19,750',
      '',
      'Waiting list',
      'Yes, one list for the whole borough.',
      '',
      'Average wait',
      '18 months',
      '',
      'Yours sincerely,',
      '',
      'Rhona Blake',
      'Information Officer',
    ].join('\n');

    it('ties each heading to its question in order and reads the answer below it', () => {
      assert.deepEqual(rows(reply, q), [
        ['Q1', 'answered', 11, 6],
        ['Q2', 'answered', 486, 9],
        ['Q3', 'answered', 19750, 12],
        ['Q4', 'answered', 'Yes', 15],
        ['Q6', 'answered', 18, 18],
      ]);
    });

    it('offers what it found by headings with doubt, and says nothing of a letter with two short lines', () => {
      const answers = analyzeReply(reply, q).answers;
      assert.ok(answers.every((a) => a.confidence < 1));
      const letter = ['Dear Mr Okafor,', '', 'Allotment sites', 'We do not own any.', '', 'Yours sincerely,', '', 'Rhona Blake', 'Information Officer'].join('\n');
      assert.deepEqual(rows(letter, q), []);
    });

    it('is not used when the reply numbers its answers', () => {
      const numbered = reply.replace('Allotment sites\n', 'Q1. Allotment sites\n').replace('Plots let\n', 'Q2. Plots let\n');
      assert.deepEqual(rows(numbered, q).map((r) => r[0]), ['Q1', 'Q2']);
    });
  });

  it('spreads "unable to comply with your request" (a cost refusal) over every question', () => {
    const reply = [
      'Dear Ms Tull,',
      '',
      'I am sorry, but the council is unable to comply with your request. We estimate that the cost of complying would exceed the appropriate limit of £450, and section 12(1) of the Act therefore applies.',
      '',
      'Yours sincerely',
    ].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual([...new Set(got.map((a) => `${a.status} ${a.exemption}`))], ['refused s12']);
    assert.equal(got.length, q.questions.length);
  });

  it('spreads "is refusing it under section 12" (it: the request) over every question', () => {
    const reply = 'Dear Ms Tull,\n\nThe Council has considered your request and is refusing it under section 12(1) of the Act, because the cost of complying with it would exceed the appropriate limit.\n\nYours sincerely';
    assert.deepEqual([...new Set(analyzeReply(reply, q).answers.map((a) => `${a.status} ${a.exemption}`))], ['refused s12']);
  });

  it('takes the request\'s routing after a question on its line for the question, not the answer', () => {
    const reply = ['Question 4', 'Does the council keep a waiting list for plots? (if Yes answer Q6, if No answer Q5)', 'Answer: Yes'].join('\n');
    assert.deepEqual(rows(reply, q), [['Q4', 'answered', 'Yes', 3]]);
  });

  describe('lower-case either/or choices in a request', () => {
    it('makes "in-house, by a trust, or by a mix of the two" a choice in the request\'s words, and reads "Mixed" as its mix', () => {
      const q5 = q.byId.get('Q5')!;
      assert.equal(q5.type, 'choice');
      assert.deepEqual(q5.choices, ['In-house', 'Trust', 'Mix of the two']);
      assert.deepEqual(rows('Q5. A mixture of the two.', q), [['Q5', 'answered', 'Mix of the two', 1]]);
      assert.deepEqual(rows('Q5. Mixed.', q), [['Q5', 'answered', 'Mix of the two', 1]]);
    });

    it('leaves "to residents, either directly or through a contractor" and two options alone', () => {
      assert.equal(phraseChoices('Does the council provide the service to residents, either directly or through a contractor?'), null);
      assert.equal(phraseChoices('Is the service in-house or contracted out?'), null);
      assert.deepEqual(phraseChoices('Are plots let by the council, a trust, or a society?'), ['Council', 'Trust', 'Society']);
      assert.deepEqual(phraseChoices('Is enforcement carried out by council staff, by a contractor, or by a mixture of both?'), ['Council staff', 'Contractor', 'Mixture of both']);
    });
  });

  describe('a PDF table of two columns, the question wrapping on the left', () => {
    const reply = [
      '(1)     How many allotment sites does the        We do not keep one list. The',
      '        council own?                             parks team manages about 12',
      '                                                 sites.',
      '(2)(a)  How many plots were let to residents     486',
      '        on 1 April 2024?',
      '(4)     Does the council keep a waiting list     No',
      '        for plots?',
    ].join('\n');

    it('reads "(2)(a)" as the part of question 2 and an answer that wraps in its column, without the question\'s words', () => {
      const Q = questionnaireFromRequest('1. How many allotment sites does the council own?\n2. Plots\n(a) How many plots were let to residents on 1 April 2024?\n(b) How many were vacant?\n4. Does the council keep a waiting list for plots?').questionnaire;
      const got = analyzeReply(reply, Q).answers;
      assert.deepEqual(got.map((a) => [a.id, a.value, a.line]), [
        ['Q1', 12, 1],
        ['Q2a', 486, 4],
        ['Q4', 'No', 6],
      ]);
      assert.equal(got[0]!.text, 'We do not keep one list. The\nparks team manages about 12\nsites.');
    });
  });

  describe('one answer for several questions', () => {
    it('gives the answer below questions quoted one after another to those it names', () => {
      const reply = ['> Q1. How many allotment sites does the council own?', '> Q2. How many plots were let to residents on 1 April 2024?', '', 'We do not record this for either 1 or 2.', '', '> Q4. Does the council keep a waiting list for plots?', '', 'Yes.'].join('\n');
      assert.deepEqual(rows(reply, q), [
        ['Q1', 'not-held', null, 4],
        ['Q2', 'not-held', null, 4],
        ['Q4', 'answered', 'Yes', 8],
      ]);
      // Not named, not taken: the earlier quoted question stays without an answer.
      assert.deepEqual(rows(reply.replace('for either 1 or 2', 'for this question'), q).map((r) => r[0]), ['Q2', 'Q4']);
    });

    it('reads each question of "Questions 1 to 3:" in the clause that answers it', () => {
      const reply = 'Questions 1 to 3: The council owns 11 allotment sites. Of those plots, 486 were let to residents on that date, and rents brought in £19,750.';
      const got = analyzeReply(reply, q).answers;
      assert.deepEqual(got.map((a) => [a.id, a.value, a.text]), [
        ['Q1', 11, 'The council owns 11 allotment sites.'],
        ['Q2', 486, 'Of those plots, 486 were let to residents on that date'],
        ['Q3', 19750, 'rents brought in £19,750.'],
      ]);
    });

    it('reads "Questions 1 to 3 –" as a range, and a part not held beside the figure before it as partial', () => {
      const reply = 'Questions 1 to 3 – The council owns 11 sites and lets 486 plots to residents. Rents brought in £12,400; cash rents are not held as a single figure.';
      assert.deepEqual(rows(reply, q), [
        ['Q1', 'answered', 11, 1],
        ['Q2', 'answered', 486, 1],
        ['Q3', 'partial', 12400, 1],
      ]);
    });

    it('keeps a refusal for several questions whole', () => {
      const reply = 'Questions 1 and 3: This information is exempt under section 21. Site and rent figures are on our website: https://www.example.gov.uk/allotments';
      assert.deepEqual([...new Set(analyzeReply(reply, q).answers.map((a) => `${a.status} ${a.exemption} ${a.start}`))], ['signposted s21 19']);
    });
  });

  it('drops an "A7." answer lead, so its number is never the value', () => {
    const reply = ['Q1. How many allotment sites does the council own?', '', 'A1. Not recorded. The trust keeps the site list.', '', 'Q4. Does the council keep a waiting list for plots?', '', 'A4. Yes'].join('\n');
    assert.deepEqual(rows(reply, q), [
      ['Q1', 'not-held', null, 3],
      ['Q4', 'answered', 'Yes', 7],
    ]);
  });

  it('reads a year that names a publication under section 21 as a pointer, not as the figure', () => {
    const reply = "Q2. This is published in the council's Allotments Review 2023 (table 2) at https://www.example.gov.uk/review, so it is exempt under section 21.";
    assert.deepEqual(analyzeReply(reply, q).answers.map((a) => [a.id, a.status, a.exemption, a.value]), [['Q2', 'signposted', 's21', null]]);
    // A figure given beside the pointer is still the answer.
    assert.deepEqual(analyzeReply("Q2. 486 plots. More detail is in the council's Allotments Review 2023, exempt under section 21 as published.", q).answers.map((a) => a.value), [486]);
  });

  it('calls a figure for part with the rest "not separately costed" partial', () => {
    assert.deepEqual(rows('Q3. Rents by direct debit brought in £12,400. Cash rents are not separately costed.', q), [['Q3', 'partial', 12400, 1]]);
  });

  it('gives parts the clause of their number\'s paragraph that names them, and the number its own figure', () => {
    const P = questionnaireFromRequest('Q1. How many allotment sites does the council own?\nQ1a. How many of those sites have mains water?\nQ1b. How many of those sites have toilets?').questionnaire;
    const reply = 'Q1. We own 11 sites. We have never recorded water or toilets site by site, so we cannot answer 1(a) or 1(b) from the information we hold.';
    assert.deepEqual(rows(reply, P), [
      ['Q1', 'answered', 11, 1],
      ['Q1a', 'not-held', null, 1],
      ['Q1b', 'not-held', null, 1],
    ]);
  });

  it('reads a pipe table\'s answer cell, wrapped over rows, without the question\'s cell; an empty cell is no answer', () => {
    const reply = [
      '| No. | Question                                  | Response                         |',
      '| 1   | How many allotment sites does the council | We own 11 sites and lease        |',
      '|     | own?                                      | two more.                        |',
      '| 2   | How many plots were let to residents on 1 |                                  |',
      '|     | April 2024?                               |                                  |',
      '| 4   | Does the council keep a waiting list for  | Yes                              |',
      '|     | plots?                                    |                                  |',
    ].join('\n');
    assert.deepEqual(analyzeReply(reply, q).answers.map((a) => [a.id, a.value, a.line, a.text]), [
      ['Q1', 11, 2, 'We own 11 sites and lease\ntwo more.'],
      ['Q4', 'Yes', 6, 'Yes'],
    ]);
  });

  it('does not take "4,106." for the labels 4 and 106', () => {
    assert.deepEqual(rows('Q1. 11 sites\n\nQ2.\n\n4,106.\n\nQ3. £18,200', q).map((r) => [r[0], r[2]]), [
      ['Q1', 11],
      ['Q2', 4106],
      ['Q3', 18200],
    ]);
  });

  it('reads "Staffing (a) and (b)" as a heading naming its parts, covered by the pointer after it (no section 31 in "Food Law Enforcement")', () => {
    const P = questionnaireFromRequest('Q1. Staffing\n(a) How many FTE officers were employed in the food team?\n(b) How many FTE posts were vacant?').questionnaire;
    const reply = 'Q1. Staffing (a) and (b)   Please see the Food Law Enforcement Service Plan 2024/25, Appendix 2: https://www.example.gov.uk/food-plan';
    assert.deepEqual([...new Set(analyzeReply(reply, P).answers.map((a) => `${a.status} ${a.exemption ?? ''}`))], ['signposted ']);
    assert.deepEqual(analyzeReply('Q1. (a) 6 (b) 1', P).answers.filter((a) => a.id !== 'Q1').map((a) => [a.id, a.value]), [
      ['Q1a', 6],
      ['Q1b', 1],
    ]);
  });

  describe('figures in prose', () => {
    it('takes the figure of the clause that carries the question\'s words, never the base it counts out of', () => {
      assert.deepEqual(rows('Q2. Of the 540 plots, 486 were let to residents and 54 were vacant.', q), [['Q2', 'answered', 486, 1]]);
    });

    it('keeps the figure an answer opens with', () => {
      assert.deepEqual(rows('Q2. 486. This includes 30 plots let to residents of other boroughs.', q), [['Q2', 'answered', 486, 1]]);
    });

    it('keeps a range as written and never auto-codes it', () => {
      const got = analyzeReply('Q1. Between 3 and 5.\n\nQ6. 18 to 24 months\n\nQ3. 2023-24: £18,200', q).answers;
      assert.deepEqual(got.map((a) => [a.id, a.value]), [
        ['Q1', 'Between 3 and 5'],
        ['Q3', 18200],
        ['Q6', '18 to 24 months'],
      ]);
      assert.ok(got.filter((a) => a.id !== 'Q3').every((a) => a.confidence < DEFAULT_MIN_CONFIDENCE));
    });
  });
});
