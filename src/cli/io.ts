// What a CLI command may touch besides files: its output streams, the working directory and
// the environment — injected so tests run main() in-process and read what it printed.
import * as nodePath from 'node:path';
import { escapeControls } from '../core/text';
import type { Problem } from '../core/types';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** stdout is a terminal (colours allowed unless NO_COLOR). */
  isTTY: boolean;
}

/** Exit codes, documented in `foi-coder --help`. */
export const EXIT = { ok: 0, errorsFound: 1, usage: 2, io: 3 } as const;

/** An error that ends the command with a message and an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export function processIo(): CliIo {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  };
}

export function useColour(io: CliIo): boolean {
  return io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}

export function colourizer(io: CliIo) {
  const on = useColour(io);
  const wrap = (code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { red: wrap('31'), yellow: wrap('33'), green: wrap('32'), dim: wrap('2'), bold: wrap('1') };
}

/** A path as the user should see it: relative to the working directory when inside it. */
export function displayPath(io: CliIo, absPath: string): string {
  const rel = nodePath.relative(io.cwd, absPath);
  return rel === '' ? '.' : rel.startsWith('..') || nodePath.isAbsolute(rel) ? absPath : rel.split(nodePath.sep).join('/');
}

/** `file:line:col: severity: message`, the form editors and terminals make clickable. Control characters escaped. */
export function formatProblem(p: Problem, file: string): string {
  return escapeControls(`${file}:${p.line}:${p.column}: ${p.severity}: ${p.message}${p.code ? ` [${p.code}]` : ''}`);
}

/** Text from files (names, values) made safe for the terminal. */
export const safe = escapeControls;

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
