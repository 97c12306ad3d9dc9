// Layouts and wordings found by scoring the engine on replies it had never seen (session 39), each
// fixed with a general rule. The requests and letters here are written for fictional bodies; no real
// text is copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import { classifyAnswer } from '../../src/core/classify';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { idsNamed } from '../../src/core/rangeClauses';
import { parseValue } from '../../src/core/values';
import { answersOf, fromRequest } from '../support/engine';

describe('figures that name something other than the count asked', () => {
  const q = fromRequest(
    [
      '1. How many pupils were admitted to the school in September 2024?',
      '2. How many complaints were passed to an investigating officer?',
      '3. If so, how many people attended and for how long?',
      '4. How many working days did the review take?',
      '5. How many dedicated stroke wards does the trust have?',
    ].join('\n'),
  );

  it('passes over a school year group ("into Year 7", "Y9") as no count of pupils', () => {
    assert.equal(parseValue('The school admitted pupils into Year 7 in September 2024, as in other years.', q.byId.get('Q1')!).value, null);
    assert.equal(parseValue('We admitted 143 pupils into Y7 in September 2024.', q.byId.get('Q1')!).value, 143);
  });

  it('still counts a figure after a lower-case "year" ("each year 12 pupils")', () => {
    assert.equal(parseValue('Each year 12 pupils join from the partner school.', q.byId.get('Q1')!).value, 12);
  });

  it('passes over "one of the 3 teams" as the set one case goes to, not the count', () => {
    assert.equal(parseValue('Each complaint is assessed and passed to one of the 3 area teams.', q.byId.get('Q2')!).value, null);
    assert.equal(parseValue('57 complaints were passed to one of the 3 area teams.', q.byId.get('Q2')!).value, 57);
  });

  it('reads "attended for 4 days" as how long, not how many people, when the question counts people', () => {
    assert.equal(parseValue('The Commissioner attended for 4 days and took annual leave.', q.byId.get('Q3')!).value, null);
    assert.equal(parseValue('Three officers attended for 2 days.', q.byId.get('Q3')!).value, 3);
    assert.equal(parseValue('5 staff attended, each for 2 days.', q.byId.get('Q3')!).value, 5);
  });

  it('keeps a number of days when the question counts days', () => {
    assert.equal(parseValue('The review took 23 working days.', q.byId.get('Q4')!).value, 23);
  });

  it('takes "one dedicated stroke ward" in the opening sentence over a later "4 general wards", offered', () => {
    const got = parseValue('The trust has one dedicated stroke ward. Stroke patients may also be nursed on the 4 general medical wards.', q.byId.get('Q5')!);
    assert.equal(got.value, 1);
    assert.ok(got.confidence < 0.9, `confidence ${got.confidence}`);
    assert.equal(parseValue('We have two stroke wards. A third opened in 2019 and closed in 2021.', q.byId.get('Q5')!).value, 2);
  });

  it('leaves "One of our wards …" and a figure in the opening sentence as they were', () => {
    assert.equal(parseValue('One of our wards is for stroke care. We have 4 wards in all.', q.byId.get('Q5')!).value, 4);
    assert.equal(parseValue('There are 2 stroke wards, one of them new.', q.byId.get('Q5')!).value, 2);
    assert.equal(parseValue('We have 3 stroke wards and two stroke units.', q.byId.get('Q5')!).value, 3);
    assert.equal(parseValue('Stroke care moved to the new wing two years ago. It has 4 stroke wards.', q.byId.get('Q5')!).value, 4);
  });
});

