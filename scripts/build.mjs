// Bundles the extension and the CLI with esbuild. Type-checking is separate (`npm run typecheck`),
// as in the reference esbuild setup for VS Code extensions: esbuild strips types, tsc checks them.
//
// The extension's main file, dist/extension.js, is what VS Code loads on activation; the YAML
// libraries (the parser and writer `yaml`, and `js-yaml` behind the sidecar line reader) are
// each in their own file under dist/lib/, required the first time one of their exports is used
// (reading the questionnaire, a sidecar the line reader hands on, writing a sidecar). So is the
// engine's reading of a reply (analysis, suggestions, values, the request reader, a questionnaire
// from a request): dist/engine.js, loaded when a reply is first analysed or a command needs it.
// Activation then neither reads nor compiles them: VS Code's activation figure is the main file's
// load plus activate(). Heavier layers (importer, interchange writers) are bundles of their own too.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const production = process.argv.includes('--production');
// --outdir <dir>: write there instead of dist/ (the activation benchmark builds a copy).
const outdirAt = process.argv.indexOf('--outdir');
const OUT = outdirAt === -1 ? 'dist' : process.argv[outdirAt + 1];
// --metafile <file>: also write esbuild's metafile of the main bundle (dist/extension.js) there,
// to see what it holds (e.g. `npx esbuild --analyze` style: per input file, bytes in the output).
const metafileAt = process.argv.indexOf('--metafile');
const METAFILE = metafileAt === -1 ? undefined : process.argv[metafileAt + 1];
const require = createRequire(import.meta.url);

/**
 * Libraries the extension loads on first use: import specifier → file under dist/lib/. Not zod:
 * a whole-library file cannot be tree-shaken (434 KB instead of the 25 KB the main bundle keeps).
 */
export const LAZY_LIBRARIES = { yaml: 'yaml.js', 'js-yaml': 'js-yaml.js' };

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

/**
 * Replaces each lazy library in the main bundle with a stand-in module that has the library's
 * export names as getters; the first read of any of them requires dist/lib/<file> (kept as a
 * run-time `require`, resolved next to dist/extension.js). esbuild's import interop copies the
 * getters, never their values, so importing a name costs nothing until it is used.
 * @type {import('esbuild').Plugin}
 */
const lazyLibraries = {
  name: 'lazy-libraries',
  setup(build) {
    const names = new Map(Object.keys(LAZY_LIBRARIES).map((spec) => [spec, Object.keys(require(spec)).filter((k) => k !== 'default' && k !== '__esModule')]));
    const filter = new RegExp(`^(?:${Object.keys(LAZY_LIBRARIES).map((s) => s.replace(/[/.-]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'lazy-library' }));
    build.onResolve({ filter: /^\.\/lib\// }, (args) => (args.namespace === 'lazy-library' ? { path: args.path, external: true } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-library' }, (args) => ({
      loader: 'js',
      contents: [
        'let lib;',
        `const load = () => (lib ??= require(${JSON.stringify(`./lib/${LAZY_LIBRARIES[args.path]}`)}));`,
        `for (const name of ${JSON.stringify(names.get(args.path))}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
      ].join('\n'),
    }));
  },
};

/**
 * The engine's reading of a reply, in dist/engine.js for the extension: source module → its name
 * in that bundle. The coverage view, the index and the editor's markers do not need it; opening a
 * reply (its analysis), accepting a suggestion, tagging a value or creating a questionnaire from
 * a request do. In the main bundle each module is a stand-in (as for the lazy libraries) whose
 * exports are getters that require dist/engine.js on first use. Modules these import that the
 * main bundle also has (markers, questionnaire, text…) are copied into both: they hold no state
 * the two would have to share.
 */
export const LAZY_ENGINE = {
  'src/core/suggest.ts': 'suggest',
  'src/core/reader.ts': 'reader',
  'src/core/values.ts': 'values',
  'src/core/fromRequest.ts': 'fromRequest',
};
const ENGINE_FILE = 'engine.js';

