// Layouts found by scoring the engine on replies it had never seen (session 37), each fixed with a
// general rule. The requests and letters here are written for fictional bodies; no real text is copied.
import { strict as assert } from 'node:assert';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import { classifyAnswer, isBoilerplate } from '../../src/core/classify';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { analyzeReply, mappedBack } from '../../src/core/suggest';
import { FlatMap, unflatten } from '../../src/core/unflatten';
import { answersOf, fromRequest, reading } from '../support/engine';

const types = (request: string): Record<string, string> => Object.fromEntries(fromRequest(request).questions.map((x) => [x.id, x.type]));

describe('a short "No information held." below the quoted request, a clarification and an address between', () => {
  const request = ['1. How many fixed penalty notices for littering did the force issue in 2022?', '2. How many of those were paid within 14 days?', '3. How many were cancelled on appeal?'].join('\n');
  const reply = (clarified: string) =>
    [
      'Freedom of Information Request Reference No: 004512/23',
      '',
      'You sought access to the following information:',
      '',
      request,
      '',
      clarified,
      '',
      'Dunmoor Constabulary',
      'Headquarters, Fenwick Road, Dunmoor DN1 4XX',
      '',
      'Response',
      '',
      'No information held.',
      '',
      'If you are dissatisfied with the handling of your request, you may ask for an internal review.',
    ].join('\n');

  it('reads it as not held for every question, from its own line, offered', () => {
    const got = answersOf(reply('On 8 March you clarified: "I mean notices issued by officers, not wardens."'), fromRequest(request));
    for (const id of ['Q1', 'Q2', 'Q3']) {
      assert.deepEqual(reading(got, id), ['not-held', null, 16], id);
      assert.ok(got.get(id)!.confidence < DEFAULT_MIN_CONFIDENCE, JSON.stringify(got.get(id)));
    }
  });

  it('passes over a "Clarification:" line as it passes over "you clarified:"', () => {
    const got = answersOf(reply('Clarification received 8 March: officers only, not wardens.'), fromRequest(request));
    assert.deepEqual(reading(got, 'Q2'), ['not-held', null, 16]);
  });

  it('still stops at a clarification that is a sentence of the letter, not one about what was clarified', () => {
    // ("The figures below are for officers only." is the letter's own words: the statement search ends there.)
    const got = answersOf(reply('The figures requested cover 2022 and 2023 in full.'), fromRequest(request));
    assert.equal(got.get('Q1'), undefined);
  });
});

describe('a request numbered "1 How many … 2 How many …" inside one paragraph', () => {
  const request = 'Please could you tell me: 1 How many bus drivers were dismissed in 2022 2 How many of those dismissals were for attendance 3 How many were appealed 4 The cost of agency drivers used to cover the vacancies';

  it('reads each bare number that opens a capitalised question as a label', () => {
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4']);
    assert.equal(q.byId.get('Q2')!.text, 'How many of those dismissals were for attendance');
  });

  it('needs three in order after a colon; a date\'s day is no label', () => {
    assert.equal(questionnaireFromRequest('Please tell me: 1 How many buses ran 2 How many were late').questionnaire!.questions.length, 0);
    assert.equal(questionnaireFromRequest('On 1 March 2 Trains and 3 Buses were late').questionnaire!.questions.length, 0);
    assert.deepEqual(questionnaireFromRequest('Please tell me: 1 How many buses ran on 2 March 3 How many were late 4 How many were cancelled').questionnaire!.questions.map((x) => x.id), []);
    // (The first label after a colon or a sentence's end, not inside a clause.)
    assert.equal(questionnaireFromRequest('The buses 1 How many ran 2 How many were late 3 How many were cancelled').questionnaire!.questions.length, 0);
  });
});

describe('a letter that refuses on cost in one paragraph and labels no question', () => {
  const request = ['1. How many bus drivers were dismissed in 2022?', '2. How many dismissals were appealed?', '3. What did agency cover cost?'].join('\n');
  const letter = (refusal: string) =>
    ['Our ref: FOI-2291', '', 'Dear Mr Okafor', '', 'Thank you for your request received on 12 January 2024.', '', refusal, '', 'Yours sincerely', '', 'Priya Lal'].join('\n');

  it('refuses every question under s12, from that paragraph, offered', () => {
    const got = answersOf(letter('I can confirm that we hold some of the information. However, to provide it would exceed the appropriate limit of £450 that applies under section 12 of the Act, as every personnel file would need to be read.'), fromRequest(request));
    for (const id of ['Q1', 'Q2', 'Q3']) {
      assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line], ['refused', 's12', 7], id);
      assert.ok(got.get(id)!.confidence < DEFAULT_MIN_CONFIDENCE);
    }
  });

  it('leaves alone a paragraph that names the questions it refuses, and the Act quoted', () => {
    assert.equal(answersOf(letter('We are refusing question 2 under section 12 of the Act, as the cost of compliance would exceed the appropriate limit.'), fromRequest(request)).get('Q1'), undefined);
    assert.equal(answersOf(letter('Section 12 applies to question 2, as the cost of compliance would exceed the appropriate limit for us.'), fromRequest(request)).get('Q1'), undefined);
    assert.equal(answersOf(letter('Section 12 of the Act allows a public authority to refuse a request where the cost of compliance would exceed the appropriate limit.'), fromRequest(request)).get('Q1'), undefined);
    // (Another exemption alone is no decision on the whole request by this rule.)
    assert.equal(answersOf(letter('We are withholding the information under section 43(2), as its release would prejudice our commercial interests.'), fromRequest(request)).get('Q1')?.exemption, undefined);
  });
});

