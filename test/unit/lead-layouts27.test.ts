// Layouts found by scoring the engine on replies it had never seen (session 27: real exchanges of
// councils, NHS trusts and police forces), each fixed with a general rule. The requests and letters
// here are written for fictional bodies; no real text is copied.
import { strict as assert } from 'node:assert';
import { listedChoices, inHouseOrOut } from '../../src/core/fromRequest';
import { classifyAnswer } from '../../src/core/classify';
import { parseValue } from '../../src/core/values';
import { scanMarkersWith } from '../../src/core/markers';
import { restartedNumbering } from '../../src/core/reader';
import { questionWords } from '../../src/core/segment';
import type { Question } from '../../src/core/types';
import { answersOf, fromRequest, reading } from '../support/engine';

const ask = (type: Question['type'], text: string, id = 'Q1'): Question => ({ id, type, order: 0, text });

describe('a request that lists the details wanted for each row', () => {
  it('reads "Patient records system: supplier; software; contract expiry date" as the details to give, not options', () => {
    assert.equal(listedChoices('Patient records system: supplier; software/system; contract expiry date; revised expiry date'), null);
    const q = fromRequest(['1. Patient records system: supplier; software/system; contract expiry date', '2. Rostering system: supplier; software/system; contract expiry date'].join('\n'));
    assert.deepEqual(q.questions.map((x) => [x.id, x.type, x.choices]), [['Q1', 'text', undefined], ['Q2', 'text', undefined]]);
  });

  it('still reads "State: in-house; contractor; mixed" as options', () => {
    assert.deepEqual(listedChoices('State: in-house; contractor; mixed'), ['In-house', 'Contractor', 'Mixed']);
  });

  it('reads "No system installed" for such a row as not applicable, and a supplier\'s name as answered', () => {
    const q = fromRequest(['1. Patient records system: supplier; software/system; contract expiry date', '2. Rostering system: supplier; software/system; contract expiry date'].join('\n'));
    const got = answersOf(['Response', '', '| 1 | Patient records system | Orbiton Health | CareFile | 31/03/2029 |', '| 2 | Rostering system | No system installed | | |'].join('\n'), q);
    assert.deepEqual(reading(got, 'Q2'), ['not-applicable', null, 4]);
    assert.equal(got.get('Q1')?.status, 'answered');
    // (A yes/no question keeps its "No".)
    assert.deepEqual([classifyAnswer('No system installed', ask('yes-no', 'Do you have a rostering system?')).status], ['answered']);
  });
});

describe('a refusal under section 22 after the request quoted whole', () => {
  const REQUEST = ['1. The savings estimate sent to the trust by the review team.', '2. The estimate as a share of the trust\'s turnover.', '3. The report sent to the trust with the estimate.'].join('\n\n');
  const REPLY = [
    REQUEST,
    '',
    'The Trust confirms that some information is held that is relevant to the above request.',
    '',
    'However, it is being withheld under Section 22 of the Freedom of Information Act, as the information is intended for future publication. The national body intends to publish the data for all trusts by the autumn of 2027.',
    '',
    'Section 22 is a qualified exemption and the Trust has weighed the public interest. Its view that the section 22 exemption applies to the above request rests on the public interest in a single publication of checked data.',
  ].join('\n');

  it('refuses every question under s22, from the sentence the "However" answers', () => {
    const got = answersOf(REPLY, fromRequest(REQUEST));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line, got.get(id)?.why], ['refused', 's22', 7, 'whole-request refusal, s22, line 7'], id);
  });

  it('does not read the year of publication as a figure given', () => {
    assert.deepEqual([classifyAnswer('However, it is being withheld under Section 22 of the Act. The Department intends to release the data for all trusts by the summer of 2027.').status], ['refused']);
  });
});

