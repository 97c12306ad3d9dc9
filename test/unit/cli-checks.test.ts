import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

const QUESTIONNAIRE = `version: 1
questions:
  - { id: Q4, text: Systems, type: number }
  - { id: Q4a, text: Stand-alone, type: number }
  - { id: Q4b, text: Connected, type: number }
  - { id: Q8, text: Spend, type: money, unit: GBP }
checks:
  - rule: Q4a + Q4b <= Q4
    message: parts cannot outnumber the whole
`;

function sidecar(council: string, answers: Record<string, number>): string {
  const lines = ['version: 1', `council: ${council}`, 'answers:'];
  for (const [id, value] of Object.entries(answers)) lines.push(`  ${id}:`, '    status: answered', `    value: ${value}`);
  return lines.join('\n') + '\n';
}

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (out += t), cwd, env: {}, isTTY: false };
  return { code: await main(argv, io), out };
}

describe('foi-coder check and report with consistency checks', () => {
  let dir: string;
  const write = (name: string, answers: Record<string, number>) => {
    writeFileSync(path.join(dir, 'replies', `${name}.txt`), `Reply from ${name}\n`);
    writeFileSync(path.join(dir, 'replies', `${name}.answers.yaml`), sidecar(`${name} Council`, answers));
  };
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'foi-checks-'));
    mkdirSync(path.join(dir, 'replies'));
    writeFileSync(path.join(dir, 'foi-questionnaire.yaml'), QUESTIONNAIRE);
    const spend = [24_981_000, 31_200_000, 87_540_000, 61_000_000];
    spend.forEach((v, i) => write(`c${i}`, { Q4: 60, Q4a: 20, Q4b: 40, Q8: v }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a unit slip is a warning (exit 0); a failed rule is an error at the answer’s value (exit 1)', async () => {
    write('slip', { Q8: 45.1 });
    const flagged = await run(dir, 'check');
    assert.equal(flagged.code, 0, flagged.out);
    assert.match(flagged.out, /replies\/slip\.answers\.yaml:6:12: warning: Q8: £45\.1 is about 1\/1,000,000 of the median .* \[check-unit-slip\]/);

    write('broken', { Q4: 45, Q4a: 37, Q4b: 12 });
    const failed = await run(dir, 'check');
    assert.equal(failed.code, 1, failed.out);
    assert.match(failed.out, /replies\/broken\.answers\.yaml:9:12: error: parts cannot outnumber the whole: Q4a \+ Q4b <= Q4 \(Q4a \+ Q4b = 49, Q4 = 45\) \[check-rule\]/);
    assert.match(failed.out, /1 error, 1 warning/);
  });

  it('a rule that does not parse is an error at its column in the questionnaire, and the other checks still run', async () => {
    writeFileSync(path.join(dir, 'foi-questionnaire.yaml'), QUESTIONNAIRE + '  - rule: Q4 <= Q9\n');
    write('broken', { Q4: 45, Q4a: 37, Q4b: 12 });
    const r = await run(dir, 'check');
    assert.equal(r.code, 1);
    assert.match(r.out, /foi-questionnaire\.yaml:10:17: error: checks\[1\]: Q9 is not a question of this questionnaire \(the check is ignored\) \[questionnaire-check\]/);
    assert.match(r.out, /broken\.answers\.yaml:9:12: error: parts cannot outnumber/);
  });

  it('report --json lists each council’s findings with file and line', async () => {
    write('broken', { Q4: 45, Q4a: 37, Q4b: 12 });
    const r = await run(dir, 'report', '--json');
    assert.equal(r.code, 0);
    const data = JSON.parse(r.out) as { councils: { council: string; checks: Record<string, unknown>[] }[] };
    const broken = data.councils.find((c) => c.council === 'broken Council')!;
    assert.deepEqual(broken.checks, [{
      severity: 'error', code: 'check-rule', questions: ['Q4a', 'Q4b', 'Q4'],
      message: 'parts cannot outnumber the whole: Q4a + Q4b <= Q4 (Q4a + Q4b = 49, Q4 = 45)', rule: 'Q4a + Q4b <= Q4',
      file: 'replies/broken.answers.yaml', line: 9, column: 12,
    }]);
    assert.ok(data.councils.filter((c) => c !== broken).every((c) => c.checks.length === 0));
  });
});