describe('parts numbered in capital roman numerals under a question numbered in figures', () => {
  const request = [
    '1. Has the trust had a recruitment freeze for band 5 nurses in the last two years?',
    'I. If yes, did it apply to newly qualified nurses?',
    'II. If yes, please give the dates of each freeze.',
    '',
    '2. How many band 5 nurse vacancies does the trust have?',
  ].join('\n');

  it('reads them as the question\'s parts, each keeping its numeral', () => {
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b', 'Q2']);
    assert.match(q.byId.get('Q1b')!.text ?? '', /^ii\. If yes/);
  });

  it('maps a reply that numbers every item 1 to 4 onto them', () => {
    const reply = ['1. Has the trust had a recruitment freeze …?', 'Our response: No', '2. If yes, did it apply to newly qualified nurses?', 'Our response: Not applicable', '3. If yes, please give the dates of each freeze.', 'Our response: Not applicable', '4. How many band 5 nurse vacancies does the trust have?', 'Our response: 88.5 FTE'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1b'), ['not-applicable', null, 6]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 88.5, 8]);
  });

  it('leaves a request numbered "I." to "III." itself with its own numerals', () => {
    const q = fromRequest(['I. How many nurses does the trust employ?', 'II. How many are agency nurses?', 'III. What is the agency spend?'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
  });
});

describe('data kept only for a time, and costs not put to things', () => {
  it('reads "the system only stores data for one year" and "destroyed under our retention schedule" as not held', () => {
    for (const t of ['We are unable to provide this as the recruitment system only stores data for one year.', 'Records are only kept for two years.', 'These were destroyed in line with our records retention schedule.', 'We do not put costs to fires.', 'The council does not attribute a cost to each incident.']) {
      assert.equal(classifyAnswer(t).status, 'not-held', t);
    }
  });

  it('reads a figure for one year beside data lost for another as partial', () => {
    const t = '2023-24 – we are not able to give the number of nurses, due to the recruitment system only storing data for one year. We recruited 111 nurses in 2024-25.';
    assert.equal(classifyAnswer(t).status, 'partial');
  });

  it('does not read a time said of something else as data not held', () => {
    for (const t of ['Permits are only issued for one year at a time.', 'We keep the register up to date.', 'We do not put bins out on bank holidays.']) assert.notEqual(classifyAnswer(t).status, 'not-held', t);
  });
});

describe('options on lines of their own under a bulleted question, and the option marked in the reply', () => {
  const request = [
    '- How many staff work in the records team?',
    '- Are your records',
    ' Paper only',
    ' Electronic only',
    ' A mix of paper and electronic',
    '- Do you outsource any part of the work?',
    ' Yes – scanning',
    ' Yes – redaction',
    ' No',
    '- If yes, who do you outsource to?',
  ].join('\n');

  it('keeps every question, the option lines with the question above them', () => {
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => [x.id, x.type]), [['Q1', 'number'], ['Q2', 'choice'], ['Q3', 'yes-no'], ['Q4', 'text']]);
    assert.deepEqual(q.byId.get('Q2')!.choices, ['Paper only', 'Electronic only', 'A mix of paper and electronic']);
    assert.deepEqual(q.byId.get('Q4')!.when, { Q3: 'yes' });
  });

  it('reads the option a reply marks with "Yes" as the answer', () => {
    const reply = ['- How many staff work in the records team?', ' Four', '- Are your records', ' Paper only', ' Electronic only', ' A mix of paper and electronic Yes', '- Do you outsource any part of the work?', ' No'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q2'), ['answered', 'A mix of paper and electronic', 6]);
  });

  it('joins a wrapped line that starts in lower case to its question, not as an option', () => {
    const q = fromRequest(['- How many plots does the council let?', '- Please give the rent for a standard plot, including any', 'water charge.', '- Does the council offer a concession?'].join('\n'));
    assert.equal(q.byId.get('Q2')!.text, 'Please give the rent for a standard plot, including any water charge.');
  });
});

describe('headings in title case over their questions, and parts named under "the following …?"', () => {
  const request = [
    '1. AI Strategy and Planning',
    'Does the trust have an artificial intelligence strategy? If yes, please provide a copy.',
    '2. Use of AI in Clinical Care',
    'Is the trust currently using AI tools in clinical care?',
    '3. AI Literacy and Training',
    'Does the trust offer AI training for the following staff groups? Please indicate yes/no.',
    '(a) Clinical staff',
    '(b) Operational staff (e.g. secretaries, coordinators and managers).',
  ].join('\n');

  it('types each question by its own words, after the heading, and the parts as the question over them asks', () => {
    assert.deepEqual(types(request), { Q1: 'yes-no', Q2: 'yes-no', Q3: 'yes-no', Q3a: 'yes-no', Q3b: 'yes-no' });
  });

  it('gives each part the "No" of the question over it, offered, when it has no answer of its own', () => {
    const reply = ['1. AI Strategy and Planning', 'Does the trust have an artificial intelligence strategy? If yes, please provide a copy. No', '2. Use of AI in Clinical Care', 'Is the trust currently using AI tools in clinical care? Yes', '3. AI Literacy and Training', 'Does the trust offer AI training for the following staff groups? Please indicate yes/no. No, but plans are in hand.', '(a) Clinical staff', '(b) Operational staff (e.g. secretaries, coordinators and managers).'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    for (const id of ['Q3a', 'Q3b']) {
      assert.deepEqual(reading(got, id), ['answered', 'No', 6], id);
      assert.ok(got.get(id)!.confidence < DEFAULT_MIN_CONFIDENCE);
    }
  });

  it('types "Does the trust have approved policies for the development, procurement or use of …?" yes or no', () => {
    assert.equal(types('1. Does the trust have approved policies specific to the development, procurement, or use of AI tools?\n2. How many policies?')['Q1'], 'yes-no');
  });
});

describe('a disclosure log page\'s furniture under the last quoted part', () => {
  const request = ['1. Does the trust offer training to these groups?', '(a) Clinical staff', '(b) Technical staff', '(c) Operational staff'].join('\n');

  it('reads no answer from "Documents" and the page\'s words about the response', () => {
    const reply = ['1. Does the trust offer training to these groups? Yes, to all three.', '(a) Clinical staff', '(b) Technical staff', '(c) Operational staff', 'Documents', "This is the Trust's response to a freedom of information (FOI) request.", 'You can browse our other responses or make a new FOI request.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    for (const id of ['Q1a', 'Q1b', 'Q1c']) assert.ok(!got.get(id) || !/Documents|This is the Trust|browse/.test(got.get(id)!.text), `${id} ${JSON.stringify(got.get(id))}`);
  });
});

describe('labels "1.)" and glued "with:1)How … .2)The"', () => {
  it('reads "1.)" in the request and in the reply', () => {
    const request = ['1.) Numbers of applications for hardship funds in 2023/24.', '', '2.) Total value of hardship fund awards in 2023/24.'].join('\n');
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => [x.id, x.type]), [['Q1', 'number'], ['Q2', 'money']]);
    const got = answersOf([request, '', '', '1.) 212', '', '2.) £84,500'].join('\n'), q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 212, 6]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 84500, 8]);
  });

  it('splits a request whose labels lost their spaces, typing the parts that finish the first question\'s sentence as it asks', () => {
    const request = 'I request the following. Please provide me with:1)How many teachers in the area a) were not employed at the start of the 2023/24 term, and b) are not employed now.2)The total number of teachers employed in the area.';
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => [x.id, x.type]), [['Q1', 'number'], ['Q1a', 'number'], ['Q1b', 'number'], ['Q2', 'number']]);
  });
});

