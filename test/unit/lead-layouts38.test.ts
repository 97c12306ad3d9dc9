// Layouts found by scoring the engine on replies it had never seen (session 38), each fixed with a
// general rule. The requests and letters here are written for fictional bodies; no real text is copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import { classifyAnswer } from '../../src/core/classify';
import { analyzeReply } from '../../src/core/suggest';
import { parseValue } from '../../src/core/values';
import { answersOf, fromRequest, reading } from '../support/engine';

describe('information another statute forbids the body to disclose', () => {
  const q = fromRequest('1. How many members of the pension scheme had their benefits reduced in 2023?\n2. How many complaints did the fund receive?');
  const q1 = q.byId.get('Q1')!;

  it('reads "restricted under section 82 of the Pensions Act" as refused, no FOI section named', () => {
    const got = classifyAnswer('This information is restricted under section 82 of the Pensions Act 2004.', q1);
    assert.equal(got.status, 'refused');
    assert.equal(got.exemption, 'other');
  });

  it('reads "we are unable to disclose it" and "cannot be released" as refused', () => {
    assert.equal(classifyAnswer('We hold this information but are unable to disclose it.', q1).status, 'refused');
    assert.equal(classifyAnswer('The figure cannot be released.', q1).status, 'refused');
  });

  it('leaves "unable to provide a figure" as it was: no refusal, only an inability', () => {
    assert.notEqual(classifyAnswer('We are unable to provide a figure for this.', q1).status, 'refused');
  });

  it('leaves a restriction that is not a law\'s ("restricted to staff") as no refusal', () => {
    assert.notEqual(classifyAnswer('Access to the scheme is restricted under our policy to staff over 55.', q1).status, 'refused');
  });
});

describe('a count of none written as "did not <verb> any <things>"', () => {
  const q = fromRequest('1. How many new charging sites did the council open in 2023/24?\n   a) Where is each new site?\n   b) What was the total capital cost of the new sites?\n2. How many charging sites does the council operate?');
  const q1 = q.byId.get('Q1')!;

  it('reads "The council did not open any new charging sites" as 0', () => {
    assert.equal(parseValue('The council did not open any new charging sites in 2023/24.', q1).value, 0);
    assert.equal(parseValue('We have not issued any penalty notices under this power.', q1).value, 0);
  });

  it('does not read "did not record any" or "do not hold any" as 0: that is information not held', () => {
    assert.equal(parseValue('The council did not record any openings separately.', q1).value, null);
    assert.equal(parseValue('We do not hold any charging sites data.', q1).value, null);
    assert.equal(parseValue('We do not hold any for that year.', q1).value, null);
    assert.equal(parseValue('The council has not recorded any in that form.', q1).value, null);
  });

  it('gives the parts of a count of none "not applicable" from the count\'s line, offered', () => {
    const reply = ['Dear Requester,', '', '1. The council did not open any new charging sites in 2023/24.', '', '2. The council operates 17 charging sites.'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 0, 3]);
    for (const id of ['Q1a', 'Q1b']) {
      assert.deepEqual(reading(got, id), ['not-applicable', null, 3], id);
      assert.equal(got.get(id)!.from, 'Q1');
      assert.ok(got.get(id)!.confidence < DEFAULT_MIN_CONFIDENCE, JSON.stringify(got.get(id)));
    }
  });

  it('leaves the parts alone when the count is more than none', () => {
    const reply = ['Dear Requester,', '', '1. The council opened 3 new charging sites in 2023/24.', '', '2. The council operates 17 charging sites.'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 3, 3]);
    assert.notEqual(got.get('Q1a')?.status, 'not-applicable');
  });

  it('keeps a part\'s own answer over the count of none', () => {
    const reply = ['1. None.', '1a) Not applicable as none were opened.', '1b) £0', '2. 17'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q1b'), ['answered', 0, 3]);
  });
});

