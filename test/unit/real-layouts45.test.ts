// Layouts and wordings found by scoring the engine on replies it had never seen (session 45), each
// fixed with a general rule. The letters here are written for fictional bodies; no real text is
// copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { answersOf, fromRequest, reading } from '../support/engine';

const root = resolve(__dirname, '../..');
const crm = parseQuestionnaire(readFileSync(resolve(root, 'examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;

describe('figures for several years in one cell, parted by "|"', () => {
  const sheet = [
    'Ref\tQuestion\tResponse\tNotes',
    'Q8\tWhat was the Authority’s annual spend for 2017-18?\t2016-17: £38.1m | 2017-18: £39.6m | 2018-19 (budget): £40.2m\tGross expenditure',
    'Q9\tWhat was the Authority’s annual spend for 2017-18 for software licensing?\t2016-17: £301,200 | 2017-18: £318,450\t',
  ].join('\n');

  it('reads the year asked with its "m": £39.6m is 39,600,000, not 39.6', () => {
    const got = answersOf(sheet, crm);
    assert.deepEqual(reading(got, 'Q8'), ['answered', 39_600_000, 2]);
    assert.deepEqual(reading(got, 'Q9'), ['answered', 318_450, 3]);
  });
});

describe('a closing sentence on what kind of exemption a section is', () => {
  const letter = [
    "Q8. What was the Authority's annual spend for 2017-18?",
    'The Council considers that this information is exempt from disclosure under',
    'section 21 of the Freedom of Information Act 2000, as it is published in our',
    'annual statement of accounts.',
    '',
    'Q14. Are the IT systems centred primarily around Residents or Properties?',
    'Properties',
    '',
    'Section 21 is an absolute exemption and no public interest test is required.',
    '',
    'If you are unhappy with this response you may ask for an internal review.',
  ].join('\n');

  it('leaves the last answer given ("Properties"), and the section 21 answer above it still cites section 21', () => {
    const got = answersOf(letter, crm);
    assert.deepEqual(reading(got, 'Q14'), ['answered', 'Properties', 7]);
    assert.equal(got.get('Q8')?.exemption, 's21');
  });

  it('still refuses when the sentence is the answer: "Section 21 is an absolute exemption."', () => {
    const got = answersOf("Q8. What was the Authority's annual spend for 2017-18?\nSection 21 is an absolute exemption.\n", crm);
    assert.equal(got.get('Q8')?.status, 'refused');
    assert.equal(got.get('Q8')?.exemption, 's21');
  });
});

describe('"not recorded separately" and a figure for a wider whole', () => {
  const letter = [
    "Q8 What was the Authority's annual spend for 2017-18?",
    '£11.06m. Contractors are not recorded separately and are included in the agency staff figure.',
    '',
    "Q9 What was the Authority's annual spend for 2017-18 for software licensing?",
    'Not recorded separately - it is included in the overall ICT budget of £1.2m, which also covers hardware and telephony.',
  ].join('\n');

  it('reads software licensing as not held: the £1.2m is the whole ICT budget, which also covers other things', () => {
    const got = answersOf(letter, crm);
    assert.deepEqual(reading(got, 'Q9'), ['not-held', null, 5]);
  });

  it('still reads a figure that includes the part not recorded separately as the answer', () => {
    const got = answersOf(letter, crm);
    assert.deepEqual(reading(got, 'Q8'), ['answered', 11_060_000, 2]);
  });
});

describe('a heading and its parts restated, one wrapped onto a second line, then one answer', () => {
  const letter = [
    'Q11. Does the Authority use a Customer Relationship Management (CRM) System?',
    'Yes',
    '',
    'Q13. If the Authority does not have a CRM system:',
    'Q13a. Has the implementation of a CRM ever been considered?',
    'Q13b. If Yes to Q13a., what were the reasons for not proceeding?',
    'Q13c. Has the implementation of a CRM ever been planned or undertaken, but',
    '    subsequently abandoned?',
    'Q13d. If Yes to Q13c., what were the reasons for the failure of the project?',
    '    Not applicable, as the Council has a CRM (see Q11).',
    '',
    'Q14. Are the IT systems centred primarily around Residents or Properties?',
    'Both',
  ].join('\n');

  it('gives the one answer to the heading and every part above it, the wrapped one too', () => {
    const got = answersOf(letter, crm);
    for (const id of ['Q13', 'Q13a', 'Q13b', 'Q13c', 'Q13d']) assert.deepEqual(reading(got, id), ['not-applicable', null, 10], id);
  });
});

describe('a letter that numbers the request its own way, a title hung over each answer', () => {
  const request = fromRequest([
    'Dear Sir or Madam,',
    '',
    'Under the Freedom of Information Act 2000, please provide the following information.',
    '',
    '1. How many pest control call-outs did the council attend in 2024/25?',
    '',
    '2. For each of the last two financial years (2023/24 and 2024/25), please state:',
    '   a) the number of rat treatments carried out by the council;',
    '   b) the number of wasp nest treatments carried out by the council.',
    '',
    '3. Does the council use an external contractor for pest control?',
    '   (a) If yes, what is the name of the contractor?',
    '   (b) If yes, what was the value of the contract in 2024/25?',
    '',
    '4. How can residents book a treatment: online only, by telephone only, both online and by',
    '   telephone, or by some other means?',
    '',
    '5. Please list the council teams or departments involved in pest control.',
    '',
    '6. How much income did the council receive from pest control charges in 2024/25?',
    '',
    'Yours faithfully,',
    'A Researcher',
  ].join('\n'));
  const letter = [
    'Dear Researcher,',
    '',
    'For ease of reference we have numbered the information you asked for as 1 to 9',
    'below, taking each lettered part as a separate item.',
    '',
    '1.  Call-outs attended in 2024/25.',
    '    The Council attended 642 call-outs.',
    '',
    '2.  Rat treatments carried out in each of 2023/24 and 2024/25.',
    '    311 (2023/24) and 298 (2024/25).',
    '',
    '3.  Wasp nest treatments carried out by the council in each of those years.',
    '    120 (2023/24) and 97 (2024/25).',
    '',
    '4.  Whether the council uses an external contractor for pest control.',
    '    Yes.',
    '',
    '5.  The name of the contractor.',
    '    Brackenfold Pest Services Ltd, appointed in May 2022.',
    '',
    '6.  The value of the contract in 2024/25.',
    '    £48,250.',
    '',
    '7.  How residents book a treatment.',
    '    Residents can use the booking form on our website or call the Contact',
    '    Centre on 01632 960123.',
    '',
    '8.  Teams or departments involved.',
    '    Environmental Health and Neighbourhood Services.',
    '',
    '9.  Income the council received from pest control charges in 2024/25.',
    '    £21,400.',
    '',
    'Yours sincerely,',
    'Information Team',
  ].join('\n');

  it('reads each answer from the line below its title: the contractor, the contract value, the teams', () => {
    const got = answersOf(letter, request);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 642, 7]);
    assert.match(String(got.get('Q3a')?.value), /^Brackenfold Pest Services Ltd/);
    assert.equal(got.get('Q3a')?.line, 19);
    assert.deepEqual(reading(got, 'Q3b'), ['answered', 48_250, 22]);
    assert.deepEqual(reading(got, 'Q5'), ['answered', 'Environmental Health and Neighbourhood Services.', 29]);
  });

  it('keeps a sentence that wraps under its number as the answer, from the number\'s line', () => {
    const got = answersOf(letter.replace('1.  Call-outs attended in 2024/25.\n    The Council attended 642 call-outs.', '1.  The Council attended 642 call-outs in\n    2024/25, up from 598.'), request);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 642, 6]);
  });

  it('keeps an answer in the question\'s words on the number\'s line: a sentence ("Pest control is run by …") or a choice named', () => {
    const sentence = answersOf(letter.replace('4.  Whether the council uses an external contractor for pest control.\n    Yes.', '4.  Pest control is run by an external contractor.\n    The contract runs until 2027.'), request);
    assert.deepEqual(reading(sentence, 'Q3'), ['answered', 'Yes', 15]);
    const choice = answersOf(letter.replace(/7\. {2}How residents book a treatment\.\n[^]*?960123\./, '7.  Both online and by telephone.\n    The form is on our website.'), request);
    assert.deepEqual(reading(choice, 'Q4'), ['answered', 'Both online and by telephone', 24]);
  });

  it('gives the council\'s 2 to the first part, not to the heading over the parts ("For each of … please state:")', () => {
    const got = answersOf(letter, request);
    assert.equal(got.get('Q2a')?.line, 9);
    assert.notEqual(got.get('Q2')?.line, 9);
  });

  it('reads the latest year of "311 (2023/24) and 298 (2024/25)"', () => {
    const got = answersOf(letter, request);
    assert.equal(got.get('Q2a')?.value, 298);
    assert.equal(got.get('Q2b')?.value, 97);
  });

  it('asks "what was the value of the contract" as a sum of money', () => {
    assert.equal(request.byId.get('Q3b')?.type, 'money');
  });

  it('reads "the booking form on our website or call the Contact Centre" as both online and by telephone', () => {
    const got = answersOf(letter, request);
    assert.equal(got.get('Q4')?.value, 'Both online and by telephone');
  });

  it('reads "By email only" as neither "online only" nor "by telephone only"', () => {
    const got = answersOf(letter.replace(/Residents can use the booking form[^]*?960123\./, 'By email to pests@example.gov.uk only.'), request);
    assert.equal(got.get('Q4')?.value ?? null, null);
  });
});