describe('a reply flattened onto one long line', () => {
  const request = ['1. How many public charge points does the council operate?', '2. How many of these are rapid chargers?', '3. What was the income from them in 2023/24?', '4. Which company maintains them?', '5. How many faults were reported in 2023/24?'].join('\n');
  const line = 'Freedom of Information Request FOI/24/0331 Request: 1. How many public charge points does the council operate? 2. How many of these are rapid chargers? 3. What was the income from them in 2023/24? 4. Which company maintains them? 5. How many faults were reported in 2023/24? Response: 1. The council operates 64 public charge points. 2. 9 of these are rapid chargers. 3. £48,210 4. Voltara Charging Ltd maintains them under contract. 5. This information is not held. If you are unhappy with this response you may ask for an internal review.';

  it('reads each numbered answer as if it had a line of its own, all on the reply\'s line 3', () => {
    const got = answersOf(`Council letter\n\n${line}\n`, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 64, 3]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 48210, 3]);
    assert.deepEqual(reading(got, 'Q4'), ['answered', 'Voltara Charging Ltd maintains them under contract.', 3]);
    assert.deepEqual(reading(got, 'Q5'), ['not-held', null, 3]);
  });

  it('keeps the reading of a reply whose own line breaks read it well, though one of its lines is long and numbered', () => {
    const quoted = `Your request of 2 May 2024, received by the council's information governance team and logged under our reference FOI/24/0331: ${request.split('\n').join(' ')}`;
    const got = answersOf(`Dear Mr Okafor\n\n${quoted}\n\nOur response:\n\n1. 64\n2. 9\n3. £48,210\n4. Voltara Charging Ltd\n5. 112\n`, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 64, 7]);
    assert.ok(got.get('Q1')!.confidence >= DEFAULT_MIN_CONFIDENCE, JSON.stringify(got.get('Q1')));
  });

  it('offers every answer read from a reply whose line breaks were put back, never auto-codes one', () => {
    const got = answersOf(`Council letter\n\n${line}\n`, fromRequest(request));
    for (const a of got.values()) assert.ok(a.confidence < DEFAULT_MIN_CONFIDENCE, JSON.stringify(a));
  });

  it('breaks before "Q5." with its own stop and a capital after it, after an answer with no stop ("Properties Q5. What …")', () => {
    const q = fromRequest(['Q1. Is there a CRM?', 'Q2. Which team runs the CRM?', 'Q3. What services are provided?'].join('\n'));
    const text = `${'Reference 2291. '.repeat(20)}Q1. Is there a CRM? Yes Q2. Which team runs the CRM? Customer Services Q3. What services are provided? Waste, planning and licensing.`;
    assert.deepEqual(reading(answersOf(text, q), 'Q2'), ['answered', 'Customer Services', 1]);
    // (Labels found both ways are taken in the order they stand.)
    const mixed = `${'Reference 2291 '.repeat(20)}Q1. Is there a CRM? Yes Q2. Which team runs the CRM? Customer Services. Q3. What services are provided? Waste, planning and licensing.`;
    assert.deepEqual(reading(answersOf(mixed, q), 'Q2'), ['answered', 'Customer Services.', 1]);
  });

  it('gives offsets and quotes of the reply as it is', () => {
    const text = `Council letter\n\n${line}\n`;
    const r = analyzeReply(text, fromRequest(request));
    for (const a of r.answers) assert.equal(text.slice(a.start, a.end), a.text, a.id);
    for (const m of r.markers) assert.equal(m.line, 2);
    assert.ok(r.answers.every((a) => !/line (?!3\b)\d+/.test(a.why ?? '')), r.answers.map((a) => a.why).join('\n'));
  });

  it('reads "Q1 - … not held.Q2 – … = 974" with the second label glued to the sentence before it', () => {
    const q = fromRequest(['1. How many teachers are unemployed in the area?', '2. How many teachers are employed in the area?'].join('\n'));
    const text = `${'Reference 2291. '.repeat(20)}Q1 - Unfortunately the council does not hold the information you have requested and gives notice under section 17.Q2 – Headcount of teaching staff at 17/11/2023 = 974.`;
    const got = answersOf(text, q);
    assert.deepEqual(reading(got, 'Q1'), ['not-held', null, 1]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 974, 1]);
  });

  it('quotes an answer that runs over a heading put on a line of its own as the reply has it', () => {
    const q = fromRequest(['Q1. Does the council run charge points?', 'Q2. Who maintains them?', 'Q3. When does the contract end?'].join('\n'));
    const text = `${'Reference 2291. '.repeat(20)}Q1 – Yes. Q2 – The contractor is named below. Our response: Voltara Ltd maintains them. Q3 – March 2026.`;
    const r = analyzeReply(text, q);
    const q2 = r.answers.find((a) => a.id === 'Q2')!;
    assert.equal(q2.text, text.slice(q2.start, q2.end));
    assert.ok(!q2.text.includes('\n'), JSON.stringify(q2.text));
  });

  it('maps an answer whose text runs over a break back to the words of the reply, and the lines its reasons name', () => {
    const source = `${'x'.repeat(300)}. 1. Alpha one. 2. Beta two. 3. Gamma three.`;
    const flat = unflatten(source)!;
    const start = flat.text.indexOf('Alpha');
    const end = flat.text.indexOf('two.') + 4;
    const a = { id: 'Q1', status: 'answered' as const, value: null, line: 2, start, end, text: flat.text.slice(start, end), confidence: 0.5, why: 'own label, line 3' };
    const back = mappedBack({ council: null, markers: [], answers: [a], problems: [] }, source, flat).answers[0]!;
    assert.equal(back.text, 'Alpha one. 2. Beta two.');
    assert.equal(back.text, source.slice(back.start, back.end));
    assert.deepEqual([back.line, back.why], [1, 'own label, line 1']);
  });

  it('puts breaks only before labels numbered in order, and leaves ordinary long lines alone', () => {
    // (Two in order are no list; one "Q2 –" is no run of labels; a short line is left as it is.)
    assert.equal(unflatten(`${'x'.repeat(300)}. See 1. Alpha one. 2. Beta two.`), null);
    assert.equal(unflatten(`${'x'.repeat(300)}. Q2 – see our earlier letter.`), null);
    assert.equal(unflatten(`${'A line of the letter.\n'.repeat(15)}Intro. 1. Alpha one. 2. Beta two. 3. Gamma three.\n`), null);
    assert.equal(unflatten(`${'The council reviewed its parks. '.repeat(12)}In 2023 it planted 3. More trees follow.`), null);
    assert.equal(unflatten('Short line. 1. A 2. B 3. C'), null);
    const u = unflatten(`${'x'.repeat(300)}. 1. Alpha one. 2. Beta two. 3. Gamma three.`)!;
    assert.deepEqual(u.text.split('\n').map((l) => l.slice(0, 2)), ['xx', '1.', '2.', '3.']);
    const map = new FlatMap(`${'x'.repeat(300)}. 1. Alpha one. 2. Beta two. 3. Gamma three.`, u.inserted);
    assert.equal(map.offset(u.text.indexOf('2. Beta')), 302 + '1. Alpha one. '.length);
    assert.equal(map.lineOf(map.offset(u.text.indexOf('3.'))), 0);
    // (Labels close together: each maps back to where it is in the reply.)
    const close = `${'x'.repeat(300)}. ${['Ab', 'Bc', 'Cd', 'De', 'Ef', 'Fg', 'Gh', 'Hi', 'Ij'].map((w, i) => `${i + 1}. ${w}`).join(' ')}`;
    const v = unflatten(close)!;
    const back = new FlatMap(close, v.inserted);
    for (let i = 1; i <= 9; i++) assert.equal(back.offset(v.text.indexOf(`${i}. `)), close.indexOf(`${i}. `), String(i));
  });
});

