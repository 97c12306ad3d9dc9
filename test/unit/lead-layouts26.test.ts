// Layouts found by scoring the engine on replies it had never seen (session 26: blind CRM-survey and
// other-questionnaire sets, and real exchanges of bodies other than councils), each fixed with a
// general rule. The requests and letters here are written for fictional bodies; no real text is copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { classifyAnswer } from '../../src/core/classify';
import { parseValue } from '../../src/core/values';
import { proseReferenceMarkers } from '../../src/core/proseRefs';
import { replyLines } from '../../src/core/segment';
import type { Question } from '../../src/core/types';
import { answersOf, fromRequest, reading } from '../support/engine';

const CRM = parseQuestionnaire(readFileSync(join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;
const question = (id: string): Question => CRM.byId.get(id)!;

describe('a prose letter that names parts in brackets after the request quoted whole', () => {
  const REQUEST = [
    '1. What is the name of the council\'s online planning portal?',
    '2. Does the council offer online booking for pre-application advice?',
    '3a. How many pre-application requests did the council receive in 2023?',
    '3b. What percentage of those requests were answered within 20 working days?',
    '3c. What percentage of those requests were answered within 40 working days?',
    '4. In what year did the council start charging for pre-application advice?',
    '4a. How long did the public consultation on the charges last?',
  ].join('\n');
  const REPLY = [
    'Dear Mr Quenby,',
    '',
    'Your request of 3 May read as follows:',
    '',
    '1. What is the name of the council\'s online planning portal?',
    '2. Does the council offer online booking for pre-application advice?',
    '3a. How many pre-application requests did the council receive in 2023?',
    '3b. What percentage of those requests were answered within 20 working days?',
    '3c. What percentage of those requests were answered within 40 working days?',
    '4. In what year did the council start charging for pre-application advice?',
    '4a. How long did the public consultation on the charges last?',
    '',
    'Our response follows.',
    '',
    'Our portal is known as Plantrack Online (question 1), and it does take',
    'bookings for pre-application advice (question 2).',
    '',
    'The council received 212 such requests during 2023 (3a). Of these, 64% were',
    'answered within 20 working days (3b). For question 3c, the same figure',
    'applies, as the service does not set a second target.',
    '',
    'Charging began in 2019 (question 4) after a public consultation lasting around six',
    'weeks',
    '(4a). We hope this is helpful.',
    '',
    'Yours sincerely,',
    'Information Team',
  ].join('\n');

  it('reads a part named in brackets after another sentence that names a question', () => {
    const got = answersOf(REPLY, fromRequest(REQUEST));
    assert.deepEqual([got.get('Q3a')?.value, got.get('Q3a')?.line], [212, 18]);
    assert.deepEqual([got.get('Q3b')?.status, got.get('Q3b')?.value], ['answered', 64]);
  });

  it('takes "the same figure applies" as the previous answer\'s value', () => {
    const got = answersOf(REPLY, fromRequest(REQUEST));
    assert.deepEqual([got.get('Q3c')?.status, got.get('Q3c')?.value], ['answered', 64]);
    assert.match(got.get('Q3c')?.why ?? '', /cross-reference to Q3b/);
  });

  it('reads a part in brackets that closes a sentence wrapped onto its line as a reference, its answer after the reference before it', () => {
    const got = answersOf(REPLY, fromRequest(REQUEST));
    assert.deepEqual([got.get('Q4')?.value, got.get('Q4a')?.status, got.get('Q4a')?.value, got.get('Q4a')?.line], [2019, 'answered', 6, 22]);
  });

  it('opens a part\'s answer after a reference closing before it in its sentence, even one to a question answered already', () => {
    const q = fromRequest(REQUEST);
    // Read late, for question 4a alone: question 4 was answered, its reference is still where 4a's words begin.
    const late = proseReferenceMarkers(REPLY, replyLines(REPLY), [], q, new Set(['Q4a']));
    const m = late.find((x) => x.ids.includes('Q4a'));
    assert.match(REPLY.slice(m!.start, m!.start + 30), /^after a public consultation/);
  });
});

describe('a table turned to text from a PDF, numbered by the council', () => {
  const TABLE = [
    'Brackenmoor District Council',
    'Freedom of Information response - reference FOI 19/2204',
    '',
    'Question                                        Response',
    '',
    '1 What is the full official name of the         Brackenmoor District Council',
    'Authority?',
    '',
    '2 How large is the Authority in terms of        61 480 (mid-2017)',
    'population?',
    '',
    '3 How large is the Authority in terms of        33,105 ha',
    'geographical boundaries?',
    '',
    '4 How many information systems / databases      96',
    'does the Authority use?',
    '',
    '5 What services are provided to Residents by    Waste collection, planning,',
    'the Authority (e.g. Taxi Licensing, Waste,      licensing (incl. street trading),',
    '',
    'Brackenmoor District Council - FOI 19/2204                        Page 1 of 2',
    'Question                                        Response',
    '',
    'Education, Planning Applications, etc.)         council tax, benefits, parks',
    '                                                and markets.',
    '',
    '6a Does the Authority have an online portal     Yes',
    'for Residents?',
    '',
    '7b What is the uptake by residents as a         Not known - registrations are',
    'percentage within the authority?                counted per household only.',
    '',
    '7 What percentage of services in Q4 are         About 40%',
    'accessible to Residents online using Single',
    'Sign On (SSO) on the portal?',
    '',
    '13d If Yes to Q13c., what were the reasons      Funding; loss of the project',
    'for the failure of the project? (See "CRM       sponsor',
    'Challenges" below, please state all that',
    'apply)',
    '',
    '14  Are the IT systems centred primarily around Mainly Properties; the',
    'Residents or Properties?                        customer record is kept',
    '                                                separately',
  ].join('\n');

  it('reads a number run into its question by one space as the row\'s label', () => {
    const got = answersOf(TABLE, CRM);
    assert.deepEqual(['Q2', 'Q3', 'Q4'].map((id) => [got.get(id)?.value, got.get(id)?.line]), [[61480, 9], [33105, 12], [96, 15]]);
  });

  it('carries a cell cut by a page break on in its column, without the footer or the header row repeated', () => {
    const got = answersOf(TABLE, CRM);
    assert.equal(got.get('Q5')?.value, 'Waste collection, planning, licensing (incl. street trading), council tax, benefits, parks and markets.');
  });

  it('splits the answer column where the question\'s cell runs up to it with one space', () => {
    const got = answersOf(TABLE, CRM);
    assert.deepEqual([got.get('Q14')?.value, got.get('Q14')?.line], ['Properties', 42]);
    // The lines below carry the column on, not the question's cell.
    assert.equal(got.get('Q14')?.text.replace(/\s+/g, ' '), 'Mainly Properties; the customer record is kept separately');
  });

  it('codes an item that names none of the listed challenges as the list\'s "Other"', () => {
    const got = answersOf(TABLE, CRM);
    assert.equal(got.get('Q13d')?.value, 'Funding; Other - loss of the project sponsor');
  });

  it('relabels the council\'s "Q7b." by its question\'s words wrapped onto the next line', () => {
    const reply = [
    'Our ref: FOI 4471',
    '',
    'Q6a.   Does the Authority have an online        Yes - the Fernhollow account',
    '       portal for Residents?',
    'Q7b.   What is the uptake by residents as a     Not known - the portal does not',
    '       percentage within the authority?         report registrations by resident.',
    'Q7.    What percentage of services in Q4 are    Around 25%',
    '       accessible to Residents online using',
    '       Single Sign On (SSO) on the portal?',
    'Q8.    What was the Authority\'s annual spend    £18.7m',
    '       for 2017-18?',
    'Q9.    What was the Authority\'s annual spend    £1.2m',
    '       for 2017-18 for software licensing?',
  ].join('\n');
    const got = answersOf(reply, CRM);
    assert.deepEqual([got.get('Q6c')?.status, got.get('Q6c')?.line], ['not-held', 5]);
  });
});

describe('answers numbered like the request quoted above them, each number followed by one space', () => {
  const REQUEST = [
    '1 How many two bedroom homes does the association have empty and ready to let this week?',
    '',
    '2 How many tenants are recorded as under-occupying their home?',
    '',
    '3 How many applicants are on the waiting list for two bedroom homes?',
  ].join('\n');
  const REPLY = [
    'Dear Mr Ellery,',
    '',
    'I can now give you the information you asked for on 2 March.',
    '',
    '1 How many two bedroom homes does the association have empty and ready to let this week?',
    '',
    '2 How many tenants are recorded as under-occupying their home?',
    '',
    '3 How many applicants are on the waiting list for two bedroom homes?',
    '',
    '',
    '1 There are 9 two bedroom homes ready to let this week.',
    '',
    '2 There are 318 tenants recorded as under-occupying.',
    '',
    '3 There are 702 applicants (first choice only) on the waiting list.',
    '',
    'Yours sincerely,',
    'Lettings Manager',
  ].join('\n');

  it('takes "1 There are 9 …" at a paragraph\'s start as the answer to question 1', () => {
    const got = answersOf(REPLY, fromRequest(REQUEST));
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [got.get(id)?.value, got.get(id)?.line]), [[9, 12], [318, 14], [702, 16]]);
  });

  it('does not read such a line inside a paragraph as a label', () => {
    const reply = REPLY.replace('2 March.\n', '2 March. Of the homes we let in\n1 There are 9 two bedroom homes ready to let this week.\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => got.get(id)?.line), [13, 15, 17]);
  });
});

describe('wordings of references and statements', () => {
  it('resolves "See details for element 1 above." to question 1', () => {
    assert.equal(classifyAnswer('See details for element 1 above.', question('Q2')).crossRef, 'Q1');
  });

  it('reads "With regards to questions 1 and 3," as naming them', () => {
    const request = ['1. How many requests were received in 2023?', '2. How many were answered late?', '3. How many were refused in full?'].join('\n');
    const reply = [
      'Dear Ms Ord,',
      '',
      'Thank you for your patience. With regards to questions 1 and 3, the information is given in the following table:',
      '',
      'Year   Received   Refused',
      '2023   806        41',
      '',
      'I am sorry for the delay. With regards to your second question, locating the late cases would exceed the cost limit under section 12, as each case file would have to be opened.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [got.get(id)?.line, got.get(id)?.status]), [[3, 'answered'], [8, 'refused'], [3, 'answered']]);
  });

  it('does not read "we do not have to give you information which is already accessible" as not held', () => {
    const c = classifyAnswer('The figures are published at https://www.example.gov.uk/foi-stats. Under section 21, we do not have to give you information which is already reasonably accessible to you.', question('Q4'));
    assert.deepEqual([c.status, c.exemption], ['signposted', 's21']);
  });

  it('does not read things "not collected within" a time as information not held', () => {
    const q: Question = { id: 'Q9', text: 'Please describe any agreement the council has with retailers.', type: 'text' } as Question;
    assert.equal(classifyAnswer('We operate a voluntary protocol with retailers. Trolleys not collected within 24 hours are seized.', q).status, 'answered');
    assert.equal(classifyAnswer('Outcomes are not recorded.', q).status, 'not-held');
  });

  it('answers the question whose reference wraps onto the next line: "the answer to" / "question 4 is yes"', () => {
    const request = ['1. How many letters did the council post in 2024?', '2. What was the postage spend in 2024?', '3. What share of letters went by email?', '4. Does the council use a hybrid mail service?'].join('\n');
    const reply = [
      'Dear Mr Pell,',
      '',
      'On question 1, the council posted 41,200 letters. On question 2, postage cost £30,115.',
      '',
      'On question 3, about 18% of letters went by email. We began using hybrid mail in 2022, so the answer to',
      'question 4 is yes. The provider is a regional print firm.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q4'), ['answered', 'Yes', 6]);
  });

  it('codes "(Other)" after the reason it names as the list\'s "Other", with that reason', () => {
    const v = parseValue('The supplier withdrew from the market part way through the project (Other).', question('Q13d'), CRM.codes);
    assert.equal(v.value, 'Other - The supplier withdrew from the market part way through the project');
  });

  it('reads a text answer past an abbreviation\'s stop, and a table cell wrapped onto rows whose other cells are empty', () => {
    const q: Question = { id: 'Q5', text: 'What services are provided?', type: 'text' } as Question;
    assert.equal(parseValue('Waste, planning (incl. street trading), parks.', q).value, 'Waste, planning (incl. street trading), parks.');
    assert.equal(parseValue('Waste, planning,  |\n|        | council tax, parks  |', q).value, 'Waste, planning, council tax, parks');
  });

  it('reads "the information you have requested is held, however it will not be disclosed" as refusing the whole request', () => {
    const request = [
      '1. How many complaints about staff conduct did the service receive in 2023?',
      '2. How many of those complaints were upheld?',
      '3. What is the largest number of complaints made about a single member of staff?',
    ].join('\n');
    const reply = [
      'Freedom of Information request 2024/118',
      '',
      'You asked:',
      '1. How many complaints about staff conduct did the service receive in 2023?',
      '2. How many of those complaints were upheld?',
      '3. What is the largest number of complaints made about a single member of staff?',
      'Response:',
      'I can confirm that the information you have requested is held by the service, however it will not be disclosed for the following reasons.',
      'Complaints are logged on individual case files and are not held in a reportable format. To answer your questions an officer would need to read each case file by hand, and we estimate that this would take well beyond the 18 hour threshold.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line]), [['refused', 's12', 8], ['refused', 's12', 8], ['refused', 's12', 8]]);
    // Said of the request as a whole, not only a statement that happens to stand below it.
    assert.match(got.get('Q2')?.why ?? '', /^whole-request refusal, s12/);
  });

  it('reads "the 18 hour threshold" as the cost limit', () => {
    const c = classifyAnswer('This is not held in a format that would allow its extraction within the 18 hour threshold.');
    assert.equal(c.exemption, 's12');
  });
});

describe('requests numbered or bulleted in other ways', () => {
  it('takes a field to fill in, bulleted like the questions under it, as the first item', () => {
    const request = [
      'Records request survey',
      '- Organisation name',
      '- Which system do you use to log requests?',
      '- How many requests did you receive in March 2024?',
      '- Do you outsource any redaction work?',
    ].join('\n');
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => [x.id, x.text]), [
      ['Q1', 'Organisation name'],
      ['Q2', 'Which system do you use to log requests?'],
      ['Q3', 'How many requests did you receive in March 2024?'],
      ['Q4', 'Do you outsource any redaction work?'],
    ]);
  });

  it('does not take a heading line without a bullet as an item', () => {
    const request = ['Records request survey', '- Which system do you use to log requests?', '- How many requests did you receive in March 2024?', '- Do you outsource any redaction work?'].join('\n');
    assert.equal(fromRequest(request).questions[0]!.text, 'Which system do you use to log requests?');
  });

  it('reads questions numbered "1:" and answers under the same labels', () => {
    const request = [
      'Please provide the following about claims for vehicle damage.',
      '1: Total claims received in each year from 2021 to 2023.',
      '2: Total claims paid in each year.',
      '3: Highest single amount paid to one claimant.',
    ].join('\n');
    const reply = [
      '1: Total claims received in each year from 2021 to 2023.',
      '2021: 311',
      '2022: 402',
      '2023: 388',
      '2: Total claims paid in each year.',
      '2021: 97',
      '2022: 121',
      '2023: 104',
      '3: Highest single amount paid to one claimant.',
      'The highest single payment was £4,210.',
    ].join('\n');
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    const got = answersOf(reply, q);
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [got.get(id)?.status, got.get(id)?.line]), [['answered', 2], ['answered', 6], ['answered', 10]]);
    assert.equal(got.get('Q3')?.value, 4210);
  });
});

