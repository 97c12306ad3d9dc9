import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { classifyAnswer, isBoilerplate } from '../../src/core/classify';
import type { Exemption, Question, Status } from '../../src/core/types';
import { assertLinear } from '../support/scaling';

type Case = [text: string, status: Status, exemption?: Exemption];

const ANSWERED: Case[] = [
  ['Yes', 'answered'],
  ['yes.', 'answered'],
  ['No', 'answered'],
  ['No.', 'answered'],
  ['None', 'answered'],
  ['Nil', 'answered'],
  ['0', 'answered'],
  ['There were none.', 'answered'],
  ['42', 'answered'],
  ['We do hold this information: 42', 'answered'],
  ['Yes – the Council uses Firmstep for its customer portal.', 'answered'],
  ['No, the Council does not have an online portal for residents.', 'answered'],
  ['No. The Authority is concentrating on services that residents do not need to ‘sign in’ for.', 'answered'],
  ['Ashcombe District Council', 'answered'],
  ['The Royal Borough of Kelvingate', 'answered'],
  ['Population: 128,432 (ONS mid-2019 estimate)', 'answered'],
  ['128\u00a0432', 'answered'],
  ['Area: 9,032.4204ha\nPerimeter: 60.649884km', 'answered'],
  ['The borough covers 79 square miles.', 'answered'],
  ['£64.2m', 'answered'],
  ['Total spend was £312,450,000 in 2017/18.', 'answered'],
  ['Approximately 150 systems', 'answered'],
  ['c.150', 'answered'],
  ['Around 35%', 'answered'],
  ['The system went live in March 2014.', 'answered'],
  ['18 months', 'answered'],
  ['About two years from procurement to go-live.', 'answered'],
  ['Residents', 'answered'],
  ['Properties, although some systems are resident based.', 'answered'],
  ['Funding; Training users to effectively use the solution', 'answered'],
  ['Waste collection, council tax, housing benefit, planning applications, taxi licensing, libraries and leisure.', 'answered'],
  ['Microsoft Dynamics 365, implemented in-house.', 'answered'],
  ['Yes, see attached list.', 'answered'],
  ['47 (this figure excludes schools)', 'answered'],
  ['We estimate uptake at 22% of households. Please note this is based on registered accounts, not active use.', 'answered'],
  ['The Council considered a CRM in 2015 but decided against it.', 'answered'],
  ['Zero', 'answered'],
  ['Yes - implementation was considered in 2016 but not pursued due to funding.', 'answered'],
  ['Payroll £41.7m; agency £2.1m; contractors £0.9m.', 'answered'],
];

const PARTIAL: Case[] = [
  ['17.18 Payroll Employees - £64.2m (Excludes Schools)\n17.18 Agency - £1.5m\n17.18 Contractors Payroll – We do not hold this information.', 'partial'],
  ['Employees: £23.4m. Agency staff: £1.2m. Contractor costs are not held centrally.', 'partial'],
  ['Approximately 300 applications, although this information does not exist in a single list.', 'partial'],
  ['Uptake is 41% of households; we do not hold figures by ward.', 'partial'],
  ['Staff payroll was £18,200,000. Details of contractor spend are commercially sensitive and are withheld under section 43(2).', 'partial', 's43'],
  ['There are 120 systems in total. We do not record how many of these are stand-alone.', 'partial'],
  ['Software licensing: £1,234,567.89\nA breakdown by supplier is exempt under section 43 as it would prejudice commercial interests.', 'partial', 's43'],
  ['£2.3m for payroll. No recorded information is held for contractors.', 'partial'],
  ['The information is withheld under section 43(2). The payroll element, however, is released: it was £12,400,000.', 'partial', 's43'],
  // After a refusal, figures that explain it are not a partial answer.
  ['We hold this information but are withholding it under Section 43(2) of the Act. Several contracts are due for re-procurement in 2019, and we publish all spend over £500.', 'refused', 's43'],
  ['The Council holds this information but considers it exempt under section 22: it will be published in the 2017-18 annual report in December 2018.', 'refused', 's22'],
];

