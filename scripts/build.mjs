// Bundles the extension and the CLI with esbuild. Type-checking is separate (`npm run typecheck`),
// as in the reference esbuild setup for VS Code extensions: esbuild strips types, tsc checks them.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const production = process.argv.includes('--production');

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

// Heavy layers are their own bundles, loaded by the CLI and the extension only when used:
// - the importer (src/import: pdf.js, mammoth, exceljs, postal-mime, msgreader — several MB),
//   dist/import.js, and the Import Replies command's own code, dist/importReplies.js, when an
//   import runs;
// - the interchange writers (src/interchange: exceljs and a zip writer), dist/interchange.js,
//   when an xlsx or qdpx export runs.
// This plugin turns an adapter's `require()` of such a module into a require of the sibling file
// instead of inlining it, so dist/cli.js and dist/extension.js (activation) do not grow with them.
const LAZY = [
  { source: 'src/import/index.ts', out: 'import.js' },
  { source: 'src/extension/importReplies.ts', out: 'importReplies.js' },
  { source: 'src/interchange/index.ts', out: 'interchange.js' },
];
const lazyLayers = {
  name: 'lazy-layers',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const abs = resolve(args.resolveDir, args.path).replace(/\.js$/, '');
      const lazy = LAZY.find((l) => [abs, `${abs}.ts`, `${abs}/index.ts`].includes(resolve(l.source)));
      return lazy ? { path: `./${lazy.out}`, external: true } : undefined;
    });
  },
};

// The extension's on-demand commands (export, compare): `require('./surveyCommands')` in the main
// bundle stays a require of dist/surveyCommands.js.
const surveyCommandsExternal = {
  name: 'survey-commands-external',
  setup(build) {
    build.onResolve({ filter: /^\.\/surveyCommands$/ }, () => ({ path: './surveyCommands.js', external: true }));
  },
};

const builds = [
  esbuild.build({ ...common, entryPoints: ['src/interchange/index.ts'], outfile: 'dist/interchange.js' }),
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [lazyLayers],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/import/index.ts'],
    outfile: 'dist/import.js',
    // pdf.js asks for `import.meta.url` only to find optional packages (a canvas for rendering).
    logOverride: { 'empty-import-meta': 'silent' },
  }),
];
if (existsSync('src/extension/extension.ts')) {
  builds.push(
    esbuild.build({
      ...common,
      entryPoints: ['src/extension/extension.ts'],
      outfile: 'dist/extension.js',
      external: ['vscode'],
      metafile: true,
      plugins: [lazyLayers, surveyCommandsExternal],
    }),
    // Export and Compare, required by the main bundle the first time one runs.
    esbuild.build({
      ...common,
      entryPoints: ['src/extension/surveyCommands.ts'],
      outfile: 'dist/surveyCommands.js',
      external: ['vscode'],
      plugins: [lazyLayers],
    }),
    esbuild.build({
      ...common,
      entryPoints: ['src/extension/importReplies.ts'],
      outfile: 'dist/importReplies.js',
      external: ['vscode'],
      plugins: [lazyLayers],
    }),
  );
}
await Promise.all(builds);

// JSON Schemas of the questionnaire and the sidecar for YAML editors (package.json
// `yamlValidation`), generated from the engine's zod schemas at every build so they cannot drift.
async function writeJsonSchemas() {
  const gen = await esbuild.build({ ...common, sourcemap: false, minify: false, entryPoints: ['src/core/jsonSchemas.ts'], write: false, outfile: 'schemas.cjs' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', gen.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  mkdirSync('dist/schemas', { recursive: true });
  for (const [name, schema] of Object.entries(module.exports.jsonSchemaFiles())) {
    writeFileSync(`dist/schemas/${name}`, JSON.stringify(schema, null, 2) + '\n');
  }
}
await writeJsonSchemas();
