// `npm run package`: the .vsix, built in a throw-away staging copy so that packaging never
// replaces the development bundle in dist/ (other runs and open hosts keep using it).
// Steps: the production bundle (scripts/build.mjs --production, run inside the staging copy),
// `vsce package --no-dependencies` there (.vscodeignore is the allowlist), then a check of the
// archive itself: only runtime files, and the bundle is the minified one.
//
// Usage: node scripts/package.mjs [--out file.vsix] [--keep-stage]
//   default out: <name>-<version>.vsix in the repo root (ignored by git)
// As a module: `packageExtension({ out })` resolves to { vsix, files, bytes, bundleBytes, seconds }.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LAZY_LIBRARIES } from './build.mjs';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
export const DEFAULT_VSIX = join(REPO, `${PKG.name}-${PKG.version}.vsix`);

// Folders never worth copying into the staging area (the allowlist would drop them anyway).
const SKIP_TOP = new Set(['.git', 'node_modules', '.vscode-test', 'dist', 'out', 'screenshots-tmp']);
// What may ship inside `extension/` of the archive: anything else means the allowlist leaks.
const RUNTIME = [/^package\.json$/, /^README\.md$/i, /^CHANGELOG\.md$/i, /^LICENSE(\.txt|\.md)?$/i, /^dist\/extension\.js$/, /^dist\/engine\.js$/, /^dist\/lib\/[^/]+\.js$/, /^dist\/import(Replies)?\.js$/, /^dist\/interchange\.js$/, /^dist\/surveyCommands\.js$/, /^dist\/survey\.js$/, /^dist\/dashboard-view\.js$/, /^dist\/schemas\/[^/]+\.schema\.json$/,
  /^language-configuration\.json$/, /^syntaxes\/[^/]+\.tmLanguage\.json$/, /^snippets\/[^/]+\.code-snippets$/, /^media\//];

class PackageError extends Error {}

function run(cmd, args, cwd) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolveRun(out) : reject(new PackageError(`${[cmd, ...args].join(' ')} failed (exit ${code}):\n${out.trim()}`))));
  });
}

/** File names in a zip archive, read from its central directory (no unzip tool needed). */
export function zipEntries(buf) {
  const min = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) throw new PackageError('not a zip archive (no end-of-central-directory record)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new PackageError('corrupt zip central directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

/** Problems with a packaged .vsix: files outside the runtime allowlist, a missing or dev bundle. */
export function checkVsix(file) {
  const names = zipEntries(readFileSync(file));
  const shipped = names.filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length));
  const problems = shipped.filter((n) => !RUNTIME.some((re) => re.test(n))).map((n) => `unexpected file in the .vsix: ${n}`);
  // vsce renames README.md to readme.md inside the archive.
  // The icon package.json names (VS Code shows a grey placeholder without it).
  const icon = PKG.icon ? [PKG.icon] : [];
  const lazy = Object.values(LAZY_LIBRARIES).map((f) => `dist/lib/${f}`);
  for (const must of ['package.json', 'dist/extension.js', 'dist/engine.js', 'dist/import.js', 'dist/importReplies.js', 'dist/interchange.js', 'dist/surveyCommands.js', 'dist/survey.js', 'dist/dashboard-view.js', 'dist/schemas/foi-questionnaire.schema.json', 'dist/schemas/answers.schema.json', 'readme.md', ...icon, ...lazy]) if (!shipped.some((n) => n.toLowerCase() === must.toLowerCase())) problems.push(`missing from the .vsix: ${must}`);
  return { names: shipped, problems };
}

/** The main bundle's ceiling (DESIGN §14 targets ≤ 300 KB); well above it means a layer was inlined. */
const MAX_MAIN_BUNDLE = 320 * 1024;

