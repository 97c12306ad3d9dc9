// Which council a reply comes from, as a coder would read it: the salutation, the letterhead, a
// From: line, and "Borough of …" names; and no guess when the reply does not clearly say.
import { strict as assert } from 'node:assert';
import { detectCouncil } from '../../src/core/council';

describe('core: council detection', () => {
  it('reads the council from the salutation, a letterhead line of its own, or a From: line', () => {
    assert.equal(detectCouncil('Dear Ashcombe Borough Council,\n\nPlease tell me.'), 'Ashcombe Borough Council');
    assert.equal(detectCouncil('> Dear Ashcombe Borough Council,\n'), 'Ashcombe Borough Council', 'in a quoted request too');
    assert.equal(detectCouncil('Ashcombe Council\n'), 'Ashcombe Council');
    assert.equal(detectCouncil('From: Ashcombe Borough Council <foi@ashcombe.example>\n'), 'Ashcombe Borough Council');
    assert.equal(detectCouncil('Dear Newcastle upon Tyne City Council,\n'), 'Newcastle upon Tyne City Council');
    assert.equal(detectCouncil('Dear Stratford-on-Avon District Council\n'), 'Stratford-on-Avon District Council');
  });

  it('writes a letterhead in capitals in title case, with small joining words', () => {
    assert.equal(detectCouncil('ASHCOMBE BOROUGH COUNCIL\n\nYour request'), 'Ashcombe Borough Council');
    assert.equal(detectCouncil('NEWCASTLE UPON TYNE CITY COUNCIL\n'), 'Newcastle upon Tyne City Council');
    assert.equal(detectCouncil('ROYAL BOROUGH OF SALTBY\n'), 'Royal Borough of Saltby');
  });

  it('reads a place of several words joined by "and" or "on" after "Borough of" / "City of"', () => {
    assert.equal(detectCouncil('City of Stoke on Trent\n'), 'City of Stoke on Trent');
    assert.equal(detectCouncil('ROYAL BOROUGH OF WINDLE AND MARSH\n'), 'Royal Borough of Windle and Marsh');
    assert.equal(detectCouncil('Borough of Lanthorn and Saltby\n\nReply'), 'Borough of Lanthorn and Saltby');
    // A capitalised common word is still no place.
    assert.equal(detectCouncil('Borough of Information\n'), null);
    assert.equal(detectCouncil('City of The Arts\n'), null);
  });

  it('reads "Royal Borough of …", "London Borough of …" and "Borough of …" names', () => {
    assert.equal(detectCouncil('Royal Borough of Saltby\n\nReply'), 'Royal Borough of Saltby');
    assert.equal(detectCouncil('Dear London Borough of Lowerby,\n'), 'London Borough of Lowerby');
    assert.equal(detectCouncil('Borough of Lanthorn\n'), 'Borough of Lanthorn');
  });

  it('does not guess from a name mentioned once in a sentence, a form heading, or no name at all', () => {
    assert.equal(detectCouncil('Thanks to Ashcombe Borough Council for this.\n'), null);
    assert.equal(detectCouncil('Thanks to Ashcombe Borough Council for this.\nAshcombe Borough Council\n'), 'Ashcombe Borough Council', 'with its letterhead it is clear');
    assert.equal(detectCouncil('Dear The Council,\n'), null);
    assert.equal(detectCouncil('Dear Council\n'), null);
    assert.equal(detectCouncil('Dear Question Response Council,\n'), null);
    assert.equal(detectCouncil('County of Response\n'), null);
    assert.equal(detectCouncil('the council of the county\n'), null);
    assert.equal(detectCouncil(''), null);
  });

  it('chooses only a name clearly ahead of the others (one and a half times the next)', () => {
    assert.equal(detectCouncil('Dear Ashcombe Borough Council,\nDear Birchley District Council,\n'), null, 'a tie');
    assert.equal(detectCouncil('Dear Ashcombe Borough Council,\nDear Birchley District Council,\nBirchley District Council\n'), 'Birchley District Council', '7 against 4');
    const twoThree = 'Dear Ashcombe Borough Council,\nDear Ashcombe Borough Council,\nDear Birchley District Council,\nDear Birchley District Council,\nDear Birchley District Council,\n';
    assert.equal(detectCouncil(twoThree), 'Birchley District Council', '12 against 8: exactly one and a half times');
    const close = 'Dear Ashcombe Borough Council,\nDear Ashcombe Borough Council,\nDear Ashcombe Borough Council,\nDear Birchley District Council,\nDear Birchley District Council,\nDear Birchley District Council,\nDear Birchley District Council,\n';
    assert.equal(detectCouncil(close), null, '16 against 12 is not clear');
  });

  it('looks at the start and the end of a very long reply', () => {
    assert.equal(detectCouncil(`${'x'.repeat(500_000)}\nDear Ashcombe Borough Council,\n`), 'Ashcombe Borough Council');
    assert.equal(detectCouncil(`Dear Ashcombe Borough Council,\n${'x'.repeat(500_000)}`), 'Ashcombe Borough Council');
  });
});