describe('a request whose items are labelled "RFI 1:", quoted in the reply after the reply\'s own number', () => {
  const request = [
    'Dear Board,',
    '',
    'Catering arrangements:',
    '',
    'RFI 1: Does the hospital cook patient meals on site? If so, please say where.',
    '',
    'RFI 2: If meals are not cooked on site, please say who supplies them.',
    '',
    'Where possible, for RFI 1 and 2, please also clarify how meals reach the wards.',
    '',
    'RFI 3: What is the average cost of a patient meal?',
  ].join('\n');
  const reply = [
    'Request and Response',
    '',
    '1.    RFI 1: Does the hospital cook patient meals on site? If so, please say where.',
    '',
    'Yes, all meals are cooked in the main kitchen at Brindle General.',
    '',
    '2.    RFI 2: If meals are not cooked on site, please say who supplies them.',
    '',
    'N/A',
    '',
    'Where possible, for RFI 1 and 2, please also clarify how meals reach the wards.',
    '',
    'Meals are taken to the wards in heated trolleys by the catering team.',
    '',
    '3.    RFI 3: What is the average cost of a patient meal?',
    '',
    '£3.12 per meal in 2023/24.',
  ].join('\n');

  it('takes each "RFI n:" as question n, and leaves the unlabelled paragraph out', () => {
    assert.deepEqual(fromRequest(request).questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
  });

  it('reads "RFI 2" in a reply as the label of question 2', () => {
    const got = answersOf(['RFI 1 – Yes, on site.', 'RFI 2 – Not applicable.', 'RFI 3 – £3.12'].join('\n'), fromRequest(request));
    assert.deepEqual(reading(got, 'Q3'), ['answered', 3.12, 3]);
    assert.equal(got.get('Q2')!.status, 'not-applicable');
  });

  it('finds each answer below the quoted question, past the repeated "RFI n:" label', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 'Yes', 5]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 3.12, 17]);
  });

  it('ends an answer at a quoted paragraph of the request in the requester\'s voice', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q2'), ['not-applicable', null, 9]);
    assert.equal(got.get('Q2')!.text.trim(), 'N/A');
  });
});

describe('the request quoted as a list, "Our response", then answers from "2." with the first under a bullet, no blank lines', () => {
  const request = [
    'My questions are:',
    '1. Where are the council\'s rules for skip permits published?',
    '2. Were those rules applied in Mill Lane on 3 March?',
    '3. Which company issues skip permits for the council?',
    '4. How are enforcement officers told about new permits?',
  ].join('\n');
  const reply = (heading: string) =>
    [
      '2 June 2024',
      'Your request',
      ...request.split('\n'),
      heading,
      '- Applicants are advised to follow the process on this page:',
      'https://www.farrowmere.example.gov.uk/skips',
      '2. We hold no record of a skip permit in Mill Lane on that date.',
      '3. Our current supplier is Hallam Permits Ltd.',
      '4. Officers receive a daily list of new permits.',
    ].join('\n');

  it('reads "2." to "4." below the response heading as the answers, not the list starting over', () => {
    const got = answersOf(reply('Our response'), fromRequest(request));
    assert.deepEqual(reading(got, 'Q2'), ['not-held', null, 11]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 'Our current supplier is Hallam Permits Ltd.', 12]);
    assert.equal(got.get('Q4')!.line, 13);
  });

  it('reads the bullet between the heading and "2." as the first answer', () => {
    const got = answersOf(reply('Our response'), fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['signposted', null, 9]);
  });

  it('takes no answers from below a line that is no response heading', () => {
    const got = answersOf(reply('Kind regards'), fromRequest(request));
    assert.equal(got.get('Q2'), undefined);
  });
});

