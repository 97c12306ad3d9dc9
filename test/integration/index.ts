// Entry of the integration suite inside the extension host (code-server or desktop VS Code):
// runs every compiled `suite/*.test.js` next to this file with programmatic mocha. The host
// calls `run()` and turns a rejection into a non-zero exit code.
// Mocha is bundled into this file, so the host needs nothing from node_modules at run time.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.FOI_IT_TIMEOUT ?? 20_000),
    ...(process.env.FOI_IT_GREP ? { grep: process.env.FOI_IT_GREP } : {}),
  });
  const suiteDir = join(__dirname, 'suite');
  const files = readdirSync(suiteDir).filter((f) => f.endsWith('.test.js')).sort();
  if (files.length === 0) throw new Error(`No compiled suites in ${suiteDir}`);
  for (const file of files) mocha.addFile(join(suiteDir, file));
  const failures = await new Promise<number>((resolve) => {
    mocha.run(resolve);
  });
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