describe('figures for several years "respectively"', () => {
  it('reads a run of figures joined by bare commas in a moment (no backtracking between a figure\'s commas and the list\'s)', () => {
    const request = fromRequest('1. How many trolleys did the council remove in 2024/25?\n');
    const t0 = process.hrtime.bigint();
    answersOf(`1. ${Array(60).fill('1').join(',')} respectively and\n`, request);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.ok(ms < 5000, `${ms} ms`);
  });

  const request = fromRequest('1. For each of the last three financial years (2022/23, 2023/24 and 2024/25), how many abandoned trolleys did the council remove?\n\n2. How many complaints did the council receive in 2023/24?\n');

  it('reads the latest year\'s figure, or the year the question names', () => {
    const got = answersOf('1. We removed 19, 24 and 30 trolleys (2022/23, 2023/24 and 2024/25 respectively).\n\n2. We received 401 and 388 complaints in 2023/24 and 2024/25 respectively.\n', request);
    assert.equal(got.get('Q1')?.value, 30);
    assert.equal(got.get('Q2')?.value, 401);
  });
});

describe('a note further down on some of the questions, after the last answer', () => {
  const letter = [
    'Q4. How many software applications/systems does the Authority have?',
    'A: 64',
    '',
    'Q4a. How many of these operate on a stand-alone basis?',
    'A: Please see the note at the end of this email.',
    '',
    'Q4b. How many of these interact with at least one other system?',
    'A: Please see the note at the end of this email.',
    '',
    "Q10. What was the Authority's annual spend for 2017-18 for payroll of employees, agency staff, and contractors?",
    'A: Please see the note at the end of this email.',
    '',
    'Q14. Are the IT systems centred primarily around Residents or Properties?',
    'A: Residents - our customer account sits at the centre of most services.',
    '',
    'Note on question 10',
    '',
    'Payments to contractors are not recorded separately, so we do not hold this figure.',
    '',
    'Note on questions 4a and 4b',
    '',
    'The Council does not record how each application exchanges data. Answering would mean',
    'reviewing the configuration of all 64 applications, about 32 hours of work, which exceeds the',
    'appropriate limit of 18 hours, so section 12 of the Freedom of Information Act 2000 applies.',
    '',
    'If you are unhappy with this response you may ask for an internal review.',
  ].join('\n');

  it('ends the last answer at the note\'s heading: Q14 is "Residents", not a section 12 refusal', () => {
    const got = answersOf(letter, crm);
    assert.deepEqual(reading(got, 'Q14'), ['answered', 'Residents', 14]);
  });

  it('reads "see the note at the end" as the note the heading names the question in: refused under section 12', () => {
    const got = answersOf(letter, crm);
    for (const id of ['Q4a', 'Q4b']) {
      assert.equal(got.get(id)?.status, 'refused', id);
      assert.equal(got.get(id)?.exemption, 's12', id);
    }
    assert.equal(got.get('Q10')?.status, 'not-held');
  });
});