export async function packageExtension({ out = DEFAULT_VSIX, keepStage = false, log = (s) => console.error(s) } = {}) {
  const t0 = Date.now();
  const stage = mkdtempSync(join(tmpdir(), 'foi-package-'));
  try {
    // The production build exactly as `npm run build:prod` makes it, but writing stage/dist.
    // The links let build.mjs's relative entry points and esbuild's module lookup work there.
    symlinkSync(join(REPO, 'src'), join(stage, 'src'), 'dir');
    symlinkSync(join(REPO, 'node_modules'), join(stage, 'node_modules'), 'dir');
    await run(process.execPath, [join(REPO, 'scripts', 'build.mjs'), '--production'], stage);
    rmSync(join(stage, 'src'));
    rmSync(join(stage, 'node_modules'));
    rmSync(join(stage, 'dist', 'cli.js'), { force: true });
    const bundle = join(stage, 'dist', 'extension.js');
    const bundleBytes = statSync(bundle).size;
    if (readFileSync(bundle, 'utf8').includes('sourceMappingURL=')) throw new PackageError('dist/extension.js in the staging copy has a source map: not a production build.');
    // The main bundle is what VS Code loads at activation; the heavy layers must stay outside it.
    if (bundleBytes > MAX_MAIN_BUNDLE) {
      throw new PackageError(`dist/extension.js is ${(bundleBytes / 1024).toFixed(0)} KB, over ${MAX_MAIN_BUNDLE / 1024} KB: a lazily loaded layer (import, interchange, survey) was bundled into it.`);
    }
    log(`[package] production bundle ${(bundleBytes / 1024).toFixed(1)} KB (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

    cpSync(REPO, stage, {
      recursive: true,
      filter: (src) => {
        const rel = src.slice(REPO.length + 1);
        if (rel === '') return true;
        const top = rel.split('/')[0];
        return !SKIP_TOP.has(top) && !rel.endsWith('.vsix') && !/(^|\/)\.work(\/|$)/.test(rel) && !/(^|\/)\.foi-tmp-/.test(rel);
      },
    });

    mkdirSync(dirname(resolve(out)), { recursive: true });
    const vsce = join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
    if (!existsSync(vsce)) throw new PackageError('@vscode/vsce is missing: run `npm ci` first.');
    // Without a `repository` in package.json vsce stops to ask on a terminal, and refuses the
    // README's relative links (it cannot make them absolute): keep them relative then.
    const noRepo = PKG.repository ? [] : ['--allow-missing-repository', '--no-rewrite-relative-links'];
    const vsceOut = await run(process.execPath, [vsce, 'package', '--no-dependencies', ...noRepo, '-o', resolve(out)], stage);
    for (const line of vsceOut.split('\n')) if (/WARNING|DONE|INFO/.test(line)) log(`[package] ${line.trim()}`);

    const { names, problems } = checkVsix(resolve(out));
    if (problems.length) throw new PackageError(`The .vsix is not right:\n  ${problems.join('\n  ')}`);
    const seconds = Math.round((Date.now() - t0) / 100) / 10;
    const bytes = statSync(resolve(out)).size;
    log(`[package] ${resolve(out)}: ${names.length} files, ${(bytes / 1024).toFixed(1)} KB, in ${seconds} s`);
    return { vsix: resolve(out), files: names, bytes, bundleBytes, seconds };
  } finally {
    if (keepStage) log(`[package] staging copy kept at ${stage}`);
    else rmSync(stage, { recursive: true, force: true });
  }
}

function parseArgs(argv) {
  const opts = { out: DEFAULT_VSIX, keepStage: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out' || argv[i] === '-o') opts.out = argv[++i];
    else if (argv[i] === '--keep-stage') opts.keepStage = true;
    else throw new PackageError(`Unknown argument ${argv[i]}. Usage: node scripts/package.mjs [--out file.vsix] [--keep-stage]`);
  }
  return opts;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const result = await packageExtension(parseArgs(process.argv.slice(2)));
    for (const f of result.files) console.log(`  ${f}`);
  } catch (err) {
    console.error(err instanceof PackageError ? `\n✖ ${err.message}` : err);
    process.exit(1);
  }
}