describe('"N/A" with a count of none', () => {
  const q = fromRequest('1. Please supply any reports of investigations into the service.\n2. How many complaints were upheld?');

  it('offers "N/A, 0 investigations" as not applicable but never writes it unreviewed', () => {
    const got = classifyAnswer('N/A, 0 investigations', q.byId.get('Q1')!);
    assert.equal(got.status, 'not-applicable');
    assert.ok(got.confidence < 0.9, `confidence ${got.confidence}`);
  });

  it('keeps a plain "N/A" and "N/A - none" as sure as before', () => {
    assert.equal(classifyAnswer('N/A', q.byId.get('Q2')!).confidence, 0.95);
    assert.equal(classifyAnswer('N/A - none', q.byId.get('Q2')!).confidence, 0.95);
  });
});

describe('a request written as paragraphs after the Act is named', () => {
  it('reads "Under the Freedom of Information Act, I would like to request the number of …" and "I would also like to know …" as two questions', () => {
    const q = fromRequest(
      [
        'Dear Ollerby Borough Council,',
        'Under the Freedom of Information Act, I would like to request the number of skips licensed on the highway in 2022/23 and 2023/24.',
        'If possible, I would also like to know the longest period any one skip licence was extended.',
        'Yours faithfully,',
        'A. Requester',
      ].join('\n'),
    );
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2']);
    assert.match(q.byId.get('Q1')!.text ?? '', /I would like to request the number of skips/);
    assert.match(q.byId.get('Q2')!.text ?? '', /^If possible, I would also like to know the longest period/);
    assert.equal(q.byId.get('Q1')!.type, 'number');
  });

  it('reads "Under the Freedom of Information Act, please provide the number of …" as a question too', () => {
    const q = fromRequest('Dear Ollerby Borough Council,\nUnder the Freedom of Information Act, please provide the number of skips licensed in 2023.\nPlease also tell me how many licences were refused.\nYours faithfully,');
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2']);
  });

  it('still takes no question from "Under the Freedom of Information Act, I would like to request the following:"', () => {
    const q = fromRequest('Under the Freedom of Information Act, I would like to request the following:\n1. How many skips were licensed in 2023?\n2. How many licences were refused?');
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2']);
    assert.match(q.byId.get('Q1')!.text ?? '', /^How many skips/);
  });
});

describe('a paragraph titled with the question just answered', () => {
  const request = '1. Who supplies the council\'s mobile phones?\n2. How many handsets does the council hold?\n3. What is the monthly line rental per handset?';
  const reply = [
    'Dear Requester,',
    '',
    '1. Brackwater Telecom Ltd.',
    '',
    '2. 412 handsets.',
    '',
    '3. The council considers that the monthly line rental is exempt under section 43(2) (commercial interests).',
    '',
    'Public interest test (question 3)',
    'We recognise the public interest in openness about spending. However, the commercial harm outweighs it.',
  ].join('\n');

  it('keeps the answer under the question\'s own number; the titled paragraph goes on from it', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q3')?.status, got.get('Q3')?.exemption, got.get('Q3')?.line], ['refused', 's43', 7]);
  });

  it('still reads titled paragraphs as the answers when no number labelled them just before', () => {
    const titledOnly = ['Dear Requester,', '', 'Suppliers (question 1)', 'Brackwater Telecom Ltd supplies our phones.', '', 'Handsets (question 2)', 'The council holds 412 handsets.'].join('\n');
    const got = answersOf(titledOnly, fromRequest(request));
    assert.equal(got.get('Q2')?.value, 412);
    assert.equal(got.get('Q2')?.line, 7);
  });

  it('still reads titled paragraphs as the answers below the request quoted as a numbered list', () => {
    const quoted = ['You asked:', '', request, '', 'Suppliers (question 1)', 'Brackwater Telecom Ltd supplies our phones.', '', 'Handsets (question 2)', 'The council holds 412 handsets.', '', 'Line rental (question 3)', 'The line rental is exempt under section 43(2) (commercial interests).'].join('\n');
    const got = answersOf(quoted, fromRequest(request));
    assert.deepEqual([got.get('Q2')?.value, got.get('Q2')?.line], [412, 11]);
    assert.deepEqual([got.get('Q3')?.status, got.get('Q3')?.line], ['refused', 14]);
  });
});

