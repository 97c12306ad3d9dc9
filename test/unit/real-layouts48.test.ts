// Layouts and wordings found by scoring the engine on replies it had never seen (session 48), each
// fixed with a general rule. The letters here are written for fictional bodies; no real text is
// copied.
import { strict as assert } from 'node:assert';
import { answersOf, fromRequest, reading } from '../support/engine';

describe('a name given first, then another part of the answer withheld', () => {
  const request = [
    'Dear Ellerby District Council,',
    '',
    'Please provide the following information:',
    '',
    '1. How many market pitches does the council licence?',
    '2. Please provide the name and job title of the officer who manages the markets team.',
    '3. Which company holds the contract to clean the market hall, and when does that contract end?',
    '4. Which company supplies the pitch booking system, and what did the council pay for it in 2024/25?',
    '',
    'Yours faithfully,',
    'Dana Whitlow',
  ].join('\n');
  const reply = (a2: string, a3: string, a4: string): string => [
    'Our reference: FOI-4471',
    '',
    '1. How many market pitches does the council licence?',
    'Response: 64',
    '',
    '2. Please provide the name and job title of the officer who manages the markets team.',
    `Response: ${a2}`,
    '',
    '3. Which company holds the contract to clean the market hall, and when does that contract end?',
    `Response: ${a3}`,
    '',
    '4. Which company supplies the pitch booking system, and what did the council pay for it in 2024/25?',
    `Response: ${a4}`,
    '',
    'Yours sincerely,',
    'Information Governance Team',
  ].join('\n');
  const q = fromRequest(request);

  it('reads a job title in capitals, then a name withheld under section 40, as partial with the title', () => {
    const got = answersOf(reply('Markets and Events Manager. We do not release the names of officers below Head of Service, as they are personal data exempt under section 40(2).', 'Brightwell Facility Services Ltd', 'Stallbook Systems Ltd'), q);
    assert.equal(got.get('Q2')?.status, 'partial');
    assert.equal(got.get('Q2')?.exemption, 's40');
    assert.match(String(got.get('Q2')?.value), /^Markets and Events Manager\.?$/);
  });

  it('reads a company on its own line, then the contract end date withheld under section 43, as partial with the company', () => {
    const got = answersOf(reply('Markets and Events Manager', 'Brightwell Facility Services Ltd\nThe end date of the contract is withheld under section 43(2) of the Act, as it is commercially sensitive.', 'Stallbook Systems Ltd'), q);
    assert.deepEqual(reading(got, 'Q3').slice(0, 2), ['partial', 'Brightwell Facility Services Ltd']);
    assert.equal(got.get('Q3')?.exemption, 's43');
  });

  it('reads "The name of the officer is withheld" after a sentence naming the role as partial', () => {
    const got = answersOf(reply('The markets team is managed by the Markets and Events Manager. The name of the officer is withheld under section 40(2) of the Act.', 'Brightwell Facility Services Ltd', 'Stallbook Systems Ltd'), q);
    assert.equal(got.get('Q2')?.status, 'partial');
  });

  it('keeps a refusal whose first words in capitals are its own reason, not a name', () => {
    for (const lead of ['Commercial Interests.', 'Personal Information.', 'Not Held.']) {
      const got = answersOf(reply('Markets and Events Manager', 'Brightwell Facility Services Ltd', `${lead} The supplier and the sum paid are withheld under section 43(2) of the Act.`), q);
      assert.notEqual(got.get('Q4')?.status, 'partial', lead);
    }
  });
});
