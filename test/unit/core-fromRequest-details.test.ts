// `foi-coder init --from-request`, one behaviour at a time: which copy of the list is read, the
// lines reported as "looks like a question but was not taken" (and where that stops), tables,
// quoted text, the title, the YAML, and each type the wording gives.
import { strict as assert } from 'node:assert';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { parseQuestionnaire } from '../../src/core/questionnaire';

const init = (lines: readonly string[]) => questionnaireFromRequest(lines.join('\n'));
const idText = (lines: readonly string[]) => init(lines).questionnaire.questions.map((q) => [q.id, q.text]);
/** The type (and unit, choices) init gives to each line, asked as Q1, Q2 … of one request. */
function typesOf(texts: readonly string[]) {
  const q = init(texts.map((t, i) => `Q${i + 1}. ${t}`)).questionnaire;
  assert.equal(q.questions.length, texts.length);
  return texts.map((t, i) => {
    const x = q.byId.get(`Q${i + 1}`)!;
    return [t, x.type, ...(x.unit ? [x.unit] : []), ...(x.choices ? [x.choices] : [])];
  });
}

describe('core: init from a request — lines reported as not taken', () => {
  it('reports a question-like line above the list and one 4 lines under it, but not one up to 3 lines under it, a short one, a header, a greeting or a link', () => {
    const r = init([
      'Dear Council,',
      'Who runs it?',
      'How many?',
      'Subject: what is this?',
      'See https://example.org/why?',
      'Q1. How many bins are there?',
      'Q2. Who empties them?',
      'Q3. When are they emptied?',
      'Are the crews council staff?',
      'x',
      'Is the depot open at night?',
      'What is the meaning of all this, and can it be answered in less than the eighty characters allowed?',
    ]);
    assert.deepEqual(r.notTaken, [
      { line: 2, text: 'Who runs it?' },
      { line: 12, text: 'What is the meaning of all this, and can it be answered in less than the eighty characters allowed?' },
    ]);
    assert.deepEqual(r.assumptions, [
      'Line 2 looks like a question but was not taken: "Who runs it?".',
      'Line 12 looks like a question but was not taken: "What is the meaning of all this, and can it be answered in less than the eigh…".',
    ]);
  });

  it('looks no further than 15 lines above and below the list', () => {
    const filler = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `Filler line ${from + i}.`);
    const r = init([
      'Is line one a question?',
      'Is line two a question?',
      ...filler(3, 16),
      'Q1. How many bins are there?',
      'Q2. Who empties them?',
      ...filler(19, 32),
      'Is line thirty-three a question?',
      'Is line thirty-four a question?',
    ]);
    assert.deepEqual(r.notTaken, [
      { line: 2, text: 'Is line two a question?' },
      { line: 33, text: 'Is line thirty-three a question?' },
    ]);
  });

  it('reports at most 8 lines', () => {
    const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh'];
    const r = init(['Q1. How many bins are there?', 'Q2. Who empties them?', ...ordinals.map((o) => `Is the ${o} stray line here?`)]);
    assert.deepEqual(
      r.notTaken.map((n) => n.line),
      [6, 7, 8, 9, 10, 11, 12, 13],
    );
    assert.equal(r.assumptions.length, 8);
  });

  it('reports a numbered line quoted as deeply as the list, but not one quoted more deeply', () => {
    const r = init(['> Q1. How many bins are there?', '> Q2. Who empties them?', '>', '> Thanks', '>', '> Is the depot open at night?', '> > Is the old depot still open?', 'Is the new depot open?']);
    assert.deepEqual(r.notTaken, [
      { line: 6, text: 'Is the depot open at night?' },
      { line: 8, text: 'Is the new depot open?' },
    ]);
  });

  it('reports unquoted question-like lines when no questions are found at all, but not quoted ones', () => {
    const r = init(['Dear Council,', 'Please send me everything you hold.', '> Is that all there is?', 'Is that really all there is?', 'Thanks']);
    assert.deepEqual(r.questionnaire.questions, []);
    assert.deepEqual(r.notTaken, [{ line: 4, text: 'Is that really all there is?' }]);
  });
});

