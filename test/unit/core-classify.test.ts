// The classifier as the coder sees it in a suggestion: the status, the confidence shown next to
// it, the reason in words, the exemption of a refusal and the id a cross-reference points at.
// Each table row is one path through the classifier, asserted whole (status, confidence, reason,
// exemption, cross-reference), so a changed confidence or a reworded reason shows up here.
import { strict as assert } from 'node:assert';
import { classifyAnswer, isBoilerplate, maskNoise, normalise, splitBlocks } from '../../src/core/classify';
import type { Classification } from '../../src/core/classify';
import type { Question } from '../../src/core/types';

type Row = [text: string, expected: Classification];
const c = (status: Classification['status'], confidence: number, reason: string, extra: Partial<Classification> = {}): Classification => ({ status, confidence, reason, ...extra });

function rows(list: readonly Row[], question?: Question): void {
  for (const [text, expected] of list) assert.deepEqual(classifyAnswer(text, question), expected, JSON.stringify(text));
}

const YES_NO: Question = { id: 'Q1', type: 'yes-no', order: 0 };

describe('core: classifier — status, confidence and reason of each kind of answer', () => {
  it('leaves an empty, boilerplate-only or wordless answer unclear, each with its own reason', () => {
    rows([
      ['', c('unclear', 0.1, 'empty answer')],
      ['  \n  ', c('unclear', 0.1, 'empty answer')],
      ['Page 2 of 5', c('unclear', 0.2, 'only boilerplate')],
      ['...', c('unclear', 0.15, 'no words')],
    ]);
  });

  it('reads an answer that opens with N/A or "not applicable" as not applicable at 0.95, whatever follows', () => {
    rows([
      ['N/A', c('not-applicable', 0.95, '"N/A"')],
      ['n/a - see Q11', c('not-applicable', 0.95, '"N/A"')],
      ['Not applicable to this council as we do not run a service.', c('not-applicable', 0.95, '"N/A"')],
    ]);
  });

  it('reads "not applicable" later in the answer, or "this question does not apply", at 0.85', () => {
    rows([
      ['We do not run the service, so the question is not applicable to us here.', c('not-applicable', 0.85, '"not applicable"')],
      ['This question does not apply to us as a district council with no social care.', c('not-applicable', 0.85, '"not applicable"')],
    ]);
  });

  it('does not signpost "please see our answer/response …" (a pointer inside the reply), but does "please see our website"', () => {
    const NUMBER: Question = { id: 'Q5', type: 'number', order: 0 };
    assert.notEqual(classifyAnswer('Q4 covers this. Please see our answer there.', NUMBER).status, 'signposted');
    assert.deepEqual(classifyAnswer('Please see the response above.', NUMBER), c('answered', 0.3, 'refers to the previous answer', { crossRef: 'previous' }));
    assert.equal(classifyAnswer('Please see our website: https://x.example/parks', NUMBER).status, 'signposted');
    assert.equal(classifyAnswer('Please see the published report on our website.', NUMBER).status, 'signposted');
  });

  it('signposts an answer that opens by pointing at an attachment at 0.85, and one that mentions it later at 0.75', () => {
    rows([
      ['See attached – Phase 1 closure report 2019', c('signposted', 0.85, 'points to an attachment')],
      ['Please find attached the spreadsheet.', c('signposted', 0.85, 'points to an attachment')],
      ['Please find the list in the attached spreadsheet.', c('signposted', 0.75, 'points to an attachment')],
    ]);
  });

  it('marks a bare cross-reference answered at 0.3 with the id it points at, or "previous"', () => {
    rows([
      ['See 4a) above.', c('answered', 0.3, 'refers to Q4a', { crossRef: 'Q4a' })],
      ['As above', c('answered', 0.3, 'refers to the previous answer', { crossRef: 'previous' })],
      ['See above', c('answered', 0.3, 'refers to the previous answer', { crossRef: 'previous' })],
      ['The answer to this is covered in question 4.', c('answered', 0.3, 'refers to Q4', { crossRef: 'Q4' })],
      // Longer than a bare reference, but a reference with nothing else to read.
      ['Our answer to question 6 covers this matter for all housing and planning related services provided by the council.', c('answered', 0.3, 'refers to Q6', { crossRef: 'Q6' })],
    ]);
  });

  it('does not read a figure after "see" as a question id', () => {
    rows([['see 4,000', c('answered', 0.9, 'a figure')]]);
  });

  it('reads Yes/No at 0.92, None at 0.9 and a figure at 0.9', () => {
    rows([
      ['Yes', c('answered', 0.92, '"Yes"')],
      ['No', c('answered', 0.92, '"No"')],
      ['None', c('answered', 0.9, 'none')],
      ['42', c('answered', 0.9, 'a figure')],
      ['The council has 12 systems', c('answered', 0.9, 'a figure')],
    ]);
  });

  it('reads other text as answered: 0.8 up to 200 characters, 0.7 beyond', () => {
    rows([
      ['Ashcombe District Council', c('answered', 0.8, 'text')],
      ['x'.repeat(200), c('answered', 0.8, 'text')],
      ['x'.repeat(201), c('answered', 0.7, 'text')],
    ]);
  });

  it('reads not held at 0.95 when every clause says so, 0.9 when another clause says something else', () => {
    rows([
      ['We do not hold this information.', c('not-held', 0.95, 'not held')],
      ['There is no central record.', c('not-held', 0.95, 'not held')],
      ['Not known', c('not-held', 0.95, 'not held')],
      ['We do not hold this information. The service started recently.', c('not-held', 0.9, 'not held')],
      // Regulation 12(4)(a) of the EIR is the not-held exception.
      ['The Environmental Information Regulations regulation 12(4)(a) applies.', c('not-held', 0.95, 'not held')],
    ]);
  });

  it('reads "Unknown" standing alone as probably not held, at 0.6', () => {
    rows([['Unknown', c('not-held', 0.6, '"not known"')]]);
  });

  it('reads a figure or a Yes with a part not held as partial at 0.7', () => {
    rows([
      ['Payroll £2.3m. Contractors: we do not hold this information.', c('partial', 0.7, 'value given and part not held')],
      ['45 complaints. We do not record the outcome.', c('partial', 0.7, 'value given and part not held')],
      ['We hold no data on this, although in 2019 there were 45 complaints.', c('partial', 0.7, 'value given and part not held')],
      ['Yes. We do not hold a breakdown by ward.', c('partial', 0.7, 'value given and part not held')],
    ]);
  });

  it('keeps Yes/No with a not-held remark answered at 0.6 on a yes-no question, partial or not held otherwise', () => {
    rows([['No – we do not hold any records of such a project.', c('answered', 0.6, '"No" (with a not-held remark)')]], YES_NO);
    rows([['Yes. We do not hold a breakdown by ward.', c('answered', 0.6, '"Yes" (with a not-held remark)')]], YES_NO);
    rows([['No – we do not hold any records of such a project.', c('not-held', 0.95, 'not held')]]);
  });

  it('reads a refusal citing a section at 0.92, naming the citation and the exemption', () => {
    rows([
      ['Exempt under section 40(2).', c('refused', 0.92, '"section 40(2)" → s40', { exemption: 's40' })],
      ['Section 40(2) – personal information', c('refused', 0.92, '"section 40(2)" → s40', { exemption: 's40' })],
      ['This would take more than 18 hours.', c('refused', 0.92, '"18 hours" → s12', { exemption: 's12' })],
      ['Provided in confidence by a partner.', c('refused', 0.92, '"provided in confidence" → s41', { exemption: 's41' })],
      ['Exempt under regulation 12(5)(e) as disclosure would adversely affect confidentiality of commercial information.', c('refused', 0.92, '"regulation 12(5)(e)" → s43', { exemption: 's43' })],
    ]);
  });

  it('reads a refusal by a weak cue alone (personal data, framed by refusal words) at 0.78', () => {
    rows([
      ['The names are withheld: they are personal data.', c('refused', 0.78, '"personal data" → s40', { exemption: 's40' })],
      // Without refusal words nearby, "personal data" is only words.
      ['Personal data.', c('answered', 0.8, 'text')],
    ]);
  });

  it('reads a refusal under two exemptions at 0.7, naming the heavier, or on a tie the one named first', () => {
    rows([
      ['Withheld. Disclosure would be commercially sensitive and would also reveal personal data.', c('refused', 0.7, '"commercially sensitive" → s43', { exemption: 's43' })],
      ['Commercially sensitive; law enforcement.', c('refused', 0.7, '"commercially sensitive" → s43', { exemption: 's43' })],
      ['Law enforcement; commercially sensitive.', c('refused', 0.7, '"law enforcement" → s31', { exemption: 's31' })],
      ['It is commercially sensitive and it is subject to law enforcement and it is also a matter of law enforcement.', c('refused', 0.7, '"law enforcement" → s31', { exemption: 's31' })],
    ]);
  });

  it('reads a figure or a Yes given beside a refusal as partial at 0.65; a No beside it stays a refusal', () => {
    rows([
      ['Staff payroll was £18,200,000. Details of contractor spend are withheld under section 43(2).', c('partial', 0.65, 'value given; "section 43(2)" → s43', { exemption: 's43' })],
      ['Yes. Withheld under section 40(2).', c('partial', 0.65, 'value given; "section 40(2)" → s40', { exemption: 's40' })],
      ['Withheld under section 43(2) as it is commercially sensitive. We can confirm the total is £4,000.', c('partial', 0.65, 'value given; "section 43(2)" → s43', { exemption: 's43' })],
      ['No. Withheld under section 40(2).', c('refused', 0.92, '"section 40(2)" → s40', { exemption: 's40' })],
    ]);
  });

  it('does not count figures after a refusal as given unless the clause says they are released', () => {
    rows([
      ['Withheld under section 43(2) as it is commercially sensitive. The contract ends in 2026.', c('refused', 0.92, '"section 43(2)" → s43', { exemption: 's43' })],
      ['It is withheld under section 40(2). 5 staff are involved.', c('refused', 0.92, '"section 40(2)" → s40', { exemption: 's40' })],
      ['This would take more than 18 hours; and 5 complaints were found.', c('refused', 0.92, '"18 hours" → s12', { exemption: 's12' })],
    ]);
  });

  it('does not count the workings of a cost-limit refusal as a value', () => {
    rows([
      ['The cost of compliance would exceed the limit: it would take 5 minutes per record for 4,000 records.', c('refused', 0.92, '"exceed the cost" → s12', { exemption: 's12' })],
    ]);
  });

  it('keeps a refusal of the whole request refused even with a Yes or a figure in it', () => {
    rows([
      ['Yes, although this is withheld under section 43(2). We are not obliged to comply with your request.', c('refused', 0.92, '"section 43(2)" → s43', { exemption: 's43' })],
      ['We estimate 40 hours of work; the appropriate limit is exceeded, so we are not obliged to comply with your request. We received 312 complaints.', c('refused', 0.92, '"appropriate limit" → s12', { exemption: 's12' })],
    ]);
  });

  it('reads "not held; even if it were, it would be …" as not held at 0.6, unless the answer says exempt or withheld, or cites a section', () => {
    rows([
      ['We do not hold this information. Had we held it, it would have been provided in confidence.', c('not-held', 0.6, 'not held (an exemption is mentioned too)')],
      ['We do not hold this information. Any such figures would be commercially sensitive.', c('not-held', 0.6, 'not held (an exemption is mentioned too)')],
      ['Not held. Any list would in any case be a matter of law enforcement.', c('not-held', 0.6, 'not held (an exemption is mentioned too)')],
      ['We do not hold this information. Even if we did, it would be exempt as commercially sensitive.', c('refused', 0.92, '"commercially sensitive" → s43', { exemption: 's43' })],
      ['We do not hold this information; even if we did, it would be exempt under section 31 law enforcement.', c('refused', 0.92, '"section 31" → s31', { exemption: 's31' })],
    ]);
  });

  it('keeps a cost-limit or vexatious refusal refused even beside "not held"', () => {
    rows([
      ['Not held. The request would in any case exceed the appropriate limit.', c('refused', 0.92, '"appropriate limit" → s12', { exemption: 's12' })],
      ['We do not hold this information. Even if we did, the request is vexatious.', c('refused', 0.92, '"vexatious" → s14', { exemption: 's14' })],
    ]);
  });

  it('reads section 21 with somewhere to look (a link, [1], an attachment, a named publication) as signposted at 0.9, and without as refused', () => {
    rows([
      ['This information is reasonably accessible by other means under section 21 and is available at https://example.gov.uk/a', c('signposted', 0.9, '"reasonably accessible" → s21, and says where', { exemption: 's21' })],
      ['This information is reasonably accessible by other means and can be found at [1].', c('signposted', 0.9, '"reasonably accessible" → s21, and says where', { exemption: 's21' })],
      ['Section 21 applies: this information is reasonably accessible, see the attached document.', c('signposted', 0.9, '"section 21" → s21, and says where', { exemption: 's21' })],
      ['Section 21 applies: this information is reasonably accessible and is published in our statement of accounts.', c('signposted', 0.9, '"section 21" → s21, and says where', { exemption: 's21' })],
      ['Section 21 applies: this information is reasonably accessible to you by other means.', c('refused', 0.92, '"section 21" → s21', { exemption: 's21' })],
    ]);
  });

  it('ignores a citation the answer says does not apply', () => {
    rows([['Section 40(2) does not apply here and we have released the figure: 17.', c('answered', 0.9, 'a figure')]]);
  });

  it('signposts a link alone at 0.92, signposting words at 0.9 with a link and 0.75 without, a link with a few words at 0.6', () => {
    rows([
      ['https://example.gov.uk/x', c('signposted', 0.92, 'only a link')],
      ['[1]https://example.gov.uk/x', c('signposted', 0.92, 'only a link')],
      ['This information is published on our website: https://example.gov.uk/data which lists each contract we hold with suppliers.', c('signposted', 0.9, 'points to published information')],
      ['Please see our website for this information.', c('signposted', 0.75, 'points to published information')],
      ['Information is available from the Office for National Statistics and from our partners', c('signposted', 0.75, 'points to published information')],
      ['The portal lives here https://x.example.gov.uk/y for residents', c('signposted', 0.6, 'a link with little else')],
    ]);
  });

  it('reads withheld with no exemption named as refused "other" at 0.55', () => {
    rows([['The figure has been withheld.', c('refused', 0.55, 'withheld, no exemption named', { exemption: 'other' })]]);
  });

  it('leaves "cannot answer", "not yet", hedges and "too many to list" unclear, each with its reason', () => {
    rows([
      ['We are unable to provide this.', c('unclear', 0.35, 'cannot answer, reason unknown')],
      ['It is not possible to answer this.', c('unclear', 0.35, 'cannot answer, reason unknown')],
      ['TBC', c('unclear', 0.45, 'not yet known')],
      ['The project is still in progress and will conclude next year.', c('unclear', 0.45, 'not yet known')],
      ['Both', c('unclear', 0.45, 'hedged between answers')],
      ['Probably properties', c('unclear', 0.45, 'hedged between answers')],
      ['Far too many to list.', c('unclear', 0.5, 'too many to list')],
    ]);
  });

  it('hears a hedge only in a short answer (under 150 characters)', () => {
    const long = `It depends on the service. ${'Some text. '.repeat(15)}`;
    assert.ok(long.length >= 150);
    rows([[long, c('answered', 0.8, 'text')]]);
  });

  it('reads a very long answer on its first 20,000 characters', () => {
    const filler = ' filler'.repeat(3000);
    assert.ok(`Yes${filler}`.length > 20_000);
    rows([
      [`Yes${filler} Exempt under section 40(2).`, c('answered', 0.92, '"Yes"')],
      ['Yes. Exempt under section 40(2).', c('partial', 0.65, 'value given; "section 40(2)" → s40', { exemption: 's40' })],
    ]);
  });

  it('reads curly quotes, dashes and odd spaces as their plain forms', () => {
    rows([
      ['We don\u2019t hold this information.', c('not-held', 0.95, 'not held')],
      ['N\u00a0/\u00a0A', c('not-applicable', 0.95, '"N/A"')],
      ['Not\u2009held', c('not-held', 0.95, 'not held')],
    ]);
  });

  it('reads a weak cue as a refusal when the next clause carries the refusal words ("… personal data. They are withheld.")', () => {
    rows([
      ['The names are personal data. They are withheld.', c('refused', 0.78, '"personal data" → s40', { exemption: 's40' })],
      ['The names are personal data. We are not  obliged to provide them.', c('refused', 0.78, '"personal data" → s40', { exemption: 's40' })],
      ['The names are personal data. We are not obliged  to provide them.', c('refused', 0.78, '"personal data" → s40', { exemption: 's40' })],
    ]);
  });

  it('reads a citation heading a short answer (under 80 characters) as the refusal itself', () => {
    const head = 'Section 40(2) ';
    rows([
      [`${head}${'x'.repeat(65)}`, c('refused', 0.92, '"section 40(2)" → s40', { exemption: 's40' })],
      [`${head}${'x'.repeat(66)}`, c('answered', 0.8, 'text')],
    ]);
  });

  it('reads a citation followed by a dash or a colon as the refusal itself, however long the answer', () => {
    rows([
      [`Section 40(2) – ${'x'.repeat(64)}`, c('refused', 0.92, '"section 40(2)" → s40', { exemption: 's40' })],
      [`Section 40(2): ${'x'.repeat(64)}`, c('refused', 0.92, '"section 40(2)" → s40', { exemption: 's40' })],
    ]);
  });

  it('names an exemption by its words, and a numbered section over refusal wording that names none', () => {
    rows([
      ['Withheld: legal professional privilege.', c('refused', 0.92, '"legal professional privilege" → s42', { exemption: 's42' })],
      ['The figures are exempt from disclosure.', c('refused', 0.55, 'withheld, no exemption named', { exemption: 'other' })],
      // Two grounds: the numbered one leads, offered rather than certain.
      ['Legal professional privilege; section 43(2) commercial interests.', c('refused', 0.7, '"section 43(2)" → s43', { exemption: 's43' })],
    ]);
  });

  it('ignores figures after the first refusal, even when a later clause refuses again', () => {
    rows([['Withheld under section 43(2). The contract ends in 2026. Names are exempt under section 40(2).', c('refused', 0.7, '"section 43(2)" → s43', { exemption: 's43' })]]);
  });

  it('reads "not held" in the clause that mentions an exemption as not held', () => {
    rows([['Not held, as any list would be a matter of law enforcement.', c('not-held', 0.6, 'not held (an exemption is mentioned too)')]]);
  });

  it('reads a cited section with refusal words as a refusal even beside "not held"', () => {
    rows([['We do not hold this information; if we did, section 31 would apply to it as the request is refused.', c('refused', 0.92, '"section 31" → s31', { exemption: 's31' })]]);
  });

  it('does not count the workings of a cost-limit refusal given before the refusal as a value', () => {
    rows([['Locating the 4,000 records would take 5 minutes per record. This exceeds the appropriate limit.', c('refused', 0.92, '"appropriate limit" → s12', { exemption: 's12' })]]);
  });

  it('reads "not applicable" in a long answer (300 characters or more), but "not relevant" only in a short one', () => {
    const tail = 'The service is run by the county, which holds its own records and budgets for the whole area and publishes them each year. '.repeat(2);
    const na = `We do not provide this service in any form, so this question is not applicable to the council. ${tail}`;
    assert.ok(na.length >= 300);
    rows([
      [na, c('not-applicable', 0.85, '"not applicable"')],
      [na.replace('not applicable', 'not  applicable'), c('not-applicable', 0.85, '"not applicable"')],
      [na.replace('not applicable', 'not relevant'), c('answered', 0.7, 'text')],
    ]);
  });

  it('reads a long answer that only points at another question as that reference', () => {
    const text = 'The figures requested here are the same figures set out in our answer to question 4, which covers every service area, every depot and every contractor that the council has worked with over the whole period you asked about in your request.';
    assert.ok(text.length >= 200);
    rows([[text, c('answered', 0.3, 'refers to Q4', { crossRef: 'Q4' })]]);
  });

  it('signposts only when the signpost leads: the whole of a short answer, the first two sentences of one of 400 characters or more', () => {
    const middle = 'Staff rotate between the sites as the rounds require and the managers plan the work each week with the crews and the drivers. '.repeat(3);
    rows([
      ['The depots are busy. They open daily. Details are published on our website.', c('signposted', 0.75, 'points to published information')],
      [`The depots are busy. They open daily. ${middle}Details are available on our website.`, c('answered', 0.7, 'text')],
    ]);
  });

  it('reads a link in a long answer (200 characters or more) without signposting words as an answer', () => {
    rows([['The depots are busy and open daily, and staff rotate between the sites as the rounds require; the managers plan the work each week with the crews and the drivers and the supervisors. https://x.example.gov.uk/depots', c('answered', 0.7, 'text')]]);
  });

  it('does not read an attachment or a question id beside a link as anything but a link with little else', () => {
    rows([
      ['For the list see the attached file and https://x.example.gov.uk/a', c('signposted', 0.6, 'a link with little else')],
      ['See Q4 and https://x.example.gov.uk/a', c('signposted', 0.6, 'a link with little else')],
    ]);
  });

  it('hears "too many to list" only in a short answer (under 250 characters)', () => {
    rows([[`All the usual services are covered by the scheme, ${'including waste, recycling, street cleaning, parks and open spaces, '.repeat(3)}far too many to list here.`, c('answered', 0.7, 'text')]]);
  });

  it('reads a not-held answer ending in ";" as wholly not held', () => {
    rows([['Not held;', c('not-held', 0.95, 'not held')]]);
  });

  it('never throws on a non-string, and reads it as empty', () => {
    assert.deepEqual(classifyAnswer(undefined as unknown as string), c('unclear', 0.1, 'empty answer'));
    assert.deepEqual(classifyAnswer(42 as unknown as string), c('unclear', 0.1, 'empty answer'));
  });
});

