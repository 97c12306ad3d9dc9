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

const builds = [
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
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
    }),
  );
}
await Promise.all(builds);