describe('core: init from a request — which copy of the list is read', () => {
  it('keeps the first of two equally clean copies, and reports the second', () => {
    const r = init(['1. How many bins are there?', '2. Who empties the bins?', '', 'Thanks.', '', '1. How many bins are there in total?', '2. Who empties the bins each week?']);
    assert.deepEqual(r.questionnaire.questions.map((q) => q.text), ['How many bins are there?', 'Who empties the bins?']);
    assert.deepEqual(r.notTaken, [
      { line: 6, text: '1. How many bins are there in total?' },
      { line: 7, text: '2. Who empties the bins each week?' },
    ]);
  });

  it('prefers the copy without answers between its questions', () => {
    const r = init(['1. How many bins are there?', 'The answer is 40.', '2. Who empties the bins?', 'Our crews.', '', '1. How many bins are there in total?', '2. Who empties the bins each week?']);
    assert.deepEqual(r.questionnaire.questions.map((q) => q.text), ['How many bins are there in total?', 'Who empties the bins each week?']);
  });

  it('prefers the copy that asks questions over a numbered list of topics', () => {
    assert.deepEqual(idText(['1. Bins', '2. Crews', '', '1. How many bins are there?', '2. Who empties the bins?']), [
      ['Q1', 'How many bins are there?'],
      ['Q2', 'Who empties the bins?'],
    ]);
    assert.deepEqual(idText(['1. How many bins are there?', '2. Who empties the bins?', '', '1. Bins', '2. Crews']), [
      ['Q1', 'How many bins are there?'],
      ['Q2', 'Who empties the bins?'],
    ]);
  });

  it('prefers the copy with more ids, even when it is less tidy', () => {
    assert.deepEqual(idText(['1. How many bins are there?', '2. Who empties the bins?', '', '1. Bins', 'Note', '2. Crews', '3. Depots']).map(([id]) => id), ['Q1', 'Q2', 'Q3']);
  });
});

describe('core: init from a request — tables and quoted text', () => {
  it('reads a bordered table whose references are "Q1", "2a" and "4)", joining a wrapped row, typed from "(Y/N)"', () => {
    const r = init(['| Ref | Question | Answer |', '| Q1 | How many libraries are open? | |', '| 2a | What is the book fund? | |', '|    | for 2024/25 | |', '| 4) | Are libraries open on Sundays? (Y/N) | |']);
    assert.deepEqual(
      r.questionnaire.questions.map((q) => [q.id, q.text, q.type]),
      [
        ['Q1', 'How many libraries are open?', 'number'],
        ['Q2a', 'What is the book fund? for 2024/25', 'text'],
        ['Q4', 'Are libraries open on Sundays? (Y/N)', 'yes-no'],
      ],
    );
    assert.deepEqual(r.assumptions, [
      'The numbering skips from Q2 to Q4 (there is no Q3); ids are kept as written.',
      "The request is a table: the reference number of each row (line 2 to line 5) is taken as the question id (Q1–Q4) and the row's text as the question.",
    ]);
  });

  it('reads a table without an outer border, where a wrapped row starts with the empty reference cell', () => {
    const r = init(['Ref | Question | Answer', '1 | How many libraries are open? |', '2 | What is the book fund? |', '  | for 2024/25 |', '3 | How many staff work part-time? |']);
    assert.deepEqual(
      r.questionnaire.questions.map((q) => [q.id, q.text]),
      [
        ['Q1', 'How many libraries are open?'],
        ['Q2', 'What is the book fund? for 2024/25'],
        ['Q3', 'How many staff work part-time?'],
      ],
    );
    assert.match(r.assumptions.at(-1)!, /^The request is a table: the reference number of each row \(line 2 to line 5\)/);
  });

  it('takes the first cell with a word as the question when a row has a cell before it, and leaves rows of figures and text without a reference alone', () => {
    const r = init(['| 1 | 2024 | How many libraries are open? |', '| 2 | 2024 | What is the book fund? |', '| Notes | see below |', '| 3 | 12 | 40 |']);
    assert.deepEqual(
      r.questionnaire.questions.map((q) => [q.id, q.text]),
      [
        ['Q1', 'How many libraries are open?'],
        ['Q2', 'What is the book fund?'],
      ],
    );
  });

  it('says nothing about a table when only one question comes from a row', () => {
    const r = init(['| 1 | How many libraries are open? |', '', 'Q2. What is the book fund?', 'Q3. Who runs the libraries?']);
    assert.deepEqual(r.questionnaire.questions.map((q) => q.id), ['Q1', 'Q2', 'Q3']);
    assert.deepEqual(r.assumptions, []);
  });

  it('reads questions under "> >", ">>" and indented ">" quote marks at the depth they are quoted', () => {
    assert.deepEqual(idText(['> > Q1. How many bins?', '> > Q2. Who empties them?', '>', '> Q1. How many bins are there?']), [
      ['Q1', 'How many bins?'],
      ['Q2', 'Who empties them?'],
    ]);
    assert.deepEqual(idText(['  >>Q1. How many bins are there?', '  >>Q2. Who empties them?']), [
      ['Q1', 'How many bins are there?'],
      ['Q2', 'Who empties them?'],
    ]);
  });

  it('joins a question wrapped over lines at a CR LF, and straightens en and em dashes to "–"', () => {
    assert.deepEqual(idText(['Q1. How many bins \u2014 of any size \u2013 are there', 'in the borough?\r', 'Q2. Who empties them?\r']), [
      ['Q1', 'How many bins – of any size – are there in the borough?'],
      ['Q2', 'Who empties them?'],
    ]);
  });
});

