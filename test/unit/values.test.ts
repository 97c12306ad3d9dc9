import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseValue } from '../../src/core/values';
import type { Question, QuestionType } from '../../src/core/types';
import { assertLinear } from '../support/scaling';

const CODES: Record<string, string[]> = {
  'crm-challenges': [
    'Integration of different data sources into a single system',
    'Training users to effectively use the solution',
    'Participation of different departments within the authority',
    'Integration with existing back-office applications',
    'Promoting Usage',
    'Funding',
    'Other (please specify)',
  ],
};

function q(type: QuestionType, extra: Partial<Question> = {}): Question {
  return { id: 'Q1', type, order: 0, ...extra };
}

type Case = [text: string, question: Question | undefined, value: number | string | null, unit?: string];

const NUMBERS: Case[] = [
  ['128,432', q('number'), 128432],
  ['128 432', q('number'), 128432],
  ['128\u00a0432', q('number'), 128432],
  ['128\u2009432', q('number'), 128432],
  ['128\u202f432', q('number'), 128432],
  ['1,234,567', q('number'), 1234567],
  ['Area: 9,032.4204ha\nPerimeter: 60.649884km', q('number'), 9032.4204, 'ha'],
  ['60.649884km', q('number'), 60.649884, 'km'],
  ['79 km²', q('number'), 79, 'km²'],
  ['79 sq km', q('number'), 79, 'km²'],
  ['The borough covers 79.3 square kilometres.', q('number'), 79.3, 'km²'],
  ['30.5 square miles', q('number'), 30.5, 'sq mi'],
  ['7,900 hectares', q('number'), 7900, 'ha'],
  ['c.150', q('number'), 150],
  ['c. 150', q('number'), 150],
  ['approx. 150', q('number'), 150],
  ['Approximately 150 systems', q('number'), 150],
  ['circa 150', q('number'), 150],
  ['around 150', q('number'), 150],
  ['In excess of 200', q('number'), 200],
  ['Mid-2019 estimate: 128,432', q('number'), 128432],
  ['The population in 2018 was 125,700 (ONS).', q('number'), 125700],
  ['125,700 residents', q('number', { unit: 'people' }), 125700, 'people'],
  ['None', q('number'), 0],
  ['Nil', q('number'), 0],
  ['0', q('number'), 0],
  ['There were none.', q('number'), 0],
  ['Two', q('number'), 2],
  ['We do not hold this information.', q('number'), null],
  ['Please see Q4 for the total: 37', q('number'), 37],
];

const MONEY: Case[] = [
  ['£64.2m', q('money'), 64200000, 'GBP'],
  ['17.18 Payroll Employees - £64.2m (Excludes Schools)', q('money'), 64200000, 'GBP'],
  ['£260k', q('money'), 260000, 'GBP'],
  ['£1.2bn', q('money'), 1200000000, 'GBP'],
  ['£1,234,567.89', q('money'), 1234567.89, 'GBP'],
  ['£ 3,400', q('money'), 3400, 'GBP'],
  ['64.2 million', q('money'), 64200000, 'GBP'],
  ['£64.2 million', q('money'), 64200000, 'GBP'],
  ['Total spend for 2017-18 was £312,450,000.', q('money'), 312450000, 'GBP'],
  ['£0.9m', q('money'), 900000, 'GBP'],
  ['£1.25bn', q('money'), 1250000000, 'GBP'],
  ['£12.5k', q('money'), 12500, 'GBP'],
  ['£2,500,000 (revenue) and £300,000 (capital)', q('money'), 2500000, 'GBP'],
  ['Nil', q('money'), 0, 'GBP'],
  ['Not held', q('money'), null],
];

const PERCENT: Case[] = [
  ['45%', q('percent'), 45, '%'],
  ['45 %', q('percent'), 45, '%'],
  ['45 per cent', q('percent'), 45, '%'],
  ['45 percent', q('percent'), 45, '%'],
  ['Approximately 32.5% of households', q('percent'), 32.5, '%'],
  ['Uptake in 2018 was 61%.', q('percent'), 61, '%'],
  ['0%', q('percent'), 0, '%'],
  ['N/A', q('percent'), null],
];

const YEARS: Case[] = [
  ['2001', q('year'), 2001],
  ['The system went live in March 2014.', q('year'), 2014],
  ['April 2016', q('year'), 2016],
  ['Go-live was 01/04/2012', q('year'), 2012],
  ['Since 2009/10', q('year'), 2009],
  ['It went live in stages between 2015 and 2017.', q('year'), 2015],
  ['Not known', q('year'), null],
];