const NOT_HELD: Case[] = [
  ['We don’t hold this as recorded information.', 'not-held'],
  ["We don't hold this as recorded information. The Authority uses many hundreds of applications across its user base. There is no one central list maintained of them all.", 'not-held'],
  ['We do not hold this information.', 'not-held'],
  ['The Council does not hold this information.', 'not-held'],
  ['Not held', 'not-held'],
  ['Information not held.', 'not-held'],
  ['No recorded information is held.', 'not-held'],
  ['This information does not exist.', 'not-held'],
  ['The information is not recorded centrally.', 'not-held'],
  ['We have no information on this.', 'not-held'],
  ['The Authority holds no recorded information in relation to this question.', 'not-held'],
  ['This is not something the Council records.', 'not-held'],
  ['Brackenford County Council does not hold a central register of its systems.', 'not-held'],
  ['We do not collect data on portal uptake.', 'not-held'],
  ['Uptake is not monitored.', 'not-held'],
  ['No such information is held.', 'not-held'],
  ['The Council does not keep records of this.', 'not-held'],
  ['Unfortunately we do not have this data.', 'not-held'],
  ['We do not hold this information for 2017-18.', 'not-held'],
  ['This information is not held by the Council in a reportable format.', 'not-held'],
  ['Unknown', 'not-held'],
  ['Not known.', 'not-held'],
  ['The information you have requested is not held, as defined by section 1(1)(a) of the Freedom of Information Act 2000.', 'not-held'],
  ['There is no central record of this.', 'not-held'],
  ['We doesn’t record that.', 'not-held'],
];

const NOT_APPLICABLE: Case[] = [
  ['N/A', 'not-applicable'],
  ['n/a', 'not-applicable'],
  ['N/A.', 'not-applicable'],
  ['n/a – no portal', 'not-applicable'],
  ['Not applicable', 'not-applicable'],
  ['Not applicable.', 'not-applicable'],
  ['Not applicable as the Council does not have a CRM system.', 'not-applicable'],
  ['NA', 'not-applicable'],
  ['This question does not apply to the Council.', 'not-applicable'],
  ['Does not apply', 'not-applicable'],
  ['N / A', 'not-applicable'],
];