/** Each lazy engine module's export names (a non-bundling ESM build of the file lists them). */
async function engineExportNames() {
  const names = new Map();
  await Promise.all(
    Object.entries(LAZY_ENGINE).map(async ([source, name]) => {
      const r = await esbuild.build({ entryPoints: [source], bundle: false, format: 'esm', write: false, metafile: true, outdir: 'unused', logLevel: 'silent' });
      names.set(name, Object.values(r.metafile.outputs)[0].exports);
    }),
  );
  return names;
}

/** @returns {import('esbuild').Plugin} */
function lazyEngine(exportNames) {
  const bySource = new Map(Object.entries(LAZY_ENGINE).map(([source, name]) => [realpathSync(resolve(source)), name]));
  return {
    name: 'lazy-engine',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        if (args.namespace === 'lazy-engine') return args.path === `./${ENGINE_FILE}` ? { path: args.path, external: true } : undefined;
        const abs = resolve(realpathSync(args.resolveDir), args.path).replace(/\.js$/, '');
        const name = bySource.get(abs) ?? bySource.get(`${abs}.ts`);
        return name ? { path: name, namespace: 'lazy-engine' } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: 'lazy-engine' }, (args) => ({
        loader: 'js',
        resolveDir: process.cwd(),
        contents: [
          'let mod;',
          `const load = () => (mod ??= require(${JSON.stringify(`./${ENGINE_FILE}`)})[${JSON.stringify(args.path)}]);`,
          `for (const name of ${JSON.stringify(exportNames.get(args.path))}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
        ].join('\n'),
      }));
    },
  };
}

// Heavy layers are their own bundles, loaded by the CLI and the extension only when used:
// - the importer (src/import: pdf.js, mammoth, exceljs, postal-mime, msgreader — several MB),
//   dist/import.js, and the Import Replies command's own code, dist/importReplies.js, when an
//   import runs;
// - the interchange writers (src/interchange: exceljs and a zip writer), dist/interchange.js,
//   when an xlsx or qdpx export runs, and the Export and Compare commands' own code,
//   dist/surveyCommands.js, when one of them runs.
// This plugin turns an adapter's `require()` of such a module into a require of the sibling file
// instead of inlining it, so dist/cli.js and dist/extension.js (activation) do not grow with them.
const LAZY = [
  { source: 'src/import/index.ts', out: 'import.js' },
  { source: 'src/extension/importReplies.ts', out: 'importReplies.js' },
  { source: 'src/interchange/index.ts', out: 'interchange.js' },
  // The survey-wide features of the extension (dashboard panel, check problems), when first needed.
  { source: 'src/extension/survey/index.ts', out: 'survey.js' },
  { source: 'src/extension/surveyCommands.ts', out: 'surveyCommands.js' },
];
// Compared by real path: esbuild reports real folders, and `npm run package` builds in a staging
// copy whose src/ is a link to this one (comparing the link's path let every layer be inlined).
const lazyReal = (l) => realpathSync(resolve(l.source));
const lazyLayers = {
  name: 'lazy-layers',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const abs = resolve(realpathSync(args.resolveDir), args.path).replace(/\.js$/, '');
      const lazy = LAZY.find((l) => [abs, `${abs}.ts`, `${abs}/index.ts`].includes(lazyReal(l)));
      return lazy ? { path: `./${lazy.out}`, external: true } : undefined;
    });
  },
};

async function main() {
  const builds = [
    esbuild.build({ ...common, entryPoints: ['src/interchange/index.ts'], outfile: `${OUT}/interchange.js` }),
    esbuild.build({
      ...common,
      entryPoints: ['src/cli/main.ts'],
      outfile: `${OUT}/cli.js`,
      banner: { js: '#!/usr/bin/env node' },
      plugins: [lazyLayers],
    }),
    esbuild.build({
      ...common,
      entryPoints: ['src/import/index.ts'],
      outfile: `${OUT}/import.js`,
      // pdf.js asks for `import.meta.url` only to find optional packages (a canvas for rendering).
      logOverride: { 'empty-import-meta': 'silent' },
    }),
  ];
  if (existsSync('src/extension/extension.ts')) {
    rmSync(`${OUT}/lib`, { recursive: true, force: true });
    const engine = lazyEngine(await engineExportNames());
    builds.push(
      esbuild
        .build({
          ...common,
          entryPoints: ['src/extension/extension.ts'],
          outfile: `${OUT}/extension.js`,
          external: ['vscode'],
          plugins: [lazyLayers, engine, lazyLibraries],
          metafile: true,
        })
        .then((r) => {
          if (METAFILE) writeFileSync(METAFILE, JSON.stringify(r.metafile));
          return r;
        }),
      // The engine's reading of a reply, for the main bundle's stand-ins: each module's exports
      // under its name.
      esbuild.build({
        ...common,
        stdin: {
          contents: Object.entries(LAZY_ENGINE).map(([source, name]) => `export * as ${name} from ${JSON.stringify(`./${source}`)};`).join('\n'),
          resolveDir: process.cwd(),
          sourcefile: 'engine-entry.ts',
          loader: 'ts',
        },
        outfile: `${OUT}/${ENGINE_FILE}`,
        plugins: [lazyLayers, lazyLibraries],
      }),
      esbuild.build({
        ...common,
        entryPoints: ['src/extension/importReplies.ts'],
        outfile: `${OUT}/importReplies.js`,
        external: ['vscode'],
        plugins: [lazyLayers, lazyLibraries],
      }),
      // The survey-wide features (dashboard panel, check problems): loaded on first use.
      esbuild.build({
        ...common,
        entryPoints: ['src/extension/survey/index.ts'],
        outfile: `${OUT}/survey.js`,
        external: ['vscode'],
        plugins: [lazyLayers, lazyLibraries],
      }),
      esbuild.build({
        ...common,
        entryPoints: ['src/extension/surveyCommands.ts'],
        outfile: `${OUT}/surveyCommands.js`,
        external: ['vscode'],
        plugins: [lazyLayers, lazyLibraries],
      }),
      ...Object.entries(LAZY_LIBRARIES).map(([spec, file]) =>
        esbuild.build({
          ...common,
          stdin: { contents: `export * from ${JSON.stringify(spec)};`, resolveDir: process.cwd(), loader: 'js' },
          outfile: `${OUT}/lib/${file}`,
        }),
      ),
    );
  }
  // The dashboard page's script: for the browser, in a bundle of its own (with its charting
  // library), loaded only by the dashboard webview and inlined by `report --html`; never by the
  // extension's main bundle. Always minified: `report --html` writes it into every page.
  builds.push(
    esbuild.build({
      ...common,
      platform: 'browser',
      target: 'es2020',
      format: 'iife',
      minify: true,
      sourcemap: false,
      entryPoints: ['src/dashboard/webview/main.ts'],
      outfile: `${OUT}/dashboard-view.js`,
    }),
  );
  await Promise.all(builds);
}

// JSON Schemas of the questionnaire and the sidecar for YAML editors (package.json
// `yamlValidation`), generated from the engine's zod schemas at every build so they cannot drift.
async function writeJsonSchemas() {
  const gen = await esbuild.build({ ...common, sourcemap: false, minify: false, entryPoints: ['src/core/jsonSchemas.ts'], write: false, outfile: 'schemas.cjs' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', gen.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  mkdirSync(`${OUT}/schemas`, { recursive: true });
  for (const [name, schema] of Object.entries(module.exports.jsonSchemaFiles())) {
    writeFileSync(`${OUT}/schemas/${name}`, JSON.stringify(schema, null, 2) + '\n');
  }
}

// Imported (for LAZY_LIBRARIES) by the packaging check: build only when run.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
  await writeJsonSchemas();
}