describe('a grid table of two columns, question and response, whose question cells wrap beside the answers', () => {
  const request = [
    'Sites',
    '• How many caravan sites does the council currently license?',
    '• What is the council\'s current fee for an application for a new site licence?',
    '• Does the council inspect each licensed site annually, every two years, or only after complaints?',
  ].join('\n');
  const border = '\t+----------------------------------------------+------------------------------------+';
  const reply = [
    'Our response is set out below.',
    '',
    '\t| Question                                     | Response                           |',
    border,
    '\t| How many caravan sites does the council      | 9                                  |',
    '\t| currently license?                           |                                    |',
    border,
    '\t| What is the council\'s current fee for an     | £612 (set by the Licensing         |',
    '\t| application for a new site licence?          | Committee in March 2024)           |',
    border,
    '\t| Does the council inspect each licensed site  | Every two years, with higher-risk  |',
    '\t| annually, every two years, or only after     | sites visited more often.          |',
    '\t| complaints?                                  |                                    |',
    border,
  ].join('\n');
  const q = fromRequest(request);

  it('finds the question whose cell wraps beside a wrapped answer cell', () => {
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 612, 8]);
  });

  it('reads only the response cell as the answer, never the question cell\'s words beside it', () => {
    const got = answersOf(reply, q);
    assert.ok(got.get('Q2')!.text.startsWith('£612 (set by the Licensing') && !got.get('Q2')!.text.includes('application'), got.get('Q2')!.text);
    assert.ok(got.get('Q2')!.text.includes('Committee in March 2024)'), got.get('Q2')!.text);
    assert.ok(!got.get('Q3')!.text.includes('annually'), got.get('Q3')!.text);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 'Every two years', 11]);
  });

  it('reads the same from a table whose pipes are not lined up', () => {
    const loose = ['| Question | Response |', '| What is the council\'s current fee for an | £612 (set by the Licensing |', '| application for a new site licence? | Committee in March 2024) |', '| How many caravan sites does the council currently license? | 9 |'].join('\n');
    const got = answersOf(loose, q);
    assert.ok(got.get('Q2')!.text.includes('Committee in March 2024)') && !got.get('Q2')!.text.includes('application'), got.get('Q2')!.text);
  });

  it('does not take the question\'s cell for the answer in a three-cell row wrapped after its question', () => {
    const numbered = fromRequest(['1. How many caravan sites does the council currently license?', '2. What is the council\'s current fee for an application for a new site licence?'].join('\n'));
    const got = answersOf(['| 1 | How many caravan sites does the council currently license? |', '9 sites |', '| 2 | What is the council\'s current fee for an application for a new site licence? | £612 |'].join('\n'), numbered);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 9, 2]);
  });

  it('reads the same when the question cell opens with the question\'s number', () => {
    const numbered = fromRequest(['1. How many caravan sites does the council currently license?', '2. What is the council\'s current fee for an application for a new site licence?'].join('\n'));
    const got = answersOf(['| Q1. How many caravan sites does the council | 9 |', '| currently license? | |', '| Q2. What is the council\'s current fee for an | £612 (set by the Licensing |', '| application for a new site licence? | Committee in March 2024) |'].join('\n'), numbered);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 9, 1]);
    assert.equal(got.get('Q2')!.text.replace(/\s*\|\s*/g, ' ').replace(/\s+/g, ' '), '£612 (set by the Licensing Committee in March 2024)');
  });
});

describe('a count in words before the counted noun, a figure for something else after it', () => {
  const q = fromRequest('1. How many caravan sites does the council license?\n2. How many pitches do those sites have?');

  it('reads "Four sites, with 173 pitches in total." as 4 sites, offered', () => {
    const got = parseValue('Four sites, with 173 pitches in total.', q.byId.get('Q1')!);
    assert.equal(got.value, 4);
    assert.ok(got.inferred);
  });

  it('still reads the figure when the figure counts the question\'s noun', () => {
    assert.equal(parseValue('Four of them are large: 173 sites in all.', q.byId.get('Q1')!).value, 173);
    assert.equal(parseValue('Four sites, with 173 pitches in total.', q.byId.get('Q2')!).value, 173);
    assert.equal(parseValue('Two officers license 173 of them.', q.byId.get('Q1')!).value, 173);
  });
});

describe('a name and job title asked for, the job title given and the name withheld', () => {
  const q = fromRequest('1. Please give the name and job title of the lead officer for site licensing.\n2. How many sites are licensed?');

  it('is a partial answer under the section cited', () => {
    const got = classifyAnswer('Job title: Environmental Health Manager (Housing). The officer\'s name is withheld under section 40(2) of the Act.', q.byId.get('Q1')!);
    assert.equal(got.status, 'partial');
    assert.equal(got.exemption, 's40');
  });

  it('stays refused when the heading gives nothing, or nothing comes under a heading', () => {
    assert.equal(classifyAnswer('Name: withheld under section 40(2) of the Act.', q.byId.get('Q1')!).status, 'refused');
    assert.equal(classifyAnswer('The officer\'s name is withheld under section 40(2) of the Act.', q.byId.get('Q1')!).status, 'refused');
    // (For a count, a heading gives no figure: "Note: …" is no value.)
    assert.equal(classifyAnswer('Note: the breakdown is withheld under section 31(1)(a).', q.byId.get('Q2')!).status, 'refused');
  });
});