describe('a request whose choices share their last word, quoted without its examples', () => {
  const request = fromRequest([
    '1. Is the service offered to domestic customers only, commercial customers only, or both?',
    '2. In which year did the council last change the way the service is delivered (for example, moving from an in-house team to a contractor, or stopping the service)?',
    '3. What discretionary concessions does the council fund, if any?',
  ].join('\n'));
  const table = [
    'Response',
    '1',
    'Is the service offered to domestic customers only, commercial customers only, or both?',
    'Domestic customers only. Businesses are advised to use a private provider.',
    '2',
    'In which year did the council last change the way the service is delivered?',
    '2022',
    '3',
    'What discretionary concessions does the council fund, if any?',
    'Various, depending on the district.',
  ].join('\n');

  it('offers "Domestic customers only" as the first choice, not the word "Only"', () => {
    assert.deepEqual(request.byId.get('Q1')?.choices, ['Domestic customers only', 'Commercial customers only', 'Both']);
    assert.equal(answersOf(table, request).get('Q1')?.value, 'Domestic customers only');
    // (Not where the next choice ends otherwise: "in-house, by an external contractor, or …".)
    assert.deepEqual(fromRequest('1. Is the work carried out in-house, by an external contractor, or by a mix of the two?\n').byId.get('Q1')?.choices, ['In-house', 'External contractor', 'Mix of the two']);
  });

  it('finds a question quoted without its examples in brackets, and reads its answer below it', () => {
    assert.deepEqual(reading(answersOf(table, request), 'Q2'), ['answered', 2022, 7]);
  });

  it('reads "Various, depending on the district." as no answer to what the council funds', () => {
    assert.equal(answersOf(table, request).get('Q3')?.status, 'unclear');
  });
});