const REFUSED: Case[] = [
  // s12
  ['To undertake this task would require significantly more than 18 hours.', 'refused', 's12'],
  ['We estimate that locating and extracting this information would exceed the appropriate limit of £450.', 'refused', 's12'],
  ['Providing this would exceed the cost limit set out in the Act.', 'refused', 's12'],
  ['The Council is not obliged to comply with this part of your request under section 12(1) of the Act.', 'refused', 's12'],
  ['Refused – s.12', 'refused', 's12'],
  ['We are relying on s12 as the cost of compliance would exceed £450.', 'refused', 's12'],
  ['Compiling this would take more than eighteen hours of officer time.', 'refused', 's12'],
  ['This would exceed the cost of compliance limit. We estimate 5 minutes per invoice for 4,000 invoices, or 333 hours.', 'refused', 's12'],
  ['Section 12 applies: the work would exceed the appropriate limit.', 'refused', 's12'],
  ['Your request exceeds the £600 limit for central government.', 'refused', 's12'],
  // s14
  ['This request has been refused as vexatious under section 14(1).', 'refused', 's14'],
  ['This is a repeated request and we are not obliged to answer it (section 14(2)).', 'refused', 's14'],
  ['We consider this request vexatious.', 'refused', 's14'],
  // s21
  // Section 21 that says nothing of where to look refuses; with a link, an attachment or a named
  // publication it signposts (and keeps s21): see SIGNPOSTED.
  ['The information is reasonably accessible to you on our website.', 'refused', 's21'],
  ['This information is already published and is therefore exempt from disclosure.', 'refused', 's21'],
  ['S21 – information accessible by other means.', 'refused', 's21'],
  // s22
  ['This information is intended for future publication and is exempt under section 22.', 'refused', 's22'],
  ['Withheld under s.22: the figures will be published in our annual report in July.', 'refused', 's22'],
  ['The data is intended for publication later this year.', 'refused', 's22'],
  // s31
  ['Disclosure would prejudice the prevention or detection of crime and is exempt under section 31(1)(a).', 'refused', 's31'],
  ['We are withholding details of our systems as disclosure would compromise the security of our IT systems.', 'refused', 's31'],
  ['Section 31 (law enforcement) applies to this question.', 'refused', 's31'],
  ['This information is exempt because it would make the Council more vulnerable to cyber attacks.', 'refused', 's31'],
  ['Exempt under the law enforcement exemption.', 'refused', 's31'],
  // s40
  ['This is personal data and is exempt under section 40(2).', 'refused', 's40'],
  ['Section 40 (2) – personal information.', 'refused', 's40'],
  ['The names of officers are withheld as they constitute personal information.', 'refused', 's40'],
  ['We are unable to disclose this as it could identify individuals.', 'refused', 's40'],
  ['Withheld – s40', 'refused', 's40'],
  ['Disclosure would breach the data protection principles, so the information is exempt.', 'refused', 's40'],
  // s41
  ['This information was provided to the Council in confidence and is exempt under section 41.', 'refused', 's41'],
  ['Disclosure would constitute an actionable breach of confidence.', 'refused', 's41'],
  ['S41 – information provided in confidence.', 'refused', 's41'],
  // s43
  ['This information is commercially sensitive.', 'refused', 's43'],
  ['The Council considers that this information is exempt under S43(2) of the Freedom of Information Act.', 'refused', 's43'],
  ['Disclosure would be likely to prejudice the commercial interests of the Council and its suppliers.', 'refused', 's43'],
  ['Withheld: commercial interests (section 43).', 'refused', 's43'],
  ['The contract values are commercially confidential and are withheld.', 'refused', 's43'],
  ['Exempt - Section 43 (2) Commercial Interests', 'refused', 's43'],
  // other
  ['This information is exempt under section 42 (legal professional privilege).', 'refused', 's42'],
  ['Disclosure would endanger the physical health of staff, so the information is withheld.', 'refused', 's38'],
  ['The rota is exempt as its release would prejudice the effective conduct of public affairs.', 'refused', 's36'],
  ['The information is withheld: no exemption applies to it that we can name, but we will not release it.', 'refused', 'other'],
  ['Withheld under section 36 as disclosure would prejudice the effective conduct of public affairs.', 'refused', 's36'],
  ['Withheld under section 24(1): releasing the site list would put national security at risk.', 'refused', 's24'],
  ['The locations are withheld, as disclosing them would harm national security.', 'refused', 's24'],
  ['This information is exempt from disclosure.', 'refused', 'other'],
  ['Exempt under section 38 – health and safety.', 'refused', 's38'],
  ['This information is withheld.', 'refused', 'other'],
];

