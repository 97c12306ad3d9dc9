// Layouts found by scoring the engine on replies it had never seen (session 13: real disclosure-log
// pages of round R9, and the blind sets crm-blind34 and other-blind35), each fixed with a general
// rule. Requests and replies here are written for fictional councils in the same shapes; no real
// text is copied.
import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { parseValue } from '../../src/core/values';
import { classifyAnswer } from '../../src/core/classify';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Question } from '../../src/core/types';
import { answersOf, question } from './readReply';


describe('requests read by init (session 13 layouts)', () => {
  it('splits lettered parts run inline after a numbered question into parts of that question', () => {
    const q = questionnaireFromRequest(
      'Please provide:\n\n1. Total number of planning agreements signed since 2015\n\n2. Total number of agreements a) invoiced, and b) invoiced in full\n\n3. Total number of deeds of variation since 2015',
    ).questionnaire;
    assert.deepEqual(q.questions.map((x) => [x.id, x.text]), [
      ['Q1', 'Total number of planning agreements signed since 2015'],
      ['Q2', 'Total number of agreements'],
      ['Q2a', 'invoiced'],
      ['Q2b', 'invoiced in full'],
      ['Q3', 'Total number of deeds of variation since 2015'],
    ]);
  });

  it('gives parts run inline after their title the type the title asks for ("how many of the following … a) pedal cycles b) e-bikes")', () => {
    const q = questionnaireFromRequest(
      'Please tell me 1) how many pool vehicles of the following does the council have a) pedal cycles b) electric bikes c) vans 2) how many cycle racks are there at your offices?',
    ).questionnaire;
    assert.deepEqual(q.questions.map((x) => [x.id, x.type]), [
      ['Q1', 'number'],
      ['Q1a', 'number'],
      ['Q1b', 'number'],
      ['Q1c', 'number'],
      ['Q2', 'number'],
    ]);
  });

  it('leaves prose that happens to say "a)" alone when the line does not open with a question number', () => {
    const q = questionnaireFromRequest('1. How many staff do you employ?\nCount both a) full-time and b) part-time posts.\n2. How many vans?').questionnaire;
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2']);
  });

  it('names the physical line of a question split from one long line when it reports a split', () => {
    const r = questionnaireFromRequest('Intro line\n\n1) how many vans do you own? 2) how many cars do you own, and how many are electric?\n');
    assert.ok(r.assumptions.some((a) => a.startsWith('Q2 (line 3) asks two things')), r.assumptions.join('\n'));
  });
});

describe('replies read by the engine (session 13 layouts)', () => {
  it('reads "1. a) … b) … c) …" on one line as the answers to the parts, offered when each gives a figure per year', () => {
    const request = 'Please tell me for the last three years 1) broken down by year a) how many staff used the scheme? b) what percentage of staff was this? c) what was the average voucher value? 2) does the scheme have a cap?';
    const reply = 'Response provided:\n\n1. a) 2021/22 = 7 2022/23 = 9 2023/24 = 12 b) 2021/22 = 1.10% 2022/23 = 1.41% 2023/24 = 1.90% c) 2021/22 = £ 610 2022/23 = £702 2023/24 = £1,215\n';
    const a = answersOf(reply, request);
    // (Since session 15 a figure per year given inline offers the latest year, as a figure per
    // year on its own line does: the request names no one year.)
    assert.equal(a.get('Q1a')?.value, 12);
    assert.equal(a.get('Q1b')?.value, 1.9);
    assert.equal(a.get('Q1c')?.value, 1215);
    for (const id of ['Q1a', 'Q1b', 'Q1c']) {
      assert.equal(a.get(id)?.line, 3, id);
      assert.ok(a.get(id)!.confidence < DEFAULT_MIN_CONFIDENCE, `${id} is offered, not auto-coded (${a.get(id)!.confidence})`);
    }
  });

  it('keeps a table row whose question cell letters its parts as the answer of the number ("2) Of these: a) burials b) cremations<TAB>Not held")', () => {
    const request = '1) How many funerals did you arrange?\n2) Of these:\na) how many were burials?\nb) how many were cremations?';
    const reply = 'Question\tResponse\n1) How many funerals did you arrange?\t41\n2) Of these: a) burials b) cremations\tThe type of funeral is only on paper files, so this information is not held.\n';
    const a = answersOf(reply, request);
    assert.equal(a.get('Q2a')?.status, 'not-held');
    assert.equal(a.get('Q2b')?.status, 'not-held');
  });

  it('does not read "Section 106 agreements" as a figure given: "does not report on this" is not held', () => {
    const text = 'The Planning department does not currently report on this, however the new system will track Section 106 agreements in more detail.';
    assert.equal(classifyAnswer(text, question('number')).status, 'not-held');
    assert.equal(classifyAnswer('We do not record this; s278 works are logged by highways.', question('number')).status, 'not-held');
  });

  it('reads "5 2019/20" as 5, not as a figure with a space between its thousands ("5 201")', () => {
    assert.equal(parseValue('5 2019/20, 4 2018/19', question('number')).value, 5);
    assert.equal(parseValue('2018/19 = 5 2019/20 = 4', question('number')).value, 4);
    assert.equal(parseValue('1 204 complaints', question('number')).value, 1204);
  });

  it('offers, never certifies, one of several different percentages ("1.27% … 1.01% …")', () => {
    const v = parseValue('2018/19 = 1.27% 2019/20 = 1.01%', question('percent', 'What percentage?'));
    assert.equal(v.value, 1.01);
    assert.equal(v.several, true);
    assert.equal(parseValue('About 45%', question('percent', 'What percentage?')).several, undefined);
  });
});

