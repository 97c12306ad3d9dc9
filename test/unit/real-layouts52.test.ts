// Layouts and wordings found by scoring the engine on replies it had never seen (session 52), each
// fixed with a general rule. The letters here are written for fictional bodies; no real text is
// copied.
import { strict as assert } from 'node:assert';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import { classifyAnswer } from '../../src/core/classify';
import { clauseCount, parseValue } from '../../src/core/values';
import { answersOf, crmSurvey, fromRequest, reading } from '../support/engine';

const NOISE = [
  '1. How many noise complaints did the Council receive in 2023/24?',
  '2. What fee does the Council charge for a noise monitoring visit?',
  '3. Does the Council offer a reduced fee for residents on means-tested benefits?',
  '4. Of the complaints received in 2023/24, how many led to an abatement notice?',
  '5. How many abatement notices issued by the Council were appealed to the magistrates in 2023/24?',
  '6. Has the Council ever seized equipment where an abatement notice was breached?',
  '   a) If yes, in what year did this last happen?',
  '   b) If yes, how many items were seized on that occasion?',
  '7. Which team handles noise complaints: Environmental Health, Community Safety, Housing, or another team (please specify)?',
  '8. Please describe any changes made to the noise service since 2019.',
].join('\n');

/** A reply answering the noise request line by line, "N. answer", with `own` in place of the defaults. */
function numbered(own: Record<number, string>): string {
  const plain: Record<number, string> = { 1: '212', 2: '£40', 3: 'No', 4: '9', 5: '1', 6: 'Yes', 7: 'Housing', 8: 'None.' };
  return Object.entries({ ...plain, ...own }).map(([n, text]) => `${n}. ${text}`).join('\n') + '\n';
}

describe('parts of a question said not to apply, after words that answer the question itself', () => {
  const q = fromRequest(NOISE);

  it('reads "No – …, so 6a and 6b do not apply" as the question\'s No and its parts not applying', () => {
    const got = answersOf(numbered({ 6: 'No – the Council has not needed to seize equipment, so 6a and 6b do not apply.' }), q);
    assert.deepEqual(reading(got, 'Q6'), ['answered', 'No', 6]);
    assert.equal(got.get('Q6a')?.status, 'not-applicable');
    assert.equal(got.get('Q6b')?.status, 'not-applicable');
  });

  it('reads the parts not applying when one line answers the question and its parts together', () => {
    const reply = ['Question 1:', '212', '', 'Question 6, 6a and 6b:', 'No – seizure is left to the police, so parts 6a and 6b do not apply.', '', 'Question 7:', 'Housing', ''].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(['Q6', 'Q6a', 'Q6b'].map((id) => got.get(id)?.status), ['answered', 'not-applicable', 'not-applicable']);
  });

  it('reads a part whose own answer names it among the parts not applying as not applying', () => {
    const got = answersOf(numbered({ 6: 'Yes\n6a. Seizure was last used before our records began, so 6a and 6b do not apply.\n6b. See 6a.' }), q);
    assert.equal(got.get('Q6a')?.status, 'not-applicable');
  });

  it('reads the question answered before the parts of another question named as not applying', () => {
    const got = answersOf(numbered({ 5: 'None, so 6a and 6b do not apply.', 6: 'No' }), q);
    assert.deepEqual([got.get('Q5')?.status, got.get('Q5')?.value], ['answered', 0]);
  });

  it('reads "Parts (a) and (b) of that question therefore do not apply" after a sentence that answers it', () => {
    const reply = [
      'Dear Mr Haldane',
      '',
      'The Council received 212 complaints in 2023/24, which answers your first question.',
      '',
      'The Council has never seized equipment (question 6). Parts (a) and (b) of that question',
      'therefore do not apply. Question 7 asked which team handles complaints: this is the',
      'Environmental Health service.',
    ].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q6')?.status, got.get('Q6')?.value], ['answered', 'No']);
    assert.equal(got.get('Q6a')?.status, 'not-applicable');
  });

  it('still reads a question named with its parts, after only the reason why, as not applying whole', () => {
    const got = answersOf(numbered({ 6: 'As the Council has no powers of seizure, Question 6 (a) to (b) does not apply.' }), q);
    assert.equal(got.get('Q6')?.status, 'not-applicable');
    const reason = answersOf(numbered({ 6: 'As we have no such powers, 6a and 6b do not apply.' }), q);
    assert.equal(reason.get('Q6')?.status, 'not-applicable');
    // Nor when there are no words before the parts.
    assert.equal(answersOf(numbered({ 6: 'Parts (a) and (b) do not apply.' }), q).get('Q6')?.status, 'not-applicable');
    assert.equal(answersOf(numbered({ 6: 'So parts (a) and (b) therefore do not apply.' }), q).get('Q6')?.status, 'not-applicable');
  });

  it('still reads a heading\'s parts named as not applying as the heading\'s whole answer', () => {
    const heading = fromRequest(['1. How many complaints were received?', '2. If the Council does not use seizure powers:', '   a) Has seizure ever been considered?', '   b) Why has it not been used?', '3. What fee is charged?'].join('\n'));
    const got = answersOf('1. 40\n2. We use seizure powers, so 2(a) and 2(b) do not apply.\n3. £30\n', heading);
    assert.deepEqual(['Q2a', 'Q2b'].map((id) => got.get(id)?.status), ['not-applicable', 'not-applicable']);
  });
});

