// Writes examples/whatdotheyknow-batch.zip: a small WhatDoTheyKnow-style batch download of three
// fictional councils (a PDF reply, a Word reply, an inline reply; each with its request and an
// acknowledgement), built from the same fixture builders as the tests.
// Usage: node --import tsx scripts/make-import-example.ts
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { makeBatchZip } from '../test/support/importFixtures';

const out = path.join(__dirname, '..', 'examples', 'whatdotheyknow-batch.zip');
writeFileSync(out, makeBatchZip());
console.log(`wrote ${path.relative(process.cwd(), out)}`);