describe('a duration answered with a bare figure', () => {
  it('reads "2.25" for an average length of stay as the figure, in the question\'s unit when it names one', () => {
    const stay = ask('duration', 'What was the average length of stay for a patient?');
    assert.equal(parseValue('2.25', stay).value, 2.25);
    assert.deepEqual(parseValue('Approx. 4.5', { ...stay, unit: 'days' }), { value: 4.5, unit: 'days', confidence: 0.6, inferred: true });
    // (A figure among words is not bare: the reading stays with the words.)
    assert.equal(parseValue('We record 12 wards', stay).value, null);
  });
});

describe('a request whose questions are labelled "Question Number N:"', () => {
  it('reads each label and the question on the line under it', () => {
    const q = fromRequest(['Question Number 1:', 'Does the Trust buy hand gel through a tender?', '', 'Question Number 2:', 'Is the Trust buying hand gel now?', '', 'Question No. 3:', 'Who should a supplier contact?'].join('\n'));
    assert.deepEqual(q.questions.map((x) => [x.id, x.type]), [['Q1', 'yes-no'], ['Q2', 'yes-no'], ['Q3', 'text']]);
  });
});

describe('a request that lists periods before its questions, both numbered from 1', () => {
  const REQUEST = [
    'For each question I would like figures for each of these periods:',
    '',
    '  1. i) 2019/20',
    '  2. ii) 2020/21',
    '  3. iii) 2021/22 to date (latest figures available)',
    '',
    '  1. How many patients were referred to the falls clinic?',
    '  2. How many of them were seen within six weeks?',
  ].join('\n');

  it('takes the questions, not the periods', () => {
    assert.deepEqual(fromRequest(REQUEST).questions.map((x) => [x.id, x.type]), [['Q1', 'number'], ['Q2', 'number']]);
  });

  it('reads the quoted periods as no answers, and the one statement below as the answer to both', () => {
    const got = answersOf([REQUEST, '', '', 'We do not hold this information; the local commissioning group may be able to help.'].join('\n'), fromRequest(REQUEST));
    assert.deepEqual([reading(got, 'Q1'), reading(got, 'Q2')], [['not-held', null, 11], ['not-held', null, 11]]);
  });

  it('takes the questions when the periods come after them, more of them', () => {
    const request = ['  1. How many patients were referred to the falls clinic?', '  2. How many of them were seen within six weeks?', '', 'For each question, figures for these periods:', '', '  1. 2019/20', '  2. 2020/21', '  3. 2021/22'].join('\n');
    assert.deepEqual(fromRequest(request).questions.map((x) => x.id), ['Q1', 'Q2']);
  });

  it('keeps a period given alone as the answer to a question that asks for one', () => {
    assert.equal(answersOf(['1. 2019/20', '2. 412'].join('\n'), fromRequest(['1. In which financial year was the falls policy adopted?', '2. How many patients were referred?'].join('\n'))).get('Q1')?.line, 1);
    // (And the answers above the request quoted below them: "1. 2012" is the year asked for.)
    const year = fromRequest(['1. In which year was the falls policy adopted?', '2. How many patients were referred?'].join('\n'));
    assert.deepEqual(reading(answersOf(['1. 2012', '2. 412', '', 'Your request:', '1. In which year was the falls policy adopted?', '2. How many patients were referred?'].join('\n'), year), 'Q1'), ['answered', 2012, 1]);
    const q = fromRequest(['1. Which period do your latest published figures cover?', '2. How many patients were referred in 2023/24?'].join('\n'));
    assert.deepEqual(reading(answersOf(['1. 2019/20', '2. 412'].join('\n'), q), 'Q2'), ['answered', 412, 2]);
    assert.equal(answersOf(['1. 2019/20', '2. 412'].join('\n'), q).get('Q1')?.line, 1);
  });

  it('keeps a figure given against a period as an answer', () => {
    const q = fromRequest(['1. How many patients were referred in 2019/20?', '2. How many were seen within six weeks?'].join('\n'));
    assert.equal(answersOf(['1. 2019/20 – 412', '2. 388'].join('\n'), q).get('Q1')?.status, 'answered');
  });
});