describe('a PDF copy whose every page opens with the same header line', () => {
  const pdf = [
    'Q4. How many information systems / databases does the Authority use?',
    'Response: 212',
    '',
    'Q4a. How many of those are stand-alone (i.e. do not interact with any other information system)?',
    '',
    '                                                   Page 1 of 3',
    '',
    '',
    'Tollingham District Council – FOI 2018/2231 – Response',
    '',
    'Response: Unknown',
    '',
    'Q4b. How many of those interact with at least one other system (e.g. using API calls)?',
    'Response: Unknown',
    '',
    '                                                   Page 2 of 3',
    '',
    '',
    'Tollingham District Council – FOI 2018/2231 – Response',
    '',
    'Q4c. Are the systems mainly centered around Residents or Properties?',
    'Response: Residents',
  ].join('\n');

  it('skips the running header after the page break: the answer is "Unknown", not the reference 2231', () => {
    assert.deepEqual(reading(answersOf(pdf, crm), 'Q4a'), ['not-held', null, 11]);
  });

  it('reads an answer printed twice, once after a page break, as an answer (a header is printed beside each page\'s number)', () => {
    const twice = [
      'Q4a. How many of those are stand-alone (i.e. do not interact with any other information system)?',
      '',
      '                                                   Page 1 of 3',
      '',
      'Not recorded by the Council.',
      '',
      'Q4b. How many of those interact with at least one other system (e.g. using API calls)?',
      'Not recorded by the Council.',
    ].join('\n');
    assert.deepEqual(reading(answersOf(twice, crm), 'Q4a'), ['not-held', null, 5]);
  });

  it('reads a header line that is printed only once as text like any other', () => {
    const once = pdf.replace(/\n\n\nTollingham District Council – FOI 2018\/2231 – Response\n\nQ4c/, '\n\nQ4c');
    assert.notDeepEqual(reading(answersOf(once, crm), 'Q4a'), ['not-held', null, 11]);
  });
});