describe('core: init from a request — title and YAML', () => {
  it('takes the title from "Subject:" on the first line, an indented or spaced "Subject :", "RE :"/"Fwd:" chains and "FOI -", trimmed', () => {
    const title = (head: string) => questionnaireFromRequest(`${head}\nQ1. How many bins?\nQ2. Who empties them?`).questionnaire.title;
    assert.equal(title('Subject: Potholes'), 'Potholes');
    assert.equal(title('  Subject : Potholes   \r'), 'Potholes');
    assert.equal(title('From: a@example.org\nSubject: RE : Fwd: FOI - Potholes'), 'Potholes');
    assert.equal(title('Subject: FOI request – Potholes'), 'Potholes');
    assert.equal(title('Subject: Freedom of Information: Potholes'), 'Potholes');
    assert.equal(title('Re: Potholes'), 'Potholes');
    assert.equal(title('The subject is potholes'), undefined);
    assert.equal(questionnaireFromRequest('Q1. How many?\nQ2. Who?', { title: 'Given' }).questionnaire.title, 'Given');
  });

  it('writes choices as a flow list, a long question on one line, and no codes key when there are no code lists', () => {
    const long = 'How many of the bins that the council collects from every household in the borough each week are recycling bins?';
    const r = init([`Q1. ${long}`, 'Q2. Do you collect Weekly or Fortnightly?', 'Q3. What is the area in hectares?']);
    assert.match(r.yaml, /\n {4}choices: \[ Weekly, Fortnightly, Both \]\n/);
    assert.ok(r.yaml.includes(`\n    text: ${long}\n`), r.yaml);
    assert.match(r.yaml, /\n {4}unit: ha\n/);
    assert.doesNotMatch(r.yaml, /codes:|title:|heading:/);
    assert.deepEqual(parseQuestionnaire(r.yaml).problems, []);
  });

  it('writes a code list under codes: with the question pointing at it by name', () => {
    const r = init(['Q1. Which bins do you use? (See "Bin Types")', 'Q2. How many crews?', '', 'Bin Types:', '- Wheelie', '- Sack']);
    assert.match(r.yaml, /\n {4}choices: bin-types\n/);
    assert.match(r.yaml, /\ncodes:\n {2}bin-types:\n {4}- Wheelie\n {4}- Sack\n/);
  });
});