describe('core: classifier text helpers', () => {
  it('normalise lower-cases, folds curly quotes, dashes and odd spaces, and joins a hard-wrapped line that continues in lower case', () => {
    assert.equal(normalise('It was \u2018fine\u2019 \u201cok\u201d'), 'it was \'fine\' "ok"');
    assert.equal(normalise('A\u2013B\u2014C\u2212D'), 'a-b-c-d');
    assert.equal(normalise('a\u00a0b\u2009c\td'), 'a b c d');
    assert.equal(normalise('We do not\nhold this'), 'we do not hold this');
    assert.equal(normalise('We do not\r\n(hold) this'), 'we do not (hold) this');
    assert.equal(normalise('Total.\nnext'), 'total.\nnext', 'a sentence end stays a line end');
    assert.equal(normalise('line one\nThe next'), 'line one\nthe next', 'a capital starts a new line');
  });

  it('maskNoise blanks links, [n] references, citations, Act years, the cost-limit figures, question ids, notes, dates, phone and reference numbers, financial years and list numbers', () => {
    assert.equal(maskNoise('see https://x.gov.uk/a?b=1 and www.y.uk/2 now'), 'see   and   now');
    assert.equal(maskNoise('as set out at [12] here'), 'as set out at   here');
    assert.equal(maskNoise('under section 43(2) and s.40'), 'under  section  and  section ');
    assert.equal(maskNoise('regulation 12(4)(a) applies'), ' regulation  applies');
    assert.equal(maskNoise('the data protection act 2018 and gdpr 2016 and order 1999'), 'the data protection  act  and  act  and  act ');
    assert.equal(maskNoise('act (2000)'), ' act ');
    assert.equal(maskNoise('over 18 hours or 24 staff hours at £25 per hour, £450'), 'over  limit  or  limit  at  limit ,  limit ');
    assert.equal(maskNoise('over 18 working hours'), 'over  limit ');
    assert.equal(maskNoise('£600 an hour'), ' limit ');
    assert.equal(maskNoise('see questions 4, 5 and 6a, q7(b) and question number 9'), 'see  qid ,  qid  and  qid ');
    assert.equal(maskNoise('qs 4 to 6'), ' qid ');
    assert.equal(maskNoise('question 4(a) & 5'), ' qid ');
    assert.equal(maskNoise('questions in particular 7'), ' qid ');
    assert.equal(maskNoise('table 3 and page 12 and appendix 2 and para 4 and item 7 and note 1 and annex 9'), ' note  and  note  and  note  and  note  and  note  and  note  and  note ');
    assert.equal(maskNoise('page12'), ' note ');
    assert.equal(maskNoise('on 12 march 2019 and march 4, 2020 and 01/02/2021'), 'on  date  and  date  and  date ');
    assert.equal(maskNoise('3rd march'), ' date ');
    assert.equal(maskNoise('jan 5th, 2021'), ' date ');
    assert.equal(maskNoise('5.3.21'), ' date ');
    assert.equal(maskNoise('call 01632 960000 or 0161-496-0000'), 'call  phone  or  phone ');
    assert.equal(maskNoise('call 0300 123 4567'), 'call  phone ');
    assert.equal(maskNoise('our ref foi/2019/123 and case: ab-4567 and eir 12'), ' ref  and  ref  and  ref ');
    assert.equal(maskNoise('your ref: 12345 then'), ' ref  then');
    assert.equal(maskNoise('reference no. 77 then'), ' ref  then');
    assert.equal(maskNoise('in 2017/18 and 2019-2020 and 2021 - 22'), 'in  fy  and  fy  and  fy ');
    assert.equal(maskNoise('3. 45 complaints'), ' 45 complaints');
    assert.equal(maskNoise('a) 45'), ' 45');
    assert.equal(maskNoise('iv) 45'), ' 45');
    assert.equal(maskNoise('12) 45'), ' 45');
    assert.equal(maskNoise('plain 45'), 'plain 45');
  });

  it('maskNoise also blanks the spacing variants councils type: "18hours", double spaces, "£ 450", "q4 (a)", "q4,5", unseparated phone numbers, "ref:12"', () => {
    const cases: [string, string][] = [
      ['gdpr2016', ' act '], ['18hours', ' limit '], ['18 working  hours', ' limit '], ['24 staff  hours', ' limit '], ['24 officer  hours', ' limit '],
      ['£ 450', ' limit '], ['£25 per  hour', ' limit '],
      ['questions in  particular 7', ' qid '], ['questions in particular  7', ' qid '], ['question number  9', ' qid '],
      ['q4 (a)', ' qid '], ['q4( a)', ' qid '], ['q4(ab)', ' qid '], ['q4(a )', ' qid '], ['q4,5', ' qid '], ['q4, 15', ' qid '],
      ['q4 and 5 (a)', ' qid '], ['q4 and 5( a)', ' qid '], ['q4 and 5(ab)', ' qid '], ['q4 and 5(a )', ' qid '], ['q4 and 5(1)', ' qid (1)'],
      ['call 01614960000', 'call  phone '],
      ['ref 77', ' ref '], ['our  ref 77', ' ref '], ['your  ref 12', ' ref '], ['ref : 12', ' ref '], ['ref:12', ' ref '], ['ref12', ' ref '], ['case: ab 4567', ' ref '],
      ['  3. 45', ' 45'], ['x3. 45', 'x3. 45'], ['3.  45', ' 45'], ['3.\t45', ' 45'],
    ];
    for (const [input, masked] of cases) assert.equal(maskNoise(input), masked, input);
  });

  it('splitBlocks splits at blank lines (with spaces, NBSP or CRLF) and before bullet lines, and drops empty blocks', () => {
    assert.deepEqual(splitBlocks('a\n\nb'), ['a', 'b']);
    assert.deepEqual(splitBlocks('a\r\n  \r\nb'), ['a', 'b']);
    assert.deepEqual(splitBlocks('a\n \u00a0\nb'), ['a', 'b']);
    assert.deepEqual(splitBlocks('intro\n• one\n● two\n* three'), ['intro', '• one', '● two', '* three']);
    assert.deepEqual(splitBlocks('x\n  ◦ y'), ['x', '◦ y']);
    assert.deepEqual(splitBlocks('one\ntwo'), ['one\ntwo']);
    assert.deepEqual(splitBlocks('  \n\n  '), []);
  });
});