describe('a parent\'s "not held" said of the information requested covers its parts', () => {
  it('gives the parts the parent\'s not held, and not a "not held" of the parent\'s own figure', () => {
    const request = ['1. How many teachers in the area', 'a) were not employed at the start of term', 'b) are not employed now', '2. How many teachers are employed?'].join('\n');
    const q = fromRequest(request);
    const covered = answersOf(['1. We do not hold the information you have requested.', '2. 974'].join('\n'), q);
    assert.deepEqual(reading(covered, 'Q1b'), ['not-held', null, 1]);
    const own = answersOf(['1. A total is not held; see the parts.', 'a) 12', 'b) 7', '2. 974'].join('\n'), q);
    assert.deepEqual(reading(own, 'Q1a'), ['answered', 12, 2]);
  });
});

describe('a decision under "Response:" read as one statement, not as a column of answers', () => {
  const request = ['1. How many funerals did the trust arrange last year?', '2. How were providers found?', '3. Whose role was it to find them?', '4. What did each cost?'].join('\n');

  it('signposts every question under section 21 from its heading', () => {
    const reply = ['Your request:', '', request, '', 'Response:', '', 'Section 21 – information already reasonably accessible', '', 'This exemption applies if the information is already accessible to the requester.', '', 'Please follow the link to our website:', '', 'https://trust.example.nhs.uk/foi-2016-344/'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    for (const id of ['Q1', 'Q2', 'Q3', 'Q4']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line], ['signposted', 's21', 10], id);
  });

  it('reads a lead that ends in a colon and what it introduces as one statement', () => {
    const reply = ['Your request:', '', request, '', 'Response:', '', 'The information you asked for is published.', '', 'Please follow the link below:', '', 'https://trust.example.nhs.uk/foi-2016-344/', '', 'It was last updated in 2023.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.ok(!/^Please follow/.test(got.get('Q2')?.text ?? ''), JSON.stringify(got.get('Q2')));
  });

  it('still reads a column of short answers under "Response:" one per question', () => {
    const reply = ['Your request:', '', request, '', 'Response:', '', '41', '', 'By tender', '', 'The bereavement officer', '', 'About £1,200 each'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 41, 10]);
  });
});

