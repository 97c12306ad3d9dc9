// `foi-coder init --from-request`, one behaviour at a time: which copy of the list is read, the
// lines reported as "looks like a question but was not taken" (and where that stops), tables,
// quoted text, the title, the YAML, and each type the wording gives.
import { strict as assert } from 'node:assert';
import { listedChoices, questionnaireFromRequest } from '../../src/core/fromRequest';
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
    assert.deepEqual(idText(['1. Bins', 'Note', '2. Crews', '3. Depots', '', '1. How many bins are there?', '2. Who empties the bins?']).map(([id]) => id), ['Q1', 'Q2', 'Q3']);
  });

  it('prefers the copy that asks questions even when answers sit between them and the other copy is tidy', () => {
    assert.deepEqual(idText(['1. How many bins are there?', 'The answer is 40.', '2. Who empties the bins?', 'Our crews.', '', '1. Bins', '2. Crews']), [
      ['Q1', 'How many bins are there?'],
      ['Q2', 'Who empties the bins?'],
    ]);
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

  it('reads "A." and "(B)" as items Q1 and Q2, keeping each letter as written, and finds nothing in a) then c)', () => {
    const r = init(['Dear Sir,', 'A. The number of parking fines issued in 2024;', '(B) The income from those fines.']);
    assert.deepEqual(r.questionnaire.questions.map((q) => [q.id, q.text]), [
      ['Q1', '(A) The number of parking fines issued in 2024'],
      ['Q2', '(B) The income from those fines.'],
    ]);
    assert.match(r.assumptions[0]!, /^The request labels its items with letters and no number: A\.–\(B\) are read as Q1–Q2 /);
    assert.deepEqual(init(['Dear Sir,', 'a) the number of parking fines issued in 2024;', 'c) the income from those fines;']).questionnaire.questions, []);
  });
});

describe('core: init from a request — where a question\'s text ends', () => {
  it('counts a question mark without a question word as asking something when choosing between two copies', () => {
    assert.deepEqual(idText(['1. Bins', '2. Crews', '', '1. Number of bins?', '2. Number of crews?']), [
      ['Q1', 'Number of bins?'],
      ['Q2', 'Number of crews?'],
    ]);
  });

  it('stops a question\'s text at the heading of a code list it names, even when the reference is wrapped over two lines', () => {
    const r = init(['Q1. How many bins are there?', 'Q2. Which types do you use (see', '"Bin Types" below)', 'Bin Types', '- Wheelie', '- Sack']);
    assert.deepEqual(
      r.questionnaire.questions.map((q) => [q.id, q.type, q.text, q.choices ?? null]),
      [
        ['Q1', 'number', 'How many bins are there?', null],
        ['Q2', 'choice', 'Which types do you use (see "Bin Types" below)', 'bin-types'],
      ],
    );
    assert.deepEqual(r.questionnaire.codes, { 'bin-types': ['Wheelie', 'Sack'] });
  });

  it('joins wrapped text up to a sign-off, not across a blank line, and takes the text of a label standing alone after a blank line', () => {
    assert.deepEqual(idText(['Q1. How many bins are there in', 'the borough', 'Yours faithfully', 'Q2. Who empties them?']), [
      ['Q1', 'How many bins are there in the borough'],
      ['Q2', 'Who empties them?'],
    ]);
    assert.deepEqual(idText(['Q1. How many bins are there in', '', 'the borough', 'Q2. Who empties them?']), [
      ['Q1', 'How many bins are there in'],
      ['Q2', 'Who empties them?'],
    ]);
    assert.deepEqual(idText(['Q1.', '', 'How many bins are there?', 'Q2. Who empties them?']), [
      ['Q1', 'How many bins are there?'],
      ['Q2', 'Who empties them?'],
    ]);
  });
});