describe('a short request quoted whole, dash-bulleted, with one answer in words below it', () => {
  const REQUEST = [
    '– Is there a contract in place with a third party to refill the hand gel dispensers on your wards?',
    '',
    '– If so, how much is the trust charged for each refill?',
    '',
    '– If not, how much does it cost the trust to refill a dispenser?',
  ].join('\n');
  const REPLY = [REQUEST, '', 'Response:', '', 'There is no contract for this as it is done in house by our own porters, and therefore no external cost.', '', 'Visiting times', '', 'To protect patients during the Covid-19 outbreak we have put in place limits on ward visitors.'].join('\n');

  it('reads the dash bullets as the questions, with their routing', () => {
    const q = fromRequest(REQUEST);
    assert.deepEqual(q.questions.map((x) => [x.id, x.type, x.when]), [['Q1', 'yes-no', undefined], ['Q2', 'money', { Q1: 'yes' }], ['Q3', 'money', { Q1: 'no' }]]);
  });

  it('gives each question the answer, read for itself, and routes out the one asked only if so', () => {
    const got = answersOf(REPLY, fromRequest(REQUEST));
    assert.deepEqual([reading(got, 'Q1'), reading(got, 'Q2'), reading(got, 'Q3')], [['answered', 'No', 9], ['not-applicable', null, 9], ['answered', 0, 9]]);
    // Offered, never auto-coded: which words answer which question is a reading (and the routing
    // that follows from it is never auto-coded either).
    for (const id of ['Q1', 'Q3']) assert.ok(got.get(id)!.confidence < 0.7, id);
    assert.ok(got.get('Q2')!.confidence < 0.95);
  });

  it('leaves the earlier questions alone when the answer below gives a figure', () => {
    const got = answersOf(REPLY.replace('and therefore no external cost.', 'at a cost of £3 per refill.'), fromRequest(REQUEST));
    assert.deepEqual([...got.keys()], ['Q3']);
  });

  it('reads "no external cost" as nothing spent, and never a disease\'s number as a sum', () => {
    const money = ask('money', 'How much does it cost to refill a dispenser?');
    assert.equal(parseValue('It is done by our own staff, and therefore no external cost.', money).value, 0);
    assert.equal(parseValue('Visiting is limited during the Covid-19 outbreak.', money).value, null);
    assert.equal(parseValue('Visiting is limited during the COVID-19 outbreak; the cost was £40.', money).value, 40);
  });

  it('answers "Is there a contract …?" with the "no" of the sentence about the contract, whatever a later sentence says', () => {
    const contract = ask('yes-no', 'Is there a contract in place with a third party to refill the dispensers in your hospital?');
    assert.equal(parseValue('There is no contract for this. The hospital has put in place limits on visitors.', contract).value, 'No');
    // (A first sentence about something else still gives way to the one in the question's words.)
    const considered = ask('yes-no', 'Has a booking system ever been considered?');
    assert.equal(parseValue('The Council does not use one at present. A booking system was considered in 2019.', considered).value, 'Yes');
  });
});

describe('figures given "as a gesture of goodwill" below a cost-limit refusal', () => {
  const REQUEST = ['  1. The number of fingerprint records currently held by the force.', '  2. The number of requests received to delete fingerprint records since 1 May 2023.', '  3. The number of fingerprint records deleted since 1 May 2023.'].join('\n');
  const REPLY = [
    'Request',
    '',
    REQUEST,
    '',
    'Response',
    '',
    'Our records are not organised in a way that would allow us to provide all this information within the appropriate (cost) limit of the Freedom of Information Act.',
    '',
    'However, as a gesture of goodwill I have supplied information retrieved before it was clear that the limit would be exceeded (see answers to questions 2 and 3 below):',
    '',
    '2. The number of requests received to delete records since 1 May 2023 is 17.',
    '',
    '3. The number of records deleted since 1 May 2023 is 23.',
  ].join('\n');

  it('refuses the question given nothing under s12, offered, and keeps the figures', () => {
    const got = answersOf(REPLY, fromRequest(REQUEST));
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.exemption, got.get('Q1')?.line], ['refused', 's12', 9]);
    // (Offered: below Auto-code's threshold, whatever the calibration's fitted share.)
    assert.ok(got.get('Q1')!.confidence < 0.95);
    assert.deepEqual([reading(got, 'Q2'), reading(got, 'Q3')], [['answered', 17, 13], ['answered', 23, 15]]);
  });
});