describe('replies read by the engine (session 13 blind sets)', () => {
  const dogs = [
    '1. How many stray dogs did the council collect in 2023/24?',
    '2. How many of those dogs were reclaimed by their owners?',
    '3. How many were put to sleep in 2023/24?',
    '4. What percentage were microchipped when found?',
    '5. What is the total amount an owner is charged to reclaim a stray dog held for one day?',
    '6. Are stray dogs kennelled by the council itself, by private kennels under contract, or by an animal welfare charity?',
    '7. Please provide a copy of, or a link to, the council\'s current stray dog policy or procedure.',
  ].join('\n');

  it('spreads a paragraph refusing "questions 2, 3 and 4" under section 12 to all three, with no value read from the ids', () => {
    const reply = [
      'Our answers are below.', '', '1. 612', '', '5. £92', '',
      'Turning to questions 2, 3 and 4, the outcome for each dog is held only on its kennel record. Reading all 612 records would take about 30 hours, so we are refusing these questions under section 12 of the Act.',
    ].join('\n');
    const a = answersOf(reply, dogs);
    for (const id of ['Q2', 'Q3', 'Q4']) {
      assert.equal(a.get(id)?.status, 'refused', id);
      assert.equal(a.get(id)?.exemption, 's12', id);
      assert.equal(a.get(id)?.value, null, id);
    }
  });

  it('reads the sum the parts add up to: "£25 fee + £16 kennelling = £71", "£25 plus £15.50 a day, so £40.50"', () => {
    const money = question('money', 'What is the total charge?');
    assert.equal(parseValue("£25 statutory fee + £30 collection charge + £16 for one day's kennelling = £71", money).value, 71);
    assert.equal(parseValue('£25 statutory fee plus £15.50 kennelling per day, so £40.50 for one day.', money).value, 40.5);
  });

  it('reads "Attached: "Winter Plan 2024-25" (PDF)" as pointing to an attachment', () => {
    assert.equal(classifyAnswer('Attached: "Winter Service Policy and Operational Plan 2024-25" (PDF)', question('text', 'Please provide a copy of your plan.')).status, 'signposted');
  });

  it('reads "The council does not have a written stray dog policy" as not held when a copy of the policy is asked for, and as text otherwise', () => {
    const asked = question('text', "Please provide a copy of, or a link to, the council's current stray dog policy.");
    assert.equal(classifyAnswer('The council does not have a written stray dog policy.', asked).status, 'not-held');
    assert.equal(classifyAnswer('There is no formal procedure.', asked).status, 'not-held');
    assert.equal(classifyAnswer('The council does not have a written stray dog policy.', question('text', 'How are stray dogs handled?')).status, 'answered');
  });

  it('ends a clause at a spaced dash outside brackets: "£92.7m – contractor spend is not held" is partial, "(ended - secured for 6+ months)" stays one clause', () => {
    assert.equal(classifyAnswer('Employees and agency staff £92.7m – contractor spend is not held as a separate category', question('money', 'What was the spend?')).status, 'partial');
    const request = '1. How many households were owed the prevention duty?\n2. How many duties ended with accommodation secured for at least six months?';
    const reply = [
      '1. How many households were owed the prevention duty?', '',
      'Response: This is published in the statutory homelessness release at https://stats.example.gov.uk/h-clic, so it is exempt under section 21.', '',
      '2. How many duties ended with accommodation secured for at least six months?', '',
      'Response: As above, this is published in Table P1 (prevention duty ended - secured accommodation for 6+ months) of the same release.',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q2')?.value ?? null, null);
    assert.notEqual(a.get('Q2')?.status, 'answered');
  });

  it('takes the choice "The council itself" from "kennelled in-house at the council\'s own animal centre"', () => {
    const a = answersOf('6. Stray dogs are kennelled in-house at the council\'s own Northgate Animal Centre.\n\n7. Attached.', dogs);
    assert.equal(a.get('Q6')?.value, 'Council itself');
  });

  it('strips the whole question restated before its answer on the same line, though the answer has a figure of its own', () => {
    const reply = 'Our answers are typed after each of your questions.\n\n5) What is the total amount an owner is charged to reclaim a stray dog held for one day? £71\n7) Please provide a copy of, or a link to, the council\'s current stray dog policy or procedure. Please see the attached "Stray Dogs Procedure (revised 2022)".\n';
    const a = answersOf(reply, dogs);
    assert.equal(a.get('Q7')?.status, 'signposted');
    assert.match(a.get('Q7')!.text, /^Please see the attached/);
  });

  it('reads an answer typed in [brackets] after the quoted question: "[Yes]", "[N/A]"', () => {
    const request = '1. Does the council have an online portal?\n2. If the council has no portal, has one been considered?\n3. How many services are online?';
    const reply = 'Q1. Does the council have an online portal? [Yes]\nQ2. If the council has no portal, has one been considered? [N/A]\nQ3. How many services are online? [About 40]\n';
    const a = answersOf(reply, request);
    assert.equal(a.get('Q1')?.value, 'Yes');
    assert.equal(a.get('Q2')?.status, 'not-applicable');
    assert.equal(a.get('Q3')?.value, 40);
  });

  it('gives "Q9: Withheld – see below" the exemption of the paragraph under "Q9 – software spend" further down', () => {
    const request = '8. What was your gross spend?\n9. What was your spend on software licensing?\n10. How many staff do you employ?';
    const reply = [
      'Q8: £289.5m', 'Q9: Withheld – see below', 'Q10: 4,120', '',
      'Q9 – software licensing spend', '',
      'The Council is withholding this figure under section 43(2) of the Act, as disclosure would prejudice its commercial interests.',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q9')?.status, 'refused');
    assert.equal(a.get('Q9')?.exemption, 's43');
  });

  it('reads "3 working days" in the answer column of a fixed-width row as the answer, not the question\'s wrapped words below it', () => {
    const request = 'Q4 Grit bins:\na) How long, in working days, does the council aim to take to refill a grit bin?\nb) Who fills grit bins?';
    const reply = '  No.   Question                              Response\n  4a    Target time to refill a grit bin      3 working days\n        (working days)\n  4b    Who fills grit bins                   Our in-house highways team\n';
    const a = answersOf(reply, request);
    assert.equal(a.get('Q4a')?.value, 3);
    assert.equal(a.get('Q4a')?.line, 2);
  });
});

describe('fixed-width rows (session 13)', () => {
  it('reads "Winter Service Plan      Attached: "…" (PDF)" as a pointer to the attachment, not a title before a colon', () => {
    const request = 'Q1 How many grit bins do you maintain?\nQ2 Please provide a copy of, or a link to, the council\'s current Winter Service Plan.';
    const reply = '  No.   Question                              Response\n  1     Grit bins maintained                  612\n  2     Winter Service Plan                   Attached: "Winter Service Policy and\n                                              Operational Plan 2024-25" (PDF)\n';
    const a = answersOf(reply, request);
    assert.equal(a.get('Q2')?.status, 'signposted');
    assert.match(a.get('Q2')!.text, /^Attached:/);
  });
});

describe('requests and replies of crm-blind38 and other-blind39 (session 13)', () => {
  it('reads "(1) How many …" to "(8) Please send me a copy …" as Q1–Q8, without the brackets in the text, typing "Does the council limit the number of …?" yes or no', () => {
    const q = questionnaireFromRequest('Dear Sir or Madam,\n\n(1) How many licences were in force on 31 March 2024?\n\n(2) Does the council limit the number of hackney carriage licences it will issue?\n\n(3) Please send me a copy of, or a link to, your licensing policy.\n\nYours faithfully').questionnaire;
    assert.deepEqual(q.questions.map((x) => [x.id, x.type, x.text]), [
      ['Q1', 'number', 'How many licences were in force on 31 March 2024?'],
      ['Q2', 'yes-no', 'Does the council limit the number of hackney carriage licences it will issue?'],
      ['Q3', 'text', 'Please send me a copy of, or a link to, your licensing policy.'],
    ]);
  });

  it('reads the options "by council officers, by an external contractor, or as a shared service with another council", and an option of eight words after a colon', () => {
    const q = questionnaireFromRequest(
      '1. Is the out-of-hours service provided by council officers, by an external contractor, or as a shared service with another council?\n2. How often must drivers obtain a DBS certificate: at application only, every three years, every six months through the DBS Update Service, or at some other interval?',
    ).questionnaire;
    assert.deepEqual(q.byId.get('Q1')?.choices, ['Council officers', 'External contractor', 'Shared service with another council']);
    assert.deepEqual(q.byId.get('Q2')?.choices, ['At application only', 'Every three years', 'Every six months through the DBS Update Service', 'At some other interval']);
  });

  it('reads "A1: …", "A4a: …" answers numbered to match the questions, and "As A4a" as a reference to 4a', () => {
    const request = '1. How many staff?\n2. How many vans?\n3. How many depots?\n4. How many systems?\na) How many are stand-alone?\nb) How many interact?\n5. How many sites?';
    const reply = 'Our answers, numbered to match your questions:\n\nA1: 412\nA2: 38\nA3: 2\nA4: Approximately 95\nA4a: Unknown\nA4b: As A4a\nA5: 7\n\nRegards';
    const a = answersOf(reply, request);
    assert.deepEqual([a.get('Q1')?.value, a.get('Q2')?.value, a.get('Q5')?.value], [412, 38, 7]);
    assert.equal(a.get('Q4a')?.status, 'not-held');
    assert.equal(a.get('Q4b')?.status, 'not-held');
    assert.equal(a.get('Q4b')?.from, 'Q4a');
  });

  it('resolves "As per our answer to 1.2." to the question labelled 1.2 and reads no value 1.2 from it', () => {
    const request = '1. Complaints\n1.1 How many complaints did you receive?\n1.2 How many were about domestic premises?\n1.3 What percentage of closed cases found no nuisance?';
    const reply = '> 1.1 How many complaints did you receive?\n\n1,318.\n\n> 1.2 How many were about domestic premises?\n\n702. Of the 1,266 cases closed, 519 (41%) found no nuisance.\n\n> 1.3 What percentage of closed cases found no nuisance?\n\nAs per our answer to 1.2.\n';
    const a = answersOf(reply, request);
    assert.equal(a.get('Q1c')?.value, 41);
    assert.equal(a.get('Q1c')?.from, 'Q1b');
    assert.match(a.get('Q1c')!.reason!, /^as Q1b: the percent/);
  });

  it('reads "1.1  641" … under the request restated with the same decimal labels, the first question being a heading', () => {
    const request = '1. Complaints\n1.1 How many complaints did you receive?\n1.2 How many were about domestic premises?\n2. Staff\n2.1 How many officers do you employ?';
    const reply = 'Request\n\n1. Complaints\n1.1 How many complaints did you receive?\n1.2 How many were about domestic premises?\n2. Staff\n2.1 How many officers do you employ?\n\nResponse\n\n1.1  641\n1.2  488\n2.1  9\n';
    const a = answersOf(reply, request);
    assert.deepEqual([a.get('Q1a')?.value, a.get('Q1b')?.value, a.get('Q2a')?.value], [641, 488, 9]);
    assert.equal(a.get('Q1a')?.line, 11);
  });

  it('reads "Attached (Enforcement Policy, revised March 2023)." as pointing to an attachment, and "Attached to the building are 4 cameras." as a figure', () => {
    assert.equal(classifyAnswer('Attached (Environmental Health Enforcement Policy, revised March 2023).', question('text', 'Please provide a copy of your policy.')).status, 'signposted');
    assert.equal(classifyAnswer('Attached to the building are 4 cameras.', question('number')).status, 'answered');
  });

  it('does not read "every year" as the choice "Every three years"; "Every 3 years" is it', () => {
    const q: Question = { id: 'Q1', type: 'choice', order: 0, text: 'How often?', choices: ['At application only', 'Every three years', 'Every six months'] };
    assert.equal(parseValue('Drivers must provide a new certificate every year.', q).value, null);
    assert.equal(parseValue('Every 3 years.', q).value, 'Every three years');
  });

  it('refuses "Fewer than five. We have not given the exact number – see Note A" when Note A cites section 40 and its figures are its reasons', () => {
    const request = '1. How many licences did you suspend?\n2. How many licences did you issue?';
    const reply = [
      'Question 1', 'Response:', 'Fewer than five. We have not given the exact number - please see Note A.', '',
      'Question 2', 'Response:', '312', '', 'Notes on exemptions', '',
      'Note A - Section 40(2) (personal information)',
      'The number of driver licences suspended or revoked in 2023/24 is small. Marlow Vale has a small licensed trade (27 hackney carriages and fewer than 120 licensed drivers), and releasing the exact number, together with information already in the public domain, could allow individual drivers to be identified. This would be unfair to them and would breach the first data protection principle. Section 40(2) is an absolute exemption and no public interest test is needed.',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q1')?.status, 'refused');
    assert.equal(a.get('Q1')?.exemption, 's40');
    assert.equal(a.get('Q1')?.value ?? null, null);
  });

  it('reads "(c) the majority are centred on residents rather than properties" as Residents, not Both', () => {
    const q = questionnaireFromRequest('1. Are your systems centred primarily around Residents or Properties?\n2. How many systems?').questionnaire;
    const a = new Map(analyzeReply('1. The majority are centred on residents rather than properties.\n2. 143', q).answers.map((x) => [x.id, x] as const));
    assert.equal(a.get('Q1')?.value, 'Residents');
  });

  it('keeps a list of services given before a link as the answer: "All district services, including refuse, planning, housing … A full list is at https://…"', () => {
    const text = 'All district council services, including refuse and recycling, planning, housing, council tax, benefits, licensing and parks. A full list is available at https://www.example.gov.uk/services';
    assert.equal(classifyAnswer(text, question('text', 'What services are provided to residents?')).status, 'answered');
    assert.equal(classifyAnswer('A full list of our services, from refuse to parks, planning and housing, is at https://www.example.gov.uk/services', question('text', 'What services?')).status, 'signposted');
  });
});

describe('choices of other-blind41 (session 13)', () => {
  const choice = (choices: string[]): Question => ({ id: 'Q1', type: 'choice', order: 0, text: 'Who does it?', choices });

  it('reads the options "(council staff / external contractor / charity or social enterprise partner)" closing a question', () => {
    const q = questionnaireFromRequest('1. How many collections?\n2. Who carries out the collections? (council staff / external contractor / charity or social enterprise partner)').questionnaire;
    assert.deepEqual(q.byId.get('Q2')?.choices, ['Council staff', 'External contractor', 'Charity or social enterprise partner']);
  });

  it('takes "the council\'s own Waste and Street Scene crews" for the council-staff choice', () => {
    assert.equal(parseValue("The service is delivered by the council's own Waste and Street Scene crews.", choice(['Council staff', 'External contractor', 'Charity'])).value, 'Council staff');
  });

  it('does not take "…which the council runs together with Tregwyn County Council" for the choice "Council staff"', () => {
    const c = choice(['Council staff', 'Police', 'Private security company', 'Control room shared with another council']);
    assert.equal(parseValue('The cameras are monitored from the joint control room at Tregwyn, which the council runs together with Tregwyn County Council.', c).value, null);
    assert.equal(parseValue('Council staff.', c).value, 'Council staff');
  });
});

describe('whole-request and refusal paragraphs of other-blind35 (session 13)', () => {
  it('spreads "The County Council does not hold the information you have asked for" to every question', () => {
    const request = '1. How many long-term empty homes are there?\n2. Do you charge the empty homes premium?\n3. Please provide your empty homes strategy.';
    const reply = 'Dear Ms Ash\n\nYour request for information: empty homes\n\nThank you for your request. You asked three questions about empty homes.\n\nTregarrow County Council does not hold the information you have asked for. Council tax and empty homes work are the responsibility of the district councils in the county.\n\nYours sincerely\n\nR Abbott';
    const a = answersOf(reply, request);
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => a.get(id)?.status), ['not-held', 'not-held', 'not-held']);
  });

  it('keeps a section 12 refusal refused when it offers another figure as help ("If it would help, we could tell you …; that figure is 41")', () => {
    const text = 'We have considered this under section 12. Reading each case file would take around 26 hours, which is more than the appropriate limit of 18 hours. Section 12 therefore applies. If it would help, we could tell you how many homes we helped bring back into use in 2023/24; that figure is 41.';
    const cls = classifyAnswer(text, question('duration', 'What is the average time a home stays empty?'));
    assert.equal(cls.status, 'refused');
    assert.equal(cls.exemption, 's12');
  });
});

describe('prose letters and ranges of crm-blind34 (session 13)', () => {

  it('reads a prose letter under topic headings that names only a few of its questions ("… an account (question 6b).")', () => {
    const q = parseQuestionnaire(readFileSync(join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;
    const reply = [
      'Dear Mr Hale,',
      '',
      'Your request about information systems and CRM',
      '',
      'Rather than answer each question in turn, colleagues in ICT and Finance have set out the',
      'information under the headings below. Where it may not be clear which question a paragraph',
      'answers, the question number is in brackets.',
      '',
      'About the Council',
      '',
      'Fennick Borough Council is the full title of the authority. The borough\'s population was',
      'estimated at 151,200 in mid-2017, and it covers an area of some 88 square kilometres.',
      '',
      'Information systems',
      '',
      'Our application register lists 286 systems. Of these, fifty-one are stand-alone; the other',
      '235 exchange data with at least one other system.',
      '',
      'Online services',
      '',
      'We launched our residents\' portal in 2015. About 27% of households have registered an',
      'account (question 6b).',
      '',
      'None of our online services uses single sign on through the portal (question 7).',
      '',
      'Finance',
      '',
      'The Council\'s gross revenue expenditure in 2017-18 was £301.5 million.',
      '',
      'Customer relationship management',
      '',
      'We have used a CRM system since 2011. As no CRM project was abandoned, question 13d does',
      'not apply.',
      '',
      'Question 14 – our systems are centred mainly on residents.',
      '',
      'Yours sincerely,',
      '',
      'P Lowe',
    ].join('\n');
    const a = new Map(analyzeReply(reply, q).answers.map((x) => [x.id, x] as const));
    assert.equal(a.get('Q2')?.value, 151200);
    assert.equal(a.get('Q4a')?.value, 51);
    assert.equal(a.get('Q4b')?.value, 235);
    assert.equal(a.get('Q8')?.value, 301500000);
    for (const id of ['Q2', 'Q4a', 'Q4b', 'Q8']) assert.ok(a.get(id)!.confidence < DEFAULT_MIN_CONFIDENCE, `${id} is offered (${a.get(id)!.confidence})`);
  });

  it('reads "Employees £52.3m. Agency staff … are not separately coded, so we cannot provide a figure for them." as partial', () => {
    assert.equal(classifyAnswer('Employees £52.3m. Agency staff and contractors are paid through the creditors system and are not separately coded, so we cannot provide a figure for them.', question('money', 'What was the payroll spend?')).status, 'partial');
  });

  it('reads "13. – 13(d)" alone on its line over "Not applicable …" as the label of question 13 and its parts', () => {
    const req = '12. How many staff?\n13. If the council has no CRM:\na) Was one considered?\nb) Why not?\nc) Was one abandoned?\nd) Why?\n14. How many sites?';
    const reply = '12.  41\n\n13. – 13(d)\n     Not applicable, as the council has a CRM system.\n\n14.  7\n';
    const a = answersOf(reply, req);
    for (const id of ['Q13a', 'Q13b', 'Q13c', 'Q13d']) assert.equal(a.get(id)?.status, 'not-applicable', id);
  });
});

describe('requests whose sections each number from 1 (real round R10, session 13)', () => {
  const request = [
    'Please answer the following about litter and dog fouling.', '',
    'Litter:', '1. What is the cost of a fixed penalty for dropping litter?', '2. How many litter FPNs did you issue in 2023/24?', '3. How many litter complaints did you receive?', '',
    'Dog fouling:', '1. What is the cost of a fixed penalty for dog fouling?', '2. How many dog fouling FPNs did you issue in 2023/24?', '',
    'Thank you,', 'A Reader',
  ].join('\n');

  it('reads the sections as one numbering, Q1–Q3 then Q4–Q5, each with its section, and says so', () => {
    const r = questionnaireFromRequest(request);
    assert.deepEqual(r.questionnaire.questions.map((q) => [q.id, q.section, q.type]), [
      ['Q1', 'Litter', 'money'],
      ['Q2', 'Litter', 'number'],
      ['Q3', 'Litter', 'number'],
      ['Q4', 'Dog fouling', 'money'],
      ['Q5', 'Dog fouling', 'number'],
    ]);
    assert.deepEqual(r.notTaken, []);
    assert.ok(r.assumptions.some((a) => a.includes('Litter Q1–Q3, Dog fouling Q4–Q5')), r.assumptions.join('\n'));
    assert.match(r.yaml, /section: Dog fouling/);
  });

  it('reads `section:` back from the questionnaire init wrote, so the user\'s path maps "1." under "Dog fouling:" to Q4', () => {
    const written = parseQuestionnaire(questionnaireFromRequest(request).yaml);
    assert.deepEqual(written.problems, []);
    const q = written.questionnaire!;
    assert.deepEqual(q.questions.map((x) => x.section), ['Litter', 'Litter', 'Litter', 'Dog fouling', 'Dog fouling']);
    const a = new Map(analyzeReply('Dog fouling:\n\n1. What is the cost of a fixed penalty for dog fouling?\n£80\n\n2. How many dog fouling FPNs did you issue in 2023/24?\n9\n', q).answers.map((x) => [x.id, x] as const));
    assert.equal(a.get('Q4')?.value, 80);
    assert.equal(a.get('Q1'), undefined);
  });

  it('keeps two copies of one list (same length, no titles of their own) as one list', () => {
    const r = questionnaireFromRequest('1. How many bins are there?\n2. Who empties the bins?\n3. How often?\n\nDear council, as above:\n\n1. How many bins are there in total?\n2. Who empties the bins each week?\n3. How often are they emptied?');
    assert.deepEqual(r.questionnaire.questions.map((q) => q.id), ['Q1', 'Q2', 'Q3']);
  });

  it('reads a reply\'s "1." under its "Dog fouling:" heading as Q4, not Q1', () => {
    const reply = [
      'Litter:', '', '1. What is the cost of a fixed penalty for dropping litter?', '£100', '', '2. How many litter FPNs did you issue in 2023/24?', '212', '', '3. How many litter complaints did you receive?', 'We do not hold this information.', '',
      'Dog fouling:', '', '1. What is the cost of a fixed penalty for dog fouling?', '£80', '', '2. How many dog fouling FPNs did you issue in 2023/24?', '9',
    ].join('\n');
    const a = answersOf(reply, request);
    // The answer above a section's title ends before it: the quote never carries "Dog fouling:".
    assert.equal(a.get('Q3')?.text, 'We do not hold this information.');
    assert.deepEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5'].map((id) => [id, a.get(id)?.status, a.get(id)?.value ?? null]), [
      ['Q1', 'answered', 100],
      ['Q2', 'answered', 212],
      ['Q3', 'not-held', null],
      ['Q4', 'answered', 80],
      ['Q5', 'answered', 9],
    ]);
  });

  it('reads a second run of labels without the titles, once the first reached its section\'s end, as the next section', () => {
    const reply = [
      'Our answers:', '', '1. What is the cost of a fixed penalty for dropping litter?', '£100', '', '2. How many litter FPNs did you issue in 2023/24?', '212', '', '3. How many litter complaints did you receive?', 'Not held', '',
      '1. What is the cost of a fixed penalty for dog fouling?', '£80', '', '2. How many dog fouling FPNs did you issue in 2023/24?', '9',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.deepEqual([a.get('Q1')?.value, a.get('Q4')?.value, a.get('Q5')?.value], [100, 80, 9]);
  });

  it('codes every question signposted when the reply says "the information requested is attached"', () => {
    const reply = 'Dear Ms Reader\n\nYour request has now been considered and the information requested is attached.\n\nYours faithfully\nFOI Team';
    const a = answersOf(reply, request);
    assert.deepEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5'].map((id) => a.get(id)?.status), ['signposted', 'signposted', 'signposted', 'signposted', 'signposted']);
  });
});

describe('range labels and notes of crm-blind38 (session 13)', () => {
  const q = (): ReturnType<typeof parseQuestionnaire>['questionnaire'] => parseQuestionnaire(readFileSync(join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire;

  it('reads "12.–12c. Not applicable …" (the dash touching the dot) as the label of 12 and its parts', () => {
    const a = new Map(analyzeReply('11.  No\n12.–12c. Not applicable as the Council does not have a CRM.\n13a. Yes, in 2016.\n', q()!).answers.map((x) => [x.id, x] as const));
    for (const id of ['Q12a', 'Q12b', 'Q12c']) assert.equal(a.get(id)?.status, 'not-applicable', id);
    assert.equal(a.get('Q11')?.value, 'No');
  });

  it('reads "Question 13 applies only to authorities that do not have a CRM system. As the Council does have one …" as not applicable to 13 and its parts', () => {
    const reply = 'Question 13 applies only to authorities that do not have a CRM system. As the Council does have one (see 11 below), we have not answered question 13 or its parts.\n\n11. Yes\n12a. 2014\n';
    const a = new Map(analyzeReply(reply, q()!).answers.map((x) => [x.id, x] as const));
    for (const id of ['Q13a', 'Q13b', 'Q13c', 'Q13d']) assert.equal(a.get(id)?.status, 'not-applicable', id);
  });
});

describe('shared rows of crm-blind44 (session 13)', () => {
  it('reads "4c, 14     Residents or properties     Both" in a fixed-width table as the label of 4c and 14', () => {
    const q = parseQuestionnaire(readFileSync(join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;
    const reply = 'SYSTEMS\n4          Information systems/databases    612\n4a, 4b     Stand-alone / interfaced         Not recorded\n4c, 14     Residents or properties          Both\n';
    const a = new Map(analyzeReply(reply, q).answers.map((x) => [x.id, x] as const));
    assert.equal(a.get('Q4c')?.value, 'Both');
    assert.equal(a.get('Q14')?.value, 'Both');
    assert.equal(a.get('Q4')?.value, 612);
  });
});

describe('sections, options and rows of other-blind45 (session 13)', () => {
  const request = [
    'I have split the questions into two sections.', '',
    'Section A: Reports and clearance', '', '1. How many fly-tipping incidents were reported in 2023/24?', '2. What was the total cost of clearing fly-tipped waste in 2023/24?', '3. What percentage were cleared within target?', '',
    'Section B: Enforcement', '', '1. How many fixed penalty notices did the council issue in 2023/24?', '2. Who carries out enforcement? Please say which of these applies: council officers only / an external contractor only / both.', '',
    'Many thanks,', 'C Reader',
  ].join('\n');

  it('takes a section title of five words ("Section A: Reports and clearance") and options after "which of these applies:" split at " / "', () => {
    const q = questionnaireFromRequest(request).questionnaire;
    assert.deepEqual(q.questions.map((x) => [x.id, x.section]), [
      ['Q1', 'Section A: Reports and clearance'], ['Q2', 'Section A: Reports and clearance'], ['Q3', 'Section A: Reports and clearance'],
      ['Q4', 'Section B: Enforcement'], ['Q5', 'Section B: Enforcement'],
    ]);
    assert.deepEqual(q.byId.get('Q5')?.choices, ['Council officers only', 'External contractor only', 'Both']);
  });

  it('reads a table whose first column gives the section\'s letter ("A<TAB>1<TAB>2,315", "B<TAB>1<TAB>118")', () => {
    const reply = 'The information is in the table below.\n\nSection\tQuestion\tResponse\nA\t1\t2,315\nA\t2\t£261,900\nA\t3\tNot held.\nB\t1\t118\nB\t2\tAn external contractor only.\n';
    const a = answersOf(reply, request);
    assert.deepEqual([a.get('Q1')?.value, a.get('Q2')?.value, a.get('Q3')?.status, a.get('Q4')?.value, a.get('Q5')?.value], [2315, 261900, 'not-held', 118, 'External contractor only']);
  });

  it('keeps the second section\'s run "1." to "2." without titles after the first section\'s "1." to "3."', () => {
    const reply = 'Please see our answers below.\n\n1. 3,108 incidents were logged.\n\n2. £342,615.\n\n3. 71%.\n\n1. 27 notices were issued.\n\n2. Council officers only.\n';
    const a = answersOf(reply, request);
    assert.deepEqual([a.get('Q1')?.value, a.get('Q4')?.value, a.get('Q5')?.value], [3108, 27, 'Council officers only']);
  });

  it('reads "- No next of kin …" bullet lines under "Please choose one of the following:" as the question\'s options', () => {
    const q = questionnaireFromRequest('1. How many funerals did you arrange?\n2. What was the most common reason? Please choose one of the following:\n   - No next of kin could be traced\n   - Next of kin unable to pay\n3. How much did they cost?').questionnaire;
    assert.deepEqual(q.byId.get('Q2')?.choices, ['No next of kin could be traced', 'Next of kin unable to pay']);
    assert.equal(q.byId.get('Q3')?.type, 'money');
  });

  it('offers, never certifies, one figure of a fixed-width row with a figure per year column', () => {
    const v = parseValue('£22,310     £16,905     £20,770', question('money', 'What was the total cost in 2023/24?'));
    assert.equal(v.several, true);
    assert.equal(parseValue('£22,310 (£16,905 the year before)', question('money', 'What was the total cost?')).several, undefined);
  });

  it('does not read "Ashes that are not collected within 3 months are scattered …" as not held', () => {
    assert.equal(classifyAnswer('Ashes that are not collected within 3 months are scattered in the Garden of Remembrance.', question('text', 'What happens to the ashes?')).status, 'answered');
    assert.equal(classifyAnswer('This information is not collected.', question('number')).status, 'not-held');
  });
});

describe('crm-blind46 (session 13)', () => {
  it('reads "£14.7m in total … We are not able to identify payments to contractors separately" as partial', () => {
    const text = '£14.7m in total, made up of employees £14.1m and agency staff £0.6m. We are not able to identify payments to contractors separately from other supplier payments.';
    assert.equal(classifyAnswer(text, question('money', 'What was the payroll spend for employees, agency staff and contractors?')).status, 'partial');
  });
});

describe('other-blind47 (session 13)', () => {
  it('types "How far in advance of the start of the year do parents need to apply?" as a duration', () => {
    const q = questionnaireFromRequest('1. How many pupils get free transport?\n2. How far in advance of the start of the school year do parents need to apply?\n3. How much notice must a school give?').questionnaire;
    assert.deepEqual(q.questions.map((x) => x.type), ['number', 'duration', 'duration']);
  });
});

describe('page breaks of other-blind45 (session 13)', () => {
  it('carries a partial answer over "Page 1 of 3" and the next page\'s reference line when the sentence resumes with no blank line', () => {
    const request = '1. How many fly-tips were reported?\n2. What was the total cost of clearing fly-tipped waste?\n3. What percentage were cleared in time?';
    const reply = [
      '1. How many fly-tips were reported?', '   1,204', '',
      '2. What was the total cost of clearing fly-tipped waste?',
      '   The clearance part of our cleansing contract cost £98,300. The time spent by officers investigating fly-', '',
      '                                                     Page 1 of 3',
      'EIR/FOI 24-0655',
      '   tips is not recorded separately, so we are unable to give a full cost.', '',
      '3. What percentage were cleared in time?', '   78%',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q2')?.status, 'partial');
    assert.equal(a.get('Q2')?.value, 98300);
    assert.equal(a.get('Q3')?.value, 78);
  });
});