describe('core: init from a request — the type each wording gives', () => {
  it('asks for text when a name, a list, a reason, a copy or details are wanted, whatever money the question mentions', () => {
    const texts = [
      'Which supplier received the largest spend?',
      'Who approved the budget?',
      'Whom did the council pay the fee to?',
      'Why did the costs rise?',
      'Please list the contracts and their costs.',
      'Name the suppliers paid from the budget.',
      'Describe how fees are set.',
      'Explain the charges for bulky waste.',
      'Provide a list of contractors paid over £500.',
      'Provide a copy of the budget.',
      'Provide copies of the fee schedules.',
      'Provide details of the budget.',
      'Provide the name of the company paid the fee.',
      'Provide the names of the suppliers paid over £500.',
      'What are the reasons for the increase in costs?',
      'What was the reason for the rent rise?',
      'What are the titles of the budget reports?',
      'What were the types of fee charged?',
      'What is the name of the rent officer?',
    ];
    assert.deepEqual(
      typesOf(texts),
      texts.map((t) => [t, 'text']),
    );
  });

  it('asks for money when "how much" follows a question word that would ask for text', () => {
    assert.deepEqual(typesOf(['Which scheme received how much of the budget?', 'What time does the depot open?']), [
      ['Which scheme received how much of the budget?', 'money'],
      ['What time does the depot open?', 'text'],
    ]);
  });

  it('asks for a year for "in what year", "what year", "go live", and for a duration, percent or number from the wording', () => {
    assert.deepEqual(
      typesOf([
        'In what year did the council last review its rents?',
        'What year was the fee introduced?',
        'When will the new system go live?',
        'What is the average number of Days taken?',
        'What per cent of bins were collected late?',
        'What percent of bins were missed?',
        'How long do you keep records, in years?',
      ]),
      [
        ['In what year did the council last review its rents?', 'year'],
        ['What year was the fee introduced?', 'year'],
        ['When will the new system go live?', 'year'],
        ['What is the average number of Days taken?', 'duration', 'days'],
        ['What per cent of bins were collected late?', 'percent'],
        ['What percent of bins were missed?', 'percent'],
        ['How long do you keep records, in years?', 'duration', 'years'],
      ],
    );
  });

  it('reads the answer\'s unit or type from a bracket at the end: (%), (£), (GBP), (Yes / No), (kg)', () => {
    assert.deepEqual(typesOf(['Total number of bins (%)', 'Annual bin budget (£)', 'Annual bin budget (GBP)', 'Are bins free? (Yes / No)', 'Weight of waste collected (kg)']), [
      ['Total number of bins (%)', 'percent'],
      ['Annual bin budget (£)', 'money'],
      ['Annual bin budget (GBP)', 'money'],
      ['Are bins free? (Yes / No)', 'yes-no'],
      ['Weight of waste collected (kg)', 'number', 'kg'],
    ]);
  });

  it('offers the capitalised options of a "… A or B?" question as choices (with "Both" for two), but not Yes/No or options that are clauses', () => {
    assert.deepEqual(
      typesOf([
        'Which of the following best describes the service: closures planned; no change planned; expansion?',
        'Are collections Weekly or Fortnightly? Please explain.',
        'Is it Yes or No?',
        'Do you use Paper, Email or Phone?',
        'Does the council use Both or Either?',
        'Is it run In House or by Contractor?',
        'Does it Have Staff or Do Volunteers?',
      ]),
      [
        ['Which of the following best describes the service: closures planned; no change planned; expansion?', 'choice', ['Closures planned', 'No change planned', 'Expansion']],
        ['Are collections Weekly or Fortnightly? Please explain.', 'choice', ['Weekly', 'Fortnightly', 'Both']],
        ['Is it Yes or No?', 'yes-no'],
        ['Do you use Paper, Email or Phone?', 'choice', ['Paper', 'Email', 'Phone']],
        ['Does the council use Both or Either?', 'choice', ['Both', 'Either']],
        ['Is it run In House or by Contractor?', 'choice', ['In House', 'Contractor', 'Both']],
        ['Does it Have Staff or Do Volunteers?', 'yes-no'],
      ],
    );
  });
});