const SIGNPOSTED: Case[] = [
  ['[1]https://www.example-council.gov.uk/population', 'signposted'],
  ['https://www.ashcombe.gov.uk/statistics', 'signposted'],
  ['This information is already in the public domain and can be found at :\n[2]https://www.example-council.gov.uk/accounts', 'signposted'],
  ['This information is published on our website at https://www.example.gov.uk/spend', 'signposted'],
  ['Please see our Statement of Accounts.', 'signposted'],
  ['The Statement of Accounts for 2017-18 is available on our website.', 'signposted'],
  ['This can be found at www.example-council.gov.uk/transparency', 'signposted'],
  ['Please see the link below:\nhttps://www.kelvingate.gov.uk/about/area', 'signposted'],
  ['Our population figures are available online via the ONS: https://www.ons.example/pop', 'signposted'],
  ['See [3]', 'signposted'],
  ['Please refer to our website: www.brackenford.gov.uk/our-services', 'signposted'],
  // An attachment is a place to look too; digits after "see attached" name the document.
  ['Please see the attached spreadsheet.', 'signposted'],
  ['The services are listed in the attached document (Appendix A).', 'signposted'],
  ['See attached – Phase 2 closure report (2019).', 'signposted'],
  // Section 21 with somewhere specific to look keeps its exemption.
  ['This information is exempt under section 21 as it is reasonably accessible to you by other means: https://www.example-council.gov.uk/budget', 'signposted', 's21'],
  ['Exempt – Section 21. The information is already published in our Statement of Accounts.', 'signposted', 's21'],
];