describe('a No said with "never", a fee said to be none, and a question that does not arise', () => {
  const q = fromRequest(NOISE);

  it('reads "The Council has never …" as No, not as the Yes its opening words would say', () => {
    assert.equal(parseValue('The Council has never seized equipment under a warrant.', q.byId.get('Q6')!).value, 'No');
    assert.equal(parseValue('The Council has seized equipment twice.', q.byId.get('Q6')!).value, 'Yes');
  });

  it('reads "so there is no fee", "No fee is charged" and "decided … not to charge" as £0', () => {
    const fee = q.byId.get('Q2')!;
    for (const text of ['The Council decided in 2012 not to charge for monitoring visits', 'Visits are made on request, so there is no fee.', 'No fee is charged.']) {
      assert.deepEqual([parseValue(text, fee).value, parseValue(text, fee).unit], [0, 'GBP'], text);
    }
    // A fee named is still the fee.
    assert.equal(parseValue('There is a fee of £45 per visit.', fee).value, 45);
  });

  it('reads "the question of a reduced fee does not arise" as not applicable', () => {
    assert.equal(classifyAnswer('As no fee is charged, the question of a reduced fee or a waiver does not arise.', q.byId.get('Q3')).status, 'not-applicable');
    assert.equal(classifyAnswer('A reduced fee of £20 applies to residents on benefits.', q.byId.get('Q3')).status, 'answered');
  });
});

describe('a count out of a base: "Of the 212 complaints, nine led to a notice"', () => {
  const q = fromRequest(NOISE);

  it('takes the number word after the base as the count, "none" as 0', () => {
    const notices = q.byId.get('Q4')!;
    assert.equal(parseValue('Of the 212 complaints, nine led to an abatement notice.', notices).value, 9);
    assert.equal(parseValue('Of the 212 complaints received, none led to a notice.', notices).value, 0);
    // A number word larger than the base is no part of it.
    assert.notEqual(parseValue('Of the 12 wards, forty complaints came from two.', notices).value, 40);
  });

  it('reads a cross-reference to that answer as the count in the clause with its own words, offered', () => {
    const reply = numbered({ 4: 'Of the 212 complaints, nine led to an abatement notice, one of which was appealed to the magistrates.', 5: 'Please see our answer to question 4 above.' });
    const five = answersOf(reply, q).get('Q5')!;
    assert.deepEqual([five.from, five.value], ['Q4', 1]);
    assert.ok(five.confidence < DEFAULT_MIN_CONFIDENCE);
  });

  it('finds the one count of the one clause with the words, a thousands comma inside one figure', () => {
    assert.equal(clauseCount('2,687 applications were received, of which 1,904 resulted in an award.', ['resulted', 'award']), 1904);
    // Two clauses with the words, or none: no count.
    assert.equal(clauseCount('3 were appealed in May, and 2 were appealed in June.', ['appealed']), null);
    assert.equal(clauseCount('Nine led to a notice.', ['appealed']), null);
    // One clause with two counts: no count.
    assert.equal(clauseCount('12 notices were appealed in 3 wards; one appeal was withdrawn.', ['appealed']), null);
    // The number of a question named counts nothing.
    assert.equal(clauseCount('One was appealed (question 5).', ['appealed']), 1);
  });
});

describe('a letter in prose that reaches its last question with "Finally, question N."', () => {
  const q = fromRequest(NOISE);

  it('finds the question after its linking word, and joins its text wrapped after "since"', () => {
    const reply = [
      'Dear Ms Arkwright',
      '',
      'The Council received 212 complaints, which answers your first question. Regarding question 2,',
      'no fee is charged.',
      '',
      'As regards question 7, complaints are handled by Environmental Health.',
      '',
      'Finally, question 8. The service has been restructured once since',
      '2019. In 2022 we added an out-of-hours line.',
    ].join('\n');
    const got = answersOf(reply, q);
    assert.equal(got.get('Q8')?.line, 8);
    // (The question asks to describe the changes: the answer is the whole paragraph, session 54.)
    assert.equal(got.get('Q8')?.value, 'The service has been restructured once since 2019. In 2022 we added an out-of-hours line.');
  });
});