describe('core: init from a request — routing lines', () => {
  const when = (lines: readonly string[]) => Object.fromEntries(init(lines).questionnaire.questions.map((q) => [q.id, q.when ?? null]));

  it('reads "If yes, go to Q3; if no, go to Q4" (both answers go somewhere) as each target asked on its answer, and says nothing', () => {
    const r = init(['Q1. Do you recycle glass?', 'If yes, go to Q3; if no, go to Q4', 'Q2. How many glass banks?', 'Q3. How many paper banks?', 'Q4. Who empties bins?']);
    assert.deepEqual(
      r.questionnaire.questions.map((q) => [q.id, q.when ?? null]),
      [
        ['Q1', null],
        ['Q2', null],
        ['Q3', { Q1: 'yes' }],
        ['Q4', { Q1: 'no' }],
      ],
    );
    assert.deepEqual(r.assumptions, []);
  });

  it('routes a heading and its parts, and says how it read a routing line in an unusual form', () => {
    const r = init(['Q1. Do you recycle?', 'If yes, please answer Q2 and its parts, if no go to Q3', 'Q2. Recycling', 'Q2a. How many glass banks?', 'Q2b. How many paper banks?', 'Q3. Who empties bins?']);
    assert.deepEqual(
      r.questionnaire.questions.map((q) => [q.id, q.when ?? null]),
      [
        ['Q1', null],
        ['Q2', { Q1: 'yes' }],
        ['Q2a', { Q1: 'yes' }],
        ['Q2b', { Q1: 'yes' }],
        ['Q3', null],
      ],
    );
    assert.deepEqual(r.assumptions, [
      'The routing line "If yes, please answer Q2 and its parts, if no go to Q3" (line 2) is not in the usual form; read as: Q2 and its parts asked when Q1 is yes; Q2–Q2b asked when Q1 is yes.',
    ]);
  });

  it('reads "If no, skip to Q3" over one question, and names that question alone', () => {
    const r = init(['Q1. Do you recycle?', 'If no, skip to Q3', 'Q2. How many glass banks?', 'Q3. Who empties bins?']);
    assert.deepEqual(r.questionnaire.byId.get('Q2')!.when, { Q1: 'yes' });
    assert.deepEqual(r.assumptions, ['Read the routing "If no, skip to Q3" (line 2) as: Q2 asked when Q1 is yes.']);
  });

  it('reads lower-case, bracketed and "question 2" routing lines in the usual form without a word', () => {
    for (const line of ['if yes, answer Q2 if no, answer Q3', '(If yes answer Q2, if no answer Q3).', 'If yes answer question 2, if no answer question 3']) {
      const r = init(['Q1. Do you recycle?', line, 'Q2. How many glass banks?', 'Q3. Who empties bins?']);
      assert.deepEqual(
        r.questionnaire.questions.map((q) => q.when ?? null),
        [null, { Q1: 'yes' }, { Q1: 'no' }],
        line,
      );
      assert.deepEqual(r.assumptions, [], line);
    }
  });

  it('quotes a long routing line cut at 70 characters when it says it is unusual', () => {
    const r = init(['Q1. Do you recycle?', 'If yes answer Q2 if no answer Q3 and then carry on with the rest of the questions below', 'Q2. How many glass banks?', 'Q3. Who empties bins?']);
    assert.deepEqual(r.assumptions, [
      'The routing line "If yes answer Q2 if no answer Q3 and then carry on with the rest of…" (line 2) is not in the usual form; read as: Q2 asked when Q1 is yes; Q3 asked when Q1 is no.',
    ]);
  });

  it('does not take a line of 160 characters or more for routing', () => {
    const long = `If yes answer Q2, if no answer Q3 (${'and please note that this applies to every site that the council runs, '.repeat(2)})`;
    assert.ok(long.length >= 160);
    assert.deepEqual(when(['Q1. Do you recycle?', long, 'Q2. How many glass banks?', 'Q3. Who empties bins?']), { Q1: null, Q2: null, Q3: null });
  });

  it('makes the question that decides a routing line yes-no, and says so', () => {
    const r = init(['Q1. How many bins are there?', 'If yes answer Q2', 'Q2. How many glass banks?', 'Q3. Who empties bins?']);
    assert.equal(r.questionnaire.byId.get('Q1')!.type, 'yes-no');
    assert.deepEqual(r.assumptions, ['Q1 decides the routing on line 2, so it is taken to be a yes-no question.']);
  });
});

