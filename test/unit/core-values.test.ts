// The typed-value reader as a coder meets it: what value (and unit) an answer's text gives for
// each question type, and how sure the reader says it is. Complements values.test.ts with the
// cases a small slip in the reader would change: units, incidental figures (years, sections,
// question numbers), citations, hedges, short dates, choice scoring and the text reader's cuts.
import { strict as assert } from 'node:assert';
import { findFigures, parseValue, readYesNo } from '../../src/core/values';
import type { Question, QuestionType } from '../../src/core/types';

function q(type: QuestionType, extra: Partial<Question> = {}): Question {
  return { id: 'Q1', type, order: 0, ...extra };
}

/** value and unit (undefined = no unit key) of one answer. */
function read(text: string, question?: Question, codes?: Record<string, string[]>): { value: unknown; unit?: string; confidence: number } {
  return parseValue(text, question, codes);
}

function expectValue(text: string, question: Question | undefined, value: unknown, unit?: string | null): void {
  const got = read(text, question);
  assert.deepEqual(got.value, value, `${JSON.stringify(text)} (${question?.type ?? 'inferred'}) → ${JSON.stringify(got)}`);
  if (unit === null) assert.equal(got.unit, undefined, `no unit for ${JSON.stringify(text)}: ${JSON.stringify(got)}`);
  else if (unit !== undefined) assert.equal(got.unit, unit, `unit of ${JSON.stringify(text)}: ${JSON.stringify(got)}`);
}

