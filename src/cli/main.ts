// The `foi-coder` command line: parses arguments (node's util.parseArgs, no dependency) and
// hands each command to its module in ./commands. `main()` takes injected I/O and returns the
// exit code, so tests run it in-process; the bundled dist/cli.js calls it with the real process.
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { version } from '../../package.json';
import { DEFAULT_MIN_CONFIDENCE } from '../core/calibration';
import { EXPORT_FORMATS, INTERCHANGE_FORMATS } from '../core/export';
import type { ExportFormat, InterchangeFormat } from '../core/export';
import { agreement } from './commands/agreement';
import { autotag } from './commands/autotag';
import { check } from './commands/check';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { init } from './commands/init';
import { report } from './commands/report';
import { suggest } from './commands/suggest';
import { COMMAND_HELP, GLOBAL_HELP } from './help';
import { CliError, EXIT, errorMessage, processIo } from './io';
import type { CliIo } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

const HELP: Options = { help: { type: 'boolean', short: 'h' } };
const QUESTIONNAIRE: Options = { questionnaire: { type: 'string', short: 'q' } };

const COMMAND_OPTIONS: Record<string, Options> = {
  report: { ...HELP, ...QUESTIONNAIRE, json: { type: 'boolean' }, html: { type: 'string' } },
  suggest: { ...HELP, ...QUESTIONNAIRE, json: { type: 'boolean' } },
  autotag: { ...HELP, ...QUESTIONNAIRE, write: { type: 'boolean' }, 'min-confidence': { type: 'string' } },
  check: { ...HELP, ...QUESTIONNAIRE, all: { type: 'boolean' } },
  export: { ...HELP, ...QUESTIONNAIRE, format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, 'no-bom': { type: 'boolean' }, 'allow-errors': { type: 'boolean' } },
  agreement: { ...HELP, ...QUESTIONNAIRE, json: { type: 'boolean' } },
  init: { ...HELP, 'from-request': { type: 'string' }, force: { type: 'boolean' }, title: { type: 'string' } },
  import: { ...HELP, into: { type: 'string' }, councils: { type: 'string' }, json: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
};

function usage(command: string | null, message: string): never {
  throw new CliError(`${message}\nRun "foi-coder ${command ? `${command} ` : ''}--help" for usage.`, EXIT.usage);
}

function atMostOne(command: string, positionals: string[], what: string): string | undefined {
  if (positionals.length > 1) usage(command, `too many arguments: ${positionals.slice(1).join(' ')} (expected ${what})`);
  return positionals[0];
}

async function run(io: CliIo, argv: readonly string[]): Promise<number> {
  const first = argv[0];
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    const topic = first === 'help' ? argv[1] : undefined;
    io.out(topic && COMMAND_HELP[topic] ? COMMAND_HELP[topic] : GLOBAL_HELP);
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '-v' || first === '--version') {
    io.out(`${version}\n`);
    return EXIT.ok;
  }
  const options = COMMAND_OPTIONS[first];
  if (!options) usage(null, first.startsWith('-') ? `unknown option: ${first}` : `unknown command: ${first}`);
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv.slice(1), options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (e) {
    usage(first, errorMessage(e));
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    io.out(COMMAND_HELP[first]!);
    return EXIT.ok;
  }
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const withQ = <T extends object>(o: T): T & { questionnaire?: string } => {
    const q = str('questionnaire');
    return q === undefined ? o : { ...o, questionnaire: q };
  };
  const dir = () => atMostOne(first, positionals, '[dir]');
  const withDir = <T extends object>(o: T): T & { dir?: string } => {
    const d = dir();
    return d === undefined ? o : { ...o, dir: d };
  };

  switch (first) {
    case 'report': {
      const html = str('html');
      const args = withQ(withDir({ json: Boolean(v.json) }));
      return report(io, html === undefined ? args : { ...args, html });
    }
    case 'suggest': {
      const reply = atMostOne(first, positionals, '<reply>');
      if (reply === undefined) usage(first, 'missing <reply>: the reply file to analyse');
      return suggest(io, withQ({ reply, json: Boolean(v.json) }));
    }
    case 'autotag': {
      const raw = str('min-confidence');
      const minConfidence = raw === undefined ? DEFAULT_MIN_CONFIDENCE : Number(raw);
      if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) usage(first, `--min-confidence: expected a number from 0 to 1, got "${raw}"`);
      return autotag(io, withQ(withDir({ write: Boolean(v.write), minConfidence })));
    }
    case 'check':
      return check(io, withQ(withDir(v.all ? { maxPerFile: 0 } : {})));
    case 'export': {
      const format = str('format') ?? 'tidy-csv';
      const formats: readonly string[] = [...EXPORT_FORMATS, ...INTERCHANGE_FORMATS];
      if (!formats.includes(format)) usage(first, `--format: expected ${formats.join(', ')}, got "${format}"`);
      const args = withQ(withDir({ format: format as ExportFormat | InterchangeFormat, bom: !v['no-bom'], allowErrors: Boolean(v['allow-errors']) }));
      const out = str('out');
      return exportCommand(io, out === undefined ? args : { ...args, out });
    }
    case 'agreement': {
      if (positionals.length !== 2) usage(first, positionals.length < 2 ? 'expected two folders: <workspaceA> <workspaceB> (two coders\' copies of the same replies)' : `too many arguments: ${positionals.slice(2).join(' ')}`);
      return agreement(io, withQ({ a: positionals[0]!, b: positionals[1]!, json: Boolean(v.json) }));
    }
    case 'init': {
      const from = str('from-request');
      if (from === undefined) usage(first, 'missing --from-request <file>: the request text to read the questions from');
      const title = str('title');
      const args = withDir({ fromRequest: from, force: Boolean(v.force) });
      return init(io, title === undefined ? args : { ...args, title });
    }
    case 'import': {
      if (positionals.length === 0) usage(first, 'missing <source>: a WhatDoTheyKnow zip or folder, e-mails (.eml, .msg, .mbox) or documents');
      const into = str('into');
      const councils = str('councils');
      return importCommand(io, {
        sources: positionals,
        json: Boolean(v.json),
        dryRun: Boolean(v['dry-run']),
        ...(into !== undefined ? { into } : {}),
        ...(councils !== undefined ? { councils } : {}),
      });
    }
  }
  return EXIT.usage;
}

/** Run the CLI; returns the exit code (0 ok, 1 errors found, 2 usage, 3 I/O or input). */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await run(io, argv);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`foi-coder: ${e.message}\n`);
      return e.exitCode;
    }
    io.err(`foi-coder: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.io;
  }
}

if (require.main === module) {
  // `foi-coder export … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