describe('the open option of a choice, answered "Other – …"', () => {
  const q = fromRequest(NOISE);

  it('reads "Other – X (… Housing)" as the open option with its detail, not as two choices named', () => {
    const got = answersOf(numbered({ 7: 'Other – Regulatory Services (Environmental Health & Housing)' }), q).get('Q7')!;
    assert.deepEqual([got.status, got.value], ['answered', 'Other - Regulatory Services (Environmental Health & Housing)']);
    // Two choices named with no lead are still two.
    assert.equal(answersOf(numbered({ 7: 'Environmental Health and Housing share the work' }), q).get('Q7')?.status, 'unclear');
  });

  it('reads "Other - X" for an option the request words "another team (please specify)"', () => {
    assert.equal(parseValue('Other - Neighbourhood Wardens (Community Safety)', q.byId.get('Q7')!).value, 'Other - Neighbourhood Wardens (Community Safety)');
  });
});

const PERMITS = [
  'Q1 How many residents\' parking zones does the council operate?',
  'Q2 How many referrals of permit misuse did the council receive in 2024/25?',
  'Q3 How many permits were cancelled in 2024/25 as a result of misuse investigations?',
  'Q4 How many prosecutions for permit fraud did the council bring in 2024/25?',
  'Q5 What is the target time, in working days, to issue a new permit?',
  'Q6 How many permit applications were received in 2024/25?',
  'Q7 Over the next two years, is the council planning to: introduce a new zone; extend an existing zone; both; or neither?',
  'Q8 Please describe the main changes made to the permit scheme since 2020.',
].join('\n');

describe('answers that give nothing the requester can use, and a target that does not exist', () => {
  const q = fromRequest(PERMITS);

  it('reads an answer that only points to the intranet as unclear, not as an answer or a signpost', () => {
    const got = answersOf('Q1 12\nQ8 Various – see the Parking Changes pages on our intranet (not publicly available).\n', q).get('Q8')!;
    assert.deepEqual([got.status, got.value], ['unclear', null]);
    // A pointer to a published page is still a signpost, and an answer that says what changed is an answer.
    assert.equal(answersOf('Q1 12\nQ8 Please see the Parking Changes pages on our website.\n', q).get('Q8')?.status, 'signposted');
    assert.equal(answersOf('Q1 12\nQ8 Various – the zones were redrawn in 2022; see the intranet for the detail.\n', q).get('Q8')?.status, 'answered');
    assert.equal(answersOf('Q1 12\nQ8 See the intranet. Since 2020 two zones have been redrawn and visitor permits went digital.\n', q).get('Q8')?.status, 'answered');
  });

  it('reads "This isn’t something we report on" as not held', () => {
    assert.equal(classifyAnswer('This isn’t something we report on – the system keeps live applications only.', q.byId.get('Q6')).status, 'not-held');
    assert.equal(classifyAnswer('This is not something we report on.', q.byId.get('Q6')).status, 'not-held');
  });

  it('reads "No target is set" as not held for a question that asks for the target, and only then', () => {
    const target = q.byId.get('Q5')!;
    for (const text of ['No target is set for issuing permits.', 'There is no formal target.', 'We do not have a target for this.']) assert.equal(classifyAnswer(text, target).status, 'not-held', text);
    assert.notEqual(classifyAnswer('No targets were missed in 2024/25.', target).status, 'not-held');
    assert.notEqual(classifyAnswer('No target is set.', q.byId.get('Q6')).status, 'not-held');
  });

  it('reads the verb that opens one choice alone, said and not denied, as that choice (offered)', () => {
    const plan = q.byId.get('Q7')!;
    const extend = parseValue('The Council intends to extend the Town Centre scheme next spring. There are no other plans.', plan);
    assert.deepEqual([extend.value, extend.confidence < DEFAULT_MIN_CONFIDENCE], ['Extend an existing zone', true]);
    assert.equal(parseValue('We will introduce a zone around the hospital in 2026.', plan).value, 'Introduce a new zone');
    assert.equal(parseValue('The Council has no plans to introduce parking controls.', plan).value, null);
    // Only in the first sentence: a verb said later may be of something else.
    assert.equal(parseValue('A consultation ran in 2024. We will introduce controls around the hospital.', plan).value, null);
  });
});