describe('core: boilerplate', () => {
  it('flags page numbers, protective markings, user-id stamps and rules as page furniture', () => {
    for (const p of ['- 3 -', '-3-', '-  3  -', '- 12 -', '- 1234 -', 'Page 2', 'page 2 of 5', '- Page 2 of 5 -', '2 of 5', '12/30', '• OFFICIAL', 'OFFICIAL-SENSITIVE', 'Classification: Official Sensitive', 'NOT PROTECTIVELY MARKED', 'UNCLASSIFIED', 'RESTRICTED', 'hbc12', 'Sent by UserID 12', '-=-=', '___']) {
      assert.equal(isBoilerplate(p), true, p);
    }
  });

  it('does not flag an answer that only looks like furniture or an empty paragraph', () => {
    for (const p of ['12 of 30 replies were late', 'Page views were 3,000', '', '***', 'x- 3 -', '- 3 - x', 'Official figures are not held']) assert.equal(isBoilerplate(p), false, p);
  });

  it('needs three weak notice words for a paragraph to be boilerplate, and never flags one that opens as an answer', () => {
    assert.equal(isBoilerplate('The information commissioner ruled, in an internal review, it was confidential.'), true);
    assert.equal(isBoilerplate('The information commissioner ruled in an internal review.'), false, 'two words only');
    assert.equal(isBoilerplate('Yes, the information commissioner ruled, in an internal review, it was confidential.'), false, 'an answer lead');
  });

  it('flags a short address footer with a postcode, but not a long paragraph that mentions one', () => {
    assert.equal(isBoilerplate('Civic Centre, High Road, Ashcombe AC4 9ZZ'), true);
    assert.equal(isBoilerplate('High Road, Ashcombe AC4 9ZZ'), true);
    assert.equal(isBoilerplate('Ashcombe AC4 9ZZ'), false, 'a postcode with no address word');
    assert.equal(isBoilerplate(`The depot on High Road, Ashcombe AC4 9ZZ ${'handles the collection rounds for the northern wards '.repeat(4)}`), false);
  });

  it('never flags a paragraph longer than 3,000 characters, nor a non-string', () => {
    const notice = 'If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. ';
    assert.equal(isBoilerplate(notice), true);
    assert.equal(isBoilerplate(notice.repeat(28).slice(0, 3000)), true);
    assert.equal(isBoilerplate(notice.repeat(28).slice(0, 3001)), false);
    assert.equal(isBoilerplate(undefined as unknown as string), false);
  });
});