describe('a table flattened one cell to a line with a total row', () => {
  const q = fromRequest('1. How much did the force spend on postage in each of the past 3 years?\n2. How much did the force spend on postage in 2023?');
  const table = (total: boolean) => ['Please see the below table.', '', 'Year', '', 'Postage Spend', '', '2022', '', '£434,556.59', '', '2023', '', '£426,063.21', '', '2024', '', '£401,280.00', ...(total ? ['', 'Total', '', '£1,261,899.80'] : [])].join('\n');

  it('gives the total row, not the latest year, when the question names no year', () => {
    const got = parseValue(table(true), q.byId.get('Q1')!);
    assert.equal(got.value, 1261899.8);
  });

  it('gives the latest year, offered, when there is no total row', () => {
    const got = parseValue(table(false), q.byId.get('Q1')!);
    assert.equal(got.value, 401280);
    assert.equal(got.several, true);
  });

  it('gives the year the question names, total row or not', () => {
    assert.equal(parseValue(table(true), q.byId.get('Q2')!).value, 426063.21);
  });
});

describe('neither confirm nor deny because the duty does not apply', () => {
  const q = fromRequest('1. How many of the force\'s computers run an unsupported operating system?\n2. How many laptops does the force hold?');

  it('reads "the duty in s1(1)(a) does not apply, by virtue of section 31(3)" as refused, the duty lifted being the refusal', () => {
    const got = classifyAnswer('The force can neither confirm nor deny that it holds the information you have requested as the duty in s1(1)(a) of the Act does not apply, by virtue of Section 31(3) Law Enforcement.', q.byId.get('Q1')!);
    assert.equal(got.status, 'refused');
    assert.equal(got.exemption, 's31');
  });

  it('still reads an exemption said not to apply as lifted', () => {
    assert.equal(classifyAnswer('On review, section 31 does not apply, and the figure is 12.', q.byId.get('Q2')!).status, 'answered');
  });
});

describe('"The response to question 3 is;" at a paragraph\'s start', () => {
  const request = '1. How many reviews were completed?\n2. How many were upheld?\n3. How many are outstanding?';

  it('labels the answer to question 3, the verb part of the label', () => {
    const reply = ['Response', '', '1. 64 reviews were completed.', '', '2. 9 were upheld.', '', 'The response to question 3 is;', '14 reviews outstanding as at 1 April.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q3')?.status, got.get('Q3')?.value, got.get('Q3')?.line], ['answered', 14, 8]);
  });

  it('reads "The answer to question 2 is yes, …" as a yes', () => {
    const yes = fromRequest('1. How many reviews were completed?\n2. Does the office publish its review outcomes?');
    const reply = ['1. 64 reviews were completed.', '', 'The answer to question 2 is yes, we publish them every quarter.'].join('\n');
    assert.equal(answersOf(reply, yes).get('Q2')?.value, 'Yes');
  });

  it('leaves "The answer to question 2 (9) is unchanged." inside an amending paragraph as prose', () => {
    const reply = ['1. 64 reviews were completed.', '', '2. 9 were upheld.', '', '3. 14 are outstanding.', '', 'Please note an amendment to our answer to question 1: the correct figure is 66.', 'The answer to question 2 (9) is unchanged.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q2')?.line, 3);
  });
});