describe('core: init from a request — requests without numbers', () => {
  it('takes the first of two equally long runs of questions, and reports the other', () => {
    const r = init(['How many bins does the council own?', 'Who empties the bins each week?', '', 'Ignore this line.', '', 'How many depots does the council run?', 'Who manages the depots?']);
    assert.deepEqual(r.questionnaire.questions.map((q) => q.text), ['How many bins does the council own?', 'Who empties the bins each week?']);
    assert.deepEqual(r.notTaken.map((n) => n.line), [6, 7]);
  });

  it('carries a run over one blank line but not over two', () => {
    const r = init(['How many bins does the council own?', '', 'Who empties the bins each week?', '', '', 'How many depots are there?']);
    assert.deepEqual(r.questionnaire.questions.map((q) => q.id), ['Q1', 'Q2']);
    assert.equal(r.assumptions[0], 'The request does not number its questions: took the 2 lines that ask something (line 1 to line 3) as Q1–Q2, in order. Check them, and number them as the councils will quote them if you can.');
  });

  it('ends a run where the quoting changes, and takes the longest run at one depth', () => {
    const r = init(['How many bins does the council own?', '> How many depots are there?', '> Who manages the depots?', '> What is the depot budget?', 'Who empties the bins each week?']);
    assert.deepEqual(r.questionnaire.questions.map((q) => q.text), ['How many depots are there?', 'Who manages the depots?', 'What is the depot budget?']);
  });

  it('joins a line that does not end a sentence, and one starting with a bracket, to the question above; an introduction ending in ":" is no question', () => {
    const r = init(['Please answer the following:', 'How many bins does the council own?', 'What is the bin budget? It is', '(roughly) needed for my research.', 'Thank you for your help with this.']);
    assert.deepEqual(r.questionnaire.questions.map((q) => q.text), ['How many bins does the council own?', 'What is the bin budget? It is (roughly) needed for my research.']);
  });

  it('reads items lettered a), b), c) (the longest run) as Q1–Q3, keeping the letter in the text', () => {
    const r = init(['Dear Sir,', 'a) the number of parking fines issued in 2024;', 'b) the income from those fines;', 'Some text between.', 'a) the number of wardens;', 'b) the cost of wardens;', 'c) the number of appeals.']);
    assert.deepEqual(r.questionnaire.questions.map((q) => [q.id, q.text]), [
      ['Q1', '(a) the number of wardens'],
      ['Q2', '(b) the cost of wardens'],
      ['Q3', '(c) the number of appeals.'],
    ]);
    assert.deepEqual(r.assumptions, [
      'The request labels its items with letters and no number: a)–c) are read as Q1–Q3 (the letter is kept at the start of each question\'s text). A council\'s answer labelled "(b)" or "b)" is read as Q2.',
    ]);
  });

  it('reads "A." and "(B)" as items Q1 and Q2, and finds nothing in a) then c)', () => {
    const r = init(['Dear Sir,', 'A. The number of parking fines issued in 2024;', '(B) The income from those fines.']);
    assert.deepEqual(r.questionnaire.questions.map((q) => [q.id, q.text]), [
      ['Q1', '(a) The number of parking fines issued in 2024'],
      ['Q2', '(b) The income from those fines.'],
    ]);
    assert.match(r.assumptions[0]!, /^The request labels its items with letters and no number: A\.–\(B\) are read as Q1–Q2 /);
    assert.deepEqual(init(['Dear Sir,', 'a) the number of parking fines issued in 2024;', 'c) the income from those fines;']).questionnaire.questions, []);
  });
});