describe('documents asked for and none held', () => {
  it('reads "No emails" to a request for emails and briefings as not held', () => {
    const q = fromRequest(['1. Has the university bought garments from these suppliers?', '2. I request any emails or briefings of the procurement team about labour standards.'].join('\n'));
    const got = answersOf(['1) No', '2) No emails'].join('\n'), q);
    assert.equal(got.get('Q2')?.status, 'not-held');
    // (A "No" to a yes-or-no question stays an answer.)
    assert.deepEqual(reading(got, 'Q1').slice(0, 2), ['answered', 'No']);
  });
});

describe('answers grouped by number lists, and parts of a request named in prose', () => {
  const request = ['Please provide the following information:', '', '- How many fixed penalty notices for fly-tipping did the council issue in 2023?', '- How much income did those notices raise?', '- How many prosecutions for fly-tipping did the council bring in 2023?', '- Does the council use CCTV to detect fly-tipping?'].join('\n');

  it('reads "1, 2 and 4 – see the attached spreadsheet" for the three questions it lists, on its own line or inside a paragraph', () => {
    for (const letter of ['Dear Ms Farrow\n\n1, 2 and 4 – please see the attached spreadsheet.\n3 – We brought 9 prosecutions in 2023.', 'Dear Ms Farrow\n\nThank you for your request. 1, 2 & 4 – please see the attached spreadsheet. 3 – We brought 9 prosecutions in 2023.']) {
      const got = answersOf(letter, fromRequest(request));
      for (const id of ['Q1', 'Q2', 'Q4']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['signposted', 3], id);
      assert.deepEqual(reading(got, 'Q3').slice(0, 2), ['answered', 9]);
    }
  });

  it('leaves a sentence with one number and a dash alone, and a number named twice', () => {
    assert.equal(unflatten('Thank you for your request. In 2023 – a busy year – we did more. 4 – see below.'), null);
    assert.equal(unflatten('Thank you. 1, 2 – see the spreadsheet. 2 – none.'), null);
    // (One list alone in a sentence is left as it is: two labels or more make a line of answers.)
    assert.equal(unflatten('Thank you for your letter. 1, 2 and 3 – see the attached spreadsheet.'), null);
  });

  it('reads "the first part of your request", "As to the second part", "For the third part" as those questions', () => {
    const letter = 'Dear Ms Farrow\n\nIn answer to the first part of your request, the council issued 212 notices in 2023. As to the second part, those notices raised £61,400. For the third part, we brought 9 prosecutions in 2023. Finally, in answer to the fourth part, the council does use CCTV.\n\nYours sincerely';
    const got = answersOf(letter, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 212, 3]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 61400, 3]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 9, 3]);
  });

  it('never reads "the second part of question 4" as question 2', () => {
    const q = fromRequest(['1. How many notices were issued?', '2. How much did they raise?', '3. How many were paid?', '4. a) How many cameras are there? b) Where are they?'].join('\n'));
    const got = answersOf('Dear Ms Farrow\n\nIn answer to the second part of question 4, the cameras are at 14 hotspots. We do not hold the rest.\n\nYours sincerely', q);
    assert.notEqual(got.get('Q2')?.line, 3);
  });
});