describe('parts restated one a line, then one answer naming each', () => {
  const request = '1. How much did the force spend in 2022 on:\na) printers\nb) paper scanners\nc) pagers\n2. How many fax machines are in use?';
  const reply = (answer: string) => ['1. How much did the force spend in 2022 on:', 'a) printers', 'b) paper scanners', '', answer, '', 'c) pagers', '', 'We do not have any pagers in use.'].join('\n');

  it('gives part (a) the answer below part (b) when it names printers too, offered', () => {
    const got = answersOf(reply('The force spent £471,332 on printers in 2022. Scanners are part of the printers and included in these costs.'), fromRequest(request));
    assert.deepEqual([got.get('Q1a')?.value, got.get('Q1a')?.line], [471332, 5]);
    assert.ok(got.get('Q1a')!.confidence < DEFAULT_MIN_CONFIDENCE, `confidence ${got.get('Q1a')!.confidence}`);
    // (Part (b) has no figure of its own: the sum is named for printers, scanners only included in it.)
    assert.equal(got.get('Q1b')?.value ?? null, null);
  });

  it('leaves part (a) unanswered when the answer below (b) does not name scanners, the words of (b)', () => {
    const got = answersOf(reply('The force spent £471,332 on printers in 2022.'), fromRequest(request));
    assert.equal(got.get('Q1a'), undefined);
  });

  it('leaves part (a) unanswered when the answer names only scanners', () => {
    const got = answersOf(reply('The force spent £12,040 on paper scanners in 2022.'), fromRequest(request));
    assert.equal(got.get('Q1a'), undefined);
  });
});