describe('a cross-reference between counts of different things', () => {
  const q = fromRequest(PERMITS);
  const reply = (four: string) => ['Q1 12', 'Q2 With regard to referrals, we received 96 referrals of misuse; 14 permits were cancelled as a result.', 'Q3 See Q2.', `Q4 ${four}`, 'Q5 5 working days'].join('\n');

  it('reads a bare pointer to an answer that says nothing of what this question counts as unclear', () => {
    const got = answersOf(reply('Please see the answer to question 2 above.'), q).get('Q4')!;
    assert.deepEqual([got.from, got.status, got.value], ['Q2', 'unclear', null]);
  });

  it('keeps the copied count when the pointer says why, or the answer names what is counted', () => {
    assert.equal(answersOf(reply('See Q2 – every referral that was upheld led to a prosecution.'), q).get('Q4')?.status, 'answered');
    const named = answersOf(reply('See Q2.').replace('96 referrals of misuse;', '96 referrals of misuse, and brought 96 prosecutions;'), q).get('Q4')!;
    assert.equal(named.status, 'answered');
    // A bare figure talks of nothing; one word apart may be the same thing named otherwise.
    assert.deepEqual(answersOf(reply('See Q2.').replace(/Q2 With[^\n]*/, 'Q2 96'), q).get('Q4')?.value, 96);
    const staff = fromRequest(['Q1 How many officers were employed in 2024?', 'Q2 How many staff were employed in 2024?', 'Q3 What is the target time to answer a complaint?'].join('\n'));
    assert.equal(answersOf('Q1 We employed 42 officers.\nQ2 Please see the answer to Q1.\nQ3 10 days\n', staff).get('Q2')?.value, 42);
  });
});

describe('CRM survey replies: asides in a reference, a choice set aside before a bracket, a second part titled on one line', () => {
  const crm = crmSurvey();

  it('finds "(question 2, ONS mid-2017 estimate)" and reads "residents rather than properties (question 4c)" as Residents', () => {
    const reply = [
      'Dear Mr Pellow',
      '',
      'The Council\u2019s full name is Ambergate District Council (question 1). The district has an estimated population of 104,300 (question 2, ONS mid-2017 estimate) and covers 88.2 square miles (question 3).',
      '',
      'In answer to question 4, we support about 120 systems. Of these, 20 are stand-alone (question 4a) and the other 100 share data (question 4b). Our systems are mainly organised around residents rather than properties (question 4c).',
    ].join('\n');
    const got = answersOf(reply, crm);
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.value], ['answered', 104300]);
    assert.deepEqual([got.get('Q4c')?.status, got.get('Q4c')?.value], ['answered', 'Residents']);
  });

  it('reads "4a – Title and 4b – Title: withheld …" as the one answer to both parts', () => {
    const reply = [
      '4 \u2013 Number of systems: about 210.',
      '',
      '4a \u2013 Stand-alone systems and 4b \u2013 Integrated systems: the Council is withholding this information under section 31(1)(a) of the Act, as a map of connected systems could assist a cyber attack.',
      '',
      '4c \u2013 Residents or properties: Properties',
    ].join('\n');
    const got = answersOf(reply, crm);
    assert.deepEqual(['Q4a', 'Q4b'].map((id) => [got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line]), [['refused', 's31', 3], ['refused', 's31', 3]]);
    // A title naming the second part with its own label below is no joint answer.
    const own = answersOf(reply.replace('4c \u2013', '4b \u2013 Integrated: 180\n\n4c \u2013'), crm);
    assert.deepEqual([own.get('Q4b')?.line, own.get('Q4b')?.value], [5, 180]);
    // Nor are parts of two questions one answer.
    const two = answersOf(reply.replace('4a \u2013 Stand-alone systems and 4b', '4c \u2013 Residents or properties and 6a'), crm);
    assert.notEqual(two.get('Q6a')?.line, 3);
  });

  it('reads a bare "7b" as the question a version of the request labelled Q7b (Q6c), in a table below the quoted request', () => {
    const reply = [
      'You asked:',
      'Q6a. Does the Authority have an online portal for Residents?',
      'Q7b. What is the uptake by residents as a percentage within the authority?',
      'Q7. What percentage of services in Q4 are accessible to Residents online using Single Sign On (SSO) on the portal?',
      '',
      'Our response:',
      '6a\tYes',
      '7b\t22%',
      '7\t35%',
    ].join('\n');
    const got = answersOf(reply, crm);
    assert.deepEqual([got.get('Q6c')?.value, got.get('Q6c')?.line], [22, 8]);
    assert.equal(got.get('Q7')?.value, 35);
  });

  it('reads "for the same reason we cannot give a figure for question 6c" as the answer before it says', () => {
    const reply = 'The Council has a portal, My Ambergate (question 6a). We do not record uptake of the portal as a share of households (question 6b), and for the same reason we cannot give a figure for question 6c.';
    const got = answersOf(reply, crm);
    assert.deepEqual([got.get('Q6b')?.status, got.get('Q6c')?.status], ['not-held', 'not-held']);
    // Without the reason borrowed, an inability alone stays unclear.
    assert.equal(answersOf(reply.replace('and for the same reason we cannot', 'and we cannot'), crm).get('Q6c')?.status, 'unclear');
  });
});