describe('core: init from a request — an item that asks several things', () => {
  it('splits an item asking four typed things into Q1a–Q1d and says so, but leaves one asking five whole', () => {
    const four = 'How many bins are there, and how many are recycling bins, and how many are food bins, and how many are garden bins?';
    const five = 'How many bins are there, and how many are recycling bins, and how many are food bins, and how many are garden bins, and how many are old?';
    const r = init([`Q1. ${four}`, `Q2. ${five}`]);
    assert.deepEqual(
      r.questionnaire.questions.map((q) => [q.id, q.text]),
      [
        ['Q1a', 'How many bins are there?'],
        ['Q1b', 'How many are recycling bins?'],
        ['Q1c', 'How many are food bins?'],
        ['Q1d', 'How many are garden bins?'],
        ['Q2', five],
      ],
    );
    assert.deepEqual(r.assumptions, [
      'Q1 (line 1) asks 4 things that need separate answers, so it is split into Q1a, Q1b, Q1c and Q1d: Q1a "How many bins are there?"; Q1b "How many are recycling bins?"; Q1c "How many are food bins?"; Q1d "How many are garden bins?". A council\'s answer labelled 1 is read for both.',
    ]);
  });

  it('splits after a topic lead-in, capitalising the later part, and keeps the routing on the question that carried it', () => {
    const r = init(['Q1. Banks. How many glass banks are there, and how many are full? (if yes answer Q2, if no answer Q2)', 'Q2. Who empties them?']);
    assert.deepEqual(
      r.questionnaire.questions.map((q) => [q.id, q.text]),
      [
        ['Q1a', 'Banks. How many glass banks are there?'],
        ['Q1b', 'How many are full?'],
        ['Q2', 'Who empties them?'],
      ],
    );
  });

  it('leaves whole an item whose second part asks for a name or a list, a lettered part, and a number used twice', () => {
    const r = init([
      'Q3. How many bins are there, and who empties them?',
      'Q4. How many bins are there, and please list them?',
      'Q5a. How many bins are there, and how many are full?',
      'Q6. How many bins are there, and how many are full?',
      'Q6. How many crews are there?',
      'Q7. Do you recycle?',
    ]);
    assert.deepEqual(
      r.questionnaire.questions.map((q) => q.id),
      ['Q3', 'Q4', 'Q5a', 'Q6a', 'Q6b', 'Q7'],
    );
    assert.deepEqual(
      idText(['Q1. How many bins are there, and how many are full?', 'Q1a. How many are empty?', 'Q2. Who?']).map(([id]) => id),
      ['Q1', 'Q1a', 'Q2'],
      'a number with parts of its own is not split',
    );
  });
});

describe('core: init from a request — more routing and code lists', () => {
  it('reads "If yes, skip to Q3" as the question in between asked on No', () => {
    const r = init(['Q1. Do you recycle?', 'If yes, skip to Q3', 'Q2. Why not?', 'Q3. Who empties bins?']);
    assert.deepEqual(r.questionnaire.byId.get('Q2')!.when, { Q1: 'no' });
    assert.deepEqual(r.assumptions, ['Read the routing "If yes, skip to Q3" (line 2) as: Q2 asked when Q1 is no.']);
  });

  it('quotes a routing line of exactly 70 characters whole', () => {
    const line = 'If yes answer Q2 if no answer Q3 and carry on with the rest of them ok';
    assert.equal(line.length, 70);
    const r = init(['Q1. Do you recycle?', line, 'Q2. How many glass banks?', 'Q3. Who empties bins?']);
    assert.deepEqual(r.assumptions, [`The routing line "${line}" (line 2) is not in the usual form; read as: Q2 asked when Q1 is yes; Q3 asked when Q1 is no.`]);
  });

  it('finds a code list written above the questions, strips "-", "(a)", "b)" and "•" from its items, and stops at 60 items', () => {
    const r = init(['Bin Types:', '- Wheelie', '• Sack', '(a) Box', 'b) Bag', '', 'Q1. Which bins do you use? (See "Bin Types")', 'Q2. How many crews?']);
    assert.deepEqual(r.questionnaire.codes, { 'bin-types': ['Wheelie', 'Sack', 'Box', 'Bag'] });
    const many = Array.from({ length: 61 }, (_, i) => `- Type ${i + 1}`);
    const big = init(['Q1. Which bins do you use? (See "Bin Types")', 'Q2. How many crews?', '', 'Bin Types', ...many]);
    assert.equal(big.questionnaire.codes['bin-types']!.length, 60);
    assert.equal(big.questionnaire.codes['bin-types']!.at(-1), 'Type 60');
  });

  it('does not look past two blank lines under a code list heading, and names a missing list once', () => {
    const r = init(['Q1. Which bins do you use? (See "Bin Types")', 'Q2. Which bags? (see the "Bin Types")', '', 'Bin Types', '', '', '- Wheelie']);
    assert.deepEqual(r.questionnaire.codes, {});
    assert.deepEqual(r.assumptions, ['Q1 refers to the list "Bin Types", which was not found in the text; Q1 is left as free text.']);
  });
});

