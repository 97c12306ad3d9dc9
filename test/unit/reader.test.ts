import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectCouncil } from '../../src/core/council';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { analyzeReply } from '../../src/core/suggest';
import type { Questionnaire, Suggestion } from '../../src/core/types';

const CRM = parseQuestionnaire(readFileSync(join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;
// Built when a test asks (not when the file loads), so that a mutation run sees which test reaches which code.
const libs = () =>
  questionnaireFromRequest(
    [
      'Dear Council,',
      '',
      '1. How many static libraries does the council run?',
      '2. How many mobile libraries does the council run?',
      '3. How many libraries have closed since 1 April 2016?',
      "4. What was the library service's total budget for 2022/23?",
      '5. Which library management system does the council use?',
      '',
      'Yours faithfully,',
      'Ines',
    ].join('\n'),
  ).questionnaire;

function read(text: string, q: Questionnaire = libs()): Map<string, Suggestion> {
  return new Map(analyzeReply(text, q).answers.map((a) => [a.id, a]));
}

describe('reading a reply as a whole', () => {
  it('takes the answers from the second list when the request is quoted as a numbered list first', () => {
    const text = [
      'Request:',
      '',
      '1. How many static libraries does the council run?',
      '2. How many mobile libraries does the council run?',
      '3. How many libraries have closed since 1 April 2016?',
      "4. What was the library service's total budget for 2022/23?",
      '5. Which library management system does the council use?',
      '',
      'Response:',
      '',
      '1. 12',
      '2. None',
      '3. 2',
      '4. £4,310,000',
      '5. Spydus',
    ].join('\n');
    const a = read(text);
    assert.deepEqual([...a.keys()], ['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);
    assert.deepEqual([a.get('Q1')!.line, a.get('Q1')!.value], [11, 12]);
    assert.equal(a.get('Q4')!.value, 4310000);
    assert.equal(a.get('Q5')!.value, 'Spydus');
  });

  it('spreads a whole-request refusal, and never reads the figures of its reasoning as answers', () => {
    const text = [
      '1. How many static libraries does the council run?',
      "4. What was the library service's total budget for 2022/23?",
      '',
      'Dear Dr Halloran-Pike,',
      '',
      'The Council is refusing your request under section 12(1) of the Act, because the cost of',
      'complying would exceed the appropriate limit of £450 (18 hours of officer time).',
      '',
      'Question 4 alone would involve reviewing some 1,800 invoices.',
    ].join('\n');
    const a = read(text);
    assert.equal(a.size, 5);
    for (const s of a.values()) {
      assert.deepEqual([s.status, s.exemption, s.value, s.line], ['refused', 's12', null, 6], s.id);
      assert.equal(s.why, 'whole-request refusal, s12, line 6');
    }
  });

  it('codes every question not held when the council holds none of the information', () => {
    const a = read('Dear Requester\n\nThe Council does not hold any of the information you have requested. Libraries were transferred to the town council in 2014.\n');
    assert.equal(a.size, 5);
    assert.ok([...a.values()].every((s) => s.status === 'not-held' && s.line === 3));
  });

  it('refuses only the questions a partial-request statement names; the others keep their answers', () => {
    const text = 'We have answered questions 1 to 3 below. Questions 4 and 5 are refused under section 43(2) of the Act.\n\n1) 12\n2) 1\n3) None have closed.\n';
    const a = read(text);
    assert.deepEqual([a.get('Q1')!.status, a.get('Q1')!.value], ['answered', 12]);
    assert.deepEqual([a.get('Q4')!.status, a.get('Q4')!.exemption, a.get('Q5')!.exemption], ['refused', 's43', 's43']);
    assert.match(a.get('Q4')!.why!, /^partial-request refusal, s43, line 1$/);
  });

  it('treats attachment separators and page furniture as layout, and carries a sentence across a page break', () => {
    const text = [
      '=== FOI 1234 Response.pdf · page 1 ===',
      '1) How many static libraries does the council run?',
      'Response: 9',
      '',
      "4) What was the library service's total budget for 2022/23?",
      'Response: The net budget for 2022/23 was',
      '',
      'Page 1 of 2',
      '=== FOI 1234 Response.pdf · page 2 ===',
      '',
      '£1,250,000 including staff costs.',
    ].join('\n');
    const a = read(text);
    assert.equal(a.get('Q1')!.value, 9);
    assert.equal(a.get('Q4')!.value, 1250000);
    assert.ok(!a.get('Q4')!.text.includes('Response.pdf') || a.get('Q4')!.text.includes('£1,250,000'));
    for (const s of a.values()) assert.ok(!/^===/.test(s.text) && !/^Page \d/.test(s.text), `${s.id}: ${s.text}`);
  });

  it('reads a council that numbered the questions 1 to N by position, and follows its cross-references', () => {
    const lines = ['For ease of reference we have numbered your questions 1 to 26.', ''];
    CRM.questions.forEach((q, i) => lines.push(`${i + 1}.  ${q.text ?? ''}`, `    ${i === 10 ? 'See answer to question 10.' : i === 9 ? '44%' : 'N/A'}`, ''));
    const a = read(lines.join('\n'), CRM);
    // Position 10 is Q6b, position 11 is Q6c.
    assert.deepEqual([a.get('Q6b')!.status, a.get('Q6b')!.value], ['answered', 44]);
    assert.deepEqual([a.get('Q6c')!.status, a.get('Q6c')!.value, a.get('Q6c')!.from], ['answered', 44, 'Q6b']);
    assert.equal(a.get('Q4a')!.status, 'not-applicable');
  });

  it("reports the council's variant: a relabelled question and a question it was not asked", () => {
    const request = CRM.questions.filter((q) => q.id !== 'Q4c' && q.id !== 'Q6b');
    const label = (id: string): string => (id === 'Q6c' ? 'Q7b' : id);
    const text = [
      ...request.map((q) => `${label(q.id)}. ${q.text ?? ''}`),
      '',
      'Dear Requester,',
      '',
      ...request.map((q) => `${label(q.id)}. ${q.text ?? ''}\nResponse: ${q.type === 'percent' ? '23%' : 'N/A'}\n`),
    ].join('\n');
    const r = analyzeReply(text, CRM);
    assert.deepEqual(r.variant, { notAsked: ['Q4c', 'Q6b'], relabelled: { Q7b: 'Q6c' } });
    const q6c = r.answers.find((s) => s.id === 'Q6c')!;
    assert.equal(q6c.value, 23);
    assert.ok(!r.answers.some((s) => s.id === 'Q4c' || s.id === 'Q6b'));
  });

  it('gives a heading’s parts the heading’s answer, and a part’s own answer wins', () => {
    const a = read('Q11. No\n\nQ12 (all parts): Not applicable\n\nQ12b. 6 months\n', CRM);
    assert.deepEqual(['Q12a', 'Q12c'].map((id) => [a.get(id)!.status, a.get(id)!.from]), [
      ['not-applicable', 'Q12'],
      ['not-applicable', 'Q12'],
    ]);
    assert.equal(a.get('Q12b')!.status, 'answered');
    assert.equal(a.get('Q12b')!.from, undefined);
  });

  it('judges by the question’s type: no value of that type is unclear, not held or signposted', () => {
    const a = read('Q4. Numerous.\nQ4a. We don’t currently report on this.\nQ8. https://www.example.gov.uk/accounts\nQ10. £12.9m (employees only – agency spend is not held)\nQ1. Fernhill District Council\n', CRM);
    assert.equal(a.get('Q4')!.status, 'unclear');
    assert.equal(a.get('Q4a')!.status, 'not-held');
    assert.equal(a.get('Q8')!.status, 'signposted');
    assert.deepEqual([a.get('Q10')!.status, a.get('Q10')!.value], ['partial', 12900000]);
    assert.equal(a.get('Q1')!.status, 'answered');
  });

  it('a cross-reference to an answer of another type is unclear, never a digit of the reference', () => {
    const a = read('Q4. 95\nQ7. See answer to Q4.\nQ6b. 31%\nQ6c. As 6b.\n', CRM);
    assert.deepEqual([a.get('Q7')!.status, a.get('Q7')!.value, a.get('Q7')!.from], ['unclear', null, 'Q4']);
    assert.deepEqual([a.get('Q6c')!.status, a.get('Q6c')!.value], ['answered', 31]);
  });
});

describe('init --from-request: questions as people write them', () => {
  it('reads "1) … 4)" inside one paragraph', () => {
    const r = questionnaireFromRequest('Dear Council,\n\nPlease tell me: 1) how many toilets you run; 2) how many closed since 2015; 3) the cleaning budget for 2022/23; and 4) whether any are run by a contractor.\n\nThanks');
    assert.deepEqual(r.questionnaire.questions.map((q) => [q.id, q.type]), [
      ['Q1', 'number'],
      ['Q2', 'number'],
      ['Q3', 'money'],
      ['Q4', 'yes-no'],
    ]);
  });

  it('keeps "3.Please" and "4.How" questions, and "1. a)" parts', () => {
    const r = questionnaireFromRequest('1. How many parks?\n2. What was the parks budget?\n3.Please give the number of rangers.\n4.How many playgrounds?\n5. a) How many trees?\n   b) Which contractor plants them?\n');
    assert.deepEqual(r.questionnaire.questions.map((q) => q.id), ['Q1', 'Q2', 'Q3', 'Q4', 'Q5a', 'Q5b']);
    assert.equal(r.questionnaire.byId.get('Q5b')!.type, 'text', '"Which contractor …" asks for a name');
  });

  it('types headings, durations, "how much" money and options listed after a colon', () => {
    const r = questionnaireFromRequest(
      [
        '1. Grounds maintenance',
        '   a) How much was recovered from sports clubs in fees?',
        '   b) How much was recovered through grants?',
        "2.Please provide the council's target time, in working days, for cutting an overgrown verge.",
        '3. What was the average length of a grass-cutting contract, in months?',
        '4.Please provide the total amount paid out on verge damage claims.',
        '5. Which of the following best describes the mowing regime: fortnightly; monthly; seasonal only?',
        '6. How much green waste, in tonnes, was composted?',
      ].join('\n'),
    );
    const q = r.questionnaire;
    assert.equal(q.byId.get('Q1')!.heading, true);
    assert.deepEqual(['Q1a', 'Q1b', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6'].map((id) => q.byId.get(id)!.type), ['money', 'money', 'duration', 'duration', 'money', 'choice', 'number']);
    assert.deepEqual([q.byId.get('Q2')!.unit, q.byId.get('Q3')!.unit], ['days', 'months']);
    assert.deepEqual(q.byId.get('Q5')!.choices, ['Fortnightly', 'Monthly', 'Seasonal only']);
  });

  it('says which question-like lines it did not take', () => {
    const r = questionnaireFromRequest('1. How many parks?\n2. How many rangers?\n\nSome other paragraph.\n\nAlso, what is the tree budget?\n');
    assert.deepEqual(r.notTaken.map((n) => n.line), [6]);
    assert.ok(r.assumptions.some((s) => s.startsWith('Line 6 looks like a question but was not taken')));
  });
});

describe('reading other layouts (numbers alone, parts after "Response:" lines, cost figures)', () => {
  it('reads an answer list whose numbers stand alone on their lines, and never takes an answer "9" for a label', () => {
    const text = [
      'Dear Ms Quill,',
      '',
      'Our answers follow.',
      '',
      '1',
      '14',
      '',
      '2',
      '3',
      '',
      '3',
      'None. One branch moved to a community trust (see 4) but none has shut.',
      '',
      '4',
      '£2,145,000',
      '',
      '5',
      'Koha',
      '',
      'Regards',
    ].join('\n');
    const a = read(text);
    assert.deepEqual([...a.keys()], ['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);
    assert.deepEqual([a.get('Q1')!.line, a.get('Q1')!.value], [6, 14]);
    assert.deepEqual([a.get('Q2')!.line, a.get('Q2')!.value], [9, 3], 'the figure "3" under "2" is an answer, not the label of question 3');
    assert.deepEqual([a.get('Q3')!.status, a.get('Q3')!.value], ['answered', 0], '"None." is 0, whatever the explanation mentions');
    assert.equal(a.get('Q4')!.value, 2145000);
  });

  it('reads lettered parts re-quoted under their number, each followed by a "Response:" line', () => {
    const q = questionnaireFromRequest(
      '1. How many allotment plots does the council let?\n   a) How many are vacant?\n   b) How many people are on the waiting list?\n2. Water and fencing\n   a) What did the council spend on water supply in 2023/24?\n   b) What did the council spend on fencing in 2023/24?\n',
    ).questionnaire;
    assert.equal(q.byId.get('Q2')!.heading, true, 'a title over a) b) parts is a heading');
    const text = [
      'Dear Mr Aske,',
      '',
      '1. How many allotment plots does the council let?',
      'Response: 640 plots.',
      '',
      '   a) How many are vacant?',
      'Response: 31.',
      '',
      '   b) How many people are on the waiting list?',
      'Response: 212.',
      '',
      '2. Water and fencing',
      '   a) What did the council spend on water supply in 2023/24?',
      'Response: £18,300.',
      '',
      '   b) What did the council spend on fencing in 2023/24?',
      'Response: Fencing is bought through a corporate framework with other works. Finding these orders would mean we would need to examine about 1,600 invoices, some 80 hours of work, so this part is refused under section 12.',
    ].join('\n');
    const a = new Map(analyzeReply(text, q).answers.map((x) => [x.id, x]));
    assert.deepEqual(['Q1', 'Q1a', 'Q1b', 'Q2a'].map((id) => a.get(id)?.value), [640, 31, 212, 18300]);
    assert.deepEqual([a.get('Q2b')!.status, a.get('Q2b')!.exemption, a.get('Q2b')!.value], ['refused', 's12', null], 'cost-estimate figures are no value');
  });

  it('follows a council copy that leaves a question out and numbers the rest up, by their words', () => {
    const q = questionnaireFromRequest(
      [
        'Q1: How many bowling greens does the council maintain in its parks?',
        'Q2: How many tennis courts does the council maintain in its parks?',
        'Q3: What is the hourly charge for booking a tennis court?',
        'Q4: How many bowling greens have been closed or leased to clubs since 2018?',
        'Q5: What was the total grounds maintenance spend on sports facilities in 2023/24?',
      ].join('\n'),
    ).questionnaire;
    const text = [
      'Dear Mr Penrose,',
      '',
      'Q1: How many bowling greens does the council maintain in its parks?',
      'Answer: 9',
      '',
      'Q2: How many tennis courts does the council maintain in its parks?',
      'Answer: 24',
      '',
      'Q3: How many bowling greens have been closed or leased to clubs since 2018?',
      'Answer: 3 – all leased to the clubs that play on them.',
      '',
      'Q4: What was the total grounds maintenance spend on sports facilities in 2023/24?',
      'Answer: £412,600, which includes the greens counted at Q3.',
    ].join('\n');
    const r = analyzeReply(text, q);
    const a = new Map(r.answers.map((x) => [x.id, x]));
    assert.deepEqual([...a.keys()], ['Q1', 'Q2', 'Q4', 'Q5'], 'nothing is read for the question the council was not asked');
    assert.deepEqual([a.get('Q4')!.value, a.get('Q5')!.value], [3, 412600]);
    assert.deepEqual(r.variant, { notAsked: ['Q3'], relabelled: { Q3: 'Q4', Q4: 'Q5' } });
  });

  it('under a label alone on its line, a sentence that restates the question with a new figure is the answer', () => {
    const text = [
      'Question 1',
      'At the end of March the council ran 17 static libraries across the county.',
      '',
      'Question 2',
      'How many mobile libraries does the council run?',
      '3 mobile libraries.',
      '',
      'Question 3',
      '2 libraries have closed since 1 April 2016, both in market towns.',
    ].join('\n');
    const a = read(text);
    assert.deepEqual([a.get('Q1')!.line, a.get('Q1')!.value], [2, 17]);
    assert.deepEqual([a.get('Q2')!.line, a.get('Q2')!.value], [6, 3], 'a quoted question that asks ("?") is still skipped');
    assert.deepEqual([a.get('Q3')!.line, a.get('Q3')!.value], [9, 2]);
  });

  it('"2. and 3." answers both questions, each with the figure of its own sentence', () => {
    const text = ['1. 12', '', '2. and 3. We run 4 mobile libraries. 2 libraries have closed since April 2016.', '', '4. £4,310,000'].join('\n');
    const a = read(text);
    assert.deepEqual(['Q1', 'Q2', 'Q3', 'Q4'].map((id) => [a.get(id)?.line, a.get(id)?.value]), [
      [1, 12],
      [3, 4],
      [3, 2],
      [5, 4310000],
    ]);
  });

  it('a vague "Various – …" answer to a typed question is unclear, even when a choice word follows', () => {
    const q = questionnaireFromRequest('1. Which of the following describes the plans for the service: closures planned; reduced hours planned; no change planned?\n2. How many staff work in the service?\n').questionnaire;
    const a = new Map(analyzeReply('1. Various – each site is reviewed on its own and reduced hours are one option among several.\n2. 41', q).answers.map((x) => [x.id, x]));
    assert.deepEqual([a.get('Q1')!.status, a.get('Q1')!.value], ['unclear', null]);
    assert.equal(a.get('Q2')!.value, 41);
  });
});

describe('council names', () => {
  it('reads letterheads in capitals, "Borough of X" forms and ignores table headings', () => {
    assert.equal(detectCouncil('BOROUGH OF LANTHORN\nCorporate Information Unit\n\nDear Dr Pike,\n'), 'Borough of Lanthorn');
    assert.equal(detectCouncil('Yours sincerely\n\nFreedom of Information Officer\nRoyal Borough of Saltby\n'), 'Royal Borough of Saltby');
    assert.equal(detectCouncil('London Borough of Lowerby\nInformation Governance\n\nLondon Borough of Lowerby\n'), 'London Borough of Lowerby');
    assert.equal(detectCouncil('QUESTION          COUNCIL RESPONSE\nThistleby Borough Council\nThistleby Borough Council | Market Hall\n'), 'Thistleby Borough Council');
    assert.equal(detectCouncil('COTTERSTOCK BOROUGH COUNCIL\nTown Hall\n'), 'Cotterstock Borough Council');
    // A letterhead in capitals over two lines (PDF extraction), and never the type alone.
    assert.equal(detectCouncil('                    WILLOWMERE\n                    DISTRICT COUNCIL\n                    Civic Offices\n'), 'Willowmere District Council');
    assert.equal(detectCouncil('District Council\nOffices\n'), null);
  });
});

describe('reading labels, references and signposts in the CRM survey codebook', () => {
  it('reads "Answer 4a:" labels and resolves "See answer 4a." to its target, never to the digit', () => {
    const text = [
      'Dear Ms Okonjo,',
      '',
      'Answer 1: Tarnwick Borough Council',
      'Answer 4: 88',
      'Answer 4a: We do not keep a breakdown of linked and unlinked systems.',
      'Answer 4b: See answer 4a.',
      'Answer 4c: Properties',
      'Answer 14: As per 4c.',
    ].join('\n');
    const a = read(text, CRM);
    assert.equal(a.get('Q1')!.value, 'Tarnwick Borough Council');
    assert.equal(a.get('Q4')!.value, 88);
    assert.equal(a.get('Q4a')!.status, 'not-held');
    assert.deepEqual([a.get('Q4b')!.status, a.get('Q4b')!.value, a.get('Q4b')!.from], ['not-held', null, 'Q4a']);
    assert.deepEqual([a.get('Q14')!.value, a.get('Q14')!.from], ['Properties', 'Q4c']);
  });

  it('reads "6b. and 7." and "Questions 9 and 10 –" as labels of two questions', () => {
    const text = [
      'Our answers:',
      '',
      '6a. No, there is no portal.',
      '6b. and 7. Not applicable, see 6a.',
      '8. £51,200,000',
      '',
      'Questions 9 and 10 – these two parts are refused under section 12 of the Act, as',
      'locating the figures would take well over 18 hours.',
    ].join('\n');
    const a = read(text, CRM);
    assert.deepEqual([a.get('Q6b')!.status, a.get('Q6b')!.value], ['not-applicable', null]);
    assert.equal(a.get('Q7')!.status, 'not-applicable');
    for (const id of ['Q9', 'Q10']) assert.deepEqual([a.get(id)!.status, a.get(id)!.exemption], ['refused', 's12'], id);
  });

  it('signposts section 21 with a link (keeping s21), refuses section 21 without one, and signposts "see attached"', () => {
    const text = [
      'Q2: Our population figures are reasonably accessible to you, so section 21 applies. They are',
      'at https://www.tarnwick.example.gov.uk/census',
      'Q3: This is reasonably accessible to you by other means and is exempt under section 21.',
      'Q5: Please see the attached list (Schedule 2 of 2018).',
    ].join('\n');
    const a = read(text, CRM);
    assert.deepEqual([a.get('Q2')!.status, a.get('Q2')!.exemption], ['signposted', 's21']);
    assert.deepEqual([a.get('Q3')!.status, a.get('Q3')!.exemption], ['refused', 's21']);
    assert.equal(a.get('Q5')!.status, 'signposted');
  });

  it('spreads a section 21 applied "to your request as a whole" with one link as signposted s21', () => {
    const text = [
      'You asked:',
      '',
      '  Q1. What is the full official name of the Authority?',
      '  Q2. How large is the Authority in terms of population?',
      '  Q4. How many information systems / databases does the Authority use?',
      '  Q11. Does the Authority use a Customer Relationship Management (CRM) System?',
      '',
      'Everything you ask for is reasonably accessible to you already, so we apply section 21 to',
      'your request as a whole. Our open data page https://www.tarnwick.example.gov.uk/ict lists',
      'our 212 systems (Q4) and our population of 91,000 (Q2).',
    ].join('\n');
    const a = read(text, CRM);
    for (const id of ['Q1', 'Q2', 'Q4', 'Q11']) {
      assert.deepEqual([a.get(id)?.status, a.get(id)?.exemption, a.get(id)?.value], ['signposted', 's21', null], id);
    }
  });

  it('codes "Both" for an either/or question whose questionnaire offers it, and a reference to it', () => {
    const text = ['Q4c: Both – land charges and planning follow the property, benefits the person.', 'Q14: See our answer to question 4c.'].join('\n');
    const a = read(text, CRM);
    assert.deepEqual([a.get('Q4c')!.status, a.get('Q4c')!.value], ['answered', 'Both']);
    assert.deepEqual([a.get('Q14')!.status, a.get('Q14')!.value], ['answered', 'Both']);
  });
});

describe('parts answered inside a numbered paragraph', () => {
  it('gives each unlabelled part the clause that carries its words and a value of its type, offered not auto-coded', () => {
    const text = [
      'I set out the answers below in paragraphs numbered as your questions.',
      '',
      '4.  Our asset list records 96 systems. Of these, 23 operate on a stand-alone',
      '    basis and the remaining 73 exchange data with at least one other system',
      '    through nightly file transfers.',
      '',
      '11. Yes, since 2016.',
      '',
      '12. The CRM went live in March 2016, following an implementation that took',
      '    roughly 9 months.',
      '',
      '14. The Council’s systems are centred primarily around residents.',
    ].join('\n');
    const a = read(text, CRM);
    assert.deepEqual([a.get('Q4')!.value, a.get('Q4a')!.value, a.get('Q4b')!.value], [96, 23, 73]);
    assert.deepEqual([a.get('Q4a')!.line, a.get('Q4b')!.line, a.get('Q4a')!.from], [3, 4, 'Q4']);
    assert.equal(a.get('Q12a')!.value, 2016);
    assert.deepEqual([a.get('Q12b')!.value, a.get('Q12b')!.unit], [9, 'months']);
    // The heading's own paragraph is its parts' answer.
    assert.equal(a.get('Q12')!.status, 'not-applicable');
    assert.ok(a.get('Q4a')!.confidence < 0.95, 'a part read out of prose is offered, not auto-coded');
    // A statement in the council's voice that restates the question is the answer.
    assert.deepEqual([a.get('Q14')!.status, a.get('Q14')!.value], ['answered', 'Residents']);
  });

  it('leaves the parts alone when the council labels any of them', () => {
    const text = ['4.  Our asset list records 96 systems. Of these, 23 operate on a stand-alone basis.', '4b. 73', ''].join('\n');
    const a = read(text, CRM);
    assert.equal(a.get('Q4a'), undefined);
    assert.equal(a.get('Q4b')!.value, 73);
  });
});
