// Bundles the extension and the CLI with esbuild. Type-checking is separate (`npm run typecheck`),
// as in the reference esbuild setup for VS Code extensions: esbuild strips types, tsc checks them.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

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

// The importer (src/import: pdf.js, mammoth, exceljs, postal-mime, msgreader — several MB) is its
// own bundle, dist/import.js, loaded by the CLI and the extension only when an import runs: the
// adapters' `require('../import/index')` becomes a require of './import.js' beside them.
const importerExternal = {
  name: 'importer-external',
  setup(build) {
    build.onResolve({ filter: /^(\.\.\/)+import(\/index(\.js)?)?$/ }, (args) =>
      /[\\/]src[\\/](cli|extension)[\\/]/.test(args.importer) ? { path: './import.js', external: true } : undefined,
    );
  },
};

const builds = [
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [importerExternal],
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
      plugins: [importerExternal],
    }),
  );
}
await Promise.all(builds);