const DURATIONS: Case[] = [
  ['18 months', q('duration'), 18, 'months'],
  ['two years', q('duration'), 2, 'years'],
  ['From June 2016 to March 2018.', q('duration'), 21, 'months'],
  ['Between Sept 2019 and Feb 2020', q('duration'), 5, 'months'],
  ['Two years', q('duration'), 2, 'years'],
  ['no more than a day', q('duration'), 1, 'days'],
  ['6 weeks', q('duration'), 6, 'weeks'],
  ['Approximately 9 months from contract award', q('duration'), 9, 'months'],
  ['twelve months', q('duration'), 12, 'months'],
  ['1 year', q('duration'), 1, 'years'],
  ['one and a half years', q('duration'), 1.5, 'years'],
  ['18-24 months', q('duration'), '18-24 months'], // a range is kept as written
  ['3 yrs', q('duration'), 3, 'years'],
  ['Ongoing', q('duration'), null],
];

const YES_NO: Case[] = [
  ['Yes', q('yes-no'), 'Yes'],
  ['yes.', q('yes-no'), 'Yes'],
  ['YES – via our website', q('yes-no'), 'Yes'],
  ['No', q('yes-no'), 'No'],
  ['No. The Authority is concentrating on other services.', q('yes-no'), 'No'],
  ['We do', q('yes-no'), 'Yes'],
  ['The Council does not have an online portal.', q('yes-no'), 'No'],
  ['The Council does not', q('yes-no'), 'No'],
  ['Not at present.', q('yes-no'), 'No'],
  ['Microsoft Dynamics', q('yes-no'), null],
];

const CHOICES: Case[] = [
  ['Properties', q('choice', { choices: ['Residents', 'Properties'] }), 'Properties'],
  ['residents', q('choice', { choices: ['Residents', 'Properties'] }), 'Residents'],
  ['Resident', q('choice', { choices: ['Residents', 'Properties'] }), 'Residents'],
  ['Mainly property-based.', q('choice', { choices: ['Residents', 'Properties'] }), 'Properties'],
  ['Both', q('choice', { choices: ['Residents', 'Properties'] }), null],
  ['Funding', q('multi-choice', { choices: 'crm-challenges' }), 'Funding'],
  ['Funding; Promoting usage', q('multi-choice', { choices: 'crm-challenges' }), 'Promoting Usage; Funding'],
  ['Integration with existing back-office applications\nTraining users to effectively use the solution', q('multi-choice', { choices: 'crm-challenges' }),
    'Training users to effectively use the solution; Integration with existing back-office applications'],
  ['Integration of different data sources into a single system, funding.', q('multi-choice', { choices: 'crm-challenges' }),
    'Integration of different data sources into a single system; Funding'],
  // The code list's "Other (please specify)" keeps what the council specified.
  ['Other: staff turnover', q('multi-choice', { choices: 'crm-challenges' }), 'Other - staff turnover'],
  ['Funding; Other (please specify) – a change of supplier. Nothing else applied.', q('multi-choice', { choices: 'crm-challenges' }), 'Funding; Other - a change of supplier'],
  ['Participation of different departments', q('multi-choice', { choices: 'crm-challenges' }), 'Participation of different departments within the authority'],
];

const INFERRED: Case[] = [
  ['Yes', undefined, 'Yes'],
  ['No – we do not', undefined, 'No'],
  ['£64.2m', undefined, 64200000, 'GBP'],
  ['45%', undefined, 45, '%'],
  ['9,032.4204ha', undefined, 9032.4204, 'ha'],
  ['128 432', undefined, 128432],
  ['Halton Example Council', undefined, 'Halton Example Council'],
  ['[1]https://www3.example.gov.uk/Pages/council', undefined, '[1]https://www3.example.gov.uk/Pages/council'],
  ['Exempt under section 43(2).', undefined, 'Exempt under section 43(2).'],
];

const TEXT: Case[] = [
  ['Ashcombe District Council', q('text'), 'Ashcombe District Council'],
  // (Short lines of their own, none ending a sentence: a list, read whole.)
  ['  Waste, Planning, Licensing\nHousing\nLibraries', q('text'), 'Waste, Planning, Licensing; Housing; Libraries'],
  ['Waste and recycling, council tax, environ-\nmental health and\nlicensing.', q('text'), 'Waste and recycling, council tax, environmental health and licensing.'],
  ['> Bin collections, council tax,\n> planning and parking', q('text'), 'Bin collections, council tax, planning and parking'],
  ['Org structure', q('text'), 'Org structure'],
  ['The full name is Kelvingate Metropolitan Borough Council. It was formed in 1974.', q('text'), 'Kelvingate Metropolitan Borough Council'],
  ['The full official name of the Authority is Marrowby City Council.', q('text'), 'Marrowby City Council'],
];