describe('a prose letter whose one sentence answers two questions in two clauses, "no … and no …"', () => {
  const request = [
    '• How many caravan sites does the council currently license?',
    '• What is the council\'s current fee for a new site licence application?',
    '• How many licensed sites did the council inspect in 2023/24?',
    '• How many compliance notices did the council serve on site owners in 2023/24?',
    '• How much did the council recover from site owners in enforcement expenses in 2023/24?',
    '• In which year did the council last review its site licence conditions?',
  ].join('\n');
  const letter = (enforcement: string) =>
    [
      'Dear Ms Ferrand,',
      '',
      'We currently license 9 caravan sites across the district. The fee for a new site licence application is £480.',
      '',
      'Officers inspected 6 licensed sites during 2023/24.',
      '',
      enforcement,
      '',
      'The site licence conditions were last reviewed in 2021.',
      '',
      'Yours sincerely,',
      'Licensing Team',
    ].join('\n');

  it('gives each clause to its own question: none served, none recovered', () => {
    const got = answersOf(letter('No compliance notices were served on site owners in 2023/24 and no enforcement expenses were recovered.'), fromRequest(request));
    assert.deepEqual(reading(got, 'Q4'), ['answered', 0, 7]);
    assert.deepEqual(reading(got, 'Q5'), ['answered', 0, 7]);
    assert.equal(got.get('Q5')!.text, 'no enforcement expenses were recovered.');
  });

  it('does not give a clause to the next question when the clause is still about the question tied', () => {
    const got = answersOf(letter('No compliance notices were served on site owners in 2023/24; notices served on site owners are listed on our website.'), fromRequest(request));
    assert.notEqual(got.get('Q5')?.line, 7);
  });

  it('reads "no enforcement expenses were recovered" as no money', () => {
    const q = fromRequest(request);
    assert.equal(parseValue('No enforcement expenses were recovered.', q.byId.get('Q5')!).value, 0);
    assert.equal(parseValue('No penalty charges were applied in that year.', q.byId.get('Q5')!).value, 0);
  });
});

describe('a clause given to the question next to the one its sentence answers: the limits', () => {
  const request = [
    '• How many caravan sites does the council currently license?',
    '• What is the council\'s current fee for a new site licence application?',
    '• How many compliance notices did the council serve on site owners in 2023/24?',
    '• How much did the council recover from site owners in enforcement expenses in 2023/24?',
    '• Which team leads on site licensing?',
    '• In which year did the council last review its site licence conditions?',
  ].join('\n');
  const letter = (...sentences: string[]) => ['Dear Ms Ferrand,', '', ...sentences.flatMap((x) => [x, '']), 'Yours sincerely,', 'Licensing Team'].join('\n');
  const q = fromRequest(request);

  it('gives a clause with a sum to the money question after, on one word of its own', () => {
    const got = answersOf(letter('We currently license 9 caravan sites across the district, and the fee is £480.', 'No compliance notices were served on site owners in 2023/24.', 'Private Sector Housing leads on site licensing.', 'The conditions were last reviewed in 2021.'), q);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 480, 3]);
  });

  it('gives the first clause to the question before, when the sentence is tied to the later one (other-blind143, Nethergill)', () => {
    // (The question before asks in many words the sentence does not use, so the alignment ties the
    // sentence to the later question only.)
    const dir = join(__dirname, '../quality/blind/other-blind143/park-home-site-licensing');
    const got = answersOf(readFileSync(join(dir, 'nethergill-district.txt'), 'utf8'), fromRequest(readFileSync(join(dir, 'request.txt'), 'utf8')));
    assert.deepEqual(reading(got, 'Q7'), ['answered', 0, 88]);
    assert.deepEqual(reading(got, 'Q8'), ['answered', 0, 88]);
  });

  it('gives the second clause to the question after, when the sentence is tied to the earlier one (other-blind64, Glenmarsh)', () => {
    const dir = join(__dirname, '../quality/blind/other-blind64/street-naming');
    const got = answersOf(readFileSync(join(dir, 'glenmarsh.txt'), 'utf8'), fromRequest(readFileSync(join(dir, 'request.txt'), 'utf8')));
    assert.deepEqual(reading(got, 'Q2b'), ['answered', 402, 19]);
  });

  it('gives a clause to the question before the one its sentence answers', () => {
    const got = answersOf(letter('We currently license 9 caravan sites across the district.', 'The fee for a new site licence application is £480.', 'None were served, and no enforcement expenses were recovered from site owners in 2023/24.', 'Private Sector Housing leads on site licensing.', 'The conditions were last reviewed in 2021.'), q);
    assert.deepEqual(reading(got, 'Q4'), ['answered', 0, 7]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 0, 7]);
  });

  it('gives no clause that is more the tied question\'s, or to a question answered elsewhere', () => {
    const own = answersOf(letter('We currently license 9 caravan sites across the district.', 'The fee for a new site licence application is £480.', 'No compliance notices were served on site owners in 2023/24; notices served on site owners cost the council £2,400 to prepare.', 'Private Sector Housing leads on site licensing.'), q);
    assert.notEqual(own.get('Q4')?.line, 7);
    const twice = answersOf(letter('We currently license 9 caravan sites across the district.', 'The fee for a new site licence application is £480.', 'No compliance notices were served on site owners in 2023/24 and no enforcement expenses were recovered.', 'Enforcement expenses recovered from site owners in 2023/24 came to £0 in total.', 'Private Sector Housing leads on site licensing.'), q);
    assert.equal(twice.get('Q4')?.line, 9);
    // (Nor a second highlight for it in the editor: one marker for Q4, at its own sentence.)
    const markers = analyzeReply(letter('We currently license 9 caravan sites across the district.', 'The fee for a new site licence application is £480.', 'No compliance notices were served on site owners in 2023/24 and no enforcement expenses were recovered.', 'Enforcement expenses recovered from site owners in 2023/24 came to £0 in total.', 'Private Sector Housing leads on site licensing.'), q).markers;
    assert.deepEqual(markers.filter((m) => m.ids.includes('Q4')).map((m) => m.line + 1), [9]);
  });
});

