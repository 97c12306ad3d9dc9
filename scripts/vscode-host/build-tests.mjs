// Compiles the integration suite for the extension host: test/integration/index.ts and every
// test/integration/suite/*.test.ts become self-contained CJS files under out/test/integration/.
// Only `vscode` stays external (the host provides it); mocha is bundled into index.js so no
// node_modules lookup happens inside the host (the .vsix test runs without them).
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HostError, REPO } from './env.mjs';

export const OUT_DIR = join(REPO, 'out', 'test', 'integration');
export const TESTS_ENTRY = join(OUT_DIR, 'index.js');

/**
 * Bundles test entry points (a list, or name → source) into `outDir` as self-contained CJS for
 * the extension host, `vscode` left external. Shared by the suite, the .vsix check and the bench.
 */
export async function bundleForHost(entryPoints, outDir, outbase) {
  rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: outDir,
    ...(outbase ? { outbase } : {}),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'error',
    absWorkingDir: REPO,
  });
}

export async function buildTests() {
  const srcDir = join(REPO, 'test', 'integration');
  const suites = readdirSync(join(srcDir, 'suite')).filter((f) => f.endsWith('.test.ts')).map((f) => join(srcDir, 'suite', f));
  await bundleForHost([join(srcDir, 'index.ts'), ...suites], OUT_DIR, srcDir);
  return { entry: TESTS_ENTRY, suites: suites.length };
}

export const FIXTURE_WORKSPACE = join(REPO, 'test', 'integration', 'fixtures', 'workspace');

/** Fails clearly when the extension bundle is missing; warns when it looks stale. */
export function checkBuilt() {
  const bundle = join(REPO, 'dist', 'extension.js');
  if (!existsSync(bundle)) throw new HostError('dist/extension.js is missing: run `npm run build` first.');
  const source = join(REPO, 'src', 'extension', 'extension.ts');
  if (existsSync(source) && statSync(source).mtimeMs > statSync(bundle).mtimeMs) {
    console.error('[it] warning: src/extension/extension.ts is newer than dist/extension.js — did you run `npm run build`?');
  }
}

/**
 * Everything both hosts need before launching: the bundle checked, the suite compiled, and a
 * throw-away copy of the fixture workspace (suites write sidecars; the committed one stays clean).
 */
export async function prepareSuite({ keep = false } = {}) {
  checkBuilt();
  const { entry, suites } = await buildTests();
  console.error(`[it] compiled ${suites} suite file(s)`);
  const workspace = mkdtempSync(join(tmpdir(), 'foi-it-ws-'));
  cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
  const cleanup = () => {
    if (keep) console.error(`[it] workspace kept at ${workspace}`);
    else rmSync(workspace, { recursive: true, force: true });
  };
  return { entry, workspace, cleanup };
}