describe('core: init from a request — limits', () => {
  it('reports a not-taken line of exactly 80 characters whole, and at most 8 of 11 such lines', () => {
    const eighty = `Is this stray line exactly eighty characters long, as counted by the test here${'?'}`;
    assert.equal(eighty.length, 79);
    const line = `${eighty}?`;
    const r = init(['Q1. How many bins are there?', 'Q2. Who empties them?', '', '', '', line]);
    assert.deepEqual(r.assumptions, [`Line 6 looks like a question but was not taken: "${line}".`]);
    const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh'];
    const many = init(['Q1. How many bins are there?', 'Q2. Who empties them?', '', '', '', ...ordinals.map((o) => `Is the ${o} stray line here?`)]);
    assert.deepEqual(
      many.notTaken.map((n) => n.line),
      [6, 7, 8, 9, 10, 11, 12, 13],
    );
  });

  it('takes an unnumbered line of 12 characters as a question, but not one of 11', () => {
    assert.deepEqual(init(['Who runs it?', 'Who owns it?', 'Why is it?']).questionnaire.questions.map((q) => q.text), ['Who runs it?', 'Who owns it?']);
  });

  it('makes a title of 16 words over its parts a heading ("Hourly rates paid to … during the week commencing …"), but not one of 17', () => {
    const long = 'Bed and breakfast accommodation for families with children in the borough during the week commencing 7 April';
    assert.equal(long.split(' ').length, 17);
    const r = init([`1. ${long.split(' ').slice(0, 16).join(' ')}`, 'a) How many families?', `2. ${long}`, 'a) How many families?']);
    assert.deepEqual(
      r.questionnaire.questions.map((q) => [q.id, q.heading ?? false]),
      [
        ['Q1', true],
        ['Q1a', false],
        ['Q2', false],
        ['Q2a', false],
      ],
    );
  });

  it('names roman numerals when two of four items use them, reading the second as the example', () => {
    const r = init(['Q1. How many bins?', 'Q2. Who empties them?', '(iii) How many crews?', '(iv) Who runs the depot?']);
    assert.deepEqual(r.questionnaire.questions.map((q) => q.id), ['Q1', 'Q2', 'Q3', 'Q4']);
    assert.deepEqual(r.assumptions, ['The request labels its items with roman numerals: (iii)–(iv) are read as Q3–Q4. A council\'s answer labelled "(iv)", "iv." or "4." is read as Q4.']);
    assert.deepEqual(init(['Q1. How many bins?', 'Q2. Who empties them?', 'Q3. When?', '(iv) How many crews?', '(v) Who runs the depot?']).assumptions, []);
  });

  it('names a table when two of four questions are rows, but not two of five', () => {
    assert.equal(init(['Q1. How many bins?', 'Q2. Who empties them?', '| 3 | How many crews? |', '| 4 | Who runs the depot? |']).assumptions.length, 1);
    assert.deepEqual(init(['Q1. How many bins?', 'Q2. Who empties them?', 'Q3. When?', '| 4 | How many crews? |', '| 5 | Who runs the depot? |']).assumptions, []);
  });
});