describe('answers that look like a choice or a "No" but are neither', () => {
  const choice: Question = { id: 'Q3', text: 'Which of these do you use: case management software or spreadsheets?', type: 'choice', choices: ['Case management software', 'Spreadsheets', 'Paper records'] } as Question;

  it('reads "No system installed" for a question that is not yes/no as no "No"', () => {
    const c = classifyAnswer('No system installed', choice);
    assert.notEqual(c.reason, '"No"');
    const yn: Question = { id: 'Q4', text: 'Do you have a case management system?', type: 'yes-no' } as Question;
    assert.equal(classifyAnswer('No system installed', yn).reason, '"No"');
  });

  it('offers a choice named by half its words in an answer that opens by denying as a guess, not as certain', () => {
    assert.equal(parseValue('No paper kept', choice).confidence, 0.5);
    // (Not half its words in an answer that says what is used: "Paper files in the registry".)
    assert.equal(parseValue('Paper files in the registry', choice).confidence, 0.7);
    assert.equal(parseValue('Spreadsheets', choice).confidence, 0.9);
  });

  it('takes either name of a choice set apart by a spaced slash as naming it whole', () => {
    const who: Question = { id: 'Q7', text: 'Who approved the strategy?', type: 'choice', choices: ['Full Council', 'Cabinet / Executive', 'Chief Officer'] } as Question;
    assert.deepEqual([parseValue('The strategy was approved by Cabinet.', who).value, parseValue('The strategy was approved by Cabinet.', who).confidence], ['Cabinet / Executive', 0.9]);
  });

  it('reads "the council does not know what proportion …" as not held', () => {
    const q: Question = { id: 'Q3', text: 'What percentage of PDF documents have been checked?', type: 'percent' } as Question;
    assert.equal(classifyAnswer('No audit has been carried out, so the council does not know what proportion of its PDFs have been checked.', q).status, 'not-held');
  });

  it('reads "No schemes have been cancelled" for a question answered in words as none', () => {
    const q: Question = { id: 'Q9', text: 'Please describe any schemes the council has cancelled since 2021.', type: 'text' } as Question;
    assert.equal(classifyAnswer('No schemes have been postponed or cancelled since 1 April 2021.', q).reason, 'none');
  });

  it('answers a yes/no first question "No" from a statement that none of it has happened', () => {
    const request = ['1. Has any of the council\'s IT equipment been infected by ransomware?', '2. If so, how many infections have been detected?', '3. If so, was a ransom paid?'].join('\n');
    const reply = [
      'Request reference 5120',
      '',
      'Details of the request',
      '',
      '  1. Has any of the council\'s IT equipment been infected by ransomware?',
      '  2. If so, how many infections have been detected?',
      '  3. If so, was a ransom paid?',
      '',
      'Details of the response',
      '',
      'None of the council\'s IT equipment has been infected by ransomware.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 'No', 11]);
  });

  it('ends an answer at a saved page\'s navigation line, not in the footer\'s address below it', () => {
    const request = ['1. How many appointments were cancelled in 2023?', '2. How many of those were rebooked within a week?'].join('\n');
    const reply = [
      'Question Number 1:',
      'How many appointments were cancelled in 2023?',
      'Answer To Question 1:',
      'Please see the attached refusal notice, which explains why the Trust is unable to answer this request.',
      '',
      'Question Number 2:',
      'How many of those were rebooked within a week?',
      'Answer To Question 2:',
      'Please see answer to Question 1.',
      '',
      'To return to the list of all the FOI requests please click here',
      '',
      'Example NHS Trust, Example Hospital, Exampleton, EX1 8QQ',
      'T: 01632 960123',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.value, got.get('Q2')?.text], [got.get('Q1')?.status, null, 'Please see answer to Question 1.']);
  });
});