describe('threads and letters seen in the second batch of rounds', () => {
  const request = ['I would like to know the annual budget for student counselling for 2022-23.', 'I would like to know the number of students enrolled in 2022-23.', 'I would like to know the number of students seen by the counselling service in 2022-23.'].join('\n');

  it('reads lines that open "I would like to know …" as the questions of an unnumbered request', () => {
    assert.deepEqual(Object.values(types(request)), ['money', 'number', 'number']);
    // (Not the requester's wishes about the format or the law.)
    assert.equal(fromRequest(`${request}\nI would like to receive these data in a spreadsheet.`).questions.length, 3);
  });

  it('passes over an acknowledgement "This is to acknowledge receipt …" to the decision in the next message, no blank lines between', () => {
    const thread = ['Counselling spending', 'Dear Kestrel University,', request, 'Yours faithfully,', 'Basia Morrow', 'Dear Ms Morrow,', 'This is to acknowledge receipt of your request for information below.', "We'll get back to you as soon as we can, but in any case within 20 working days.", 'Yours sincerely,', 'Information Office, Kestrel University', 't: 01632 960 112', 'Dear Ms Morrow,', 'We estimate that compliance with your request would exceed the appropriate', 'costs limit established by section 12 of the Freedom of Information Act.'].join('\n');
    const got = answersOf(thread, fromRequest(request));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line], ['refused', 's12', 15], id);
  });

  it('signposts a section 21 refusal whose next sentence says where, in a letter without blank lines', () => {
    const q = fromRequest(['1. A copy of your records retention schedule', '2. How many years you keep student transcripts', '3. The oldest year for which you can produce a transcript'].join('\n'));
    const letter = ['Request', 'Good morning,', 'Under the terms of the Freedom of Information Act 2000, I would like to ask for the following documentation.', '1. A copy of your records retention schedule', '2. How many years you keep student transcripts', '3. The oldest year for which you can produce a transcript', 'Response', 'Dear Mr Vane,', 'I write further to your request for information dated 1 April 2024. This request has been handled by the University in accordance with its duties under the Freedom of Information Act 2000 ("FOIA").', 'You requested details of:', '1. A copy of your records retention schedule', '2. How many years you keep student transcripts', '3. The oldest year for which you can produce a transcript', 'Your request is refused in accordance with s.21 FOIA, as the information is reasonably accessible by other means. The information is available on the university website here & here.', 'If you are not satisfied with the handling of your request, you may request an internal review. Internal review requests should be submitted within two months of the date of receipt of the response to your original letter by writing to:', 'Dana Reeve', 'University Secretary', 'Kestrel University', '1 Mill Road', 'Kestrel', 'KE1 1AA', 'Email: foi@kestrel.example.ac.uk', 'If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner\'s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.', 'Telephone: 01632 960 331', 'Website: www.example.org.uk', 'There is no charge for making an appeal.', 'Kind regards,'].join('\n');
    const got = answersOf(letter, q);
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line], ['signposted', 's21', 14], id);
    // (Without the sentence that says where, the request is refused under section 21.)
    const bare = answersOf(letter.replace(' The information is available on the university website here & here.', ''), q);
    assert.deepEqual([bare.get('Q1')?.status, bare.get('Q1')?.exemption], ['refused', 's21']);
  });

  it('reads the decision in a short paragraph that runs on into the review notice, no blank line between', () => {
    const q = fromRequest(['1. How many bus drivers were dismissed in 2023?', '2. How many dismissals were appealed?', '3. What did agency cover cost?'].join('\n'));
    const letter = ['Dear Mr Okafor,', 'You asked for:', '1. How many bus drivers were dismissed in 2023?', '2. How many dismissals were appealed?', '3. What did agency cover cost?', 'Your request is refused under section 12 of the Act, as the cost of compliance would exceed the appropriate limit.', 'If you are not satisfied with the handling of your request, you may ask for an internal review.'].join('\n');
    const got = answersOf(letter, q);
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line], ['refused', 's12', 6], id);
  });

  it('reads "available on our website here." before the next sentence as a pointer whose link was lost', () => {
    assert.equal(classifyAnswer('Refused under section 21. The schedule is available on our website here. It was last reviewed in 2023.').status, 'signposted');
    assert.equal(classifyAnswer('Refused under section 21. We have attached nothing here because it is published by the Records Office.').status, 'refused');
  });

  it('refuses the questions without an answer of their own under "the remainder of your request", offered', () => {
    const q = fromRequest(['1. How many incident officers are there, and at which stations?', '2. Is there a dispatch policy for them?', '3. What equipment do they carry?'].join('\n'));
    const letter = ['Dear Mr Taylor', '', 'I can confirm that the service has 48 incident officers.', '', 'We have considered the remainder of your request and we are withholding this information under Section 31(1)(a), the prevention or detection of crime.', '', 'Yours sincerely'].join('\n');
    const got = answersOf(`Dear Trust,\n\n${['1. How many incident officers are there, and at which stations?', '2. Is there a dispatch policy for them?', '3. What equipment do they carry?'].join('\n')}\n\nYours faithfully,\n\n${letter}`, q);
    for (const id of ['Q2', 'Q3']) {
      assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption], ['refused', 's31'], id);
      assert.ok(got.get(id)!.confidence < DEFAULT_MIN_CONFIDENCE, JSON.stringify(got.get(id)));
    }
  });

  it('reads "the information you are seeking with regards to Q1 to Q4" for all four questions', () => {
    const q = fromRequest(['1) Do you have a plan for data protection readiness?', '2) Do you hold a cyber security certificate?', '3) Do you have an information governance board?', '4) Do you use HSTS on your websites?'].join('\n'));
    const letter = ['Cyber security', 'Dear Kestrel University,', 'Under the Freedom of Information Act 2000, can you please answer the following questions.', '1) Do you have a plan for data protection readiness?', '2) Do you hold a cyber security certificate?', '3) Do you have an information governance board?', '4) Do you use HSTS on your websites?', 'Yours faithfully,', 'Rachel Jones', 'Dear Ms Jones,', 'Freedom of Information Request – FOIA0550', 'The University has completed its search for the information you requested pursuant to the Freedom of Information Act 2000. The specific questions were:', 'Under the Freedom of Information Act 2000, can you please answer the following questions.', '1) Do you have a plan for data protection readiness?', '2) Do you hold a cyber security certificate?', '3) Do you have an information governance board?', '4) Do you use HSTS on your websites?', 'In response to your request, I can confirm that the University holds the information you are seeking with regards to Q1 to Q4 inclusive. However, the exemption available under Section 43 of the FOIA exempts the requested information because the information is deemed commercially sensitive.'].join('\n');
    const got = answersOf(letter, q);
    for (const id of ['Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line], ['refused', 's43', 18], id);
  });

  it('offers, never auto-codes, a yes or no read from a form\'s boxes said back', () => {
    const q = fromRequest(['- How many staff are in the team?', '- Do you outsource any part of the work?', ' Yes – scanning', ' Yes – redaction', ' No – other'].join('\n'));
    const got = answersOf(['- How many staff are in the team?', ' Four', '- Do you outsource any part of the work?', ' Yes – scanning', ' Yes – redaction', ' No – other No'].join('\n'), q);
    assert.ok(got.get('Q2')!.confidence < DEFAULT_MIN_CONFIDENCE, JSON.stringify(got.get('Q2')));
    // (A plain "No" under the question is sure.)
    const plain = answersOf(['- How many staff are in the team?', ' Four', '- Do you outsource any part of the work?', ' No'].join('\n'), q);
    assert.ok(plain.get('Q2')!.confidence >= DEFAULT_MIN_CONFIDENCE, JSON.stringify(plain.get('Q2')));
  });
});