describe('values: numbers a coder would record', () => {
  it('names the unit written after the figure: areas, lengths, per cent and people', () => {
    expectValue('12 km2', q('number'), 12, 'km²');
    expectValue('12 sq. km', q('number'), 12, 'km²');
    expectValue('12 kilometres squared', q('number'), 12, 'km²');
    expectValue('3 sq miles', q('number'), 3, 'sq mi');
    expectValue('3 sq mi', q('number'), 3, 'sq mi');
    expectValue('450 m2', q('number'), 450, 'm²');
    expectValue('450 sq m', q('number'), 450, 'm²');
    expectValue('450 square metres', q('number'), 450, 'm²');
    expectValue('450 square meters', q('number'), 450, 'm²');
    expectValue('80 hectare', q('number'), 80, 'ha');
    expectValue('200 acres of parkland', q('number'), 200, 'acres');
    expectValue('1 acre', q('number'), 1, 'acres');
    expectValue('14 kilometers of road', q('number'), 14, 'km');
    expectValue('14 km', q('number'), 14, 'km');
    expectValue('9 miles', q('number'), 9, 'miles');
    expectValue('1 mile', q('number'), 1, 'miles');
    expectValue('12 pc', q('number'), 12, '%');
    expectValue('12 percent', q('number'), 12, '%');
    expectValue('5,000 inhabitants', q('number'), 5000, 'people');
    expectValue('5,000 persons', q('number'), 5000, 'people');
    expectValue('5,000 population', q('number'), 5000, 'people');
  });

  it('gives no unit to a bare figure, and the question\'s unit when the text names none', () => {
    expectValue('42', q('number'), 42, null);
    expectValue('42', q('number', { unit: 'staff' }), 42, 'staff');
    expectValue('42 km', q('number', { unit: 'staff' }), 42, 'km');
    expectValue('None', q('number', { unit: 'staff' }), 0, 'staff');
    expectValue('None', q('number'), 0, null);
    expectValue('Twelve', q('number', { unit: 'staff' }), 12, 'staff');
    expectValue('Not held', q('number', { unit: 'staff' }), null, 'staff');
    expectValue('Not held', q('number'), null, null);
  });

  it('reads "5 m" as five metres-ish, not five million, unless it is money', () => {
    expectValue('5 m', q('number'), 5);
    expectValue('5 b', q('number'), 5);
    expectValue('5 mn', q('number'), 5_000_000);
    expectValue('5 thousand', q('number'), 5000);
    expectValue('£5 m', q('money'), 5_000_000, 'GBP');
    expectValue('£5 b', q('money'), 5_000_000_000, 'GBP');
  });

  it('skips years, financial years, section and question numbers for the figure asked', () => {
    expectValue('In 2019 we had 340 staff', q('number'), 340);
    expectValue('2017 and 55', q('number'), 55);
    expectValue('See question 4: 61 licences', q('number'), 61);
    expectValue('As Q 4 says, 61', q('number'), 61);
    expectValue('Under regulation 12 we hold 8', q('number'), 8);
    expectValue('Under reg. 12 we hold 8', q('number'), 8);
    expectValue('The Act 7 says 8', q('number'), 8);
    expectValue('s.12 applies to 9 of them', q('number'), 9);
    // Only a year: it is still the only figure there is.
    expectValue('2019', q('number'), 2019);
    // A separated or scaled figure is no year.
    expectValue('In 2019, 2,019 requests', q('number'), 2019);
    expectValue('1949 items', q('number'), 1949);
    expectValue('In 2019: 2100 items', q('number'), 2100);
    expectValue('2019 and 1950', q('number'), 2019);
    // A year in a phrase of time ("in 2019", "during 2010") is a date, not a candidate.
    expectValue('In 2019 and 1950', q('number'), 1950);
  });

  it('ignores digits inside words, ids, links and citations', () => {
    expectValue('Q4a asks; 17 posts', q('number'), 17);
    expectValue('See www3.example.org for 17 posts', q('number'), 17);
    expectValue('See https://example.org/page/99 for 17 posts', q('number'), 17);
    expectValue('[2] 17 posts', q('number'), 17);
    expectValue('Section 40(2) applies to 17 posts', q('number'), 17);
    expectValue('sections 40 (2) (a) and 17 posts', q('number'), 17);
    expectValue('s40 applies to 17 posts', q('number'), 17);
    expectValue('regulations 12(4)(a): 17 posts', q('number'), 17);
    expectValue('Data Protection Act 2018: 17 posts', q('number'), 17);
    expectValue('version 1.2.3 and 17 posts', q('number'), 1.2);
    expectValue('7.2.3', q('number'), 7.2);
    assert.equal(findFigures('7.2.3').length, 1, 'the .3 of 7.2.3 is no figure of its own');
  });

  it('prefers the figure the text calls the total', () => {
    expectValue('Staff £214.6m; agency £9.8m – total £236.5m', q('money'), 236_500_000, 'GBP');
    expectValue('North 12, South 30, 42 in total', q('number'), 42);
    expectValue('North 12, South 30, overall 42', q('number'), 42);
    expectValue('North 12, South 30, altogether 42', q('number'), 42);
    expectValue('North 12, South 30 (combined: 42)', q('number'), 42);
    expectValue('North 12, South 30, totalling 42', q('number'), 42);
    expectValue('North 12, South 30, 42 in all', q('number'), 42);
    expectValue('North 12, South 30, 42 FTE in total', q('number'), 42);
    expectValue('North 12, South 30', q('number'), 12);
  });

  it('is surer of a lone, unhedged figure than of a hedged one or one among several', () => {
    const lone = read('150', q('number')).confidence;
    const hedged = read('approx 150', q('number')).confidence;
    const several = read('150 and 20', q('number')).confidence;
    const word = read('Twelve', q('number')).confidence;
    assert.ok(lone > hedged, `lone ${lone} > hedged ${hedged}`);
    assert.ok(lone > several, `lone ${lone} > several ${several}`);
    assert.ok(several > word, `figures ${several} > a word number ${word}`);
    for (const hedge of ['c. 150', 'circa 150', 'about 150', 'roughly 150', 'estimated 150', 'over 150', 'more than 150', 'less than 150', 'under 150', 'up to 150', 'around 150']) {
      assert.equal(read(hedge, q('number')).confidence, hedged, hedge);
    }
    assert.equal(read('about 150 and 20', q('number')).confidence, several - (lone - hedged), 'hedge and several');
    assert.equal(read('None', q('number')).confidence > word, true, '"None" is surer than a word number');
  });

  it('reads word numbers only as whole words, with hundred and thousand', () => {
    expectValue('Some three hundred', q('number'), 300);
    expectValue('About five thousand', q('number'), 5000);
    expectValue('over twenty', q('number'), 20);
    expectValue('Approx. fifty', q('number'), 50);
    expectValue('Zero', q('number'), 0);
    expectValue('Nothing', q('number'), 0);
    expectValue('There was none', q('number'), 0);
    // "a" and "an" are words, not numbers, outside durations.
    expectValue('A few', q('number'), null);
    expectValue('An estimate', q('number'), null);
    expectValue('Several', q('number'), null);
    expectValue('Nonetheless unknown', q('number'), null);
  });

  it('returns no number for no figure and a low confidence', () => {
    const got = read('We cannot say', q('number'));
    assert.equal(got.value, null);
    assert.ok(got.confidence <= 0.1);
  });
});

describe('values: money', () => {
  it('takes the first £ figure, then one written with pounds or GBP, then a scaled figure', () => {
    expectValue('In 2019, 12 staff cost £40,000', q('money'), 40_000, 'GBP');
    expectValue('12 staff, 40,000 pounds', q('money'), 40_000, 'GBP');
    expectValue('12 staff, 40,000 GBP', q('money'), 40_000, 'GBP');
    expectValue('12 staff, 4.5 million', q('money'), 4_500_000, 'GBP');
    expectValue('Figures: 3 then £7', q('money'), 7, 'GBP');
  });

  it('reads a plain figure as pounds only with less confidence, and never a year', () => {
    const plain = read('About 4,000', q('money'));
    assert.equal(plain.value, 4000);
    assert.equal(plain.unit, 'GBP');
    assert.ok(plain.confidence < read('£4,000', q('money')).confidence);
    expectValue('Since 2019', q('money'), null);
  });

  it('reads no spend as zero pounds', () => {
    expectValue('No spend', q('money'), 0, 'GBP');
    expectValue('No expenditure was incurred', q('money'), 0, 'GBP');
    expectValue('no cost to the council', q('money'), 0, 'GBP');
    expectValue('Zero', q('money'), 0, 'GBP');
    expectValue('nothing', q('money'), 0, 'GBP');
    expectValue('Not held', q('money'), null, null);
  });

  it('keeps pence and large multipliers exact', () => {
    expectValue('£0.05', q('money'), 0.05, 'GBP');
    expectValue('£3 thousand', q('money'), 3000, 'GBP');
    expectValue('£3 billion', q('money'), 3_000_000_000, 'GBP');
    expectValue('£3mil', q('money'), 3, 'GBP'); // "mil" glued is not a written multiplier
    expectValue('£1,234.5k', q('money'), 1_234_500, 'GBP');
  });
});

