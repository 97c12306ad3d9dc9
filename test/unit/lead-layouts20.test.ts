// Layouts found by scoring the engine on replies it had never seen (session 20), each fixed with a
// general rule. The letters here are written for fictional councils; no real text is copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyAnswer } from '../../src/core/classify';
import { proseReferenceMarkers } from '../../src/core/proseRefs';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { replyLines } from '../../src/core/segment';
import { analyzeReply } from '../../src/core/suggest';
import type { Question, Suggestion } from '../../src/core/types';
import { question } from './readReply';

const CRM = parseQuestionnaire(readFileSync(join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;

const LETTER = [
  'Harrowdene District Council',
  'Information Governance',
  '',
  'Dear Mr Pellow',
  '',
  'Thank you for your request about information systems. I have answered in the paragraphs below.',
  '',
  "The Council's full official name is Harrowdene District Council. The district",
  'had an estimated population of 58,400 in 2017.',
  '',
  'Our ICT team looks after about 95 systems. We keep no list of which of them',
  'share data with others, so we cannot answer questions 4a and 4b. As to',
  'question 4c, most of our systems are organised around the property.',
  '',
  'In reply to question 5, we provide the usual district services, including',
  'waste collection, planning and licensing.',
  '',
  'We do run an online portal for residents (question 6a), which opened in 2017.',
  '',
  'We have looked at questions 9 and 10 together. Neither figure is held as a',
  'single total, and putting one together would mean going through invoices for',
  'every service, which would take far longer than 18 hours. Section 12 of the',
  'Act therefore applies to both questions.',
  '',
  'In reply to question 11, the Council does not use a CRM system, so questions 12a to 12c do not apply.',
  'A CRM was looked at in 2016 (question 13a), but we chose not to go ahead because of cost (13b).',
  'No CRM project was begun and then dropped (13c), so question 13d does not arise.',
  '',
  'Finally, on question 14, our systems are centred on properties rather than residents.',
  '',
  'Yours sincerely',
].join('\n');

const markersOf = (text: string): Map<string, number> => {
  const out = new Map<string, number>();
  for (const m of proseReferenceMarkers(text, replyLines(text), [], CRM)) for (const id of m.ids) out.set(id, m.line + 1);
  return out;
};
const answers = (text: string): Map<string, Suggestion> =>
  new Map(analyzeReply(text, CRM).answers.map((a) => [a.id, a] as const));

describe('replies read by the engine (session 20 layouts)', () => {
  describe('a letter that names several questions at once in its prose', () => {
    it('reads "so we cannot answer questions 4a and 4b." closing a sentence as a reference to both, from that sentence', () => {
      const m = markersOf(LETTER);
      assert.equal(m.get('Q4a'), 11);
      assert.equal(m.get('Q4b'), 11);
      const a = answers(LETTER);
      assert.deepEqual([a.get('Q4a')?.status, a.get('Q4b')?.status], ['not-held', 'not-held']);
    });

    it('reads "We have looked at questions 9 and 10 together." as opening the answer to both, and the refusal that follows as theirs', () => {
      // ("… together" names both questions, so the paragraph is not split into a clause for each.)
      const split = LETTER.replace('Neither figure is held as a\nsingle total, and putting one together would mean going through invoices for\nevery service,', 'The Council does not hold its\nlicensing spend or its combined pay spend as single figures; both would have to be compiled from invoices for\nevery service,');
      assert.deepEqual(['Q9', 'Q10'].map((id) => answers(split).get(id)?.exemption), ['s12', 's12']);
      assert.equal(markersOf(LETTER).get('Q10'), 20);
      const a = answers(LETTER);
      assert.deepEqual(['Q9', 'Q10'].map((id) => [a.get(id)?.status, a.get(id)?.exemption, a.get(id)?.line]), [['refused', 's12', 20], ['refused', 's12', 20]]);
    });

    it('gives "so questions 12a to 12c do not apply" its own answer, apart from the question the sentence opens with', () => {
      const a = answers(LETTER);
      assert.equal(a.get('Q11')?.status, 'answered');
      assert.equal(a.get('Q11')?.value, 'No');
      for (const id of ['Q12a', 'Q12b', 'Q12c']) assert.equal(a.get(id)?.status, 'not-applicable', id);
      assert.match(a.get('Q12a')!.text, /^questions 12a to 12c do not apply/);
    });

    it('reads a part named alone in brackets, "(13b)", as a reference once the letter names its questions', () => {
      const m = markersOf(LETTER);
      assert.equal(m.get('Q13b'), 26);
      assert.equal(m.get('Q13c'), 27);
      assert.equal(answers(LETTER).get('Q13c')?.value, 'No');
    });

    it('reads "so question 13d does not arise." as not applicable', () => {
      assert.equal(answers(LETTER).get('Q13d')?.status, 'not-applicable');
      assert.equal(classifyAnswer('question 13d does not arise.', question('text')).status, 'not-applicable');
      assert.equal(classifyAnswer('As we have no portal, this question does not arise.', question('text')).status, 'not-applicable');
      assert.equal(classifyAnswer('questions 12a to 12c do not apply to us.', question('text')).status, 'not-applicable');
      assert.equal(classifyAnswer('The issue does not arise often; we logged 14 cases.', question('number')).status, 'answered', 'not a question that does not arise');
    });

    it('reads "Finally, on question 14," as a lead', () => {
      assert.equal(markersOf(LETTER).get('Q14'), 29);
      assert.equal(answers(LETTER).get('Q14')?.value, 'Properties');
    });

    it('adds "and question 14" to the list a sentence opens with when they do not apply together', () => {
      const text = LETTER.replace('so questions 12a to 12c do not apply.', 'so it has no CRM.\nQuestions 12 to 12c and question 14 therefore do not apply.').replace(/\nFinally, on question 14,[^\n]*\n/, '\n');
      const m = markersOf(text);
      assert.deepEqual([m.get('Q12a'), m.get('Q14')], [26, 26]);
      const list = proseReferenceMarkers(text, replyLines(text), [], CRM).find((x) => x.ids.includes('Q14'));
      assert.deepEqual(list?.ids, ['Q12', 'Q12a', 'Q12b', 'Q12c', 'Q14'], 'one marker for the whole list');
      const a = answers(text);
      for (const id of ['Q12a', 'Q12c', 'Q14']) assert.equal(a.get(id)?.status, 'not-applicable', id);
    });

    it('starts a bracketed reference at its own sentence when the sentence before it names another question', () => {
      const text = LETTER.replace("In reply to question 11, the Council does not use a CRM system, so questions 12a to 12c do not apply.\nA CRM", "In reply to question 11, the Council does not use a CRM system.\nQuestions 12a to 12c therefore do not apply. A CRM");
      const m = markersOf(text);
      assert.equal(m.get('Q12a'), 26, '"therefore" between the questions and "do not apply"');
      const a = answers(text);
      assert.match(a.get('Q13a')!.text, /^A CRM was looked at/);
      // (The same with no lead in the paragraph: the sentence naming 12a to 12c is still not 13a's.)
      const bare = LETTER.replace("In reply to question 11, the Council does not use a CRM system, so questions 12a to 12c do not apply.\nA CRM", 'We have no CRM system, so questions 12a to 12c do not apply. A CRM');
      assert.match(answers(bare).get('Q13a')!.text, /^A CRM was looked at/);
    });

    it('believes a part named alone in brackets only in a letter that names three questions in words', () => {
      const text = ['Dear Ms Orrin', '', 'We run 40 systems (4a). We offer the usual district services (5). A portal opened in 2019 (6a). It is used by 30% of households (6b).', '', 'Yours sincerely'].join('\n');
      assert.equal(markersOf(text).size, 0);
      assert.equal(markersOf(text.replace('(4a)', '(question 4a)').replace('(5)', '(question 5)').replace('(6a)', '(question 6a)')).get('Q6b'), 3);
    });

    it('does not read a question number followed by an ordinary word as a reference ("(2 staff)")', () => {
      const text = LETTER.replace('(question 6a)', '(2 staff)');
      assert.equal(markersOf(text).has('Q2'), false);
    });
  });

  describe('a letter that says which questions do not arise, by their numbers or their heading', () => {
    const letter = [
      'Dear Ms Quayle',
      '',
      'Thank you for your request about information systems.',
      '',
      "The Council's full official name is Fernhallow Borough Council. The borough",
      'has an estimated population of 104,300 and covers 88 square kilometres.',
      '',
      'The Council does not currently have an online portal for residents, so your',
      'questions 6(b), 6(c) and 7 do not arise.',
      '',
      "The Council's gross revenue expenditure in 2017-18 was £98.4 million.",
      '',
      'The Council does not use a Customer Relationship Management system, and so',
      'the questions under your heading 12 do not apply.',
      '',
      'Yours sincerely',
    ].join('\n');

    it('reads "questions 6(b), 6(c) and 7 do not arise" as not applicable for those questions, and no figure 7', () => {
      const a = answers(letter);
      assert.deepEqual(['Q6a', 'Q6b', 'Q6c', 'Q7'].map((id) => [id, a.get(id)?.status, a.get(id)?.value]), [['Q6a', 'answered', 'No'], ['Q6b', 'not-applicable', null], ['Q6c', 'not-applicable', null], ['Q7', 'not-applicable', null]]);
    });

    it('reads "the questions under your heading 12 do not apply" for every part of 12', () => {
      const a = answers(letter);
      for (const id of ['Q12a', 'Q12b', 'Q12c']) assert.deepEqual([a.get(id)?.status, a.get(id)?.line], ['not-applicable', 13], id);
    });

    it('reads a question named as not applying only for that question, not for the answer that names it', () => {
      const q = (id: string): Question => ({ id, type: 'percent', order: 0, text: 'What percentage?' }) as Question;
      const text = 'As we have no portal, question 6 and questions 7(a) to 7(c) do not apply.';
      assert.equal(classifyAnswer(text, q('Q6')).status, 'not-applicable');
      assert.equal(classifyAnswer(text, q('Q7b')).status, 'not-applicable');
      assert.equal(classifyAnswer(text, q('Q7d')).status, 'answered', 'outside the run of parts');
      const run = 'As we have no CRM, questions 12 to 14 do not apply.';
      assert.deepEqual(['Q11', 'Q13', 'Q13b', 'Q15'].map((id) => classifyAnswer(run, q(id)).status), ['answered', 'not-applicable', 'not-applicable', 'answered']);
      assert.equal(classifyAnswer('Yes, 12%. As the answer to question 5 is yes, question 6 does not apply.', q('Q5')).status, 'answered');
    });
  });
});

describe('a blind-set letter that names some questions and answers the others in order (crm-blind71)', () => {
  it('still reads the unnamed name, population and area once its prose names other questions', () => {
    const text = readFileSync(join(__dirname, '../quality/blind/crm-blind71/ridsworth-district.txt'), 'utf8');
    const a = answers(text);
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [id, a.get(id)?.line]), [['Q1', 22], ['Q2', 22], ['Q3', 22]]);
    assert.equal(a.get('Q2')?.value, 93100);
  });
});