describe('core: init from a request — falling back to lettered or unnumbered items', () => {
  it('takes unnumbered questions over a numbered list of one', () => {
    const r = init(['Dear Sir,', 'Q1. Parking', '', 'Some text.', '', 'How many fines were issued?', 'Who collects the fines?']);
    assert.deepEqual(r.questionnaire.questions.map((q) => [q.id, q.text]), [
      ['Q1', 'How many fines were issued?'],
      ['Q2', 'Who collects the fines?'],
    ]);
    assert.match(r.assumptions[0]!, /^The request does not number its questions: took the 2 lines that ask something \(line 6 to line 7\) as Q1–Q2/);
  });

  it('leaves a lettered line after the items, under a note, out of the questions', () => {
    assert.deepEqual(
      idText(['Dear Sir,', 'a) the number of fines issued;', 'b) the income from fines;', 'c) the number of wardens.', '', 'Notes:', '', 'a) see the attached letter']),
      [
        ['Q1', '(a) the number of fines issued'],
        ['Q2', '(b) the income from fines'],
        ['Q3', '(c) the number of wardens.'],
      ],
    );
  });

  it('takes the first of two equally long lettered runs, and no run whose first letter is not at the start of its line', () => {
    assert.deepEqual(idText(['a) the number of fines issued;', 'b) the income from fines.', '', 'Some text.', '', 'a) the number of wardens;', 'b) the cost of wardens.']), [
      ['Q1', '(a) the number of fines issued'],
      ['Q2', '(b) the income from fines.'],
    ]);
    assert.deepEqual(idText(['Note a) the number of fines issued;', 'b) the income from fines;', 'c) the cost.']), []);
  });
});

describe('core: init from a request — money, choices and stray letters', () => {
  it('asks for money when the question names spending, a cost, a budget, income, a fee, a charge, rent, a price, a saving or an amount paid', () => {
    const texts = [
      'What is the spend on agency staff?',
      'What was spent on consultants?',
      'What is the spending on agency staff?',
      'What was the cost of the scheme?',
      'What were the costs of the scheme?',
      'What is the annual budget?',
      'What were the budgets for each ward?',
      'What was total expenditure on repairs?',
      'What income was received from parking?',
      'What revenue came from events?',
      'What is the fee for a licence?',
      'What fees were waived?',
      'What is the charge for a replacement bin?',
      'What charges apply to late payers?',
      'What is the rent for a unit?',
      'What rents were collected last year?',
      'What is the price of a permit?',
      'What are the prices of tickets?',
      'What saving was made by the merger?',
      'What savings were made?',
      'What compensation was awarded?',
      'What was paid out in claims?',
      'What was the amount paid to the contractor?',
      'What was the amount spent on signs?',
      'What was the amount received from sponsors?',
      'What amount recovered from debtors was written off?',
      'What was the amount awarded to claimants?',
      'What amount of money was written off?',
      'What sum in £ was written off?',
    ];
    assert.deepEqual(
      typesOf(texts),
      texts.map((t) => [t, 'money']),
    );
  });

  it('offers "Yes" among other options, keeps "Both Ways" as an option and still adds "Both", and reads a clause after "Have" as yes-no', () => {
    assert.deepEqual(typesOf(['Is it Yes or Maybe?', 'Is it Both Ways or Neither?', 'Does it Have Staff or Volunteers?']), [
      ['Is it Yes or Maybe?', 'choice', ['Yes', 'Maybe', 'Both']],
      ['Is it Both Ways or Neither?', 'choice', ['Both Ways', 'Neither', 'Both']],
      ['Does it Have Staff or Volunteers?', 'yes-no'],
    ]);
  });

  it('reads no choices from a question longer than 300 characters', () => {
    const long = `Does the council, ${'having regard to every site and every contract that it holds across the borough, '.repeat(4)}use Paper or Email?`;
    assert.ok(long.length > 300);
    assert.deepEqual(typesOf([long, 'Who?']).map((t) => t.slice(1)), [['yes-no'], ['text']]);
  });

  it('keeps a part lettered out of order ("c)" after "a)") in the text of the part above', () => {
    assert.deepEqual(idText(['Q1. Parks:', 'a) How many parks are there?', 'c) How many benches are there?', 'Q2. Who runs them?']), [
      ['Q1', 'Parks:'],
      ['Q1a', 'How many parks are there? c) How many benches are there?'],
      ['Q2', 'Who runs them?'],
    ]);
  });

  it('takes "If yes, please explain why" under a question for neither routing nor question text, and says a routing line with an open bracket is unusual', () => {
    const r = init(['Q1. Do you recycle?', 'If yes, please explain why', 'Q2. How many glass banks?', 'Q3. Who empties bins?']);
    assert.deepEqual(r.questionnaire.questions.map((q) => [q.id, q.text, q.when ?? null]), [
      ['Q1', 'Do you recycle?', null],
      ['Q2', 'How many glass banks?', null],
      ['Q3', 'Who empties bins?', null],
    ]);
    assert.deepEqual(r.assumptions, []);
    const open = init(['Q1. Do you recycle?', '(If yes answer Q2, if no answer Q3', 'Q2. How many glass banks?', 'Q3. Who empties bins?']);
    assert.deepEqual(open.assumptions, ['The routing line "(If yes answer Q2, if no answer Q3" (line 2) is not in the usual form; read as: Q2 asked when Q1 is yes; Q3 asked when Q1 is no.']);
  });
});