const MIXED: Case[] = [
  ['The Council does not have a CRM system.', 'answered'],
  ['We do not have an online portal.', 'answered'],
  ['No, the authority does not use a CRM.', 'answered'],
  ['Information not recorded', 'not-held'],
  ['Nil return', 'answered'],
  ['The council holds no information falling within the scope of this question.', 'not-held'],
  ['There is no requirement for the Council to record this information and therefore it is not held.', 'not-held'],
  ['This information is not held in a format that would allow us to answer.', 'not-held'],
  ['Sorry, we do not hold that information.', 'not-held'],
  ['We are unable to provide this information as it is not held by the council.', 'not-held'],
  ['The Council can confirm that it does not hold this information.', 'not-held'],
  ['The Council can confirm that it holds this information: 17 systems.', 'answered'],
  ['Under Section 1(1)(a) of the Act the Council confirms it does not hold the information.', 'not-held'],
  ['Regulation 12(4)(a) – information not held.', 'not-held'],
  ['This information is exempt under Regulation 12(5)(e) of the EIR.', 'refused', 's43'],
  ['Please be advised this information is exempt under Section 31(1)(a) of the Freedom of Information Act 2000 - Law Enforcement.', 'refused', 's31'],
  ['The Council is refusing this part of the request under section 43(2) – commercial interests – as disclosure would prejudice the Council’s negotiating position.', 'refused', 's43'],
  ['Section 12 – cost of compliance exceeds appropriate limit', 'refused', 's12'],
  ['We estimate it would take well in excess of 18 hours to locate and extract this.', 'refused', 's12'],
  ['This is available on our website: https://www.x.gov.uk/y', 'signposted'],
  ['Available at https://www.x.gov.uk/y', 'signposted'],
  ['Please visit www.x.gov.uk/accounts', 'signposted'],
  ['See link', 'signposted'],
  ['Please see www.example.gov.uk', 'signposted'],
  ['The ONS publishes this: https://www.ons.gov.uk/x', 'signposted'],
  ['Not Applicable – the Council does not have a portal.', 'not-applicable'],
  ['N/a – see Q6a', 'not-applicable'],
  ['Q13 not applicable as we have a CRM', 'not-applicable'],
  ['As we do not have a portal this question does not apply.', 'not-applicable'],
  ['Yes, in 2015.', 'answered'],
  ['2014', 'answered'],
  ['Approx 2 years', 'answered'],
  ['Circa 18 months', 'answered'],
  ['Salesforce', 'answered'],
  ['The Council does not hold a CRM', 'answered'],
  ['We do not hold this information – see our response to Q4.', 'not-held'],
  ['Our records indicate approximately 250 applications, but we do not hold a definitive list.', 'partial'],
  ['£1.2m (excluding schools). Agency spend is not held centrally.', 'partial'],
  ['The data requested is personal information, and is exempt from disclosure under Section 40(2) of the FOIA.', 'refused', 's40'],
  ['Exempt', 'refused', 'other'],
  ['Withheld', 'refused', 'other'],
  ['Information withheld under s.43', 'refused', 's43'],
  ['S.40(2)', 'refused', 's40'],
  ['Section 43', 'refused', 's43'],
  ['Refused under Section 12', 'refused', 's12'],
  ['We are not able to provide this due to the cost limit', 'refused', 's12'],
  ['The information requested is commercially sensitive and has been redacted.', 'refused', 's43'],
  ['We consider this information to be exempt under section 22 as we intend to publish it in the Annual Report in September.', 'refused', 's22'],
  ['Residents', 'answered'],
  ['Resident focused', 'answered'],
  ['The Council uses approximately 400 systems; we are not able to say how many are standalone.', 'partial'],
  ['Unfortunately the Council does not record this.', 'not-held'],
  ['No figures are available.', 'not-held'],
  ['This question is not relevant to the council.', 'not-applicable'],
  ['Information not held centrally – departments manage their own systems.', 'not-held'],
  ['Not held - see above', 'not-held'],
  ['No – see answer to Q11', 'answered'],
  ['The council has chosen not to disclose this information as it is commercially sensitive', 'refused', 's43'],
  ['Thank you for your request. We can confirm the following: 42', 'answered'],
  ['Unable to provide – no central record kept.', 'not-held'],
  ['Not recorded', 'not-held'],
  ['none recorded', 'not-held'],
  ['We don\u2019t record this', 'not-held'],
  ['Zero – we do not outsource payroll.', 'answered'],
  ['Yes - www.example.gov.uk/myaccount', 'answered'],
  ['Information is published here: [4]', 'signposted'],
  ['Published annually - see Statement of Accounts 2017/18 on our website', 'signposted'],
  ['The figure is published in our Statement of Accounts, page 12.', 'signposted'],
  ['The Council does not hold this information in a readily retrievable format.', 'not-held'],
  ['We can confirm that we do not hold information in relation to this question.', 'not-held'],
  ['The council does not collate this information.', 'not-held'],
  ['This data is not collated.', 'not-held'],
  ['There are no records of this.', 'not-held'],
  ['Not measured', 'not-held'],
  ['The Council is withholding this information under Section 43 (Commercial Interests) of the FOI Act.', 'refused', 's43'],
  ['This information is being withheld under Section 31(1)(a) – Prevention or Detection of crime', 'refused', 's31'],
  ['The Council considers that the information is exempt from disclosure under section 24(1) (national security).', 'refused', 's24'],
  ['Section 21 – information reasonably accessible by other means. The information can be found at https://www.x.gov.uk/a', 'signposted', 's21'],
  ['This information is published in the Statement of Accounts and is therefore exempt under Section 21.', 'signposted', 's21'],
  ['Section 21 applies: the information is available to you by other means.', 'refused', 's21'],
  ['We intend to publish this in our annual report in May.', 'refused', 's22'],
  ['This information was obtained from a third party in confidence.', 'refused', 's41'],
  ['Numbers less than 5 are not released as they may lead to identification of individuals.', 'refused', 's40'],
  ['Disclosure would prejudice the Council’s commercial interests.', 'refused', 's43'],
  ['We will not disclose this as it could compromise our ICT security.', 'refused', 's31'],
  ['Details are available from the Office for National Statistics website.', 'signposted'],
  ['You can find this at https://www.x.gov.uk/b', 'signposted'],
  ['This is published by the ONS.', 'signposted'],
  ['Published on the council website.', 'signposted'],
  ['Yes – however we do not hold figures on uptake.', 'partial'],
  ['Question not applicable', 'not-applicable'],
  ['42. Please note that some systems may be counted twice.', 'answered'],
  ['Agency: £1.5m\nContractors: exempt under s43', 'partial', 's43'],
  ['The Council’s response: Yes', 'answered'],
  ['Yes (see attached)', 'answered'],
  ['The Council has approximately 120 information systems.', 'answered'],
  ['Around 60% of services', 'answered'],
  ['Go live was in April 2016', 'answered'],
  ['The implementation took 18 months.', 'answered'],
  ['Lack of funding and difficulty integrating with back office systems.', 'answered'],
  ['Our population is 145,000 (2011 census).', 'answered'],
  ['We hold this information. The answer is 12.', 'answered'],
  ['No, it has not been considered.', 'answered'],
  ['Not that we are aware of.', 'answered'],
  ['The Council is not able to confirm or deny whether it holds this information under section 31(3).', 'refused', 's31'],
  ['Neither confirm nor deny – section 40(5).', 'refused', 's40'],
  ['£17,456,000 (see note below regarding personal data)', 'answered'],
];

