// The coverage report as `foi-coder report` prints it and "Show Coverage Report" shows it.
import { strict as assert } from 'node:assert';
import { computeCoverage } from '../../src/core/coverage';
import type { CodedReply } from '../../src/core/coverage';
import { coverageReportText } from '../../src/core/coverageReport';
import type { ReportSource, ReportStyle } from '../../src/core/coverageReport';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { parseSidecar } from '../../src/core/sidecar';

const questionnaire = parseQuestionnaire('version: 1\nquestions:\n  - id: Q1\n  - id: Q2\n  - id: Q3\n').questionnaire!;
const sidecar = (answers: string) => parseSidecar(`version: 1\nanswers:\n${answers}`).sidecar;
const FOUR: CodedReply[] = [
  { file: 'replies/ash.txt', council: 'Ashcombe', sidecar: sidecar('  Q1: { status: answered }\n  Q2: { status: refused, exemption: s12 }\n  Q3: { status: not-held }\n') },
  { file: 'replies/bir.txt', council: 'Birchley', sidecar: sidecar('  Q1: { status: partial }\n  Q2: { status: signposted }\n') },
  { file: 'replies/cal.txt', council: 'Calder', sidecar: sidecar('  Q1: { status: unclear }\n') },
  { file: 'replies/dun.txt', council: 'Dunmore', sidecar: null },
];
const OK: ReportSource = { questionnairePath: 'questionnaire.yaml', questionnaireExists: true, questionnaireUsable: true };
/** Marks each colour so a test can see which text got which. */
const TAGS: ReportStyle = { red: (s) => `<r>${s}</r>`, yellow: (s) => `<y>${s}</y>`, green: (s) => `<g>${s}</g>`, dim: (s) => `<d>${s}</d>`, bold: (s) => `<b>${s}</b>` };