describe('"aren\'t recorded", "wasn\'t collected": not held said with a contraction', () => {
  const q = fromRequest('1. What was the council\'s total spend on staff, agency workers and contractors in 2023/24?\n2. How many contractors were used?');

  it('reads a figure with "Contractors aren\'t recorded separately" as partial', () => {
    assert.equal(classifyAnswer('£24.96m for staff and agency. Contractors aren\'t recorded separately so we can\'t give you that part.', q.byId.get('Q1')!).status, 'partial');
  });

  it('reads "aren’t recorded" alone as not held, with a curly apostrophe too', () => {
    assert.equal(classifyAnswer('Contractors aren’t recorded separately.', q.byId.get('Q2')!).status, 'not-held');
    assert.equal(classifyAnswer('These weren\'t collected in that year.', q.byId.get('Q2')!).status, 'not-held');
  });
});

describe('a request with inline roman parts, answered by a council that numbers every answer 1 to 11', () => {
  const request = 'Could you please tell me 1) whether gum removal is done by the council\'s own staff, by a contractor, or by both; 2) if a contractor is used, the name of the contractor; 3) the amount spent on gum removal in 2024/25; 4) whether the council has received a grant from the national scheme and, if it has, (i) the total amount received across all rounds and (ii) the year in which the council first received a grant;\n5) the number of fixed penalty notices issued for dropping gum in 2024/25, and 6) what percentage of those notices were paid; 7) the length of the current gum removal contract, in years; 8) the approximate area of pavement cleared of gum in 2024/25; and 9) the streets covered by the latest gum removal programme.';

  it('splits "(i) …" and "(ii) …" after "if it has," into parts 4a and 4b, the year typed as a year', () => {
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4', 'Q4a', 'Q4b', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9']);
    assert.equal(q.byId.get('Q4a')!.type, 'money');
    assert.equal(q.byId.get('Q4b')!.type, 'year');
  });

  it('does not split short options in roman numerals, or a breakdown asked in one phrase', () => {
    const q = fromRequest('1) whether the service is run by the council, (i) in-house or (ii) contracted out; 2) the cost of the service; 3) the name of the team.');
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    const one = fromRequest('1) the number of sites with (i) more than ten pitches on them and (ii) fewer than ten pitches on them; 2) the cost of the service; 3) the name of the team.');
    assert.deepEqual(one.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
  });

  it('maps the council\'s numbers 1 to 11 onto the questions in order, past a list inside an answer and the request quoted below', () => {
    const reply = [
      'Dear Dr Finch,',
      '',
      'Our answers are below, numbered in order.',
      '',
      '1. Contractor.',
      '2. Kerbline Services Ltd.',
      '3. £18,200, made up of:',
      '1. £12,000 for the contract',
      '2. £6,200 for equipment',
      '4. Yes.',
      '5. £45,000.',
      '6. 2022.',
      '7. 112 notices were issued.',
      '8. 78%.',
      '9. Three years.',
      '10. We do not measure this.',
      '11. The town centre and the station approach.',
      '',
      '-----Original Message-----',
      'From: Dr Finch',
      ...request.split('\n'),
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q4a'), ['answered', 45000, 11]);
    assert.deepEqual(reading(got, 'Q5'), ['answered', 112, 13]);
    assert.deepEqual(reading(got, 'Q9'), ['answered', 'The town centre and the station approach.', 17]);
  });
});