const ROADS = [
  '1. How many roads in your area are recorded as unadopted?',
  '2. What is the total length of unadopted road in your area, in kilometres?',
  '3. Does the council publish a register or map of unadopted roads? (Yes/No)',
  '4. In the last three years, how many times has the council called in a section 38 bond?',
  '5. Please describe the council\'s policy on adopting older private streets.',
  '6. How many section 38 agreements were signed in 2023/24?',
  '   a) How many of them were completed?',
  '   b) How many are still outstanding?',
].join('\n');

describe('a section the question names, a pointer then a summary, and "No" under the question restated', () => {
  const q = fromRequest(ROADS);

  it('reads "section 38 files … under section 12 we are not obliged" as section 12, the question naming section 38', () => {
    const text = 'Call-ins are not recorded centrally. We would need to open each of the 140 section 38 files, which would take over 25 hours, so under section 12 of the Act we are not obliged to answer it.';
    const got = classifyAnswer(text, q.byId.get('Q4'));
    assert.deepEqual([got.status, got.exemption], ['refused', 's12']);
    // A section the question does not name is still the exemption cited.
    assert.equal(classifyAnswer('Withheld under section 38 of the Act (health and safety).', q.byId.get('Q5')).exemption, 's38');
  });

  it('reads a pointer to a policy followed by "In summary, …" as an answer, not a signpost', () => {
    const policy = q.byId.get('Q5')!;
    assert.equal(classifyAnswer('Our position is set out in the Private Streets Policy (2020). In summary, we adopt a street only once the frontagers have brought it up to standard.', policy).status, 'answered');
    assert.equal(classifyAnswer('Our position is set out in the Private Streets Policy (2020), which is published on our website.', policy).status, 'signposted');
    const linked = 'Details of our policy can be found at https://www.example.gov.uk/streets. In summary, we adopt a street only once the frontagers have paid for the works.';
    assert.equal(classifyAnswer(linked, policy).status, 'answered');
    assert.equal(classifyAnswer(linked.replace('In summary, we', 'We'), policy).status, 'signposted');
  });

  it('reads a "No" on the line under the question restated, though the request ended "(Yes/No)"', () => {
    const reply = (three: string) => ['Question 1 – How many roads are unadopted?', '240', '', three, '', 'Question 4 – Bonds called in?', '2', ''].join('\n');
    assert.deepEqual(reading(answersOf(reply('Question 3 – Does the council publish a register or map of unadopted roads?\nNo.'), q), 'Q3'), ['answered', 'No', 5]);
    assert.equal(answersOf(reply('Question 3 – Register?\nNo'), q).get('Q3')?.value, 'No');
  });
});

describe('a PDF page break inside a sentence: the page number, a rule, and the next page\'s reference code', () => {
  const q = fromRequest(ROADS);
  const reply = [
    'Question 1 – How many roads are unadopted?',
    '240',
    '',
    'Question 2 – What is the total length, in kilometres?',
    'Lengths are held for 180 of the 240 streets; these total',
    '                                                    Page 1 of 2',
    '____________________________________________________________',
    '',
    'HWY/2291/FOI',
    '',
    '41.7 km. Lengths for the other streets are not recorded.',
    '',
    'Question 3 – Register?',
    'Yes',
  ].join('\n');

  it('reads the sentence on after the page, without the page\'s furniture', () => {
    const got = answersOf(reply, q).get('Q2')!;
    assert.deepEqual([got.status, got.value], ['partial', 41.7]);
  });

  it('still ends the answer at a page\'s number between two lines of text', () => {
    const plain = reply.replace('____________________________________________________________\n\nHWY/2291/FOI\n\n', '');
    assert.notEqual(answersOf(plain, q).get('Q2')?.value, 41.7);
  });
});