const UNCLEAR: Case[] = [
  ['Both.', 'unclear'],
  ['Every service a borough runs - far too many to set out one by one here.', 'unclear'],
  ['Residents and properties equally, it depends on the service', 'unclear'],
  ['Not sure – probably properties?', 'unclear'],
  ['The implementation is still in progress.', 'unclear'],
  ['TBC', 'unclear'],
  ['We are unable to answer this question.', 'unclear'],
];

const CROSS_REFS: [string, string][] = [
  ['See 4a) above.', 'Q4a'],
  ['See 4(a) above.', 'Q4a'],
  ['As above', 'previous'],
  ['As above.', 'previous'],
  ['See above', 'previous'],
  ['See answer to Q4a', 'Q4a'],
  ['Please refer to our response to question 6b.', 'Q6b'],
  ['Same as Q12a', 'Q12a'],
  ['See response to Q4(a)', 'Q4a'],
  ['As per Q11', 'Q11'],
  ['Please see the answer given to question 13a above.', 'Q13a'],
  ['Ditto', 'previous'],
  ['Refer to Q4 answer', 'Q4'],
  ['See response to question 4 above', 'Q4'],
  ['Please see our response to Q6a', 'Q6a'],
  ['See Q12a', 'Q12a'],
  ['Same as previous answer', 'previous'],
];

function check(cases: readonly Case[]): void {
  for (const [text, status, exemption] of cases) {
    const got = classifyAnswer(text);
    assert.equal(got.status, status, `${JSON.stringify(text)} → ${got.status} (${got.reason ?? ''})`);
    if (exemption) assert.equal(got.exemption, exemption, `${JSON.stringify(text)} exemption ${got.exemption ?? 'none'} (${got.reason ?? ''})`);
    assert.ok(got.confidence > 0 && got.confidence <= 1, `confidence of ${JSON.stringify(text)}`);
  }
}

