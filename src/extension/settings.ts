// A typed, read-only mirror of the `foiCoder.*` settings in package.json. Every setting has
// scope `resource`, so callers pass the file they are working on; values that a user has
// mistyped in settings.json fall back to the defaults instead of reaching the engine.
import { vscode } from './vscodeApi';
import { DEFAULT_MIN_CONFIDENCE } from '../core/calibration';
import { EXPORT_FORMATS, INTERCHANGE_FORMATS } from '../core/export';
import type { ExportFormat, InterchangeFormat } from '../core/export';
import { DEFAULT_QUESTIONNAIRE_PATH, DEFAULT_REPLY_GLOBS } from '../core/workspace';

export const SECTION = 'foiCoder';

export interface FoiSettings {
  readonly replyGlobs: readonly string[];
  readonly questionnairePath: string;
  /** Empty: the operating-system user name (decided by the writer). */
  readonly coder: string;
  readonly decorationsEnabled: boolean;
  readonly minConfidence: number;
  readonly exportDefaultFormat: ExportFormat | InterchangeFormat;
}

function stringArray(value: unknown, fallback: readonly string[]): readonly string[] {
  if (!Array.isArray(value)) return fallback;
  const strings = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return strings.length > 0 ? strings : fallback;
}

/** The settings that apply to `scope` (a file's URI, a workspace folder, or none for the window). */
export function getSettings(scope?: vscode.ConfigurationScope | null): FoiSettings {
  const c = vscode.workspace.getConfiguration(SECTION, scope ?? null);
  const path = c.get<unknown>('questionnairePath');
  const confidence = c.get<unknown>('suggestions.minConfidence');
  const format = c.get<unknown>('export.defaultFormat');
  return {
    replyGlobs: stringArray(c.get<unknown>('replyGlobs'), DEFAULT_REPLY_GLOBS),
    questionnairePath: typeof path === 'string' && path.trim() !== '' ? path.trim() : DEFAULT_QUESTIONNAIRE_PATH,
    coder: typeof c.get<unknown>('coder') === 'string' ? (c.get<string>('coder') ?? '').trim() : '',
    decorationsEnabled: c.get<unknown>('decorations.enabled') !== false,
    minConfidence: typeof confidence === 'number' && confidence >= 0 && confidence <= 1 ? confidence : DEFAULT_MIN_CONFIDENCE,
    exportDefaultFormat: ([...EXPORT_FORMATS, ...INTERCHANGE_FORMATS] as readonly unknown[]).includes(format) ? (format as ExportFormat | InterchangeFormat) : 'tidy-csv',
  };
}

/** Fires when any `foiCoder.*` setting changes; the event tells which scopes it affects. */
export function onDidChangeSettings(listener: (e: vscode.ConfigurationChangeEvent) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION)) listener(e);
  });
}