describe('a section 21 refusal with where to look in the paragraph below', () => {
  const letter = [
    'Q7 - 45%',
    'Q8 - This information is exempt under section 21 of the Freedom of',
    'Information Act as it is reasonably accessible to you by other means.',
    '',
    'Our Statement of Accounts 2017/18 is published at',
    'https://www.example.gov.uk/finance/statement-of-accounts-2017-18',
    '',
    'Q9 - £1.37m',
  ].join('\n');

  it('reads the link below as part of the answer: signposted under section 21', () => {
    const got = answersOf(letter, crm);
    assert.equal(got.get('Q8')?.status, 'signposted');
    assert.equal(got.get('Q8')?.exemption, 's21');
    assert.equal(got.get('Q9')?.value, 1_370_000);
  });

  it('leaves a paragraph with a link below another answer out of it', () => {
    const got = answersOf('Q7 - 45%\nQ8 - We do not hold this information.\n\nGeneral information about our finances is published at\nhttps://www.example.gov.uk/finance\n\nQ9 - £1.37m\n', crm);
    assert.equal(got.get('Q8')?.text, 'We do not hold this information.');
  });
});

describe('a challenge named by its one long word', () => {
  it('reads "lack of participation from some services" as the participation challenge, not "Other"', () => {
    const got = answersOf('Q11. Does the Authority use a CRM system?\nNo\nQ13a. Has the implementation of a CRM ever been considered?\nYes\nQ13b. If Yes to Q13a., what were the reasons for not proceeding?\nFunding; lack of participation from some services.\n', crm);
    assert.equal(got.get('Q13b')?.value, 'Participation of different departments within the authority; Funding');
  });

  it('keeps what the council calls "other" as other, and a word every choice may say ("authority") names none', () => {
    const other = answersOf('Q13b. If Yes to Q13a., what were the reasons for not proceeding?\nFunding; other - lack of participation\n', crm);
    assert.equal(other.get('Q13b')?.value, 'Funding; Other - lack of participation');
    const generic = answersOf('Q13b. If Yes to Q13a., what were the reasons for not proceeding?\nFunding; shared services with a neighbouring authority\n', crm);
    assert.doesNotMatch(String(generic.get('Q13b')?.value), /Participation/);
  });
});

describe('a prose letter: a "formal title", and a total "of which" a part is asked next', () => {
  const letter = [
    'Dear Mr Example,',
    '',
    'I have set out what we hold below in the order of your questions.',
    '',
    "The authority's formal title is Wendlebury District Council.",
    'The district had an estimated 74,300 residents at mid-2017. It covers',
    '212 square miles.',
    '',
    'Our ICT asset register lists around 64 business systems. Most of the',
    'systems are organised around the property rather than the individual.',
    '',
    'Gross revenue expenditure in 2017/18 was £31.2m, of which software',
    'licences and support accounted for £244,900. Pay for employees came to',
    '£11,204,000.',
    '',
    'We do not use a Customer Relationship Management system.',
    '',
    'Yours sincerely,',
    'Information Officer',
  ].join('\n');

  it('ties the council\'s "formal title" to the official name asked', () => {
    assert.deepEqual(reading(answersOf(letter, crm), 'Q1'), ['answered', "The authority's formal title is Wendlebury District Council.", 5]);
  });

  it('reads the total for the spend and the part "of which" for the software licences', () => {
    const got = answersOf(letter, crm);
    assert.deepEqual(reading(got, 'Q8'), ['answered', 31_200_000, 12]);
    assert.deepEqual(reading(got, 'Q9'), ['answered', 244_900, 12]);
  });

  it('gives the reasons for not proceeding the clause after "but", though it shares the words of the clause before', () => {
    const got = answersOf(letter.replace('We do not use a Customer Relationship Management system.', [
      'We do not use a CRM system, so question 12 and its parts do not apply. A CRM has been',
      'considered, most recently in 2016, but we did not proceed because of the',
      'cost and because of the difficulty of connecting a CRM to our existing',
      'back-office systems.',
    ].join('\n')), crm);
    assert.deepEqual(reading(got, 'Q13a'), ['answered', 'Yes', 16]);
    assert.deepEqual(reading(got, 'Q13b'), ['answered', 'Integration with existing back-office applications; Funding', 17]);
  });
});