describe('classifyAnswer', () => {
  it('reads answers: figures, names, Yes/No, None', () => check(ANSWERED));
  it('reads partial answers: a value plus a part not held or refused', () => check(PARTIAL));
  it('reads not-held answers in many phrasings', () => check(NOT_HELD));
  it('reads not-applicable answers', () => check(NOT_APPLICABLE));
  it('reads refusals and names the exemption', () => check(REFUSED));
  it('reads signposts to published information', () => check(SIGNPOSTED));
  it('leaves attachments, hedges and unsettled answers unclear', () => check(UNCLEAR));
  it('reads a mixed bag of phrasings councils use', () => check(MIXED));

  it('covers every exemption', () => {
    const seen = new Set(REFUSED.map((c) => c[2]));
    for (const ex of ['s12', 's14', 's21', 's22', 's24', 's31', 's36', 's38', 's40', 's41', 's42', 's43', 'other']) assert.ok(seen.has(ex as Exemption), ex);
  });

  it('marks cross-references with the id they point at and low confidence', () => {
    for (const [text, ref] of CROSS_REFS) {
      const got = classifyAnswer(text);
      assert.equal(got.crossRef, ref, text);
      assert.ok(got.confidence < 0.5, `${text} confidence ${got.confidence}`);
    }
  });

  it('lets a cross-reference with its own status keep that status', () => {
    assert.equal(classifyAnswer('As above – not held.').status, 'not-held');
    assert.equal(classifyAnswer('As above, 42').status, 'answered');
    assert.equal(classifyAnswer('N/A – see Q11').status, 'not-applicable');
    assert.equal(classifyAnswer('As above – not held.').crossRef, undefined);
  });

  it('is sure of clear single signals and less sure of mixed ones', () => {
    for (const t of ['N/A', 'We do not hold this information.', 'Yes', 'Exempt under section 40(2).', '[1]https://example.gov.uk/x']) {
      assert.ok(classifyAnswer(t).confidence >= 0.85, t);
    }
    const mixed = classifyAnswer('Payroll £2.3m. Contractors: we do not hold this information.');
    assert.ok(mixed.confidence < 0.85);
  });

  it('gives a reason a coder can read', () => {
    assert.match(classifyAnswer('This would take more than 18 hours.').reason ?? '', /18 hours/);
  });

  it('uses the question: Yes/No plus a remark on a yes-no question stays answered', () => {
    const q: Question = { id: 'Q13a', type: 'yes-no', order: 0 };
    assert.equal(classifyAnswer('No – we do not hold any records of such a project.', q).status, 'answered');
  });

  describe('negative cases', () => {
    it('does not call a disclaimer that mentions the Act or section 40 a refusal', () => {
      const answer = '42\n\nThe information contained in this email may be subject to public disclosure under the Freedom of Information Act 2000. Unless the information is legally exempt from disclosure, the confidentiality of this email cannot be guaranteed.';
      assert.equal(classifyAnswer(answer).status, 'answered');
      const privacy = 'Yes\n\nWe process personal information in line with section 40 of the Freedom of Information Act 2000 and the Data Protection Act 2018; our privacy notice can be viewed on our website.';
      assert.equal(classifyAnswer(privacy).status, 'answered');
      const rights = 'We do not hold this information.\n\nIf you are dissatisfied with the handling of your request you have the right to ask for an internal review. If you remain unhappy you may complain to the Information Commissioner.';
      assert.equal(classifyAnswer(rights).status, 'not-held');
    });

    it('does not signpost a plain Yes, nor refuse a figure', () => {
      assert.equal(classifyAnswer('Yes').status, 'answered');
      assert.equal(classifyAnswer('Yes, the portal is at https://my.example.gov.uk').status, 'answered');
      assert.equal(classifyAnswer('128,000 residents (source: https://www.ons.example)').status, 'answered');
      assert.equal(classifyAnswer('The council has 12 systems').status, 'answered');
    });

    it('does not read "council\'s 12" or a section 1 notice as a citation', () => {
      assert.equal(classifyAnswer("The council's 12 main systems are listed below.").status, 'answered');
      assert.notEqual(classifyAnswer('Under section 1 of the Act you are entitled to this information: 42').status, 'refused');
    });

    it('does not count "no information systems" as not held', () => {
      assert.equal(classifyAnswer('There are no information systems that are stand-alone.').status, 'answered');
    });

    it('leaves empty or boilerplate-only answers unclear', () => {
      assert.equal(classifyAnswer('').status, 'unclear');
      assert.equal(classifyAnswer('   \n ').status, 'unclear');
      assert.equal(classifyAnswer('Page 2 of 5').status, 'unclear');
    });
  });

  it('never throws on any string, and returns a known status', () => {
    const statuses = new Set(['answered', 'partial', 'not-held', 'not-applicable', 'refused', 'signposted', 'unclear']);
    const phrases = fc.constantFrom('N/A', 'not held', 'section 40', '18 hours', 'https://x.y', '£4.5m', 'As above', 'See Q4a', 'exempt', 'Yes', '\n\n', '•', ' ');
    const text = fc.array(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), phrases), { maxLength: 12 }).map((xs) => xs.join(''));
    fc.assert(fc.property(text, (t) => {
      const c = classifyAnswer(t);
      assert.ok(statuses.has(c.status));
      assert.ok(c.confidence >= 0 && c.confidence <= 1);
      isBoilerplate(t);
    }), { numRuns: 1500 });
  });

  it('classifies in time linear in the text (128 KB and 1 MB of random text; 1 KB and 8 KB answers)', () => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz     .,;:£%0123456789\n-/()[]\'"section not held exempt '.split('');
    let seed = 7;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    let big = '';
    while (big.length < 1_000_000) big += alphabet[Math.floor(rand() * alphabet.length)];
    const both = (text: string) => {
      classifyAnswer(text);
      isBoilerplate(text);
    };
    assertLinear('classify: random text', big.slice(0, 125_000), big, both, { factor: 8, runs: 1 });
    const answer = 'Payroll was £64.2m in 2017-18. We do not hold contractor figures. See https://example.gov.uk/a for more. '.repeat(80);
    const many = (text: string) => {
      for (let i = 0; i < 50; i++) classifyAnswer(text);
    };
    assertLinear('classify: answer', answer.slice(0, 1024), answer.slice(0, 8192), many, { factor: 8, runs: 5 });
  });
});