describe('core: council detection — layouts and weights', () => {
  it('reads a letterhead on any line, with trailing punctuation or a dash after it', () => {
    assert.equal(detectCouncil('Our ref 12\nAshcombe Borough Council\n'), 'Ashcombe Borough Council');
    assert.equal(detectCouncil('Ashcombe Borough Council.\n'), 'Ashcombe Borough Council');
    assert.equal(detectCouncil('Ashcombe Borough Council –\n'), 'Ashcombe Borough Council');
  });

  it('joins a letterhead in capitals split over two lines, even with trailing spaces', () => {
    assert.equal(detectCouncil('GORSEMOOR\nDISTRICT COUNCIL\n'), 'Gorsemoor District Council');
    assert.equal(detectCouncil('GORSEMOOR\nDISTRICT COUNCIL  \n'), 'Gorsemoor District Council');
    assert.equal(detectCouncil('GORSEMOOR\nCOUNCIL\n'), 'Gorsemoor Council');
    assert.equal(detectCouncil('NORTH  GORSEMOOR\nDISTRICT  COUNCIL\n'), 'North Gorsemoor District Council', 'spaces collapsed');
    assert.equal(detectCouncil('Gorsemoor\nDISTRICT COUNCIL\n'), null, 'a place in lower case above is not a letterhead');
    assert.equal(detectCouncil('ASHCOMBE\nDear Birchley Council,\n'), 'Birchley Council', 'a heading is not joined to a salutation');
  });

  it('keeps a name as written when it is not all capitals, with single spaces', () => {
    assert.equal(detectCouncil('Dear Ashcombe-le-Willows District Council,\n'), 'Ashcombe-le-Willows District Council');
    assert.equal(detectCouncil('Borough of Ashcombe-le-Willows\n'), 'Borough of Ashcombe-le-Willows');
    assert.equal(detectCouncil('Dear Ashcombe  Borough Council,\n'), 'Ashcombe Borough Council');
    assert.equal(detectCouncil('Dear Ashcombe\tBorough Council,\n'), 'Ashcombe Borough Council');
    assert.equal(detectCouncil('Dear County Durham Council,\n'), 'County Durham Council', 'a type word first, then the place');
    assert.equal(detectCouncil('F.O.I. Ashcombe Borough Council\n'), 'Ashcombe Borough Council', 'leading "FOI" is not part of the name');
  });

  it('counts a From: line (also "From :") twice a mention, and a "from:" inside a line once', () => {
    assert.equal(detectCouncil('From : Ashcombe Borough Council <a@b.example>\n'), 'Ashcombe Borough Council');
    assert.equal(detectCouncil('Copied from: Ashcombe Borough Council <a@b.example>\n'), null);
    assert.equal(detectCouncil('From: Royal Borough of Saltby <foi@x.example>\n'), 'Royal Borough of Saltby');
    assert.equal(detectCouncil('Thanks to the Royal Borough of Saltby for this.\n'), null, 'one mention in a sentence');
  });

  it('weighs a salutation (4) above a letterhead (3) above a From: line (2) above a mention (1)', () => {
    // 8 against 5: the salutations win; at 3 each they would be 6 against 5, too close.
    const dear = 'Dear Ashcombe Borough Council,\nDear Ashcombe Borough Council,\nBirchley District Council\nFrom: Birchley District Council <x@y.example>\n';
    assert.equal(detectCouncil(dear), 'Ashcombe Borough Council');
    const dearOf = 'Dear London Borough of Lowerby,\nDear London Borough of Lowerby,\nBirchley District Council\nFrom: Birchley District Council <x@y.example>\n';
    assert.equal(detectCouncil(dearOf), 'London Borough of Lowerby');
  });

  it('compares the leader with the runner-up, whatever the order the names appear in', () => {
    assert.equal(detectCouncil('Dear Ashcombe Borough Council,\nAshcombe Borough Council\nThanks to Birchley District Council.\n'), 'Ashcombe Borough Council', '7 against 1');
    // 7 against 5 (and 1): not clear.
    assert.equal(detectCouncil('Dear Ashcombe Borough Council,\nAshcombe Borough Council\nDear Birchley District Council,\nThanks to Birchley District Council.\nThanks to Corrin Town Council.\n'), null);
  });

  it('lets a salutation without a place take no share of the scores', () => {
    assert.equal(detectCouncil('Dear Council,\nAshcombe Borough Council\n'), 'Ashcombe Borough Council');
  });

  it('does not take a form word as part of a "County of …" place', () => {
    assert.equal(detectCouncil('County of Ashcombe Response\n'), null);
  });

  it('reads "Dear City of …" without adding "Council", collapses doubled spaces, and reads "From :" and a dash after an "… of …" name', () => {
    assert.equal(detectCouncil('Dear City of Tarrow,\n'), 'City of Tarrow');
    assert.equal(detectCouncil('Royal  Borough of Saltby\n'), 'Royal Borough of Saltby');
    assert.equal(detectCouncil('Royal Borough of Saltby –\n'), 'Royal Borough of Saltby');
    assert.equal(detectCouncil('From : Royal Borough of Saltby <foi@x.example>\n'), 'Royal Borough of Saltby');
  });
});