describe('core: listed choices — edges', () => {
  it('keeps two options split by ";" after "which of the following", and strips "and"/"or" and a closing full stop from options', () => {
    assert.deepEqual(listedChoices('Which of the following: red; green'), ['Red', 'Green']);
    assert.deepEqual(listedChoices('State: red; green; or blue.'), ['Red', 'Green', 'Blue']);
    assert.deepEqual(listedChoices('State: red,; and green; blue'), ['Red', 'Green', 'Blue']);
  });

  it('takes 12 options and an option of 80 characters, but not 13 or 81', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => `option ${String.fromCharCode(0x61 + i)}`);
    assert.equal(listedChoices(`State: ${twelve.join('; ')}`)?.length, 12);
    assert.equal(listedChoices(`State: ${[...twelve, 'option m'].join('; ')}`), null);
    assert.deepEqual(listedChoices(`State: a1; b2; ${'c'.repeat(80)}`)?.at(-1), `C${'c'.repeat(79)}`);
    assert.equal(listedChoices(`State: a1; b2; ${'c'.repeat(81)}`), null);
  });
});

describe('core: init from a request — where a numbered list ends', () => {
  it('starts a new list at a number well below the highest so far, reporting "Q2." after Q5 as not taken instead of a duplicate', () => {
    const r = init(['Q1. How many bins?', 'Q2. Who empties them?', 'Q3. When?', 'Q4. Where?', 'Q5. Why not?', '', '', '', '', 'Q2. Is this a stray question?']);
    assert.deepEqual(r.questionnaire.questions.map((q) => q.id), ['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);
    assert.deepEqual(r.assumptions, ['Line 10 looks like a question but was not taken: "Q2. Is this a stray question?".']);
  });

  it('carries a list over 200 lines of other text, but not over 201', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `Filler ${i}.`);
    assert.deepEqual(
      idText(['Q1. How many bins?', 'Q2. Who empties them?', ...filler(199), 'Q3. When are they emptied?']).map(([id]) => id),
      ['Q1', 'Q2', 'Q3'],
    );
    assert.deepEqual(
      idText(['Q1. How many bins?', 'Q2. Who empties them?', ...filler(200), 'Q3. When are they emptied?']).map(([id]) => id),
      ['Q1', 'Q2'],
    );
  });

  it('leaves a label standing alone before a sign-off without text', () => {
    assert.deepEqual(init(['Q1. How many bins?', 'Q2.', 'Yours faithfully']).questionnaire.questions.map((q) => [q.id, q.text ?? null]), [
      ['Q1', 'How many bins?'],
      ['Q2', null],
    ]);
  });
});