describe('the third batch: bullets that ask under a question, letter section headings, "points" and "parts of your request"', () => {
  it('reads bullets that each ask for a figure under "3. For each year, please list:" as its parts', () => {
    const q = fromRequest(['1. The number of wildlife crime incidents for 2022 and 2023.', '2. Please break your answer to Q1 down by the kind of animal.', '3. For each calendar year, please list:', '• The number of cases where an offence was confirmed', '• The number of defendants convicted'].join('\n'));
    assert.deepEqual(q.questions.map((x) => [x.id, x.type]), [['Q1', 'number'], ['Q2', 'text'], ['Q3', 'text'], ['Q3a', 'number'], ['Q3b', 'number']]);
    // (Options under a question that offers them stay its words.)
    const options = fromRequest(['1. Which of the following best describes the service:', '• The number of staff is fixed', '• The number of staff varies', '2. How many staff are there?'].join('\n'));
    assert.deepEqual(options.questions.map((x) => x.id), ['Q1', 'Q2']);
    // (Each question's own bullets are its own parts.)
    const two = fromRequest(['1. For 2023, please list:', '• The number of cases opened', '• The number of cases closed', '2. For 2024, please list:', '• The number of cases opened', '• The number of cases closed'].join('\n'));
    assert.deepEqual(two.questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b', 'Q2', 'Q2a', 'Q2b']);
  });

  it('reads a whole-request refusal under "Extent of Searches to Locate Information" for the last quoted question too', () => {
    const request = ['1. The number of wildlife crime incidents in 2023.', '2. Please break your answer to Q1 down by the kind of animal.', '3. For each calendar year, please list:', '• The number of cases where an offence was confirmed', '• The number of defendants convicted'].join('\n');
    const letter = ['Wildlife crime incidents (FOI 0017)', '', '', ...request.split('\n').map((l) => `  ${l}`), '', '', 'Extent of Searches to Locate Information', '', 'Following receipt of your request searches were conducted within the force to locate relevant information.', '', '', 'I am not obliged to provide you with a response to your request pursuant to Section 12(1) of the Freedom of Information Act 2000 (the Act). Please note that when one part of your request falls under Section 12, we are not obliged to review the rest of the questions and the whole request is therefore exempt.', '', 'Section 12(1) applies to your request as the cost of complying with your request is above the appropriate level.', '', 'Due to the nature of our recording systems the information requested, if held, is not in an easily retrievable format.', '', 'In order to provide answer for question 1 and 2, it would be necessary to read every incident with a wildlife marker.'].join('\n');
    const got = answersOf(letter, fromRequest(request));
    for (const id of ['Q1', 'Q2', 'Q3a', 'Q3b']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line], ['refused', 's12', 16], id);
  });

  it('reads "In response to your first point", "To answer your fourth point" and "points two and three" as those questions', () => {
    const request = ['1. Whether you received the 1990 document.', '2. Whether you received the other documents.', '3. The date you received them.', '4. The date of the arrangement.'].join('\n');
    const letter = ['Dear Mr Hale', '', request, '', 'In response to your first point I can confirm that we hold a copy of the 1990 document.', '', 'To answer your fourth point, the arrangement was approved on 28 May 2016.', '', 'In respect to points two and three of your request, the information is restricted and we are withholding it under section 44.'].join('\n');
    const got = answersOf(letter, fromRequest(request));
    assert.equal(got.get('Q1')?.line, 8);
    assert.equal(got.get('Q4')?.line, 10);
    for (const id of ['Q2', 'Q3']) assert.equal(got.get(id)?.line, 12, id);
  });

  it('reads "For parts 1 to 3 of your request" and "part 2" as those questions, not "part 2 of the Act"', () => {
    const request = ['1. Any guidance on the standards used.', '2. Reports of inspections.', '3. Records of enforcement action.', '4. Correspondence with regulated bodies.'].join('\n');
    const letter = ['Your request:', '', request, '', 'For parts 1 to 3 of your request, we are refusing these under s.21 of the FOIA, as the information is reasonably accessible by other means.', '', 'Part 4 is under review under part 2 of the Act.'].join('\n');
    const got = answersOf(letter, fromRequest(request));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line], ['refused', 's21', 8], id);
    assert.notEqual(got.get('Q2')?.line, 10);
    // (Question 4 is not among the parts refused.)
    assert.notEqual(got.get('Q4')?.status, 'refused');
    // (Nor "part 2 of the Act" in a letter that labels nothing.)
    const act = answersOf('Dear Ms Grey,\n\nWe hold 12 guidance notes and 14 inspection reports. Part 2 of the Act does not apply to this information.\n\nYours sincerely', fromRequest(request));
    assert.notEqual(act.get('Q2')?.status, 'not-applicable');
    // ("In answer to part 2, …": the request's part, its number alone.)
    const part2 = answersOf('Dear Ms Grey,\n\nIn answer to part 2, we hold 14 reports.\n\nYours sincerely', fromRequest(request)).get('Q2');
    assert.deepEqual([part2?.status, part2?.line, part2?.text], ['answered', 3, 'we hold 14 reports.']);
  });

  it('keeps a part that asks for names as words, under a question that counts', () => {
    const t = types(['5) How many new allotment sites were opened in 2023? Please give:', 'a) number of new sites', 'b) names of new sites', 'c) total number of new plots'].join('\n'));
    assert.deepEqual([t['Q5a'], t['Q5b'], t['Q5c']], ['number', 'text', 'number']);
  });
});

