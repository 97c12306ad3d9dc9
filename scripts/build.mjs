// Bundles the extension and the CLI with esbuild. Type-checking is separate (`npm run typecheck`),
// as in the reference esbuild setup for VS Code extensions: esbuild strips types, tsc checks them.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, resolve } from 'node:path';

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

// Lazily loaded bundles: the importer (src/import: pdf.js, mammoth, exceljs, postal-mime,
// msgreader — several MB) as dist/import.js, and the Import Replies command's own code as
// dist/importReplies.js. The CLI and the extension `require()` them only when an import runs;
// this plugin turns such a require into one of the sibling file instead of inlining the module,
// so dist/cli.js and dist/extension.js (activation) do not grow with them.
const LAZY = [
  { source: 'src/import/index.ts', out: 'dist/import.js' },
  { source: 'src/extension/importReplies.ts', out: 'dist/importReplies.js' },
];
const lazyBundles = {
  name: 'lazy-bundles',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const abs = resolve(args.resolveDir, args.path).replace(/\.js$/, '');
      const lazy = LAZY.find((l) => [abs, `${abs}.ts`, `${abs}/index.ts`].includes(resolve(l.source)));
      return lazy ? { path: `./${basename(lazy.out)}`, external: true } : undefined;
    });
  },
};

const builds = [
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [lazyBundles],
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
      plugins: [lazyBundles],
    }),
    esbuild.build({
      ...common,
      entryPoints: ['src/extension/importReplies.ts'],
      outfile: 'dist/importReplies.js',
      external: ['vscode'],
      plugins: [lazyBundles],
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
