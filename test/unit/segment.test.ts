import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanMarkersWith } from '../../src/core/markers';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { chooseAnswers, parseDate, questionWords, segmentContext } from '../../src/core/segment';

const Q = parseQuestionnaire(readFileSync(join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;

/** The answer text chosen for each id. */
function answers(text: string): Record<string, string> {
  const words = questionWords(Q);
  const markers = scanMarkersWith(text, { knownIds: Q.questions.map((q) => q.id), questionTokens: new Map([...words].map(([k, v]) => [k, v.bag])) });
  const ctx = segmentContext(text, markers, Q);
  const out: Record<string, string> = {};
  for (const [id, seg] of chooseAnswers(ctx)) out[id] = text.slice(seg.start, seg.end);
  return out;
}

const REQUEST = [
  'Q1. What is the full official name of the Authority?',
  'Q2. How large is the Authority in terms of population?',
  'Q3. How large is the Authority in terms of geographical boundaries?',
  'Q4a. How many of those are stand-alone (i.e. do not interact with any other',
  'information system)?',
  'Q14. Are the IT systems centred primarily around Residents or Properties?',
  'CRM Challenges',
  'Integration of different data sources into a single system',
  'Funding',
  '',
  'Yours faithfully,',
  'A. Researcher',
].join('\n');

describe('segmentation: which text answers which question', () => {
  it('gives no answer to a request that is only quoted', () => {
    assert.deepEqual(answers(`Dear Fernhill District Council,\n\n${REQUEST}`), {});
    assert.deepEqual(answers(REQUEST.split('\n').map((l) => `> ${l}`).join('\n')), {});
  });

  it('strips a question wrapped across lines and takes the answer below it', () => {
    const text = `Q4a. How many of those are stand-alone (i.e. do not interact with any\nother information system)?\n\nWe do not hold this.\n\nQ14. Are the IT systems centred primarily around Residents or\nProperties?\nProperties`;
    assert.deepEqual(answers(text), { Q4a: 'We do not hold this.', Q14: 'Properties' });
  });

  it('takes answers on the marker line after a separator or a Response:/A: prefix', () => {
    const text = ['Q1 – Fernhill District Council', 'Q2: 96,214', 'Q3 | 352 km²', 'Q4 - Response: about 150', 'Q4a', 'A: 20'].join('\n');
    assert.deepEqual(answers(text), { Q1: 'Fernhill District Council', Q2: '96,214', Q3: '352 km²', Q4: 'about 150', Q4a: '20' });
  });

  it('takes the answer after the question on the same line', () => {
    assert.deepEqual(answers('Q2. How large is the Authority in terms of population? 96,214 (2017)'), { Q2: '96,214 (2017)' });
  });

  it('takes the answer cell of a tab-separated table that repeats the question', () => {
    const text = 'Ref\tQuestion\tResponse\nQ1\tWhat is the full official name of the Authority?\tFernhill District Council\nQ12\tIf the Authority has a CRM system:\t\nQ12a\tWhen did the CRM system go Live?\t2009';
    assert.deepEqual(answers(text), { Q1: 'Fernhill District Council', Q12a: '2009' });
  });

  it('keeps a restated question that runs into the answer ("1. The full official name … is …")', () => {
    const text = 'Dear Mr Osei,\n\n1. The full official name of the Authority is Fernhill District Council.\n2. 96,214\n3. 352 km2\n4. 150\n5. Waste';
    assert.equal(answers(text).Q1, 'The full official name of the Authority is Fernhill District Council.');
  });

  it('ends answers at sign-offs, links lists, the code list and the quoted request', () => {
    const text = [
      'Q13d. If Yes to Q13c., what were the reasons for the failure of the project?',
      'Funding',
      '',
      'Kind regards',
      'Fernhill District Council',
      '',
      'Q14. Are the IT systems centred primarily around Residents or Properties?',
      'Residents',
      '',
      'References',
      '1. https://example.org',
    ].join('\n');
    assert.deepEqual(answers(text), { Q13d: 'Funding', Q14: 'Residents' });
  });

  it('joins a multi-paragraph answer but stops at boilerplate', () => {
    const text = [
      'Q10. What was the annual spend for payroll?',
      '',
      'Employees £64.2m',
      '',
      'Agency £1.5m',
      '',
      'If you are unhappy with this response you may ask for an internal review.',
    ].join('\n');
    assert.deepEqual(answers(text), { Q10: 'Employees £64.2m\n\nAgency £1.5m' });
  });

  it('stops a terse inline answer at the blank line before the closing text', () => {
    assert.deepEqual(answers('Q14 – Properties\n\nWhere information has been withheld the public interest test was applied.'), { Q14: 'Properties' });
  });

  it('handles answers typed under questions quoted with > > in a forwarded chain', () => {
    const text = [
      '> > Q1. What is the full official name of the Authority?',
      '>',
      '> Fernhill District Council',
      '>',
      '> > Q2. How large is the Authority in terms of',
      '> > population?',
      '>',
      '> 96,214',
      '>',
      '> > Q3. How large is the Authority in terms of geographical boundaries?',
      '> > Q4. How many information systems / databases does the Authority use?',
      '>',
      '> About 150',
    ].join('\n');
    assert.deepEqual(answers(text), { Q1: 'Fernhill District Council', Q2: '96,214', Q4: 'About 150' });
  });

  it('lets the newer message win in a top-posted chain (dates, then quote depth)', () => {
    const text = [
      'From: FOI <foi@fernhill.example>',
      'Sent: 20 August 2018 15:40',
      '',
      'Q8. £97,418,000',
      '',
      '> From: FOI <foi@fernhill.example>',
      '> Sent: 06 August 2018 12:10',
      '>',
      '> Q1: Fernhill District Council',
      '> Q8-Q10: Finance are still collating these figures.',
    ].join('\n');
    const a = answers(text);
    assert.equal(a.Q8, '£97,418,000');
    assert.equal(a.Q9, 'Finance are still collating these figures.');
    assert.equal(a.Q1, 'Fernhill District Council');
  });

  it('lets an internal review appended later in the file supersede the first answer', () => {
    const text = [
      'Dear Mr Osei,',
      '',
      '4) We do not hold a list of systems.',
      '9) Withheld under section 43(2).',
      '14) Residents',
      '',
      'Yours sincerely',
      '',
      'Dear Mr Osei,',
      '',
      'Internal review. We have reconsidered the two points you raised.',
      '',
      '4. The register lists c.180 applications.',
      '',
      '9. The total spend was £2,206,118.',
    ].join('\n');
    const a = answers(text);
    assert.equal(a.Q4, 'The register lists c.180 applications.');
    assert.equal(a.Q9, 'The total spend was £2,206,118.');
    assert.equal(a.Q14, 'Residents');
  });

  it('treats NBSP-only lines as blank and keeps CRLF out of the answer', () => {
    const text = 'Q1. What is the full official name of the Authority?\r\n\u00a0\r\nFernhill District Council\r\n\u00a0\r\nQ2. How large is the Authority in terms of population?\r\n\r\n96,214\r\n';
    assert.deepEqual(answers(text), { Q1: 'Fernhill District Council', Q2: '96,214' });
  });

  it('does not run an answer into a PDF page footer', () => {
    const text = [
      'Question 4b: How many of those interact with at least one other system (e.g. using API',
      'calls)?',
      '148',
      '',
      'Fernhill District Council, Riverside House, Mill Lane, Fernhill FH4 9LP',
      'Page 1 of 3',
      '',
      'Question 4c: Are the systems mainly centered around Residents or Properties?',
      'Properties.',
    ].join('\n');
    assert.deepEqual(answers(text), { Q4b: '148', Q4c: 'Properties.' });
  });

  it('skips the routing line of the request before the answer', () => {
    const text = 'Q11. Does the Authority use a Customer Relationship Management (CRM) System?\n\n(if Yes answer Q12, if No answer Q13)\n\nAnswer: Yes';
    assert.deepEqual(answers(text), { Q11: 'Yes' });
  });

  it('gives a heading question an answer only when the council wrote one', () => {
    const text = 'Q12. If the Authority has a CRM system:\nQ12a. When did the CRM system go Live?\n2001\n\nQ13. If the Authority does not have a CRM system:\n\nN/A\n';
    assert.deepEqual(answers(text), { Q12a: '2001', Q13: 'N/A' });
  });

  it('reads the dates of message headers', () => {
    assert.ok(parseDate('Sent: 06 August 2018 12:10')! < parseDate('Date: Wed, 5 Sep 2018 11:26:03 +0100')!);
    assert.ok(parseDate('On 10 Aug 2018, A wrote:')! > parseDate('15/07/2018 09:41')!);
    assert.equal(parseDate('no date here'), null);
  });
});