describe('values: percentages', () => {
  it('takes the figure marked as per cent, or the start of a range', () => {
    expectValue('Of 200 homes, 45% were reached', q('percent'), 45, '%');
    expectValue('200 homes; 45 per cent', q('percent'), 45, '%');
    expectValue('30 to 40 percent', q('percent'), 30, '%');
    expectValue('30 - 40%', q('percent'), 30, '%');
    expectValue('12, then 40%', q('percent'), 40, '%');
  });

  it('is less sure of a range than of one percentage, and less still of a bare figure', () => {
    const one = read('45%', q('percent')).confidence;
    const range = read('30-40%', q('percent')).confidence;
    const bare = read('45', q('percent'));
    assert.ok(one > range && range > bare.confidence, `${one} > ${range} > ${bare.confidence}`);
    assert.equal(bare.value, 45);
    assert.equal(bare.unit, '%');
  });

  it('reads none as 0% and ignores years and figures over 100 without a % sign', () => {
    expectValue('None', q('percent'), 0, '%');
    expectValue('nil', q('percent'), 0, '%');
    expectValue('Since 2019', q('percent'), null);
    expectValue('340 staff', q('percent'), null);
    expectValue('100', q('percent'), 100, '%');
  });
});

describe('values: years', () => {
  it('reads a year from 1950 to 2099, not inside a longer number or an amount', () => {
    expectValue('1950', q('year'), 1950);
    expectValue('1949 and later 1999', q('year'), 1999);
    expectValue('20190', q('year'), null);
    expectValue('£2019', q('year'), null);
    expectValue('2,019', q('year'), null);
    expectValue('2019.5', q('year'), null);
    expectValue('1.2019', q('year'), null);
  });

  it('reads a short date as a year of this century, with less confidence', () => {
    expectValue('Went live 01/04/12', q('year'), 2012);
    expectValue('01.04.09', q('year'), 2009);
    expectValue('1-4-15', q('year'), 2015);
    assert.ok(read('01/04/12', q('year')).confidence < read('2012', q('year')).confidence);
    expectValue('Version 4.12', q('year'), null);
  });

  it('is surer of a year that is dated ("in", "since", a month) or leads the answer', () => {
    const dated = read('It went live in 2014', q('year')).confidence;
    const loose = read('Our reference 2014 applies', q('year')).confidence;
    assert.ok(dated > loose, `${dated} > ${loose}`);
    for (const t of ['since 2014', 'from 2014', 'during 2014', 'live 2014', 'June, 2014', '01/2014', 'Sept 2014', '2014 it was']) {
      assert.equal(read(t, q('year')).confidence, dated, t);
    }
  });
});

describe('values: durations', () => {
  it('reads each unit and its short forms', () => {
    expectValue('10 working days', q('duration'), 10, 'days');
    expectValue('1 day', q('duration'), 1, 'days');
    expectValue('3 wks', q('duration'), 3, 'weeks');
    expectValue('3 wk', q('duration'), 3, 'weeks');
    expectValue('4 mths', q('duration'), 4, 'months');
    expectValue('4 mth', q('duration'), 4, 'months');
    expectValue('1 month', q('duration'), 1, 'months');
    expectValue('2 yr', q('duration'), 2, 'years');
    expectValue('48 hours', q('duration'), 48, 'hours');
    expectValue('6 hrs', q('duration'), 6, 'hours');
    expectValue('1 hr', q('duration'), 1, 'hours');
    expectValue('six weeks', q('duration'), 6, 'weeks');
    expectValue('an hour', q('duration'), 1, 'hours');
    expectValue('2 and a half years', q('duration'), 2.5, 'years');
    expectValue('3 to 6 months', q('duration'), '3 to 6 months', null); // a range is kept as written, and offered
  });

  it('skips a figure glued to a word and reads the next one', () => {
    expectValue('Q3 months; 9 months', q('duration'), 9, 'months');
    expectValue('phase2 weeks then 4 weeks', q('duration'), 4, 'weeks');
  });

  it('is surer of digits than of words', () => {
    assert.ok(read('6 weeks', q('duration')).confidence > read('six weeks', q('duration')).confidence);
    assert.equal(read('Ongoing', q('duration')).unit, undefined);
  });
});