describe('a request quoted whole in single quotes', () => {
  const request = "Your request was about the following information:\n\n'1. What information is held on the political affiliation of board members?\n\n2. a) The current annual cost of press and media\n\nand\n\n    b) the total number of staff employed to handle press and media\n\n3. What guidelines have been issued on press releases?'";

  it('keeps the first question, its number after the opening quote', () => {
    assert.deepEqual(fromRequest(request).questions.map((x) => x.id), ['Q1', 'Q2a', 'Q2b', 'Q3']);
  });

  it('reads the answers numbered below the quoted request', () => {
    const reply = [request, '', 'Response', '', '1. We do not hold information on the political affiliation of board members.', '', '2. a) In the last financial year we spent £38,500 on press and media.', '', 'b) We have 2 members of staff.', '', '3. None have been issued.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.line], ['not-held', 15]);
  });
});

describe('an exception of the Environmental Information Regulations', () => {
  const q = fromRequest('1. Where are the sites?\n2. What are their grid references?');

  it('never reads the year of "the Environmental Information Regulations 2004" as a regulation or a figure given', () => {
    const got = classifyAnswer('Your request has been considered under the Environmental Information Regulations 2004 (EIRs). However, we believe it should be withheld under the exception in Reg 12(4)(d) of the EIRs.', q.byId.get('Q1')!);
    assert.equal(got.status, 'refused');
    assert.equal(got.exemption, 'other');
  });

  it('keeps an exception cited by number over words about a later publication', () => {
    const got = classifyAnswer('The information is withheld under the exception in regulation 12(4)(d) of the EIRs, as it relates to material still in the course of completion. We intend to publish the final report later this year, and the information is intended for future publication.', q.byId.get('Q1')!);
    assert.equal(got.exemption, 'other');
  });

  it('still lets a section cited by number beat a generic exception cited as often', () => {
    assert.equal(classifyAnswer('This is withheld under section 43(2) (commercial interests); regulation 12(4)(d) is also relevant.', q.byId.get('Q2')!).exemption, 's43');
    assert.equal(classifyAnswer('Regulation 12(4)(d) applies to the drafts. We also rely on regulation 12(4)(d) for the notes. The remaining figures are withheld under section 43(2).', q.byId.get('Q2')!).exemption, 's43');
  });
});

describe('a subsection in brackets names no question', () => {
  const request = 'You have requested:\n\n  • Please tell me how many councillors from Ashvale the council employs.\n  • Please tell me their names.\n  • Please tell me how much each earns from the council.';

  it('reads one s40 refusal below the quoted bullets as the answer to all three, "section 40(2)" naming no question 2', () => {
    const reply = ['Re: Request for information', '', request, '', 'In response to your questions, to provide this information would be unfair under the first data protection principle. I therefore regard this as exempt information under section 40(2) of the Act.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(['Q1', 'Q2', 'Q3'].map((id) => [got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line]), [['refused', 's40', 9], ['refused', 's40', 9], ['refused', 's40', 9]]);
  });

  it('still reads "(5a)" after a year as naming part 5a', () => {
    const q = fromRequest('1. How many sites are there?\n2. How many staff?\n3. What is the budget?\n4. Do you use kiosks?\n5. Have you considered them?\n a) When?\n b) Why not?');
    assert.deepEqual(idsNamed('Kiosks were considered in 2019 (5a) but not installed.', q), ['Q5a']);
    assert.deepEqual(idsNamed('This is exempt under section 40 (2) and s.43 (2) of the Act.', q), []);
  });
});

describe('two counts asked inline as one question', () => {
  const q = fromRequest('1. How many allotment a) sites and b) plots do you have in total?\n2. How many allotment plots are vacant?');

  it('offers the figure read for "a) sites and b) plots", never sure of it', () => {
    const got = parseValue('287 full plots, though many are now split into halves.', q.byId.get('Q1')!);
    assert.equal(got.value, 287);
    assert.equal(got.several, true);
  });

  it('leaves a question without inline parts as sure as before', () => {
    assert.equal(parseValue('41 plots are vacant.', q.byId.get('Q2')!).several, undefined);
  });
});

describe('a figure per year in a pipe table', () => {
  const q = fromRequest('1. The average time taken (in weeks) from assessment request to final plan, for each year.\n2. The average time taken (in weeks) in 2023.');

  it('reads "2024 | 44 |" rows as a figure per year, the latest offered, in the question\'s unit', () => {
    const got = parseValue('Row Labels | Average of Weeks to complete |\n2022 | 37 |\n2023 | 41 |\n2024 | 44 |\nThis excludes cases that went to tribunal.', q.byId.get('Q1')!);
    assert.deepEqual([got.value, got.unit, got.several], [44, 'weeks', true]);
  });

  it('reads rows with a leading pipe too, and the year the question names', () => {
    const got = parseValue('| Year | Weeks |\n| 2022 | 37 |\n| 2023 | 41 |\n| 2024 | 44 |', q.byId.get('Q2')!);
    assert.equal(got.value, 41);
  });
});

describe('questions numbered inline over two paragraphs', () => {
  const request = [
    'Dear Sir or Madam,',
    '',
    'Please could you tell me (1) whether the council has any formal twinning agreements; (2) the names of the partner towns; and (3) the total the council spent on twinning in 2024/25.',
    '',
    'Secondly, I would be grateful if you could say (4) whether twinning is organised by the council or by an independent association; and (5) the year the most recent agreement was signed.',
    '',
    'Many thanks,',
  ].join('\n');

  it('goes on numbering in the second paragraph: (4) and (5) are questions too', () => {
    assert.deepEqual(fromRequest(request).questions.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);
    assert.match(fromRequest(request).byId.get('Q4')!.text ?? '', /organised by the council/);
  });

  it('never starts a paragraph at a later number when nothing was numbered inline before it', () => {
    const q = fromRequest('Please tell me how many agreements the council has.\n\nI also refer to paragraphs (4) and (5) of your policy; (6) the year it was adopted.');
    assert.ok(!q.byId.has('Q4') && !q.byId.has('Q6'), JSON.stringify(q.questions.map((x) => x.id)));
  });
});

describe('a spreadsheet pasted with tabs, a column per year among others', () => {
  const questionnaire = parseQuestionnaire(readFileSync(join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;
  const reply = (header: string) =>
    [
      'Dear Requester,',
      '',
      'Our teams have completed the spreadsheet below.',
      '',
      header,
      '1\tFull official name\tOllerby District Council\t\t\t',
      '8\tAnnual spend\t£47.9m\t£49.3m\t£50.8m\tGross revenue expenditure',
      '9\tSoftware licensing spend\t£301,200\t£318,750\t£344,900\t',
    ].join('\n');

  it('reads the 2017/18 column the questions ask about, the empty notes cell and a "(budget)" note on a year kept in place', () => {
    const got = answersOf(reply('Ref\tQuestion\t2016/17\t2017/18\t2018/19 (budget)\tNotes'), questionnaire);
    assert.equal(got.get('Q8')?.value, 49300000);
    assert.equal(got.get('Q9')?.value, 318750);
  });

  it('reads the year asked when its label carries a note ("2017/18 (provisional)")', () => {
    const got = answersOf(reply('Ref\tQuestion\t2015/16\t2016/17\t2017/18 (provisional)\tNotes').replace('£47.9m\t£49.3m\t£50.8m', '£46.1m\t£47.9m\t£49.3m'), questionnaire);
    assert.equal(got.get('Q8')?.value, 49300000);
  });

  it('never reads a row by position when it has more cells than the header', () => {
    const shifted = reply('Ref\tQuestion\t2016/17\t2017/18\t2018/19 (budget)\tNotes').replace('£318,750\t£344,900\t', '£318,750\t£344,900\t\tsee annex\textra');
    assert.notEqual(answersOf(shifted, questionnaire).get('Q9')?.value, 318750);
  });

  it('reads a row whose year cells are empty by its notes ("Unknown")', () => {
    const withNote = reply('Ref\tQuestion\t2016/17\t2017/18\t2018/19 (budget)\tNotes') + '\n4a\tStand-alone\t\t\t\tUnknown';
    assert.equal(answersOf(withNote, questionnaire).get('Q4a')?.status, 'not-held');
  });

  it('reads nothing by position when the header has no run of year columns', () => {
    const got = answersOf(reply('Ref\tQuestion\tFirst\tSecond\tThird\tNotes'), questionnaire);
    assert.notEqual(got.get('Q9')?.value, 318750);
  });
});

describe('a refusal notice said of whatever was withheld above', () => {
  const request = '1. Who supplies the council\'s CRM system?\n2. What did the council pay for it in 2023/24?\n3. Who hosts the system?';
  const reply = [
    "Question 1: Who supplies the council's CRM system?",
    '    Brackwater Systems Ltd.',
    '',
    'Question 2: What did the council pay for it in 2023/24?',
    '    This is withheld under section 43(2) (commercial interests).',
    '',
    'Question 3: Who hosts the system?',
    '    See our answer to question 1.',
    '',
    'This concludes our response. Where information has been withheld under',
    'section 43(2) this letter is a refusal notice under section 17 of the Act.',
  ].join('\n');

  it('leaves the last answer its own: the closing notice is no refusal of question 3', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q3')?.status, got.get('Q3')?.value], ['answered', 'Brackwater Systems Ltd.']);
    assert.equal(got.get('Q2')?.exemption, 's43');
  });

  it('still reads "This letter serves as a refusal notice under section 17 …" with its exemption as a refusal', () => {
    assert.equal(classifyAnswer('This letter serves as a refusal notice under section 17. The information is exempt under section 43(2).', fromRequest(request).byId.get('Q2')!).status, 'refused');
  });
});

describe('a table flattened one cell to a line under a "No." / … / "Response" header', () => {
  const request = 'Please tell me (1) whether the council has any twinning agreements and, if so, how many; (2) the names of the partner towns; (3) the total spent on twinning in 2024/25; and (4) the year of the most recent agreement.';
  const table = (header: string[]) => ['Dear Requester,', '', 'Our response is given in the table below.', '', ...header, '1', 'Agreements', 'Yes - two.', '2', 'Partners', 'Ellmere (France) and Vosslau (Austria).', '3', 'Spend', '£2,150', '4', 'Latest', '1994'].join('\n');

  it('reads each row\'s number alone on its line as its label, its answer read from the row (question cell, then answer)', () => {
    const got = answersOf(table(['No.', 'Information requested', 'Response']), fromRequest(request));
    assert.deepEqual([got.get('Q3')?.value, got.get('Q3')?.line], [2150, 15]);
    assert.deepEqual([got.get('Q4')?.value, got.get('Q4')?.line], [1994, 18]);
  });

  it('reads no such labels without the header that names a number column and an answer column', () => {
    for (const header of [['Item', 'Information requested', 'Notes'], ['Information requested', 'Response'], ['No.', '', 'Response']]) {
      const got = answersOf(table(header), fromRequest(request));
      assert.notEqual(got.get('Q3')?.value, 2150, header.join(' / '));
    }
  });
});

describe('a sum of money given with the parts that make it up', () => {
  const q = fromRequest('Please could you tell me (1) the total the council spent on twinning in the 2024/25 financial year, including grants to twinning associations, civic hospitality and travel; and (2) how many visits took place.');

  it('offers the sum, not a part, when one figure is the sum of the others', () => {
    const got = parseValue('Spending in 2024/25 was £6,840, which is a £5,000 grant to the twinning association plus £1,840 of civic hospitality for a visiting delegation.', q.byId.get('Q1')!);
    assert.deepEqual([got.value, got.several], [6840, true]);
  });

  it('never reads the old figure of a correction as a sum', () => {
    const got = parseValue('The correct figure for 2024/25 is £5,000. The figure of £6,840 previously given wrongly included civic hospitality (£1,840).', q.byId.get('Q1')!);
    assert.notEqual(got.value, 6840);
  });

  it('leaves counts that add up by chance alone ("3, 4 and 7")', () => {
    assert.notEqual(parseValue('3, 4 and 7 in each of the three years.', q.byId.get('Q2')!).value, 7);
  });

  it('keeps the usual reading, as sure as it was, when it already gives the sum', () => {
    const got = parseValue('In total we spent £6,840: £5,000 in grants and £1,840 on hospitality.', q.byId.get('Q1')!);
    assert.equal(got.value, 6840);
    assert.notEqual(got.several, true);
  });
});

describe('a choice named by "the council itself"', () => {
  const q = fromRequest('Please say (1) whether twinning is organised by the council itself, by an independent association or charity, or jointly; and (2) the year of the latest agreement.');

  it('reads "The Council." as the choice "the council itself"', () => {
    const got = parseValue("The Council. Twinning is run by the Lord Mayor's Office.", q.byId.get('Q1')!);
    assert.match(String(got.value), /^council itself$/i);
  });

  it('still reads the other choices by their own words ("Jointly.", "An independent association.")', () => {
    assert.equal(parseValue('Jointly.', q.byId.get('Q1')!).value, 'Jointly');
    assert.match(String(parseValue('An independent association.', q.byId.get('Q1')!).value), /^independent association or charity$/i);
  });

  it('leaves "The Council." unread for a choice with words of its own ("council staff")', () => {
    const staff = fromRequest('Please say (1) whether graffiti is removed by council staff, an external contractor, or both; and (2) how many sites.');
    assert.equal(parseValue('The Council.', staff.byId.get('Q1')!).value, null);
  });

  it('still reads no choice from the council named in passing', () => {
    assert.equal(parseValue('The council supports the twinning association with a small grant.', q.byId.get('Q1')!).value, null);
  });
});

describe('a refusal in a thread with no blank lines, below the request and its sign-off', () => {
  const request = 'Dear Ollerby Borough Council,\nThe council ran a consultation on the future of Marsh Lane School.\nPlease could you provide:\na) the number of responses to the consultation,\nb) the responses themselves.\nYours faithfully,\nA. Requester';
  const reply = [request, 'Good Afternoon', 'Thank you for your request. The council can confirm that the information will be published in September.', 'Therefore the council is refusing your request, as the information is intended for future publication, under section 22 of the Act.'].join('\n');

  it('places the statement after the body\'s greeting, not at the request\'s last part', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.exemption, got.get('Q1')?.line], ['refused', 's22', 9]);
  });
});