describe('a letter that answers the same questions twice', () => {
  const REQUEST = ['1. How many patients were admitted in 2023?', '2. What was the average length of stay in days?'].join('\n');
  const REPLY = [
    'These answers are for all inpatient beds; the answers for acute beds only are below.',
    '',
    '  1. 1,204',
    '  2. 5.1 days',
    '',
    'Acute beds only',
    '',
    '  1. 988',
    '  2. 6.4 days',
  ].join('\n');

  it('offers the answer it takes, never writes it, when the two give different figures', () => {
    const got = answersOf(REPLY, fromRequest(REQUEST));
    assert.equal(got.get('Q1')?.value, 988);
    assert.ok((got.get('Q1')?.confidence ?? 1) < 0.95, `confidence ${got.get('Q1')?.confidence}`);
  });

  it('writes a review\'s revised answer, which replaces the first on purpose', () => {
    const got = answersOf(REPLY.replace('Acute beds only', 'Revised response after internal review'), fromRequest(REQUEST));
    assert.equal(got.get('Q1')?.value, 988);
    assert.ok((got.get('Q1')?.confidence ?? 0) >= 0.95, `confidence ${got.get('Q1')?.confidence}`);
  });

  it('writes it as usual when the two agree', () => {
    const got = answersOf(REPLY.replace('  1. 988', '  1. 1,204'), fromRequest(REQUEST));
    assert.equal(got.get('Q1')?.value, 1204);
    assert.ok((got.get('Q1')?.confidence ?? 0) >= 0.95, `confidence ${got.get('Q1')?.confidence}`);
  });
});

describe('a letter whose one statement says none of the things asked about exist', () => {
  it('answers the count none and the questions about each of them not applicable', () => {
    const request = [
      '(1) How many council-owned day centres has the council closed in the past ten years?',
      '',
      '(2) For each, please give its name, its address and the date it closed.',
      '',
      '(3) Please give the reason for each closure and where the users were moved to in each case.',
    ].join('\n');
    const reply = [
      'Request 2024-0177',
      '',
      '(1) How many council-owned day centres has the council closed in the past ten years?',
      '',
      '(2) For each, please give its name, its address and the date it closed.',
      '',
      '(3) Please give the reason for each closure and where the users were moved to in each case.',
      '',
      'Response 02-05-2024',
      '',
      'No council-owned day centres or care homes have been closed by us in the last ten years.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => reading(got, id)), [['answered', 0, 11], ['not-applicable', null, 11], ['not-applicable', null, 11]]);
  });
});