describe('the fourth batch: topic headings over bulleted questions, WhatDoTheyKnow footers, vague words, another answer named', () => {
  const request = ['Dear Sir or Madam,', '', 'Please could you provide the following information.', '', 'The scheme', '• Does the council run a memorial bench scheme?', '• Which team manages the scheme?', '', 'Charges', '• What is the current fee for a new memorial bench?', '• How much income did the council receive from bench fees in 2023/24?', '', 'Numbers', '• How many memorial benches are installed?', '', 'Many thanks,'].join('\n');

  it('reads every bulleted question under the request\'s topic headings, the headings no questions', () => {
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);
    assert.match(q.byId.get('Q3')!.text ?? '', /^What is the current fee/);
    // (Options right under a bulleted question, no blank line before them, stay its options.)
    const options = fromRequest(['- How many staff are in the team?', '- Are your records', ' Paper only', ' Electronic only', ' A mix of paper and electronic', '- Do you outsource any part of the work?'].join('\n'));
    assert.deepEqual(options.byId.get('Q2')!.choices, ['Paper only', 'Electronic only', 'A mix of paper and electronic']);
  });

  it('passes over a WhatDoTheyKnow footer under the quoted request to the council\'s statement', () => {
    const q = fromRequest(['1. How many gullies does the council maintain?', '2. How often are they cleaned?', '3. How many were cleaned in 2023/24?'].join('\n'));
    const page = ['Dear Oxenfold District Council,', '', '1. How many gullies does the council maintain?', '2. How often are they cleaned?', '3. How many were cleaned in 2023/24?', '', 'Yours faithfully,', '', 'Devika Lomax', '', '-------------------------------------------------------------------', '', 'Please use this email address for all replies to this request:', '[FOI #1087342 email]', '', 'Is [Oxenfold District Council request email] the wrong address for Freedom of Information requests to Oxenfold District Council? If so, please contact us using this form:', 'https://www.example.org/change_request/new', '', 'Disclaimer: This message and any reply that you make will be published on the internet.', '', 'Oxenfold District Council', '', 'Dear Ms Lomax,', '', 'Oxenfold District Council does not hold any of the information you have requested. The county council is the highway authority.'].join('\n');
    const got = answersOf(page, q);
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['not-held', 25], id);    // (Each part of the footer is the site's, whatever it holds: an address placeholder, a link.)
    for (const part of ['Please use this email address for all replies to this request:\n[FOI #1087342 email]', 'Is [Oxenfold District Council request email] the wrong address for Freedom of Information requests to Oxenfold District Council? If so, please contact us using this form:\nhttps://www.example.org/change_request/new', 'Disclaimer: This message and any reply that you make will be published on the internet. Our privacy and copyright policies:\nhttps://www.example.org/help/officers', 'If you find this service useful as an FOI officer, please ask your web manager to link to us from your organisation\'s FOI page.']) assert.ok(isBoilerplate(part), part);
  });

  it('reads "Various." as unclear, alone or before words about it, never auto-coded', () => {
    const q = { id: 'Q3', text: 'Which organisation runs the scheme day to day?', type: 'text' as const, order: 0 };
    assert.equal(classifyAnswer('Various.', q).status, 'unclear');
    const first = classifyAnswer('Various. Applications are assessed by the Financial Inclusion team.', q);
    assert.equal(first.status, 'unclear');
    assert.ok(first.confidence < 0.6);
    assert.equal(classifyAnswer('Various teams run it: Housing and Revenues.', q).status, 'answered');
  });

  it('never reads the number of another answer it names as a figure ("included in the figure at 3")', () => {
    const q = fromRequest(['1. How many gullies were cleaned in 2023/24?', '2. Of these, how many were reactive cleans?'].join('\n'));
    const got = answersOf(['1. 61,930', '2. Reactive cleans are included in the figure at 1 and are not recorded separately.'].join('\n'), q);
    assert.deepEqual(reading(got, 'Q2').slice(0, 2), ['not-held', null]);
    assert.deepEqual(reading(answersOf(['1. 61,930', '2. The figure for 2023 was 412.'].join('\n'), q), 'Q2').slice(0, 2), ['answered', 412]);
  });

  it('reads "Please see the below response" as a lead, and "The data should be broken down by …" as an item of an unnumbered request', () => {
    const request2 = ['Please could you provide the number of police stations with front counters opened since 2011.', '', 'The data should be broken down by the date the counter opened.', '', 'If a station was re-opened, could you please include the date it closed.'].join('\n');
    assert.equal(fromRequest(request2).questions.length, 3);
    const letter = ['Request', '', request2, '', 'Response', '', 'Please see the below response to your request.', '', 'Please note there have been no police stations that have opened since 2011.'].join('\n');
    assert.deepEqual(reading(answersOf(letter, fromRequest(request2)), 'Q1'), ['answered', 0, 13]);
  });
});