const MORE: Case[] = [
  ['Population: 128.4k', q('number'), 128400],
  ['0.5 million', q('number'), 500000],
  ['Two hundred', q('number'), 200],
  ['Over 300', q('number'), 300],
  ['30-40%', q('percent'), 30],
  ['less than 1%', q('percent'), 1],
  ['Circa 25 percent', q('percent'), 25],
  ['1.2 million pounds', q('money'), 1200000],
  ['GBP 64.2m', q('money'), 64200000],
  ['£64.2M', q('money'), 64200000],
  ['£1.2 billion', q('money'), 1200000000],
  ['£64,200,000.00', q('money'), 64200000],
  ['Went live 2014/15', q('year'), 2014],
  ['The CRM went live on 1st April 2016', q('year'), 2016],
  ['circa 2010', q('year'), 2010],
  ['a year', q('duration'), 1],
  ['within a month', q('duration'), 1],
  ['eighteen months', q('duration'), 18],
  ['1.5 years', q('duration'), 1.5],
  ['Y', q('yes-no'), 'Yes'],
  ['The Council does use a CRM', q('yes-no'), 'Yes'],
  ['Ashcombe Borough Council uses Lagan CRM', q('yes-no'), 'Yes'],
  ['Not currently', q('yes-no'), 'No'],
  ['There is no online portal', q('yes-no'), 'No'],
  ['None', q('yes-no'), 'No'],
  ['Property', q('choice', { choices: ['Residents','Properties'] }), 'Properties'],
  ['Resident-centric', q('choice', { choices: ['Residents','Properties'] }), 'Residents'],
  ['People', q('choice', { choices: ['Residents','Properties'] }), 'Residents'],
  ['Lack of funding', q('multi-choice', { choices: 'crm-challenges' }), 'Funding'],
  ['Budget constraints', q('multi-choice', { choices: 'crm-challenges' }), 'Funding'],
  ['User adoption', q('multi-choice', { choices: 'crm-challenges' }), 'Promoting Usage'],
  ['Integrating the CRM with existing back office applications; training', q('multi-choice', { choices: 'crm-challenges' }), 'Training users to effectively use the solution; Integration with existing back-office applications'],
  ['Data integration from multiple sources', q('multi-choice', { choices: 'crm-challenges' }), 'Integration of different data sources into a single system'],
];

function check(cases: readonly Case[]): void {
  for (const [text, question, value, unit] of cases) {
    const got = parseValue(text, question, CODES);
    assert.deepEqual(got.value, value, `${JSON.stringify(text)} (${question?.type ?? 'inferred'}) → ${JSON.stringify(got)}`);
    if (unit !== undefined) assert.equal(got.unit, unit, `unit of ${JSON.stringify(text)}`);
    if (value === null) assert.ok(got.confidence <= 0.3, `null value of ${JSON.stringify(text)} has low confidence`);
    else assert.ok(got.confidence >= 0.4, `confidence of ${JSON.stringify(text)}: ${got.confidence}`);
  }
}

describe('parseValue', () => {
  it('reads numbers with any thousands separator and units of area', () => check(NUMBERS));
  it('reads money, expanding m, k and bn into GBP', () => check(MONEY));
  it('reads percentages', () => check(PERCENT));
  it('reads years', () => check(YEARS));
  it('reads durations, with word numbers', () => check(DURATIONS));
  it('reads Yes/No, only when clear', () => check(YES_NO));
  it('matches choices and code lists, tolerant of case, plurals and punctuation', () => check(CHOICES));
  it('infers the type when the question is unknown', () => check(INFERRED));
  it('reads everyday variants: word numbers, ranges, synonyms, word forms', () => check(MORE));
  it('reads text as the first line or sentence, at most 200 characters', () => {
    check(TEXT);
    const long = parseValue('x'.repeat(500), q('text'));
    assert.ok(typeof long.value === 'string' && long.value.length <= 200);
  });

  it('has no floating-point noise when expanding multipliers', () => {
    for (const [t, v] of [['£0.1m', 100000], ['£1.15m', 1150000], ['£2.3bn', 2300000000], ['£0.07k', 70]] as const) {
      assert.equal(parseValue(t, q('money')).value, v, t);
    }
  });

  it('never throws on any string, whatever the question type', () => {
    const types = fc.constantFrom<QuestionType | undefined>(undefined, 'text', 'number', 'money', 'percent', 'year', 'duration', 'yes-no', 'choice', 'multi-choice');
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }),
      fc.array(fc.constantFrom('£', '1', ',', '000', '.', 'm', ' ', '\u00a0', 'k', 'bn', '%', 'Yes', 'years', 'two', 'Funding', '\n'), { maxLength: 20 }).map((xs) => xs.join('')));
    fc.assert(fc.property(text, types, (t, type) => {
      const v = parseValue(t, type ? q(type, { choices: type.includes('choice') ? 'crm-challenges' : undefined }) : undefined, CODES);
      assert.ok(v.value === null || typeof v.value === 'string' || Number.isFinite(v.value));
      assert.ok(v.confidence >= 0 && v.confidence <= 1);
    }), { numRuns: 1500 });
  });

  it('reads a 1 MB string in linear time (8× the text, at most 24× the time)', () => {
    const piece = '1,2 £3m yes 45% two years ';
    const all = (text: string) => {
      for (const type of ['number', 'money', 'percent', 'year', 'duration', 'yes-no', 'text'] as const) parseValue(text, q(type));
    };
    assertLinear('values: 7 types', piece.repeat(5000), piece.repeat(40000), all, { factor: 8 });
  });
});
