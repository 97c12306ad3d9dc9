// Layouts and wordings found by scoring the engine on replies it had never seen (session 40), each
// fixed with a general rule. The requests and letters here are written for fictional bodies; no real
// text is copied.
import { strict as assert } from 'node:assert';
import { parseValue } from '../../src/core/values';
import { answersOf, fromRequest } from '../support/engine';

describe('questions that count occasions or name their unit in brackets', () => {
  const q = fromRequest(
    [
      '1) How often have mobile speed cameras been deployed on the bypass in each of the last three years?',
      '2) How often is the speed camera register reviewed?',
      '3) Average length of stay in the unit (days) for patients discharged in each year',
      '4) Average length of stay in the unit for patients discharged in each year',
    ].join('\n'),
  );

  it('reads "How often have … been …" as a count of occasions, and "How often is …" as no count', () => {
    assert.equal(q.byId.get('Q1')!.type, 'number');
    assert.notEqual(q.byId.get('Q2')!.type, 'number');
  });

  it('takes the unit of a length of time from the question\'s brackets ("(days)")', () => {
    assert.equal(q.byId.get('Q3')!.type, 'duration');
    assert.equal(q.byId.get('Q3')!.unit, 'days');
    assert.equal(q.byId.get('Q4')!.unit, undefined);
  });

  it('reads bare figures as lengths in the unit the question names, offered, not when it names none', () => {
    const named = parseValue('Ward A 41, Ward B 37', q.byId.get('Q3')!);
    assert.equal(named.value, 41);
    assert.equal(named.unit, 'days');
    assert.ok(named.confidence <= 0.6);
    assert.equal(parseValue('Ward A 41, Ward B 37', q.byId.get('Q4')!).value, null);
  });
});

describe('a table of a row per year flattened onto one line', () => {
  const q = fromRequest(
    [
      '1. Number of patients discharged from each ward in each year',
      '2. Number of patients discharged from each ward in 2022',
    ].join('\n'),
  );
  const flat = 'Ashby Birch Cedar 2020 12 30 18 2021 15 28 22 2022 19 33 25 2023 21 35 24';

  it('reads the latest year\'s first cell, offered as one of several', () => {
    const r = parseValue(flat, q.byId.get('Q1')!);
    assert.equal(r.value, 21);
    assert.equal(r.several, true);
  });

  it('reads the row of the year the question names', () => {
    assert.equal(parseValue(flat, q.byId.get('Q2')!).value, 19);
  });

  it('reads the latest year of rows written newest first', () => {
    assert.equal(parseValue('Ashby Birch Cedar 2023 21 35 24 2022 19 33 25 2021 15 28 22', q.byId.get('Q1')!).value, 21);
  });

  it('needs three rows of one width with the years in sequence', () => {
    // Years two apart; years going up then down; a word between rows: no table read.
    assert.notEqual(parseValue('2021 12 30 2022 15 28 2021 19 33 2022 21 35', q.byId.get('Q1')!).value, 15);
    assert.notEqual(parseValue('2017 12 30 2019 15 28 2021 19 33 2023 21 35', q.byId.get('Q1')!).value, 21);
    assert.notEqual(parseValue('Ashby 2020 12 30 2021 15 28 and 2022 19 33 2023 21 35', q.byId.get('Q1')!).value, 21);
    // Two rows only; a year out of sequence; rows of different widths: none is a table.
    assert.notEqual(parseValue('Ashby Birch 2022 19 33 2023 21 35', q.byId.get('Q1')!).value, 21);
    assert.notEqual(parseValue('2020 12 30 2023 15 28 2021 19 33 2022 21 35', q.byId.get('Q1')!).value, 21);
    assert.notEqual(parseValue('2020 12 30 2021 15 2022 19 33 2023 21 35', q.byId.get('Q1')!).value, 21);
  });

  it('codes each question of a letter whose tables were flattened by its latest year', () => {
    const reply = [
      'Dear Requester,',
      '',
      '1. Number of patients discharged from each ward in each year Ashby Birch Cedar 2020 12 30 18 2021 15 28 22 2022 19 33 25 2023 21 35 24',
      '',
      'Yours sincerely,',
    ].join('\n');
    const a = answersOf(reply, q).get('Q1')!;
    assert.equal(a.status, 'answered');
    assert.equal(a.value, 21);
  });
});