describe('a numbered answer list whose answers share words with the first question', () => {
  const REQUEST = [
    '1) Total spending by the council on rodent control at all the land and buildings it manages, both in house and contracted.',
    '2) If any services are contracted out, the supplier names and the contract values.',
    '3) The number of treatments by species.',
  ].join('\n');

  it('keeps each of several "not held" answers with its own number', () => {
    const request = [
      '1) Total expenditure by the council on rodent control at all buildings and land that the council controls, including parks, schools, council housing and council offices.',
      '2) If any council services are contracted out, the supplier names and the council contract values.',
      '3) The number of council call-outs by species.',
      '4) The number of animals killed by the council, by species.',
      '5) A copy of any council policy on rodent control.',
    ].join('\n');
    const reply = ['Request', request, 'Response', '1. This information is published with the Council\'s payments to suppliers.', '2. The Council does not provide rodent control services but does have a supplier for council buildings and land.', '3. The Council does not hold this information.', '4. The Council does not hold this information.', '5. The Council does not hold this information.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5'].map((id) => got.get(id)?.line), [8, 9, 10, 11, 12]);
  });

  it('keeps each answer with its own number', () => {
    const reply = [
      'Request',
      REQUEST,
      'Response',
      '1. This information is published on the Council\'s website with its payments to suppliers at https://www.example.gov.uk/payments.',
      '2. The Council does not provide rodent control services itself but does have a supplier for the land and buildings it manages.',
      '3. The Council does not hold this information.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual([got.get('Q1')?.line, got.get('Q2')?.line, got.get('Q3')?.line], [6, 7, 8]);
    assert.equal(got.get('Q3')?.status, 'not-held');
  });
});

