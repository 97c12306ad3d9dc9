// `foi-coder init [dir] --from-request <file> [--force]`: a questionnaire from a request's text.
import { existsSync, promises as fsp, readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { questionnaireFromRequest } from '../../core/fromRequest';
import { decodeText } from '../../core/text';
import { DEFAULT_QUESTIONNAIRE_PATH } from '../../core/workspace';
import { CliError, EXIT, displayPath, errorMessage } from '../io';
import type { CliIo } from '../io';

export interface InitArgs {
  dir?: string;
  fromRequest: string;
  force: boolean;
  title?: string;
}

export async function init(io: CliIo, args: InitArgs): Promise<number> {
  const root = nodePath.resolve(io.cwd, args.dir ?? '.');
  const target = nodePath.join(root, DEFAULT_QUESTIONNAIRE_PATH);
  const shown = displayPath(io, target);
  if (existsSync(target) && !args.force) {
    throw new CliError(`${shown}: already exists; use --force to replace it`, EXIT.io);
  }
  let text: string;
  try {
    text = decodeText(readFileSync(nodePath.resolve(io.cwd, args.fromRequest))).text;
  } catch (e) {
    throw new CliError(`${args.fromRequest}: cannot read: ${errorMessage(e)}`, EXIT.io);
  }
  const result = questionnaireFromRequest(text, args.title !== undefined ? { title: args.title } : undefined);
  if (result.questionnaire.questions.length === 0) {
    const seen = result.notTaken.map((n) => `\n  line ${n.line}: ${n.text}`).join('');
    throw new CliError(
      `${args.fromRequest}:1:1: error: no numbered questions found (expected lines such as "Q1. …", "1) …" or "1) … 2) …" inside a paragraph)` +
        (seen ? `; lines that look like questions:${seen}` : ''),
      EXIT.io,
    );
  }
  try {
    await fsp.mkdir(root, { recursive: true });
    await fsp.writeFile(target, result.yaml, 'utf8');
  } catch (e) {
    throw new CliError(`${shown}: cannot write: ${errorMessage(e)}`, EXIT.io);
  }
  const n = result.questionnaire.questions.length;
  const ids = result.questionnaire.questions.map((q) => q.id);
  io.out(`Wrote ${shown}: ${n} question${n === 1 ? '' : 's'} (${ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, …` : ids.join(', ')}) from ${args.fromRequest}.\n`);
  if (result.assumptions.length > 0) {
    io.out('Assumed (check these in the file):\n');
    for (const a of result.assumptions) io.out(`  - ${a}\n`);
  }
  return EXIT.ok;
}