describe('isBoilerplate', () => {
  const BOILER = [
    'This email is from Ashcombe District Council. It is intended for the indicated addressees only and shall be confidential. If this email has come to you in error you must not disclose it.',
    'Please note that this message has been created in the knowledge that Internet e-mail is not a 100% secure communication medium.',
    'Although this e-mail and its attachments are believed to be clear of any virus, it is the responsibility of the recipient to ensure that they are scanned.',
    'If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within two months. If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision.',
    'The Information Commissioner’s Office can be contacted at Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.',
    'The information supplied to you is owned by the Council and is subject to copyright. You may re-use it under the Open Government Licence.',
    'Kelvingate Council is the Data Controller for Data Protection legislation in relation to any personal information shared within this email. Privacy notices can be viewed at https://www.kelvingate.gov.uk/privacy',
    'Sent By UserID: 70',
    'Page 2 of 5',
    '- 3 -',
    'OFFICIAL',
    'Brackenford County Council, County Hall, Market Street, Brackenford BR1 2AB',
    'Tel: 01632 960000 | www.ashcombe.gov.uk | Civic Centre, High Road, Ashcombe AC4 9ZZ',
    'The information contained in this email may be subject to public disclosure under the Freedom of Information Act 2000. Unless the information is legally exempt, the confidentiality of this email and your reply cannot be guaranteed.',
    'This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed.',
    'Ashcombe District Council does not accept liability for any statements made which are clearly the sender’s own personal views.',
    '• This communication does not, unless expressly indicated by the sender in the body of the message, create or modify any contract.',
    'Please consider the environment before printing this email.',
    '__________________',
  ];
  const ANSWERS = [
    'Yes',
    'No',
    '42',
    'N/A',
    'We do not hold this information.',
    'Ashcombe District Council',
    'The Information Commissioner has previously upheld our approach; the figure is 1,204.',
    'We do not hold this information. An internal review of our records confirmed this.',
    'This information is exempt under section 40(2) as it is personal data.',
    'Page views of the portal were 1.2 million in 2017-18.',
    'Waste, Council Tax, Housing, Planning, Licensing, Libraries',
    '£64.2m',
    'Halton Lea is one of the areas we cover.',
    'Approximately 35% of residents have registered accounts.',
  ];
  it('flags disclaimers, rights notices, re-use notices and page furniture', () => {
    for (const p of BOILER) assert.equal(isBoilerplate(p), true, p);
  });
  it('does not flag real answers, even ones that mention the Commissioner or a section', () => {
    for (const p of ANSWERS) assert.equal(isBoilerplate(p), false, p);
  });
});