describe('a statement "In respect of questions 1-9" and another for question 10', () => {
  const REQUEST = Array.from({ length: 10 }, (_, i) => `${i + 1}. ${['How many culverts', 'How many gullies', 'How many drains', 'How many ditches', 'How many outfalls', 'How many pumps', 'How many screens', 'How many sluices', 'How many weirs', 'Why was permission given to build on the flood plain'][i]} ${i < 9 ? 'does the council maintain?' : 'at Marsh Lane?'}`).join('\n');

  it('gives 1 to 9 the statement naming them, and 10 its own paragraph, not the first', () => {
    const reply = [
      'Request',
      REQUEST,
      'Response',
      'In respect of questions 1-9, I can confirm that the Council does not hold the information you are seeking. The county council is the highway authority.',
      'In respect of question 10, each planning application has a report setting out why permission was granted, and these are published on the Council\'s website.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    for (const id of ['Q1', 'Q5', 'Q9']) assert.equal(got.get(id)?.status, 'not-held', id);
    assert.deepEqual([got.get('Q10')?.status, got.get('Q10')?.line], ['signposted', 14]);
  });

  it('does not give 10 the statement that names 1 to 9', () => {
    const reply = ['Request', REQUEST, 'Response', 'In respect of questions 1-9, I can confirm that the Council does not hold the information you are seeking. The county council is the highway authority.'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.equal(got.get('Q9')?.status, 'not-held');
    assert.equal(got.get('Q10'), undefined);
  });
});

describe('other-questionnaire layouts (other-blind111, scored blind first)', () => {
  it('types "What is the target timescale for …?" as a duration and "…, in pounds?" as money', () => {
    const q = fromRequest(['Q1 What is the council\'s target timescale for responding to a stage 2 complaint?', 'Q2 What is the estimated backlog of culvert repairs, in pounds?', 'Q3 How many complaints were answered within the target timescale?'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.type), ['duration', 'money', 'number']);
  });

  it('reads "Q4 (a and b) - N/A" as the label of both parts, leaving Q4 its own "No"', () => {
    const q = fromRequest(['Q3 How many complaints were escalated?', 'Q4 Does the council use complaints software?', 'Q4a If yes, what is it called?', 'Q4b If yes, what does it cost each year?', 'Q5 How many staff handle complaints?'].join('\n'));
    const got = answersOf(['Q3 - 41', 'Q4 - No. Complaints are logged in the general contact system.', 'Q4 (a and b) - N/A', 'Q5 - 3'].join('\n'), q);
    assert.deepEqual([reading(got, 'Q4'), reading(got, 'Q4a'), reading(got, 'Q4b'), reading(got, 'Q5')], [['answered', 'No', 2], ['not-applicable', null, 3], ['not-applicable', null, 3], ['answered', 3, 4]]);
  });

  it('gives a question answered in words, referred to a yes/no answer, the words and not the "Yes"', () => {
    const q = fromRequest(['Q4 Does the council use complaints software?', 'Q4a If yes, what is the name of the system and who supplies it?'].join('\n'));
    const got = answersOf(['Q4 - Yes. We use Casewise 9, supplied by Casewise Ltd.', 'Q4a - See answer to Q4.'].join('\n'), q);
    assert.equal(got.get('Q4')?.value, 'Yes');
    assert.deepEqual([got.get('Q4a')?.status, got.get('Q4a')?.from], ['answered', 'Q4']);
    assert.match(String(got.get('Q4a')?.value), /Casewise 9/);
  });
});

describe('answers numbered in order whose words are nearest one earlier question', () => {
  it('are never all moved onto that question: a restarted numbering gives each item a different question', () => {
    const q = fromRequest(['1. How much did the council spend on its rodent control service?', '2. Who supplies the service?', '3. How many call-outs were there?'].join('\n'));
    const text = ['1. How much did the council spend on its rodent control service?', '2. Who supplies the service?', '3. How many call-outs were there?', '1. Published with our payments data.', '2. The council rodent control service does not spend on this.', '3. The council rodent control service did not spend on call-outs.'].join('\n');
    const markers = scanMarkersWith(text, { knownIds: q.questions.map((x) => x.id) });
    const bags = new Map([...questionWords(q)].map(([id, w]) => [id, w.bag]));
    // (Both answers share more words with Q1 than with their own questions.)
    assert.equal(restartedNumbering(text, markers, q, bags), null);
  });
});

describe('a cost-limit refusal with data given "as a gesture of goodwill" in an attachment', () => {
  const REQUEST = ['1) How many times did officers draw a baton on a person?', '', '2) The age range of those people?', '', '3) How many times did officers draw a baton on an animal?', '', '4) What kinds of animals were they?'].join('\n');
  const reply = (reasons: string): string => [
    REQUEST,
    '',
    'Response',
    '',
    'Our data are not organised in such a way as to allow us to provide all of this information within the appropriate (cost) limit of the Freedom of Information Act (see reasons below).',
    '',
    'However, as a gesture of goodwill I have supplied information retrieved before it was realised that the limit would be exceeded (see attached file 412B_attachment.pdf).',
    '',
    'REASONS',
    '',
    reasons,
  ].join('\n');

  it('signposts the questions the reasons do not name to the attachment, and keeps those they name refused', () => {
    const got = answersOf(reply('Questions 3 and 4 – our use of force records have no category for animals, and a manual review would exceed the limit of section 12.'), fromRequest(REQUEST));
    assert.deepEqual(['Q1', 'Q2', 'Q3', 'Q4'].map((id) => [got.get(id)?.status, got.get(id)?.exemption]), [['signposted', undefined], ['signposted', undefined], ['refused', 's12'], ['refused', 's12']]);
    assert.equal(got.get('Q1')?.line, 13);
    assert.ok(got.get('Q1')!.confidence < 0.7);
  });

  it('keeps a question named only in the reasons\' prose refused', () => {
    const got = answersOf(reply('Researching each case would exceed the appropriate limit (s.12). In order to answer question 4, we would need to search every record by hand.'), fromRequest(REQUEST));
    assert.deepEqual(['Q1', 'Q3', 'Q4'].map((id) => got.get(id)?.status), ['signposted', 'signposted', 'refused']);
  });

  it('leaves a refusal with no goodwill attachment refused', () => {
    const got = answersOf(reply('Questions 3 and 4 – our records have no category for animals.').replace(/However, as a gesture of goodwill[^\n]*/, 'We are sorry we cannot help further.'), fromRequest(REQUEST));
    assert.deepEqual(['Q1', 'Q2'].map((id) => got.get(id)?.status), ['refused', 'refused']);
  });
});

describe('a refusal notice for the questions it names', () => {
  it('refuses the named question under the first section cited below it, and leaves the others to the letter', () => {
    const request = ['1. How many drones does the force own?', '2. What are drones used for?', '3. What are the force\'s plans for drones in covert work?'].join('\n');
    const reply = [
      request,
      '',
      'Response',
      '',
      'The force owns 9 drones (question 1), which are used for searches for missing people and road collision scenes (question 2).',
      '',
      'This letter represents a Refusal Notice for question 3. We neither confirm nor deny that any relevant data are held by virtue of the following exemptions:',
      '',
      'Section 23(5) Information supplied by or concerning certain security bodies',
      '',
      'Section 24(2) National security',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q3')?.status, got.get('Q3')?.exemption, got.get('Q3')?.line], ['refused', 's23', 9]);
    assert.equal(got.get('Q1')?.value, 9);
  });
});

describe('a question of opinion answered with what is being done', () => {
  it('offers the yes it reads, never as sure as a written "Yes"', () => {
    const opinion = ask('yes-no', 'Do you think the council is ready for the growth in demand for charging points?');
    const read = parseValue('The Authority is undertaking a pilot this year and will tender for a partner.', opinion);
    assert.deepEqual([read.value, read.confidence <= 0.6, read.inferred], ['Yes', true, true]);
    assert.deepEqual(parseValue('Yes – a pilot is under way.', opinion), { value: 'Yes', confidence: 0.95 });
    // (A question of fact keeps the reading as it was.)
    assert.equal(parseValue('The Authority is undertaking a pilot this year.', ask('yes-no', 'Is the council running a pilot?')).confidence, 0.7);
  });
});

describe('real rounds real65 and real66 (councils, fire services and police, scored blind first)', () => {
  const count = ask('number', 'How many noise complaints were made on the weekend of 10 and 11 May?');

  it('reads "3 or 4 September" and "3 days after" as dates, and "No complaints were made" as none', () => {
    assert.deepEqual(parseValue('No complaints were made about noise on the 3 or 4 September 2025.', count), { value: 0, confidence: 0.7 });
    assert.equal(parseValue('One complaint was made about 10 or 11 May 2025. It was logged on 14 May, 3 days after the event.', count).value, 1);
    assert.equal(parseValue('We received 3 complaints on 10 May.', count).value, 3);
    // (Without the comma the length is the answer: "referred 56 days after the invoice date".)
    assert.equal(parseValue('Invoices are referred to Legal Services 56 days after the invoice date.', ask('number', 'After how many days is an unpaid invoice referred for legal action?')).value, 56);
  });

  it('offers none when the first sentence says none and a figure follows about something else', () => {
    const fines = ask('number', 'How many fixed penalty notices for parking were issued in 2024/25?');
    assert.deepEqual(parseValue('No FPNs were issued for parking. We did though issue 2,914 penalty charge notices for car park offences.', fines), { value: 0, confidence: 0.6, several: true });
    assert.equal(parseValue('412 FPNs were issued. No FPNs were issued for littering from vehicles.', fines).value, 412);
    // (A figure in that first sentence is no "none": "No FPNs were issued at 3 of our car parks".)
    assert.notEqual(parseValue('No FPNs were issued at 3 of our car parks. 40 were issued at the others.', fines).value, 0);
  });

  it('refuses a count given only as "<7" when the letter cites section 40 for low figures', () => {
    const q = fromRequest(['1. How many assessments were requested in 2024?', '2. How many were refused?', '3. How many went to tribunal?'].join('\n'));
    const reply = ['1. 1,204', '', '2. 318', '', '3. <7', '', 'Low figures are considered exempt under Section 40(2) of the Act where disclosure could identify a living individual.'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q3')?.status, got.get('Q3')?.exemption, got.get('Q3')?.line], ['refused', 's40', 5]);
    // (Without that sentence, the band is no answer the engine can code.)
    assert.notEqual(answersOf(reply.replace(/Low figures[^\n]*/, 'We hope this helps.'), q).get('Q3')?.status, 'refused');
  });

  it('signposts every question to a file named alone under the response heading, after "Please see below our response"', () => {
    const request = ['1. The total number of call outs, by month', '2. The incident category of each', '3. The property type of each'].join('\n');
    const reply = ['Question Asked:', '', 'I would be grateful for the following for 2024/25:', request, '', '', 'Our Response:', '', 'Please see below our response to your request.', '', 'foi_3107_response.pdf', '', '', 'Outcome: Information Provided', '', 'Responded to within timescales: YES', '', 'Date responded: 2 May 2025'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [got.get(id)?.status, got.get(id)?.line]), [['signposted', 11], ['signposted', 11], ['signposted', 11]]);
  });

  it('reads the statement under the response heading when the last quoted question runs into it', () => {
    const request = ['1. The total number of sickness days for each year.', '2. The total cost of sickness days for each year.', '3. A breakdown of sickness days by reason for each year. For example: mental health, back problems, etc.'].join('\n');
    const reply = ['Request', 'This is a request about sickness absence for 2022-23 to 2024-25.', request, 'Response', 'Please see attached', 'Documents', 'This is the council\'s response to a freedom of information request.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [got.get(id)?.status, got.get(id)?.line]), [['signposted', 7], ['signposted', 7], ['signposted', 7]]);
  });

  it('reads a whole-request cost refusal below a request whose notes read like answers', () => {
    const request = ['1) How many calls were graded emergency in:', '', 'a. 2022', 'b. 2023', '', 'Grades 1 to 3 are urgent. Please provide a description of each grade.', '', '2) How many calls were not attended?'].join('\n');
    const reply = [request, '', 'Response', '', 'Our data are not organised in such a way as to allow us to provide all of this information within the appropriate (cost) limit of the Freedom of Information Act.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(['Q1a', 'Q1b', 'Q2'].map((id) => [got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line]), [['refused', 's12', 12], ['refused', 's12', 12], ['refused', 's12', 12]]);
  });
});

describe('a police letter that restates questions glued to their numbers and refuses three under exemptions listed below', () => {
  const REQUEST = ['1) How many intelligence logs were created in 2024?', '', '2) Of these, how many relate to fraud enquiries?', '', '3) How many logs were submitted by the covert sources unit?'].join('\n');
  const REPLY = [
    'Request',
    '',
    REQUEST,
    '',
    'Response',
    '',
    '1.How many intelligence logs were created in 2024?',
    '',
    '84,512',
    '',
    '2.Of these, how many relate to fraud enquiries?',
    '3. How many logs were submitted by the covert sources unit?',
    '',
    'For questions 2 and 3 above.',
    '',
    'The force will neither confirm nor deny that it holds any of the requested information, as the following exemptions apply.',
    '',
    'Section 24(2) National Security',
    '',
    'Section 31(3) Law Enforcement',
  ].join('\n');

  it('reads "1.How many …" as the label, and the figure under it as the answer', () => {
    assert.deepEqual(reading(answersOf(REPLY, fromRequest(REQUEST)), 'Q1'), ['answered', 84512, 13]);
  });

  it('reads the paragraph after "For questions 2 and 3 above." as their answer, refused under the first section listed', () => {
    const got = answersOf(REPLY, fromRequest(REQUEST));
    assert.deepEqual(['Q2', 'Q3'].map((id) => [got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line]), [['refused', 's24', 18], ['refused', 's24', 18]]);
  });
});

describe('a question whether a service is run in house or by an outside body', () => {
  it('is a choice of the two ways and both, answered "In-house"', () => {
    assert.deepEqual(inHouseOrOut('Do you use an in-house team or private enforcement company to issue fines for littering?'), ['In-house', 'Private enforcement company', 'Both']);
    assert.deepEqual(inHouseOrOut('Is grass cutting done in-house or by an external contractor?'), ['In-house', 'External contractor', 'Both']);
    assert.equal(inHouseOrOut('Do you have an in-house legal team?'), null);
    const q = fromRequest(['1. Do you issue fines for littering?', '2. Do you use an in-house team or a private enforcement company to issue them?'].join('\n'));
    assert.equal(q.byId.get('Q2')?.type, 'choice');
    assert.deepEqual(reading(answersOf(['1. Yes', '2. In-house'].join('\n'), q), 'Q2'), ['answered', 'In-house', 2]);
  });
});

describe('other-blind115 (scored blind first)', () => {
  it('types "For what minimum period …?" as a duration, and reads "so the figure is nil" as 0', () => {
    const q = fromRequest(['1. For what minimum period must on-site habitat be managed and monitored?', '2. How many ecologists does the council employ?'].join('\n'));
    assert.equal(q.byId.get('Q1')?.type, 'duration');
    assert.equal(parseValue('The council does not directly employ an ecologist, so the figure is nil.', q.byId.get('Q2')).value, 0);
    assert.equal(parseValue('A minimum of 30 years, secured by condition.', q.byId.get('Q1')).value, 30);
  });
});

describe('a request in parts: "Part 1" over lettered items, then "Part 2"', () => {
  const REQUEST = ['Part 1', '', '(a) The number of adults placed outside the borough with a learning disability.', '', '(b) The number of adults placed outside the borough with a mental health condition.', '', 'Part 2', '', 'If available, please give the figures for part 1 by month in 2024.'].join('\n');

  it('numbers the questions by their parts', () => {
    assert.deepEqual(fromRequest(REQUEST).questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b', 'Q2']);
  });

  it('never reads "Part 2" as a figure, and spreads the letter\'s one statement', () => {
    const got = answersOf([REQUEST, '', 'Our response', '', 'Please refer to the attached spreadsheet.'].join('\n'), fromRequest(REQUEST));
    assert.deepEqual(['Q1a', 'Q1b', 'Q2'].map((id) => [got.get(id)?.status, got.get(id)?.value]), [['signposted', null], ['signposted', null], ['signposted', null]]);
    assert.equal(parseValue('Part 2', ask('number', 'How many adults?')).value, null);
  });
});

describe('a rate given for a total asked', () => {
  it('offers the rate, never certain', () => {
    const total = ask('money', 'What was the total cost to your fire service of attending firework incidents in each of the last three years?');
    const read = parseValue('We are unable to provide an exact cost. We do use an average figure for one appliance at an incident for one hour, which is £400.', total);
    assert.deepEqual([read.value, read.several], [400, true]);
    assert.deepEqual(parseValue('The total cost was £12,400.', total), { value: 12400, unit: 'GBP', confidence: 0.9 });
    // (A question that asks the rate keeps it.)
    assert.equal(parseValue('£400 for one hour.', ask('money', 'What does one appliance cost an hour?')).several, undefined);
  });
});
