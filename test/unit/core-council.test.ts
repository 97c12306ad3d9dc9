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