describe('bullets under a numbered lead-in that each ask, "how many …", "whether …", "how long …"', () => {
  const request = [
    '7. The month and year in which the council\'s first School Street began.',
    '8. Regarding exemption permits for residents inside School Streets zones:',
    '   - how many exemption permits were valid on 1 September 2025;',
    '   - whether the council charges for a permit;',
    '   - how long it usually takes to process a permit application.',
    '9. The percentage of School Streets PCNs cancelled on appeal in 2024/25.',
  ].join('\n');

  it('reads each bullet as a part of 8, typed by what it asks', () => {
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q7', 'Q8', 'Q8a', 'Q8b', 'Q8c', 'Q9']);
    assert.deepEqual(['Q8a', 'Q8b', 'Q8c'].map((id) => q.byId.get(id)!.type), ['number', 'yes-no', 'duration']);
  });

  it('still reads option bullets under a question as its options', () => {
    const q = fromRequest(['1. Which of the following best describes the service:', '   - run in-house', '   - contracted out', '2. How many staff work in it?'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2']);
  });
});

describe('a choice named only to be denied: "Our own operatives do not use gum removal equipment"', () => {
  const q = fromRequest('1) whether gum removal is carried out by the council\'s own staff, by a contractor, or by both; 2) the cost of gum removal in 2024/25; 3) the name of the contractor.');

  it('is no mix of both: the contractor is the one said, offered', () => {
    const got = parseValue('All gum removal is carried out for us by a contractor. Our own street cleansing operatives do not use gum removal equipment.', q.byId.get('Q1')!, q.codes);
    assert.equal(got.value, 'Contractor');
    assert.notEqual(got.confidence, 0.9);
  });

  it('still reads both when both do the work', () => {
    assert.equal(parseValue('Our own street cleansing operatives remove gum in the town centre, and a contractor clears the outlying areas.', q.byId.get('Q1')!, q.codes).value, 'Both');
  });
});

describe('examples after "such as" in a yes/no question, and "one" before the counted noun', () => {
  it('types "Does your force seek consent … from a third party organisation such as medical records, counselling records or educational records?" as yes/no', () => {
    const q = fromRequest('1. How many devices are awaiting examination?\n2. Does your force seek consent from complainants for the disclosure of records held by a third party organisation such as medical records, counselling records or educational records?');
    assert.equal(q.byId.get('Q2')!.type, 'yes-no');
    assert.equal(parseValue('The Constabularies do ask for consent.', q.byId.get('Q2')!, q.codes).value, 'Yes');
  });

  it('still offers the options of "in-house, by a contractor, or both"', () => {
    const q = fromRequest('1. Is the service delivered in-house, by a contractor, or both?\n2. How many staff?');
    assert.equal(q.byId.get('Q1')!.type, 'choice');
  });

  it('reads "has one member of staff employed to translate" as 1 for "How many members of staff …?"', () => {
    const q = fromRequest('1. How many members of staff do you employ to translate?\n2. What is the annual cost of translation?');
    const got = parseValue('The Health Board has one member of staff employed to translate, on a part-time basis.', q.byId.get('Q1')!);
    assert.equal(got.value, 1);
    assert.ok(got.inferred);
    assert.equal(parseValue('We have one contract with an agency for this.', q.byId.get('Q1')!).value, null);
  });
});

describe('a question restated whole, two sentences, with "None" after its full stop', () => {
  const request = ['1. How much revenue did the car parks raise in 2023/24?', '', '2. Are any car parks run by a private firm?', '', '3. If answer to question 2 is yes, how much of the car park income went to a private firm? If the income went to several firms please give a breakdown by firm.'].join('\n');

  it('reads "None" as the answer, not the question restated with a "none" it does not ask', () => {
    const reply = ['1. How much revenue did the car parks raise in 2023/24? £1.2m', '', '2. Are any car parks run by a private firm? Yes', '', '3. If answer to question 2 is yes, how much of the car park income went to a private firm? If the income went to several firms please give a breakdown by firm. None'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q3'), ['answered', 0, 5]);
    assert.equal(got.get('Q3')!.text, 'None');
  });

  it('still reads the question\'s words with a "not" it does not ask as the answer', () => {
    const q = fromRequest('1. Are any of the waiting lists closed to further applications?\n2. How many people are on them?');
    const got = answersOf('1. These waiting lists are not closed to further applications.\n2. 412', q);
    assert.equal(got.get('Q1')!.value, 'No');
  });
});

describe('requests about requests, wrapped bullets, and a few answer wordings (other-blind147, real rounds)', () => {
  it('takes "The total number of FOI requests received …" paragraphs as questions: FOI is their topic, not the framing', () => {
    const q = fromRequest('The total number of FOI requests received by the Board in 2023.\n\nThe total number of those FOI requests that were answered late.\n\nThe total number of freedom of information requests refused in full.');
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    assert.deepEqual(fromRequest('Under the Freedom of Information Act 2000 I request:\n\n1. How many staff work in the team?\n2. What is its budget?').questions.map((x) => x.id), ['Q1', 'Q2']);
  });

  it('joins a bulleted question wrapped onto an indented line that ends in "?"', () => {
    const q = fromRequest(['Scheme', '', '- Has the council adopted Schedule 4 to the Local Government (Miscellaneous Provisions) Act', '  1982 (street trading)?', '- In which year was the street trading policy last reviewed?', '- How many consents were in force on 31 March 2025?'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    assert.match(q.byId.get('Q1')!.text ?? '', /1982 \(street trading\)\?$/);
    // (A line after a bullet that has ended asks on its own.)
    const own = fromRequest(['Scheme', '', '- Has the council adopted the street trading scheme?', 'In which year was the street trading policy last reviewed?', '- How many consents were in force on 31 March 2025?'].join('\n'));
    assert.deepEqual(own.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
  });

  it('reads "None at present." before a figure for later as 0', () => {
    const q = fromRequest('1. How many households are currently offered a food waste collection?\n2. What does the service cost?');
    assert.equal(parseValue('None at present. The new service will be offered to approximately 48,200 households from April 2026.', q.byId.get('Q1')!).value, 0);
  });

  it('types "What is the maximum period for which a consent is granted?" as a duration, and "This varies …" is unclear', () => {
    const request = '1. What is the maximum period for which a street trading consent is granted?\n2. How many consents are in force?';
    const q = fromRequest(request);
    assert.equal(q.byId.get('Q1')!.type, 'duration');
    const got = answersOf('1. This varies with the type of consent and the pitch location.\n2. 27', q);
    assert.equal(got.get('Q1')!.status, 'unclear');
  });

  it('reads "The lead officer is the Principal Licensing Officer. We have withheld the officer\'s name under section 40(2)" as partial', () => {
    const q = fromRequest('1. Please give the name and job title of the officer who leads on street trading.\n2. How many consents are in force?');
    const part = classifyAnswer('The lead officer is the Principal Licensing Officer. We have withheld the officer\'s name under section 40(2) of the Act.', q.byId.get('Q1')!);
    assert.equal(part.status, 'partial');
    assert.equal(part.exemption, 's40');
    assert.equal(classifyAnswer('The information requested is personal data. We have withheld the officer\'s name under section 40(2) of the Act.', q.byId.get('Q1')!).status, 'refused');
  });

  it('finds questions in a fixed-width two-column table whose question cells wrap beside long answers', () => {
    const request = ['- If so, please list the streets currently designated as prohibited streets.', '- What is the current annual fee for a static (fixed pitch) street trading consent?', '- How many complaints about street trading did the council receive in 2024/25?', '- How many prosecutions did the council bring in 2024/25?'].join('\n');
    const reply = [
      'Question                                      Response',
      '',
      'If so, please list the streets currently      The list of prohibited streets is',
      'designated as prohibited streets.             published on our website.',
      '',
      'What is the current annual fee for a static   £1,980 per annum (town centre and out-',
      '(fixed pitch) street trading consent?         centre pitches are charged alike)',
      '',
      'How many complaints about street trading did  We do not hold this figure.',
      'the council receive in 2024/25?',
      '',
      'How many prosecutions did the council bring   3',
      'in 2024/25?',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q2'), ['answered', 1980, 6]);
    assert.deepEqual(reading(got, 'Q3'), ['not-held', null, 9]);
    assert.equal(got.get('Q1')!.line, 3);
  });

  it('cuts no question at a column the letter\'s header fields share ("Reference:        FOI-1")', () => {
    const request = '1. How many relevant protected sites does the council license?\n2. How many pitches are there?';
    const reply = ['Reference:        FOI-2024-00612', 'Title:            Park homes', 'Date received:    2 September 2024', 'Outcome:          Information provided', '', 'How many relevant protected sites does the council license?', 'Response: 11', '', 'How many pitches are there?', 'Response: 240'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 11, 7]);
  });
});

describe('the request quoted "1." to "8.", then answered "1)" to "4)" in paragraphs of their own', () => {
  // (Eight quoted, four answered: the letter answers fewer than three in four of them.)
  const request = ['  1. Did the commissioner or any staff attend the conference in October?', '  2. If so, how many people attended and for how long?', '  3. How much public money was spent on the visit?', '  4. Was there any correspondence about the cost of the trip?', '  5. Who approved the trip?', '  6. Which hotel was used?', '  7. What class of rail travel was used?', '  8. Were any gifts received?'].join('\n');
  const reply = (form: (n: number) => string) =>
    [
      'I note you seek access to the following information:',
      '',
      request,
      '',
      'I have today decided to disclose the located information to you.',
      '',
      `${form(1)} I can confirm that the Commissioner attended the conference in October 2023.`,
      '',
      `${form(2)} The Commissioner attended for 3 days and took annual leave.`,
      '',
      `${form(3)} No public money was spent on the visit.`,
      '',
      `${form(4)} Please find the email correspondence enclosed.`,
    ].join('\n');

  it('reads the answers under their own numbers, though their form differs from the quoted list', () => {
    const got = answersOf(reply((n) => `${n})`), fromRequest(request));
    // ("attended for 3 days" says how long, not how many people: no value, session 39.)
    assert.deepEqual(reading(got, 'Q2'), ['answered', null, 16]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 0, 18]);
  });

  it('takes no numbers of another form run together under the quoted list as answers', () => {
    // (One after another with no blank line between: a list in the letter, not its answers.)
    const tight = ['I note you seek access to the following information:', '', request, '', 'The searches covered:', '1) the diary', '2) the expenses system', '3) the email archive'].join('\n');
    const got = answersOf(tight, fromRequest(request));
    assert.notEqual(got.get('Q2')?.line, 14);
  });

  it('reads "No public money was spent on …" as no money', () => {
    const q = fromRequest(request);
    assert.equal(parseValue('No public money was spent on accommodation, travel or subsistence.', q.byId.get('Q3')!).value, 0);
  });
});

describe('the request quoted as a numbered list, then one bullet for each question, in order, with no numbers', () => {
  const request = ['1. The number of children known to be educated at home, by year for the last 5 years.', '2. The number of informal enquiries the council has made about a home education, by year.', '3. Of those enquiries, the number where the parents engaged with the council.', '4. The number of school attendance orders served on home-educated children, by year.'].join('\n');
  const reply = (bullets: string[]) => ['Freedom of information response', ...request.split('\n'), ...bullets].join('\n');

  it('gives each bullet to its question in turn', () => {
    const got = answersOf(reply(['- Figures for home-educated children are published on our website, by year.', '- We make informal enquiries by telephone or email but keep no count of them.', '- See Question 2.', '- 3 school attendance orders were served in 2023/24.']), fromRequest(request));
    assert.deepEqual(reading(got, 'Q2'), ['not-held', null, 7]);
    assert.equal(got.get('Q3')!.line, 8);
    assert.deepEqual(reading(got, 'Q4'), ['answered', 3, 9]);
  });

  it('gives none when the bullets are fewer than the questions', () => {
    const fewer = answersOf(reply(['- Figures for home-educated children are published on our website, by year.', '- See our website.', '- 3 school attendance orders were served in 2023/24.']), fromRequest(request));
    assert.notEqual(fewer.get('Q4')?.line, 8);
  });
});

describe('figures that are parts of names, and a total of 100% under shares', () => {
  const q = fromRequest('1. How many deaths were recorded in 2021?\n2. What proportion of patients were men and what proportion women?');

  it('reads no count from "Covid-19", "COVID- 19" or "19DailyDashboard" in a link broken over a line', () => {
    assert.equal(parseValue('Figures are published by the national statistics office under Covid-19 deaths.', q.byId.get('Q1')!).value, null);
    assert.equal(parseValue('See the dashboard: https://public.example.org/profile#!/vizhome/COVID- 19DailyDashboard_1596/Overview', q.byId.get('Q1')!).value, null);
    assert.equal(parseValue('There were 41 deaths in 2021.', q.byId.get('Q1')!).value, 41);
  });

  it('offers the first share, not the 100% they add up to', () => {
    const got = parseValue('Gender % of patients\nFemale 67.35%\nMale 30.61%\nNot specified 2.04%\nGrand Total 100.00%', q.byId.get('Q2')!);
    assert.equal(got.value, 67.35);
    assert.ok(got.several);
    // (An overall share that is not the shares added up is still the answer.)
    assert.equal(parseValue('Rents rose by 3.5% in 2024/25 and 3.2% in 2025/26: an overall increase of 6.8%.', q.byId.get('Q2')!).value, 6.8);
  });
});
