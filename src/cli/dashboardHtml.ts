// `foi-coder report --html <file>`: the coverage dashboard as one self-contained HTML file — the
// page, its script (dist/dashboard-view.js, built beside the CLI) and the data inlined, so it
// opens in any browser with no network and no server.
import { existsSync, promises as fsp } from 'node:fs';
import * as nodePath from 'node:path';
import { dashboardData } from '../dashboard/model';
import { dashboardPage, makeNonce } from '../dashboard/page';
import { CliError, EXIT, errorMessage } from './io';
import type { CliIo } from './io';
import { quoteLineOf } from './quoteLines';
import { placedFindings } from './surveyChecks';
import type { OpenWorkspace } from './workspace';

const SCRIPT = 'dashboard-view.js';

/** The page script: beside the bundled CLI (dist/), or in dist/ when run from the sources. */
export function dashboardScriptPath(): string {
  const candidates = [nodePath.join(__dirname, SCRIPT), nodePath.join(__dirname, '..', '..', 'dist', SCRIPT), nodePath.join(__dirname, '..', '..', '..', 'dist', SCRIPT)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new CliError(`the dashboard script ${SCRIPT} is missing beside the CLI (run npm run build)`, EXIT.io);
  return found;
}

export async function writeDashboard(io: CliIo, ws: OpenWorkspace, out: string): Promise<void> {
  const script = await fsp.readFile(dashboardScriptPath(), 'utf8');
  const data = dashboardData(ws.index.questionnaire, ws.index.coverage(), {
    source: ws.show('.') === '.' ? nodePath.basename(ws.root) : ws.show('.'),
    findings: placedFindings(ws).map((p) => p.finding),
    lineOf: quoteLineOf(ws),
    show: ws.show,
  });
  const html = dashboardPage({ data, nonce: makeNonce(), script: { inline: script } });
  const outAbs = nodePath.resolve(io.cwd, out);
  try {
    await fsp.writeFile(outAbs, html, 'utf8');
  } catch (e) {
    throw new CliError(`${out}: cannot write: ${errorMessage(e)}`, EXIT.io);
  }
  const n = data.councils.length;
  io.err(`Wrote ${out} (coverage dashboard, ${n} council${n === 1 ? '' : 's'}, ${data.findings.length} check finding${data.findings.length === 1 ? '' : 's'}).\n`);
}