describe('values: yes and no', () => {
  it('reads a leading yes or no in any of its forms, but not a word that merely starts so', () => {
    for (const t of ['Yep', 'Correct', 'affirmative', '"Yes"', '(Yes)', '* yes', '- Yes, we do']) assert.equal(readYesNo(t).value, 'Yes', t);
    for (const t of ['Nope', 'N', 'None at all', '"No"', '(no)']) assert.equal(readYesNo(t).value, 'No', t);
    assert.equal(readYesNo('Yes-ish').value, null);
    assert.equal(readYesNo('Yes/No').value, null);
    assert.equal(readYesNo('Nobody knows').value, null);
    assert.equal(readYesNo('Yesterday').value, null);
  });

  it('reads sentences: "we do", "the council has", "X borough council uses" as yes; their negations as no', () => {
    for (const t of ['We have a portal', 'It is used', 'They were consulted', 'The authority has one', 'The organisation uses it', 'Brindle County Council currently uses Lagan', 'Ashby District Council has']) {
      assert.equal(readYesNo(t).value, 'Yes', t);
    }
    for (const t of ['We do not', "We don't", 'The authority has not', 'There are no plans', 'Not yet', 'Not at this time', 'Never', 'Brindle City Council does not', 'They have not']) {
      assert.equal(readYesNo(t).value, 'No', t);
    }
  });

  it('is surer of a leading yes/no than of a sentence', () => {
    assert.ok(readYesNo('Yes').confidence > readYesNo('We do').confidence);
    assert.ok(readYesNo('No').confidence > readYesNo('We do not').confidence);
    assert.ok(readYesNo('We do not').confidence > readYesNo('We do').confidence);
    assert.ok(readYesNo('Maybe').confidence <= 0.1);
  });
});

describe('values: choices and code lists', () => {
  const choice = (choices: string[]) => q('choice', { choices });
  it('picks the choice named first in the answer, and is less sure when several match', () => {
    const two = read('Properties, and residents too', choice(['Residents', 'Properties']));
    assert.equal(two.value, 'Properties');
    const one = read('Properties', choice(['Residents', 'Properties']));
    assert.ok(one.confidence > two.confidence, `${one.confidence} > ${two.confidence}`);
  });

  it('matches a long answer only on all of the choice\'s words, and a short one made of them', () => {
    expectValue('We mostly think about the various residents living here today', choice(['Residents', 'Properties']), 'Residents');
    expectValue('Customer', choice(['Residents', 'Properties']), 'Residents');
    expectValue('Citizens', choice(['Residents', 'Properties']), 'Residents');
    expectValue('Address', choice(['Residents', 'Properties']), 'Properties');
    expectValue('Buildings', choice(['Residents', 'Properties']), 'Properties');
    expectValue('Neither of these', choice(['Residents', 'Properties']), null);
  });

  it('reads words in other forms: integrate ~ integration, departments ~ departmental, libraries ~ library', () => {
    expectValue('We integrate systems', choice(['System integration', 'Training']), 'System integration');
    expectValue('departmental buy-in', choice(['Department participation', 'Funding']), 'Department participation');
    expectValue('Libraries', choice(['Library', 'Leisure']), 'Library');
    expectValue('Class', choice(['Class', 'Clas']), 'Class');
    // Short words must match exactly.
    expectValue('Cats', choice(['Catalogue', 'Dogs']), null);
    // Words sharing only a short beginning are different words.
    expectValue('Integrity', choice(['Integration', 'Other things']), null);
  });

  it('takes "Other" only when an item begins with other, with the detail it gives', () => {
    const list = ['Funding', 'Other (please specify)'];
    expectValue('Other: staffing', q('choice', { choices: list }), 'Other - staffing');
    expectValue('Other', q('choice', { choices: list }), 'Other (please specify)');
    expectValue('No funding or other money', q('choice', { choices: list }), 'Funding');
  });

  it('reads a multi-choice list with full confidence only when every item is named exactly', () => {
    const list = ['Funding', 'Training users', 'Promoting usage'];
    const exact = read('Funding; Training users', q('multi-choice', { choices: list }));
    assert.equal(exact.value, 'Funding; Training users');
    const loose = read('Funding; training', q('multi-choice', { choices: list }));
    assert.equal(loose.value, 'Funding; Training users');
    assert.ok(exact.confidence > loose.confidence);
    expectValue('Funding & Promoting usage', q('multi-choice', { choices: list }), 'Funding; Promoting usage');
    expectValue('Funding / Promoting usage', q('multi-choice', { choices: list }), 'Funding; Promoting usage');
    expectValue('• Funding\n• Promoting usage', q('multi-choice', { choices: list }), 'Funding; Promoting usage');
    expectValue('Funding. Promoting usage', q('multi-choice', { choices: list }), 'Funding; Promoting usage');
  });

  it('reads text when the question has no choices, a choice list of non-strings, or an unknown code list', () => {
    expectValue('Residents', q('choice'), 'Residents');
    expectValue('Residents', q('choice', { choices: 'no-such-list' }), 'Residents');
    expectValue('Residents', q('choice', { choices: [1, 2] as unknown as string[] }), 'Residents');
    expectValue('Residents', q('choice', { choices: [1, 'Residents'] as unknown as string[] }), 'Residents');
    const codes = { sizes: ['Small', 'Large'] };
    assert.equal(parseValue('large', q('choice', { choices: 'sizes' }), codes).value, 'Large');
  });

  it('ignores what is in brackets in a choice', () => {
    expectValue('Funding', q('choice', { choices: ['Funding (revenue or capital)', 'Training'] }), 'Funding (revenue or capital)');
  });
});

