// Council detection at the edges of its rules: which part of a very long reply is read, lines
// of 400 characters, "… Borough of …" lines with odd spacing, a salutation or From: that is not
// at the start of its line, headings about "the Council", and a letterhead split over two lines.
import { strict as assert } from 'node:assert';
import { detectCouncil } from '../../src/core/council';

const padTo = (s: string, n: number): string => s + 'x'.repeat(n - s.length);

describe('core: council detection at the edges of its rules', () => {
  it('reads only the first and last 200,000 characters of a reply over 400,000: a name in the middle is not seen', () => {
    const middle = `${'a\n'.repeat(125_000)}Dear Ashcombe Borough Council,\n${'b\n'.repeat(125_000)}`;
    assert.ok(middle.length > 400_000);
    assert.equal(detectCouncil(middle), null);
  });

  it('reads a salutation line of 399 characters, not one of 400', () => {
    assert.equal(detectCouncil(padTo('Dear Ashcombe Borough Council, ', 399)), 'Ashcombe Borough Council');
    assert.equal(detectCouncil(padTo('Dear Ashcombe Borough Council, ', 400)), null);
    assert.equal(detectCouncil(padTo('Dear London Borough of Lowerby, ', 399)), 'London Borough of Lowerby');
    assert.equal(detectCouncil(padTo('Dear London Borough of Lowerby, ', 400)), null);
  });

  it('reads "Royal Borough of Saltby Council" as the borough, with a doubled space or a tab around "of"', () => {
    assert.equal(detectCouncil('Dear Royal Borough of Saltby Council,\n'), 'Royal Borough of Saltby');
    assert.equal(detectCouncil('Dear Royal Borough  of Saltby Council,\n'), 'Royal Borough of Saltby');
    assert.equal(detectCouncil('Dear Royal Borough of\tSaltby Council,\n'), 'Royal Borough of Saltby');
  });

  it('adds "Council" back only to a "City of …" name, not to a "Borough of …" one', () => {
    assert.equal(detectCouncil('Borough of Lanthorn Council\n'), 'Borough of Lanthorn');
  });

  it('weighs "Dear" only at the start of a line, and "From:" only at the start of a line, for "… of …" names too', () => {
    assert.equal(detectCouncil('My dear Ashcombe Borough Council, hello\n'), null);
    assert.equal(detectCouncil('My dear London Borough of Lowerby, hello\n'), null);
    assert.equal(detectCouncil('Copied from: Royal Borough of Saltby <a@b.example>\n'), null);
  });

  it('does not take a heading about "the Borough Council" for a name', () => {
    assert.equal(detectCouncil('Contact the Borough Council\nContact the Borough Council\n'), null);
  });

  it('joins a letterhead in capitals of two words split over two lines (single spaces)', () => {
    assert.equal(detectCouncil('NORTH GORSEMOOR\nDISTRICT COUNCIL\n'), 'North Gorsemoor District Council');
  });
});