describe('core: the coverage report text', () => {
  it('prints one row per council with coded/asked, percent, a count per state (· for none), the missing ids, and a total row', () => {
    const text = coverageReportText(computeCoverage(questionnaire, FOUR), OK);
    assert.equal(text, [
      'council             coded       %  ans  part  n/held  n/a  refused  signp  unclear  not-req  missing  missing ids',
      '------------------  -----  ------  ---  ----  ------  ---  -------  -----  -------  -------  -------  -------------------------',
      'Ashcombe              3/3  100.0%    1     ·       1    ·        1      ·        ·        ·        ·',
      'Birchley              2/3   66.7%    ·     1       ·    ·        ·      1        ·        ·        1  Q3',
      'Calder                1/3   33.3%    ·     ·       ·    ·        ·      ·        1        ·        2  Q2 Q3',
      'Dunmore               0/3    0.0%    ·     ·       ·    ·        ·      ·        ·        ·        3  all 3 (nothing coded yet)',
      'Total (4 councils)   6/12   50.0%    1     1       1    ·        1      1        1        ·        6',
      '',
    ].join('\n'));
  });

  it('colours the percent green at 100%, yellow from 50%, red below, dims the empty counts and bolds the total', () => {
    const lines = coverageReportText(computeCoverage(questionnaire, FOUR), OK, { style: TAGS }).split('\n');
    assert.match(lines[2]!, /^Ashcombe .*<g>100\.0%<\/g>/);
    assert.match(lines[3]!, /^Birchley .*<y>66\.7%<\/y>/);
    assert.match(lines[4]!, /^Calder .*<r>33\.3%<\/r>/);
    assert.match(lines[5]!, /^Dunmore .*<r>0\.0%<\/r> .*<d>all 3 \(nothing coded yet\)<\/d>$/);
    assert.match(lines[6]!, /^<b>Total \(4 councils\)<\/b> .*<y>50\.0%<\/y>/);
    assert.match(lines[2]!, /<d>·<\/d>/);
    assert.doesNotMatch(lines[2]!, /<d>1<\/d>|<r>1<\/r>/, 'a count is plain');
  });

  it('lists a single missing id rather than "all 1", and says "1 council" in the total', () => {
    const text = coverageReportText(computeCoverage(parseQuestionnaire('version: 1\nquestions:\n  - id: Q1\n').questionnaire!, [{ file: 'r.txt', council: 'Ashcombe', sidecar: null }]), OK);
    assert.match(text, /^Ashcombe +0\/1 +0\.0% .* 1 {2}Q1$/m);
    assert.match(text, /^Total \(1 council\) /m);
  });

  it('starts with the title when one is given, then a blank line', () => {
    const text = coverageReportText(computeCoverage(questionnaire, FOUR), OK, { title: 'Coverage of crm-survey' });
    assert.ok(text.startsWith('Coverage of crm-survey\n\ncouncil '));
  });

  it('says when there is no questionnaire, or it cannot be read, before the table, in yellow', () => {
    const missing = coverageReportText(computeCoverage(questionnaire, FOUR), { ...OK, questionnaireExists: false }, { style: TAGS });
    assert.ok(missing.startsWith('<y>No questionnaire (questionnaire.yaml): coverage uses the question ids seen in replies.</y>\n\ncouncil '));
    const broken = coverageReportText(computeCoverage(questionnaire, FOUR), { ...OK, questionnaireUsable: false, problemsHint: 'run foi-coder check' });
    assert.ok(broken.startsWith('The questionnaire questionnaire.yaml cannot be read (run foi-coder check): coverage uses the ids seen in replies.\n\ncouncil '));
    const noHint = coverageReportText(computeCoverage(questionnaire, FOUR), { ...OK, questionnaireUsable: false });
    assert.match(noHint, /^The questionnaire questionnaire\.yaml cannot be read \(see its problems\)/);
    assert.ok(coverageReportText(computeCoverage(questionnaire, FOUR), OK).startsWith('council '), 'nothing above the table when the questionnaire is fine');
  });

  it('says where replies are looked for when there are none, and prints no table', () => {
    assert.equal(coverageReportText(computeCoverage(questionnaire, []), OK), 'No replies found (*.reply.txt anywhere, or .txt files below a folder named "replies").\n');
    assert.equal(coverageReportText(computeCoverage(questionnaire, []), { ...OK, questionnaireExists: false }, { title: 'T' }), 'T\n\nNo questionnaire (questionnaire.yaml): coverage uses the question ids seen in replies.\n\nNo replies found (*.reply.txt anywhere, or .txt files below a folder named "replies").\n');
  });

  it('names each unreadable sidecar in its row and below the table with its position, in red, through the path display', () => {
    const broken: CodedReply[] = [
      { file: 'replies/a.txt', council: 'Ashford', sidecar: null, sidecarFile: 'replies/a.answers.yaml', unreadable: [{ severity: 'error', code: 'sidecar-parse', message: 'bad indentation', file: 'replies/a.answers.yaml', line: 3, column: 7 }] },
      { file: 'replies/b.txt', council: 'Birchley', sidecar: null, sidecarFile: 'replies/b.answers.yaml', unreadable: [{ severity: 'error', code: 'sidecar-encoding', message: '1 NUL byte', file: 'replies/b.answers.yaml', line: 1, column: 2 }] },
      { file: 'replies/c.txt', council: 'Calder', sidecar: null },
    ];
    const lines = coverageReportText(computeCoverage(questionnaire, broken), OK, { style: TAGS, show: (f) => `/ws/${f}` }).split('\n');
    assert.match(lines[0]!, / unread {2}missing ids$/);
    assert.match(lines[2]!, /^Ashford .*<r>3<\/r> {2}<r>UNREADABLE sidecar: \/ws\/replies\/a\.answers\.yaml \(see below\)<\/r>$/);
    assert.deepEqual(lines.slice(-4), [
      '<r>2 councils with a sidecar that cannot be read (their answers are unknown, not missing):</r>',
      '<r>  /ws/replies/a.answers.yaml:3:7: bad indentation</r>',
      '<r>  /ws/replies/b.answers.yaml:1:2: 1 NUL byte</r>',
      '',
    ]);
    const one = coverageReportText(computeCoverage(questionnaire, broken.slice(0, 1)), OK);
    assert.match(one, /\n\n1 council with a sidecar that cannot be read \(its answers are unknown, not missing\):\n {2}replies\/a\.answers\.yaml:3:7: bad indentation\n$/);
  });

  it('escapes control characters in council names, paths and messages so the terminal shows them', () => {
    const text = coverageReportText(
      computeCoverage(questionnaire, [{ file: 'r.txt', council: 'Evil\u001b[2J Council', sidecar: null, sidecarFile: 'x\u0007.yaml', unreadable: [{ severity: 'error', code: 'sidecar-parse', message: 'bad\rline', file: 'x\u0007.yaml', line: 1, column: 1 }] }]),
      { ...OK, questionnairePath: 'q\u001b.yaml', questionnaireExists: false },
    );
    assert.doesNotMatch(text, /[\u0000-\u0008\u000b-\u001f\u007f]/);
    assert.ok(text.startsWith('No questionnaire (q\\x1b.yaml)'));
    assert.match(text, /^Evil\\x1b\[2J Council .*UNREADABLE sidecar: x\\x07\.yaml \(see below\)$/m);
    assert.match(text, /^ {2}x\\x07\.yaml:1:1: bad\\rline$/m);
  });
});