describe('values: text', () => {
  it('cuts a long line at a word boundary near 200 characters, without a trailing comma', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i},`).join(' ');
    const got = read(words, q('text')).value as string;
    assert.ok(got.length <= 200 && got.length > 140, got);
    assert.ok(words.startsWith(got));
    assert.ok(!/[,\s]$/.test(got), got);
    const noSpace = 'x'.repeat(250);
    assert.equal(read(noSpace, q('text')).value, 'x'.repeat(200));
    const lateSpace = 'x'.repeat(100) + ' ' + 'y'.repeat(150);
    assert.equal(read(lateSpace, q('text')).value, lateSpace.slice(0, 200));
  });

  it('reads the first paragraph, unquoting email quotes and ending at a sentence', () => {
    expectValue('First part.\n\nSecond part.', q('text'), 'First part.');
    expectValue('Done! More follows', q('text'), 'Done!');
    expectValue('Why? Because', q('text'), 'Why?');
    expectValue('v1.2 is used', q('text'), 'v1.2 is used');
    expectValue('>> Nested quote here', q('text'), 'Nested quote here');
    expectValue('Housing\r\nLibraries', q('text'), 'Housing; Libraries');
    expectValue('Housing is ours.\r\nLibraries are the county\'s.', q('text'), 'Housing is ours.');
    expectValue('Line one\n(continued) here', q('text'), 'Line one (continued) here');
  });

  it('reads what follows "the name of the council is"', () => {
    expectValue('Name is Wexcombe Council.', q('text'), 'Wexcombe Council');
    expectValue('The correct legal name of the organisation is Wexcombe Borough Council.', q('text'), 'Wexcombe Borough Council');
    expectValue('The name is', q('text'), 'The name is');
  });

  it('is less sure of text when it only guessed the question type', () => {
    assert.ok(read('Wexcombe Council', q('text')).confidence > read('Wexcombe Council').confidence);
    assert.equal(read('   ', q('text')).value, null);
    assert.equal(read('> ', q('text')).value, null);
  });
});

describe('values: the question type guessed from the answer', () => {
  it('guesses money from £ or pounds, percent from % or per cent, a number from a figure', () => {
    expectValue('about 500 pounds', undefined, 500, 'GBP');
    expectValue('300 GBP', undefined, 300, 'GBP');
    expectValue('£ 7', undefined, 7, 'GBP');
    expectValue('45 per cent', undefined, 45, '%');
    expectValue('12 staff', undefined, 12);
    expectValue('no way', undefined, 'No');
    expectValue('Section 40 applies', undefined, 'Section 40 applies');
    expectValue('Nothing to say', undefined, 'Nothing to say');
  });
});

describe('values: input the reader must survive', () => {
  it('folds smart quotes, dashes and odd spaces before reading', () => {
    expectValue('\u201cYes\u201d', q('yes-no'), 'Yes');
    expectValue('\u2013 5 staff', q('number'), 5);
    expectValue('\u22125', q('number'), -5);
    expectValue('\u20105', q('number'), -5);
    expectValue('12\u2009000\u200b', q('number'), 12000);
    expectValue('12\t000', q('number'), 12000);
    expectValue('The Council doesn\u2019t', q('yes-no'), 'No');
  });

  it('reads only the first 20,000 characters of a long answer', () => {
    expectValue('x '.repeat(9_999) + '77', q('number'), 77);
    expectValue('x '.repeat(10_000) + '77', q('number'), null);
  });

  it('returns nothing, never throws, for a non-string or an empty answer', () => {
    assert.equal(parseValue(undefined as unknown as string).value, null);
    assert.equal(parseValue(42 as unknown as string).value, null);
    assert.equal(parseValue('').value, null);
    assert.equal(parseValue(' \n ', q('number')).value, null);
  });
});

describe('values: figures found in text', () => {
  it('gives each figure its place, money, separators and scaling', () => {
    const [a, b, c] = findFigures('Cost £1,200 for 35 items, 2.5k more');
    assert.deepEqual(a, { value: 1200, index: 5, end: 11, money: true, digits: '1200', separated: true, scaled: false });
    assert.deepEqual(b, { value: 35, index: 16, end: 18, money: false, digits: '35', separated: false, scaled: false });
    assert.deepEqual(c, { value: 2500, index: 26, end: 30, money: false, digits: '2.5', separated: false, scaled: true });
  });

  it('places a sign before the £ at the sign, and keeps a dash between figures out of the second', () => {
    const [neg] = findFigures('a -£5 loss');
    assert.equal(neg!.value, -5);
    assert.equal(neg!.index, 2);
    const [, second] = findFigures('30-40');
    assert.equal(second!.value, 40);
    assert.equal(second!.index, 3);
    const [zero] = findFigures('-0');
    assert.ok(Object.is(zero!.value, 0), 'minus zero reads as zero');
    const [afterEq] = findFigures('x=-3');
    assert.equal(afterEq!.value, -3);
    const [afterWord] = findFigures('ab-3');
    assert.deepEqual([afterWord!.value, afterWord!.index], [3, 3], 'a dash glued to a word is a hyphen in an id, not a sign');
  });
});

describe('values: cases mutation testing found unobserved', () => {
  it('keeps smart quotes, no-break and zero-width spaces out of a text value', () => {
    expectValue('He said \u201cno comment\u201d.', q('text'), 'He said "no comment".');
    expectValue('Alder\u00a0Council', q('text'), 'Alder Council');
    expectValue('Al\u200bder Council', q('text'), 'Alder Council');
  });

  it('reads a sign only from a dash right before the figure or its £, not from brackets or letters', () => {
    expectValue('A refund of (£5)', q('money'), 5, 'GBP');
    assert.equal(findFigures('\u2212£5')[0]!.value, -5);
    assert.equal(findFigures('unit A-5')[0]!.value, 5);
    expectValue('costs£5', q('money'), 5, 'GBP');
  });

  it('drops a figure too large to be a number, in any question type', () => {
    const huge = '1' + '0'.repeat(400);
    expectValue(huge, q('number'), null);
    expectValue(`${huge} days`, q('duration'), null);
    expectValue(`${huge} days, then 3 days`, q('duration'), 3, 'days');
  });

  it('never takes money, a scaled or a separated figure for a year', () => {
    expectValue('£2019 and 15', q('number'), 2019);
    expectValue('2019k and 15', q('number'), 2_019_000);
    expectValue('2,019 and 15', q('number'), 2019);
  });

  it('skips question numbers for money and percentages too, and totals only among amounts', () => {
    expectValue('As Q 12 says, 500', q('money'), 500, 'GBP');
    expectValue('As Q 12 says, 45', q('percent'), 45, '%');
    expectValue('12 staff, 300 in total, costing £4,000', q('money'), 4000, 'GBP');
  });

  it('is less sure of a year that is neither dated nor at the start', () => {
    assert.ok(read('c. 2014', q('year')).confidence < read('2014', q('year')).confidence);
  });

  it('matches word forms: -ies plurals, short plurals and shared beginnings of five letters', () => {
    const choice = (choices: string[]) => q('choice', { choices });
    expectValue('Bodies', choice(['Body', 'Other things']), 'Body');
    expectValue('Ties', choice(['Tie', 'Knot']), 'Tie');
    expectValue('Integrate', choice(['Integration', 'Training']), 'Integration');
    expectValue('Audit', choice(['Auditor', 'Training']), 'Auditor');
    expectValue('Residents, properties, residents', choice(['Residents', 'Properties']), 'Residents');
  });

  it('reads nothing from a multi-choice answer naming no choice, and rates a loose single match between exact and several', () => {
    expectValue('Nothing relevant', q('multi-choice', { choices: ['Funding', 'Training'] }), null);
    const choice = q('choice', { choices: ['Training users', 'Funding'] });
    const exact = read('Training users', choice).confidence;
    const loose = read('Training', choice).confidence;
    const several = read('Training users and funding', choice).confidence;
    assert.equal(read('Training', choice).value, 'Training users');
    assert.ok(exact > loose && loose > several, `${exact} > ${loose} > ${several}`);
  });

  it('cuts text at the last space past 70% of 200 characters, and keeps exactly 200', () => {
    const exactly200 = ('x'.repeat(9) + ' ').repeat(19) + 'x'.repeat(10);
    assert.equal(exactly200.length, 200);
    expectValue(exactly200, q('text'), exactly200);
    const at150 = 'x'.repeat(150) + ' ' + 'y'.repeat(100);
    expectValue(at150, q('text'), 'x'.repeat(150));
    const at140 = 'x'.repeat(140) + ' ' + 'y'.repeat(100);
    expectValue(at140, q('text'), at140.slice(0, 200));
    const words = Array.from({ length: 60 }, (_, i) => `word${i},`).join(' ');
    const head = words.slice(0, 200);
    expectValue(words, q('text'), head.slice(0, head.lastIndexOf(' ')).replace(/,$/, ''));
  });

  it('guesses a percentage range as a percentage', () => {
    expectValue('30-40%', undefined, 30, '%');
  });
});

describe('values: pence and a leading none', () => {
  it('reads pence as pounds, a little less surely than a £ figure, never from a year or a glued p', () => {
    expectValue('40p', q('money'), 0.4, 'GBP');
    expectValue('Each call costs 40p', q('money'), 0.4, 'GBP');
    expectValue('1,250p', q('money'), 12.5, 'GBP');
    expectValue('2019p', q('money'), null);
    expectValue('4p0', q('money'), 4, 'GBP');
    const pence = read('40p', q('money')).confidence;
    assert.ok(pence < read('£0.40', q('money')).confidence && pence > read('4p0', q('money')).confidence);
  });

  it('takes a leading none as zero even when figures explain it after', () => {
    expectValue('None. 4 libraries moved to the hub', q('number'), 0);
    expectValue('None - 4 moved', q('number'), 0);
    expectValue('None, 4 moved', q('number'), 0);
    expectValue('Nil; see 4', q('number', { unit: 'staff' }), 0, 'staff');
    expectValue('Nonetheless 4', q('number'), 4);
    expectValue('None 4', q('number'), 4);
  });
});

describe('values: days of dates and references into a document', () => {
  it('skips the day of a date for the figure asked, but not a number no day can be', () => {
    expectValue('On 3 March we had 40', q('number'), 40);
    expectValue('3rd of May: 40', q('number'), 40);
    expectValue('On 31 Jan 40', q('number'), 40);
    expectValue('On 1 April 40', q('number'), 40);
    expectValue('On 32 Jan 40', q('number'), 32);
    expectValue('0 March 40', q('number'), 0);
    expectValue('£3 March', q('number'), 3, 'GBP');
  });

  it('skips table, note, page and item numbers, but not an amount after them', () => {
    expectValue('see table 3: 40', q('number'), 40);
    expectValue('note 7 says 40', q('number'), 40);
    expectValue('page 12 shows 40', q('number'), 40);
    expectValue('as in item 4, 40', q('number'), 40);
    expectValue('Cost per item £3', q('money'), 3, 'GBP');
  });
});

describe('values: spacing and spelling variants councils type', () => {
  it('reads hedged word numbers with any spacing, with or without the dot of approx.', () => {
    for (const t of ['approximately  twelve', 'Approximately twelve', 'approx twelve', 'approx.  twelve', 'approx. twelve', 'around  twelve', 'about  twelve', 'over  twelve', 'some  twelve']) {
      expectValue(t, q('number'), 12);
    }
    expectValue('three  hundred', q('number'), 300);
    expectValue('Some five  thousand', q('number'), 5000);
  });

  it('reads durations with decimals, ranges, spacing and joined units', () => {
    expectValue('1.25 years', q('duration'), 1.25, 'years');
    expectValue('10 working  days', q('duration'), 10, 'days');
    expectValue('18 - 24 months', q('duration'), '18 - 24 months', null);
    expectValue('18 to 24 months', q('duration'), '18 to 24 months', null);
    expectValue('2-3.5 years', q('duration'), '2-3.5 years', null);
    expectValue('6months', q('duration'), 6, 'months');
    expectValue('6  months', q('duration'), 6, 'months');
    expectValue('2  and  a  half years', q('duration'), 2.5, 'years');
    expectValue('a week', q('duration'), 1, 'weeks');
  });

  it('splits a multi-choice answer at and, &, / and full stops whatever the spacing', () => {
    const list = q('multi-choice', { choices: ['Funding', 'Training users'] });
    for (const t of ['Funding  and  Training users', 'Funding\tand Training users', 'Funding  &  Training users', 'Funding\u2022Training users', 'Funding /  Training users', 'Funding.  Training users', 'Funding;Training users']) {
      expectValue(t, list, 'Funding; Training users');
    }
  });
});

describe('values: yes or no after a lead that names the answer, or under a title line', () => {
  it('reads the answer after "<who> response:" or "<Welsh> / Answer:", and under a short title on its own line', () => {
    expectValue('Harbourne response: Yes', q('yes-no'), 'Yes');
    expectValue('Ateb / Answer: No', q('yes-no'), 'No');
    expectValue('Online portal\nNo.', q('yes-no'), 'No');
    expectValue('Case system \r\nYes. Since 2019.', q('yes-no'), 'Yes');
  });

  it('reads nothing when no yes or no follows the lead', () => {
    expectValue('Council response: to follow', q('yes-no'), null);
    expectValue('Online portal\nUnder review', q('yes-no'), null);
  });
});

describe('values: a length in years and months', () => {
  it('gives the whole length in months, written with or without "and" or a comma, in figures or words', () => {
    expectValue('2 years 3 months from initiation to go-live', q('duration'), 27, 'months');
    expectValue('1 year and 6 months', q('duration'), 18, 'months');
    expectValue('two years, four months', q('duration'), 28, 'months');
  });

  it('keeps years alone in years, and does not add a month count of a year or more', () => {
    expectValue('2 years', q('duration'), 2, 'years');
    expectValue('3 years 14 months', q('duration'), 3, 'years');
  });
});

describe('values: citations in every spacing are never the value', () => {
  it('skips section and regulation numbers with their (2)(a) parts, spaced or not', () => {
    for (const cite of ['section40', 'section 40', 'sections 40', 'Section  40', 's.40', 's. 40', 's40', 'section 40(2)', 'section 40 ( 2 )', 'section 40(2)(a)', 'section 40 (2) ( a )', 'section 40( 2 )( b )', 's.40(2)', 's. 40 (2)', 's40(2)(b)', 'regulation 12', 'regulations 12', 'reg.12', 'reg. 12', 'regulation12', 'regulation 12(4)(a)', 'regulation 12 ( 4 ) ( b )', 'regulation 12( 4 )( b )', 'reg.12(5)', 'Act 2000', 'the act  2000', '[12]', 'www.example.org/12', 'https://example.org/a?b=12']) {
      expectValue(`${cite} applies to 17 posts`, q('number'), 17);
    }
  });

  it('skips the year in the title of the Regulations or the Act, never reading part of it as a figure', () => {
    for (const title of ['the Environmental Information Regulations 2004', 'Regulation 12(4)(a) of the Environmental Information Regulations 2004', 'the Freedom of Information Act 2000', 'section 21 of the Freedom of Information Act 2000']) {
      expectValue(`Considered under ${title}: 17 posts`, q('number'), 17);
    }
  });

  it('reads the text of a quoted email from its first paragraph, whatever the line ends', () => {
    expectValue('  > > Quoted answer\n> more', q('text'), 'Quoted answer more');
    expectValue('>Quoted', q('text'), 'Quoted');
    expectValue('First part.\r\n\r\nSecond part.', q('text'), 'First part.');
    expectValue('First part\n  \t\nSecond part', q('text'), 'First part');
    expectValue('First part\r\n\nSecond part', q('text'), 'First part');
  });
});

describe('values: more spellings of money, totals, none and no', () => {
  it('guesses money from pounds written in any spacing, with a multiplier', () => {
    expectValue('5pounds', undefined, 5, 'GBP');
    expectValue('5k pounds', undefined, 5000, 'GBP');
    expectValue('5 k pounds', undefined, 5000, 'GBP');
    expectValue('(no)', undefined, 'No');
    expectValue('- no', undefined, 'No');
  });

  it('finds the total after "a total of", a colon or dashes', () => {
    expectValue('North 12, South 30, a total of 42', q('number'), 42);
    expectValue('North 12, South 30. Total: 42', q('number'), 42);
    expectValue('North 12, South 30 -- total -- 42', q('number'), 42);
    expectValue('Staff £12m, agency £3m; total of £15m', q('money'), 15_000_000, 'GBP');
    expectValue('Staff £12m, agency £3m; total: £15m', q('money'), 15_000_000, 'GBP');
  });

  it('reads none in brackets or spaced out as zero, and not a none later in the sentence', () => {
    expectValue('(None)', q('number'), 0);
    expectValue('There  were  none', q('number'), 0);
    expectValue('We had none', q('number'), null);
    expectValue('(Nil)', q('money'), 0, 'GBP');
    expectValue('no  spend', q('money'), 0, 'GBP');
    expectValue('We had no spend', q('money'), null);
  });

  it('is as unsure of "more  than" or "up  to" with two spaces as with one', () => {
    const hedged = read('about 150', q('number')).confidence;
    for (const t of ['more  than 150', 'less  than 150', 'up  to 150', 'c.150', 'Circa  150']) assert.equal(read(t, q('number')).confidence, hedged, t);
  });
});

describe('core values: lengths of time and Regulations years', () => {
  const duration: Question = { id: 'Q1', type: 'duration', order: 0 };
  const count: Question = { id: 'Q1', type: 'number', order: 0 };
  const len = (text: string) => parseValue(text, duration);

  it('reads "From June 2016 to March 2018" as the months in between, under 20 years and more than none', () => {
    assert.deepEqual(len('From June 2016 to March 2018'), { value: 21, unit: 'months', confidence: 0.7 });
    assert.deepEqual(len('between March 2016 and May 2017'), { value: 14, unit: 'months', confidence: 0.7 });
    assert.deepEqual(len('From Jan 2020 to Feb 2020'), { value: 1, unit: 'months', confidence: 0.7 });
    assert.deepEqual(len('From June 2016 to May 2036'), { value: 239, unit: 'months', confidence: 0.7 });
    assert.deepEqual(len('From June 2016 to June 2036'), { value: null, confidence: 0.1 }, '240 months is no length of a contract');
    assert.deepEqual(len('From June 2016 to June 2016'), { value: null, confidence: 0.1 });
  });

  it('reads years then months (in figures or words, under 12 months) as months', () => {
    assert.deepEqual(len('2 years 3 months'), { value: 27, unit: 'months', confidence: 0.9 });
    assert.deepEqual(len('1 year and 6 months'), { value: 18, unit: 'months', confidence: 0.9 });
    assert.deepEqual(len('two years and eleven months'), { value: 35, unit: 'months', confidence: 0.8 });
    assert.deepEqual(len('2 years 12 months'), { value: 2, unit: 'years', confidence: 0.9 });
  });

  it('does not read the year of "the Environmental Information Regulations 2004" as a figure', () => {
    assert.deepEqual(parseValue('Under the Environmental Information Regulations 2004 we hold 17 records', count), { value: 17, confidence: 0.9 });
  });
});
