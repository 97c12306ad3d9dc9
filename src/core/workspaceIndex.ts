// The workspace index: every reply with its markers and sidecar, the questionnaire, and the
// coverage computed from them — kept up to date incrementally. Each file is cached by
// (mtime, size) and re-read only when that changes, so one edit costs one file's work.
// Full suggestions (analyzeReply) are computed lazily, on demand; a council whose sidecar does
// not name it is named by the cheap council detector (see workspace.ts for the council rules).
import { asciiText, sidecarText } from './asciiText';
import { detectCouncil } from './council';
import type { CachedQuestionnaire, CachedReply, IndexCache } from './indexCache';
import { councilCoverage, summarize, summaryCoverage } from './coverage';
import type { CodedReply, CouncilCoverage, SurveyCoverage } from './coverage';
import { scanMarkers } from './markers';
import { parseQuestionnaire, questionnaireFromIds } from './questionnaire';
import { sidecarPathFor } from './sidecar';
import { readSidecarFast, summarizeSidecarBytes, writerShapeOf } from './sidecarFastPath';
import type { SidecarSummary } from './sidecarFastPath';
import type { SidecarParse } from './sidecar';
import { analyzeReply } from './suggest';
import { decodeSidecarBytes, decodeText, normalizeLineBreaks } from './text';
import type { DecodedText } from './text';
import type { Marker, Problem, Questionnaire, ReplyAnalysis, Sidecar } from './types';
import {
  DEFAULT_QUESTIONNAIRE_PATH,
  SIDECAR_SUFFIX,
  discoverFiles,
  groupCouncils,
  replyMatcher,
  replyPathsOfSidecar,
  topLevelScalar,
} from './workspace';
import type { FileStat, WorkspaceFs, WorkspaceOptions } from './workspace';

/** A reply as indexed. `text`, `encoding`, `binary`, `problems` and `markers` are computed on first access. */
export interface IndexedReply {
  path: string;
  sidecarPath: string;
  text: string;
  encoding: DecodedText['encoding'];
  /** The bytes look binary: not analysed. */
  binary: boolean;
  markers: Marker[];
  /**
   * Sidecar text and parse; both null when the reply has no sidecar file. A sidecar that exists
   * but cannot be used (not a file, unreadable, not UTF-8, a refused link, shared with another
   * reply) has a null text and a parse with no sidecar and an error: see `sidecarUnusable`.
   */
  sidecarText: string | null;
  sidecar: SidecarParse | null;
  /** The sidecar's optional `received:` date. */
  received?: string;
  /** The council this reply is grouped under (workspace.ts). */
  council: string;
  /** Problems of the reply itself (encoding, analysis failures). */
  problems: Problem[];
}

export interface QuestionnaireState {
  path: string;
  /** false when the workspace has no questionnaire file: a stand-in is built from the ids seen. */
  exists: boolean;
  text: string | null;
  /** The parsed file, null when missing or unusable. */
  parsed: Questionnaire | null;
  problems: Problem[];
}

/**
 * True when the reply's sidecar exists but cannot be used: it must be reported (never shown as
 * uncoded) and never written.
 */
export function sidecarUnusable(reply: Pick<IndexedReply, 'sidecar'>): boolean {
  const parse = reply.sidecar;
  return parse !== null && (parse.sidecar === null || parse.problems.some((p) => p.severity === 'error'));
}

/** Work counters, for tests and the benchmark. */
export interface IndexStats {
  replyReads: number;
  sidecarReads: number;
  markerScans: number;
  analyses: number;
  /** Replies and sidecars taken from the cache (useCache) instead of being read. */
  cachedReplies: number;
  cachedSidecars: number;
}

export interface IndexOptions extends WorkspaceOptions {
  /** Detect the council from the reply's text when its sidecar gives none (default true). */
  detectCouncils?: boolean;
}

interface Stamp {
  mtime: number;
  size: number;
}

/**
 * A reply's record. Its text is decoded and its markers scanned on first use: coverage reads
 * sidecars only, so a cold start that shows coverage need not decode and scan hundreds of
 * replies (DESIGN §11). Until then the bytes are kept as read (outside the JS heap).
 */
class Entry implements IndexedReply {
  sidecarPath: string;
  /**
   * A summary of the sidecar when it was read in the writer's layout (sidecarFastPath.ts): what
   * coverage needs. Its full parse is then made on first use of `sidecar`.
   */
  summary: SidecarSummary | null = null;
  private parsed: SidecarParse | null = null;
  private parseLater: (() => SidecarParse) | null = null;
  // Assigned undefined, never deleted: a deleted property turns every entry into a slow dictionary object.
  received: string | undefined = undefined;
  council: string;
  /**
   * The reply's (mtime, size) when read; null for a reply found by a cold refresh and not read
   * yet: its stamp is taken by the read that gives its bytes (nothing is known of its content
   * until then, so nothing can be out of date).
   */
  stamp: Stamp | null;
  sidecarStamp: Stamp | null = null;
  analysis: ReplyAnalysis | null = null;
  /** detectCouncil's answer, computed once per content; undefined = not yet asked. */
  detected?: string | null;
  /** Question ids of the markers, from the cache, until the markers are scanned. */
  cachedIds: string[] | undefined = undefined;
  /**
   * Taken from the cache, and the reply (or its sidecar) turned out to have changed when its text
   * was read: what it holds now is in use, but the stamp is the old one (so the next update
   * re-reads it and reports the change), and it must not be cached as it is.
   */
  replyDrifted = false;
  sidecarDrifted = false;
  /** The sidecar's text, or a function that reads it (taken from the cache, not read yet). */
  private sidecarSource: string | null | (() => string | null) = null;
  private bytes: Uint8Array | (() => Uint8Array) | null;
  /** Set when the reply exists but could not be read: it is reported, not analysed. */
  readProblem: Problem | null = null;
  private decoded: { text: string; encoding: DecodedText['encoding']; binary: boolean; problems: Problem[] } | null = null;
  private scanned: Marker[] | null = null;

  constructor(
    readonly path: string,
    bytes: Uint8Array | (() => Uint8Array),
    stamp: Stamp | null,
    private readonly scanner: (entry: Entry) => Marker[],
  ) {
    this.bytes = bytes;
    this.sidecarPath = sidecarPathFor(path);
    this.council = path;
    this.stamp = stamp;
  }

  private decode(): NonNullable<Entry['decoded']> {
    if (this.decoded) return this.decoded;
    // A deferred read may itself find the file unusable (and set readProblem).
    const bytes = this.readProblem ? null : typeof this.bytes === 'function' ? this.bytes() : this.bytes!;
    this.bytes = null;
    if (this.readProblem || !bytes) {
      // (bytes is null only when readProblem was set before any read)
      this.decoded = { text: '', encoding: 'utf-8', binary: true, problems: this.readProblem ? [this.readProblem] : [] };
    } else {
      const d = decodeFast(bytes);
      const problems: Problem[] = d.warnings.map((message) => ({ severity: 'warning', code: 'reply-encoding', message, file: this.path, line: 1, column: 1 }));
      this.decoded = { text: d.text, encoding: d.encoding, binary: d.binary, problems };
    }
    return this.decoded;
  }

  get text(): string {
    return this.decode().text;
  }

  get sidecar(): SidecarParse | null {
    if (this.parseLater) {
      const parse = this.parseLater;
      this.parseLater = null;
      this.parsed = parse();
    }
    return this.parsed;
  }

  set sidecar(parse: SidecarParse | null) {
    this.parsed = parse;
    this.parseLater = null;
    this.summary = null;
  }

  /** A sidecar read in the writer's layout: its summary now, its parse on first use. */
  summarized(summary: SidecarSummary, parse: () => SidecarParse): void {
    this.parsed = null;
    this.parseLater = parse;
    this.summary = summary;
  }

  /** The sidecar's parse (or summary and parse to come) of the entry this one replaces. */
  takeSidecarOf(other: Entry): void {
    this.parsed = other.parsed;
    this.parseLater = other.parseLater;
    this.summary = other.summary;
  }

  /** Whether the reply has a sidecar file (usable or not), without parsing it. */
  get hasSidecar(): boolean {
    return this.parseLater !== null || this.parsed !== null;
  }

  /** The sidecar's `council:`, from the summary when there is one. */
  get sidecarCouncil(): string | null {
    return (this.summary ? this.summary.council : this.sidecar?.sidecar?.council) ?? null;
  }

  get sidecarText(): string | null {
    if (typeof this.sidecarSource === 'function') this.sidecarSource = this.sidecarSource();
    return this.sidecarSource;
  }

  set sidecarText(text: string | null | (() => string | null)) {
    this.sidecarSource = text;
  }

  /** Whether the reply has a sidecar file, without reading a cached one's text. */
  get hasSidecarText(): boolean {
    return this.sidecarSource !== null;
  }

  /** The sidecar's text if read, else the function that reads it (to hand on unread). */
  get sidecarTextSource(): string | null | (() => string | null) {
    return this.sidecarSource;
  }

  /** The reply's bytes are still to be read (taken from the cache). */
  get unread(): boolean {
    return typeof this.bytes === 'function';
  }

  get encoding(): DecodedText['encoding'] {
    return this.decode().encoding;
  }

  get binary(): boolean {
    return this.decode().binary;
  }

  get problems(): Problem[] {
    return this.decode().problems;
  }

  get markers(): Marker[] {
    return (this.scanned ??= this.scanner(this));
  }

  /** Whether the markers have been scanned (and so are worth keeping current eagerly). */
  get markersScanned(): boolean {
    return this.scanned !== null;
  }

  /** Scan now when `eager`, else on next use. */
  rescan(eager: boolean): void {
    this.scanned = eager ? this.scanner(this) : null;
  }
}

/** A reply with a summarized sidecar as coverage takes it: the entries are parsed only if its cells are read. */
class SummarizedReply implements CodedReply {
  readonly file: string;
  readonly council: string;
  readonly sidecarFile: string;
  received?: string;

  constructor(private readonly entry: Entry) {
    this.file = entry.path;
    this.council = entry.council;
    this.sidecarFile = entry.sidecarPath;
  }

  get sidecar(): Sidecar | null {
    return this.entry.sidecar?.sidecar ?? null;
  }
}

// Built on first use, not when the extension loads this module (creating one loads ICU data).
let collator: Intl.Collator | undefined;
const councilCollator = (): Intl.Collator => (collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true }));

const sameStamp = (a: Stamp | null, b: Stamp | null): boolean =>
  a === null ? b === null : b !== null && a.mtime === b.mtime && a.size === b.size;

const stampOf = (s: FileStat): Stamp => ({ mtime: s.mtime, size: s.size });

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * decodeText with a fast path for the common case — plain UTF-8, no BOM, no NUL byte — using
 * one shared decoder and the native indexOf; anything else goes through decodeText. Line breaks
 * are normalised on every path, as decodeText and the editor do (one search when there is no CR).
 */
function decodeFast(bytes: Uint8Array): DecodedText {
  const ascii = asciiText(bytes);
  if (ascii !== null) return { text: normalizeLineBreaks(ascii), encoding: 'utf-8', binary: false, warnings: [] };
  const b0 = bytes[0];
  if (b0 !== 0xef && b0 !== 0xfe && b0 !== 0xff && bytes.indexOf(0) === -1) {
    try {
      return { text: normalizeLineBreaks(utf8.decode(bytes)), encoding: 'utf-8', binary: false, warnings: [] };
    } catch {
      // not valid UTF-8: decodeText falls back to Windows-1252 and says so
    }
  }
  return decodeText(bytes);
}

// Files are read and processed by a few workers rather than all at once. With the Node fs
// (synchronous calls) all-at-once meant every file's bytes were alive together and got copied
// by the young-generation GC; with an async fs (vscode.workspace.fs) a few reads stay in flight.
const READ_CONCURRENCY = 8;

async function forEachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Why a file that exists cannot be used, from its stat. */
function unusableStat(stat: FileStat): string {
  return stat.problem ?? (stat.type === 'directory' ? 'is a folder, not a file' : 'is not a regular file');
}

/** Why a file that exists cannot be used, from the error reading it threw. */
function unusableBecause(e: unknown): string {
  const code = (e as { code?: string }).code;
  const why = code === 'EACCES' || code === 'EPERM' || code === 'NoPermissions' ? 'permission denied' : e instanceof Error ? e.message : String(e);
  return `cannot be read: ${why}`;
}

function replyProblem(path: string, unusable: string): Problem {
  return { severity: 'error', code: 'reply-unreadable', message: `${path} ${unusable}; not analysed`, file: path, line: 1, column: 1 };
}

/** The sidecar's `received:`; most sidecars have none, which one native search tells. */
function receivedOf(text: string): string | undefined {
  return text.indexOf('received:') === -1 ? undefined : topLevelScalar(text, 'received');
}

/**
 * decodeSidecarBytes, with the common cases done at memory speed (asciiText.ts); `body` is the
 * text after leading comment lines, for the sidecar reader.
 */
function decodeSidecar(bytes: Uint8Array): { ok: true; text: string; body: string } | { ok: false; line: number; column: number; message: string } {
  const fast = sidecarText(bytes);
  if (fast) return { ok: true, text: fast.text, body: fast.body };
  const d = decodeSidecarBytes(bytes);
  return d.ok ? { ok: true, text: d.text, body: d.text } : d;
}

function internalProblem(file: string, what: string, e: unknown): Problem {
  return { severity: 'error', code: 'internal', message: `${what} failed: ${e instanceof Error ? e.message : String(e)}`, file, line: 1, column: 1 };
}

export class WorkspaceIndex {
  readonly stats: IndexStats = { replyReads: 0, sidecarReads: 0, markerScans: 0, analyses: 0, cachedReplies: 0, cachedSidecars: 0 };
  private readonly entries = new Map<string, Entry>();
  private readonly isReply: (path: string) => boolean;
  private readonly questionnairePath: string;
  private q: QuestionnaireState;
  private qStamp: Stamp | null = null;
  private effective: Questionnaire | null = null;
  /** The questionnaire's ids for the marker scanner, built once per questionnaire. */
  private knownIds: ReadonlySet<string> | null = null;
  private routing: { q: Questionnaire; ids: ReadonlySet<string> } | null = null;
  private grouped = false;
  private cachedCoverage: SurveyCoverage | null = null;
  // Coverage is kept per council so that one sidecar change recomputes one council.
  private readonly councilCache = new Map<string, CouncilCoverage>();
  private readonly staleCouncils = new Set<string>();
  private allStale = true;
  /** What useCache gave, for the next refresh: replies by path, the questionnaire's stamp then, and its parse. */
  private seed: { replies: Map<string, CachedReply>; questionnaire: Stamp | null; questionnaireParse: CachedQuestionnaire | null } | null = null;
  /** Files the last discovery saw but could not use (refused links, FIFOs, loops). */
  private discoveryProblems: Problem[] = [];
  /** Sidecars that discovery found unusable before reading them: path → why. */
  private unusableSidecars = new Map<string, string>();
  /** A sidecar path two reply files map to (`a.txt`, `a.TXT`): path → those replies. */
  private sharedSidecars = new Map<string, string[]>();

  constructor(
    private readonly fs: WorkspaceFs,
    private readonly options: IndexOptions = {},
  ) {
    this.isReply = replyMatcher(options.replyGlobs);
    this.questionnairePath = options.questionnairePath ?? DEFAULT_QUESTIONNAIRE_PATH;
    this.q = { path: this.questionnairePath, exists: false, text: null, parsed: null, problems: [] };
  }

  // ---- reading ------------------------------------------------------------------------------

  /** Discover every reply and (re)read what changed since the last refresh. */
  async refresh(): Promise<void> {
    const [found] = await Promise.all([discoverFiles(this.fs, this.options), this.loadQuestionnaire()]);
    const seen = new Set(found.replies);
    for (const path of [...this.entries.keys()]) if (!seen.has(path)) this.entries.delete(path);
    this.unusableSidecars = found.unusableSidecars;
    this.discoveryProblems = found.skipped.map((s) => ({ severity: 'warning', code: 'file-skipped', message: `${s.path} ${s.message}`, file: s.path, line: 1, column: 1 }));
    const bySidecar = new Map<string, string[]>();
    for (const path of found.replies) {
      const sc = sidecarPathFor(path);
      const list = bySidecar.get(sc);
      if (list) list.push(path);
      else bySidecar.set(sc, [path]);
    }
    const shared = new Map([...bySidecar].filter(([, list]) => list.length > 1));
    // When which sidecars are shared changes, those sidecars are read again under the new rule.
    const sharing = new Set([...shared.keys(), ...this.sharedSidecars.keys()].filter((k) => (shared.get(k) ?? []).join() !== (this.sharedSidecars.get(k) ?? []).join()));
    this.sharedSidecars = shared;
    for (const e of this.entries.values()) {
      if (!sharing.has(e.sidecarPath)) continue;
      e.sidecarStamp = null;
      e.sidecarText = null;
      e.sidecar = null;
    }
    await forEachLimited(found.replies, READ_CONCURRENCY, (path) => {
      const sc = sidecarPathFor(path);
      return this.loadReply(path, found.sidecars.has(sc) || found.unusableSidecars.has(sc) || shared.has(sc));
    });
    this.seed = null;
    this.invalidate();
  }

  // ---- the cache between sessions (indexCache.ts) ---------------------------------------------

  /**
   * Let the next refresh take replies and sidecars whose (mtime, size) still match `cache` from
   * it instead of reading them; their text is read when first asked for. Needs `fs.readSync`
   * (without it, or with a null cache, the refresh reads everything).
   */
  useCache(cache: IndexCache | null): void {
    this.seed = cache && this.fs.readSync ? { replies: new Map(cache.replies.map((r) => [r.path, r])), questionnaire: cache.questionnaire, questionnaireParse: cache.questionnaireParse ?? null } : null;
  }

  /** What a later session needs to start from this state (serializeIndexCache stores it). */
  toCache(key: string): IndexCache {
    const replies: CachedReply[] = [];
    const usable = (st: Stamp): boolean => Number.isFinite(st.mtime) && Number.isFinite(st.size);
    for (const e of this.entries.values()) {
      // A reply not read yet is stat'ed now (nothing of its content is cached, so its stamp now is right).
      if (e.stamp === null && e.unread) this.stampUnread(e);
      // A reply that could not be read (no real stamp) is read again next time, as is one that
      // changed under the cache.
      if (e.replyDrifted || e.readProblem || e.stamp === null || !usable(e.stamp)) continue;
      const r: CachedReply = { path: e.path, stamp: { mtime: e.stamp.mtime, size: e.stamp.size } };
      if (e.detected !== undefined) r.detected = e.detected;
      if (!this.q.parsed) {
        const ids = e.markersScanned ? e.markers.flatMap((m) => m.ids) : e.cachedIds;
        if (ids) r.markerIds = ids;
      }
      // Only a sidecar read and parsed: one that exists but cannot be used is looked at again.
      if (e.sidecarStamp && usable(e.sidecarStamp) && e.sidecar && e.hasSidecarText && !e.sidecarDrifted) {
        r.sidecar = { stamp: { ...e.sidecarStamp }, parse: e.sidecar };
        if (e.received !== undefined) r.sidecar.received = e.received;
      }
      replies.push(r);
    }
    const cache: IndexCache = { key, questionnaire: this.qStamp ? { ...this.qStamp } : null, replies };
    if (this.q.exists && this.q.text !== null && this.qStamp && usable(this.qStamp)) {
      cache.questionnaireParse = { stamp: { ...this.qStamp }, text: this.q.text, parsed: this.q.parsed, problems: this.q.problems };
    }
    return cache;
  }

  /**
   * A reply not indexed yet, from the cache: true when its stamp still matches (its sidecar then
   * comes from the cache too when that stamp matches, else is read); false: read it as usual.
   */
  private async loadCached(path: string, cached: CachedReply, sidecarExists: boolean | null): Promise<boolean> {
    const stat = await this.statNow(path);
    // Anything but an unchanged regular file the link policy allows is read the usual way.
    if (!stat || stat.type !== 'file' || stat.problem || !sameStamp(cached.stamp, stat)) return false;
    const stamp = stampOf(stat);
    const entry: Entry = new Entry(path, () => this.readLater(path, stamp, () => this.replyDrifted(entry)) ?? new Uint8Array(0), stamp, this.scanEntry);
    if (cached.detected !== undefined) entry.detected = cached.detected;
    const qThen = this.seed?.questionnaire ?? null;
    if (cached.markerIds && sameStamp(this.qStamp, qThen)) entry.cachedIds = cached.markerIds;
    this.stats.cachedReplies++;
    this.entries.set(path, entry);
    this.councilChanged(entry);
    const c = cached.sidecar;
    const special = this.sharedSidecars.has(entry.sidecarPath) || this.unusableSidecars.has(entry.sidecarPath);
    if (c && sidecarExists !== false && !special) {
      const st = await this.statNow(entry.sidecarPath);
      if (st && st.type === 'file' && !st.problem && sameStamp(c.stamp, st)) {
        const sidecarStamp = stampOf(st);
        entry.sidecarStamp = sidecarStamp;
        entry.sidecar = c.parse;
        if (c.received !== undefined) entry.received = c.received;
        entry.sidecarText = () => this.readSidecarLater(entry, sidecarStamp);
        this.stats.cachedSidecars++;
        return true;
      }
    }
    if (sidecarExists !== false) await this.loadSidecar(entry);
    return true;
  }

  /**
   * A reply seen for the first time, read (and stat'ed) when its text is first needed: coverage
   * reads sidecars only, so a cold start that shows coverage (with a questionnaire, and councils
   * named by the sidecars) neither reads nor stats any reply — discovery has listed it as a
   * regular file the policy allows. Its stamp comes with its bytes (readReplyNow).
   */
  private loadDeferred(path: string): Entry {
    const entry: Entry = new Entry(path, () => this.readReplyNow(entry), null, this.scanEntry);
    this.entries.set(path, entry);
    this.councilChanged(entry);
    return entry;
  }

  /**
   * A deferred reply's bytes. Unreadable now: the entry's problem says so, as a read at refresh
   * would have. Not stat'ed before: the read's stat is its stamp. Changed since a stat taken
   * before (stampUnread): the new bytes are used and the entry marked drifted (the next update
   * re-reads it and reports the change; it is not cached under the old stamp).
   */
  private readReplyNow(entry: Entry): Uint8Array {
    this.stats.replyReads++;
    const expected = entry.stamp;
    const unusable: Stamp = { mtime: NaN, size: NaN };
    let got: { bytes: Uint8Array; stat: FileStat } | null;
    try {
      got = this.fs.readSync!(entry.path);
    } catch (e) {
      entry.stamp ??= unusable;
      entry.readProblem = replyProblem(entry.path, unusableBecause(e));
      return new Uint8Array(0);
    }
    if (!got || (expected !== null && !sameStamp(expected, got.stat))) this.replyDrifted(entry);
    if (!got) {
      entry.stamp ??= unusable;
      return new Uint8Array(0); // deleted since: no text until the next update drops it
    }
    if (got.stat.type !== 'file' || got.stat.problem) {
      entry.stamp ??= unusable;
      entry.readProblem = replyProblem(entry.path, unusableStat(got.stat));
      return new Uint8Array(0);
    }
    entry.stamp ??= stampOf(got.stat);
    return got.bytes;
  }

  /** The stamp of a reply not read yet, from a stat now (left null when it is not a usable file: its read will say why). */
  private stampUnread(entry: Entry): void {
    let stat: FileStat | null;
    try {
      stat = this.fs.statSync ? this.fs.statSync(entry.path) : null;
    } catch {
      stat = null;
    }
    if (stat && stat.type === 'file' && !stat.problem) entry.stamp = stampOf(stat);
  }

  /** A file's stat, synchronously where the file access can (null: missing or unreadable). */
  private async statNow(path: string): Promise<FileStat | null> {
    try {
      return this.fs.statSync ? this.fs.statSync(path) : await this.fs.stat(path);
    } catch {
      return null;
    }
  }

  /** A cached file's bytes, read when first needed; `drifted` is called when it is not as cached. */
  private readLater(path: string, expected: Stamp, drifted: () => void): Uint8Array | null {
    let got: { bytes: Uint8Array; stat: FileStat } | null;
    try {
      got = this.fs.readSync!(path);
    } catch {
      // Unreadable now: as if gone, until the next change event re-reads it.
      got = null;
    }
    if (!got || got.stat.type !== 'file' || got.stat.problem) {
      drifted();
      return null;
    }
    if (!sameStamp(expected, got.stat)) drifted();
    return got.bytes;
  }

  private replyDrifted(entry: Entry): void {
    entry.replyDrifted = true;
    this.councilChanged(entry);
  }

  /** A cached sidecar's text; if the file changed since, its parse is replaced to match the text. */
  private readSidecarLater(entry: Entry, expected: Stamp): string | null {
    let drifted = false;
    const bytes = this.readLater(entry.sidecarPath, expected, () => (drifted = true));
    const decoded = bytes ? decodeSidecar(bytes) : null;
    const text = decoded?.ok ? decoded.text : null;
    if (drifted && this.entries.get(entry.path) === entry) {
      entry.sidecarDrifted = true;
      entry.received = undefined;
      this.councilChanged(entry);
      if (decoded && !decoded.ok) {
        entry.sidecar = { sidecar: null, problems: [{ severity: 'error', code: 'sidecar-encoding', message: decoded.message, file: entry.sidecarPath, line: decoded.line, column: decoded.column }] };
      } else if (text === null) {
        // Gone, or no longer a file the policy lets us read: the next update says which.
        entry.sidecar = null;
      } else {
        entry.sidecar = this.parseSidecarText(text, entry.sidecarPath, decoded!.ok ? decoded!.body : undefined);
        const received = receivedOf(text);
        if (received !== undefined) entry.received = received;
      }
    }
    return text;
  }

  private parseSidecarText(text: string, path: string, body?: string): SidecarParse {
    try {
      return readSidecarFast(text, path, body);
    } catch (e) {
      return { sidecar: null, problems: [internalProblem(path, 'reading the sidecar', e)] };
    }
  }

  /**
   * Re-check the given paths (replies, sidecars, the questionnaire; others are ignored) and
   * re-read those whose (mtime, size) changed. Returns the reply paths whose record changed.
   */
  async update(paths: readonly string[]): Promise<string[]> {
    const changed = new Set<string>();
    const work: Promise<void>[] = [];
    for (const path of new Set(paths)) {
      if (path === this.questionnairePath) {
        work.push(
          this.loadQuestionnaire().then((didChange) => {
            if (didChange) for (const p of this.entries.keys()) changed.add(p);
          }),
        );
      } else if (path.toLowerCase().endsWith(SIDECAR_SUFFIX)) {
        const reply = replyPathsOfSidecar(path).find((p) => this.entries.has(p));
        if (reply) work.push(this.loadSidecar(this.entries.get(reply)!).then((c) => void (c && changed.add(reply))));
      } else if (this.isReply(path)) {
        work.push(this.loadReply(path, null, true).then((c) => void (c && changed.add(path))));
      }
    }
    await Promise.all(work);
    return [...changed];
  }

  /** Files seen but not used (refused links, FIFOs and other non-regular files, link loops), each a warning. */
  get problems(): readonly Problem[] {
    return this.discoveryProblems;
  }

  /** Re-read the questionnaire if it changed; on change, markers are rescanned (those in use at once). */
  private async loadQuestionnaire(): Promise<boolean> {
    const st = await this.fs.stat(this.questionnairePath).catch(() => null);
    const stat = st && st.type === 'file' ? st : null;
    if (sameStamp(this.qStamp, stat) && (stat !== null || !this.q.exists)) return false;
    this.qStamp = stat ? stampOf(stat) : null;
    this.knownIds = null;
    const cached = this.seed?.questionnaireParse;
    if (!stat) {
      this.q = { path: this.questionnairePath, exists: false, text: null, parsed: null, problems: [] };
    } else if (cached && sameStamp(cached.stamp, stat) && !stat.problem) {
      // Unchanged since the cache was made: its parse, without reading or parsing the file.
      this.q = { path: this.questionnairePath, exists: true, text: cached.text, parsed: cached.parsed, problems: cached.problems };
    } else {
      try {
        const text = decodeFast(await this.fs.readFile(this.questionnairePath)).text;
        const { questionnaire, problems } = parseQuestionnaire(text, this.questionnairePath);
        this.q = { path: this.questionnairePath, exists: true, text, parsed: questionnaire, problems };
      } catch (e) {
        this.q = { path: this.questionnairePath, exists: true, text: null, parsed: null, problems: [internalProblem(this.questionnairePath, 'reading the questionnaire', e)] };
      }
    }
    // Markers depend on the questionnaire's ids: rescan those in use now, the others on use.
    for (const entry of this.entries.values()) {
      entry.rescan(entry.markersScanned);
      entry.cachedIds = undefined;
      entry.analysis = null;
    }
    this.invalidate();
    return true;
  }

  /**
   * (Re)read a reply if new or changed, and its sidecar if that changed. `sidecarExists`
   * comes from discovery; null means "stat it". Returns true when anything was re-read.
   */
  private async loadReply(path: string, sidecarExists: boolean | null, eagerMarkers = false): Promise<boolean> {
    let entry = this.entries.get(path);
    const cached = entry ? undefined : this.seed?.replies.get(path);
    if (cached && (await this.loadCached(path, cached, sidecarExists))) return true;
    if (!entry && !eagerMarkers && this.fs.statSync && this.fs.readSync) {
      const deferred = this.loadDeferred(path);
      if (sidecarExists !== false) await this.loadSidecar(deferred);
      return true;
    }
    if (entry && entry.stamp === null && entry.unread && !eagerMarkers) {
      // Not read since a cold refresh, and a refresh again: nothing of its content is known, so
      // there is nothing to check (an edit reported through update is read at once, below).
      if (sidecarExists === false && entry.sidecarStamp === null) return false;
      return this.loadSidecar(entry);
    }
    const file = await this.readIfChanged(path, entry?.stamp ?? null);
    if (file === 'gone') {
      if (entry) this.councilChanged(entry);
      return this.entries.delete(path);
    }
    let changed = false;
    if (file !== 'same') {
      const { bytes, stat } = 'unusable' in file ? { bytes: new Uint8Array(0), stat: file.stat } : file;
      this.stats.replyReads++;
      const fresh = new Entry(path, bytes, stat ? stampOf(stat) : { mtime: NaN, size: NaN }, this.scanEntry);
      if ('unusable' in file) fresh.readProblem = replyProblem(path, file.unusable);
      if (entry) {
        fresh.sidecarPath = entry.sidecarPath;
        fresh.sidecarText = entry.sidecarTextSource;
        fresh.sidecarDrifted = entry.sidecarDrifted;
        fresh.takeSidecarOf(entry);
        fresh.council = entry.council;
        fresh.sidecarStamp = entry.sidecarStamp;
        if (entry.received !== undefined) fresh.received = entry.received;
      }
      // An edit reported through update(): its markers are wanted next, and one scan is cheap.
      if (eagerMarkers) fresh.rescan(true);
      this.entries.set(path, fresh);
      this.textChanged(entry, fresh);
      entry = fresh;
      changed = true;
    }
    if (!entry || (sidecarExists === false && entry.sidecarStamp === null)) return changed;
    return (await this.loadSidecar(entry)) || changed;
  }

  /**
   * The file's bytes and stat when it is new or its (mtime, size) differs from `known`;
   * 'same' when unchanged, 'gone' when it does not exist, `unusable` (with why) when it exists
   * but may not or cannot be read: not a regular file, a refused link, unreadable.
   */
  private async readIfChanged(path: string, known: Stamp | null): Promise<{ bytes: Uint8Array; stat: FileStat } | { unusable: string; stat?: FileStat } | 'same' | 'gone'> {
    const unusable = (stat: FileStat): { unusable: string; stat: FileStat } => ({ unusable: unusableStat(stat), stat });
    try {
      if (known === null && this.fs.readWithStat) {
        const got = await this.fs.readWithStat(path);
        if (!got) return 'gone';
        return got.stat.type === 'file' && !got.stat.problem ? got : unusable(got.stat);
      }
      const stat = await this.fs.stat(path);
      if (!stat) return 'gone';
      if (stat.type !== 'file' || stat.problem) return unusable(stat);
      if (sameStamp(known, stat)) return 'same';
      return { bytes: await this.fs.readFile(path), stat };
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'ENOENT' || code === 'FileNotFound') return 'gone'; // deleted between stat and read
      return { unusable: unusableBecause(e) };
    }
  }

  private async loadSidecar(entry: Entry): Promise<boolean> {
    const sharedWith = this.sharedSidecars.get(entry.sidecarPath);
    const early = this.unusableSidecars.get(entry.sidecarPath);
    const file: Awaited<ReturnType<WorkspaceIndex['readIfChanged']>> = sharedWith
      ? { unusable: `belongs to ${sharedWith.length} replies (${sharedWith.join(', ')}), whose names differ only in the case of .txt; rename one reply so each has its own sidecar` }
      : early !== undefined && entry.sidecarStamp === null
        ? { unusable: early }
        : await this.readIfChanged(entry.sidecarPath, entry.sidecarStamp);
    if (file === 'same' || (file === 'gone' && entry.sidecarStamp === null && !entry.hasSidecarText && !entry.hasSidecar)) return false;
    entry.received = undefined;
    entry.sidecarDrifted = false;
    this.councilChanged(entry);
    if (file === 'gone') {
      entry.sidecarStamp = null;
      entry.sidecarText = null;
      entry.sidecar = null;
      return true;
    }
    if ('unusable' in file) {
      // Exists but cannot be used: an error naming the file; never "no sidecar", never written.
      entry.sidecarStamp = { mtime: NaN, size: NaN };
      entry.sidecarText = null;
      entry.sidecar = { sidecar: null, problems: [{ severity: 'error', code: 'sidecar-unreadable', message: `${entry.sidecarPath} ${file.unusable}${/not followed$/.test(file.unusable) ? '' : '; not read'}, never written`, file: entry.sidecarPath, line: 1, column: 1 }] };
      return true;
    }
    entry.sidecarStamp = stampOf(file.stat);
    this.stats.sidecarReads++;
    const wanted = this.routingIds();
    const summary = summarizeSidecarBytes(file.bytes, wanted);
    if (summary) {
      // In the writer's layout (so no `received:`): decoded and parsed when first asked for.
      const bytes = file.bytes;
      let decoded: ReturnType<typeof decodeSidecar> | null = null;
      const decode = () => (decoded ??= decodeSidecar(bytes));
      entry.sidecarText = () => {
        const d = decode();
        return d.ok ? d.text : null;
      };
      const path = entry.sidecarPath;
      entry.summarized(summary, () => {
        const d = decode();
        if (!d.ok) return { sidecar: null, problems: [{ severity: 'error', code: 'sidecar-encoding', message: d.message, file: path, line: d.line, column: d.column }] };
        const exact = writerShapeOf(d.text, d.body);
        return exact ? { sidecar: exact, problems: [] } : this.parseSidecarText(d.text, path);
      });
      return true;
    }
    const decoded = decodeSidecar(file.bytes);
    if (!decoded.ok) {
      entry.sidecarText = null;
      entry.sidecar = { sidecar: null, problems: [{ severity: 'error', code: 'sidecar-encoding', message: decoded.message, file: entry.sidecarPath, line: decoded.line, column: decoded.column }] };
      return true;
    }
    const text = decoded.text;
    entry.sidecarText = text;
    const exact = writerShapeOf(text, decoded.body);
    entry.sidecar = exact ? { sidecar: exact, problems: [] } : this.parseSidecarText(text, entry.sidecarPath);
    // The writer's layout has no top-level key but its own four, so no `received:`; otherwise the
    // body is searched (the leading comment lines hold no key, and the body is one flat string).
    const received = exact ? undefined : receivedOf(decoded.body);
    if (received !== undefined) entry.received = received;
    return true;
  }

  /** The ids routing looks at (every id a question's `when` names), built once per questionnaire. */
  private routingIds(): ReadonlySet<string> | null {
    const q = this.q.parsed;
    if (!q) return null;
    if (this.routing?.q !== q) {
      const ids = new Set<string>();
      for (const question of q.questions) if (question.when) for (const id of Object.keys(question.when)) ids.add(id);
      this.routing = { q, ids };
    }
    return this.routing.ids;
  }

  private readonly scanEntry = (entry: Entry): Marker[] => this.scan(entry);

  private scan(entry: Entry): Marker[] {
    if (entry.binary) return [];
    this.stats.markerScans++;
    try {
      if (this.q.parsed && !this.knownIds) this.knownIds = new Set(this.q.parsed.byId.keys());
      return scanMarkers(entry.text, this.q.parsed ? this.knownIds : null);
    } catch (e) {
      entry.problems.push(internalProblem(entry.path, 'scanning markers', e));
      return [];
    }
  }

  /** Everything may have changed (refresh, a new questionnaire). */
  private invalidate(): void {
    this.effective = null;
    this.grouped = false;
    this.cachedCoverage = null;
    this.allStale = true;
  }

  /** This reply's coding or grouping may have changed: regroup and recompute its council. */
  private councilChanged(entry: Entry): void {
    this.staleCouncils.add(entry.council);
    this.grouped = false;
    this.cachedCoverage = null;
  }

  /**
   * A reply's text changed. Coverage reads sidecars, not reply text, so this matters only when
   * the text names the council (no council in the sidecar) or supplies the ids (no questionnaire).
   */
  private textChanged(before: Entry | undefined, after: Entry): void {
    if (!before) return this.councilChanged(after);
    if (!this.q.parsed) return this.invalidate();
    if (!after.sidecarCouncil && (this.options.detectCouncils ?? true)) this.councilChanged(after);
  }

  // ---- reading the model --------------------------------------------------------------------

  get questionnaireState(): QuestionnaireState {
    return this.q;
  }

  /** The questionnaire coverage uses: the file's, or a stand-in from the ids seen in replies and sidecars. */
  get questionnaire(): Questionnaire {
    if (this.q.parsed) return this.q.parsed;
    if (!this.effective) {
      const ids: string[] = [];
      for (const e of this.entries.values()) {
        if (e.cachedIds && !e.markersScanned) ids.push(...e.cachedIds);
        else for (const m of e.markers) ids.push(...m.ids);
        if (e.summary) ids.push(...e.summary.ids);
        else if (e.sidecar?.sidecar) ids.push(...e.sidecar.sidecar.answers.keys());
      }
      this.effective = questionnaireFromIds(ids);
    }
    return this.effective;
  }

  /** Every indexed reply, sorted by path, with its council assigned. */
  replies(): IndexedReply[] {
    return this.sortedEntries();
  }

  private sortedEntries(): Entry[] {
    this.group();
    return [...this.entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  reply(path: string): IndexedReply | undefined {
    this.group();
    return this.entries.get(path);
  }

  /** Full suggestions for a reply, computed on first request and cached until it changes. */
  analysis(path: string): ReplyAnalysis | undefined {
    const entry = this.entries.get(path);
    return entry ? this.analyse(entry) : undefined;
  }

  coverage(): SurveyCoverage {
    if (this.cachedCoverage) return this.cachedCoverage;
    const members = new Map<string, CodedReply[]>();
    const summaries = new Map<CodedReply, SidecarSummary>();
    const wanted = this.routingIds();
    for (const e of this.sortedEntries()) {
      let r: CodedReply;
      if (e.summary && e.summary.wanted === wanted) {
        // The entries are parsed only if the council's cells are read.
        r = new SummarizedReply(e);
        summaries.set(r, e.summary);
      } else {
        r = { file: e.path, council: e.council, sidecar: e.sidecar?.sidecar ?? null };
        if (e.sidecar !== null) r.sidecarFile = e.sidecarPath;
        if (sidecarUnusable(e)) r.unreadable = e.sidecar!.problems.filter((p) => p.severity === 'error');
      }
      if (e.received !== undefined) r.received = e.received;
      const list = members.get(e.council);
      if (list) list.push(r);
      else members.set(e.council, [r]);
    }
    const questionnaire = this.questionnaire;
    if (this.allStale) this.councilCache.clear();
    const todo = this.allStale ? members.keys() : this.staleCouncils;
    for (const name of todo) {
      const files = members.get(name);
      if (!files) continue;
      const summary = files.length === 1 ? summaries.get(files[0]!) : undefined;
      this.councilCache.set(name, summary ? summaryCoverage(questionnaire, name, files[0]!, summary) : councilCoverage(questionnaire, name, files));
    }
    for (const name of [...this.councilCache.keys()]) if (!members.has(name)) this.councilCache.delete(name);
    this.allStale = false;
    this.staleCouncils.clear();
    const collate = councilCollator();
    const councils = [...this.councilCache.values()].sort((a, b) => collate.compare(a.council, b.council) || (a.council < b.council ? -1 : a.council > b.council ? 1 : 0));
    this.cachedCoverage = summarize(questionnaire, councils);
    return this.cachedCoverage;
  }

  private analyse(entry: Entry): ReplyAnalysis {
    if (!entry.analysis) {
      this.stats.analyses++;
      try {
        entry.analysis = entry.binary
          ? { council: null, markers: [], answers: [], problems: [] }
          : analyzeReply(entry.text, this.q.parsed ?? this.questionnaire, { file: entry.path });
      } catch (e) {
        entry.analysis = { council: null, markers: entry.markers, answers: [], problems: [internalProblem(entry.path, 'analysing the reply', e)] };
      }
    }
    return entry.analysis;
  }

  private detect(entry: Entry): string | null {
    if (entry.detected === undefined) {
      try {
        entry.detected = entry.binary ? null : (entry.analysis?.council ?? detectCouncil(entry.text));
      } catch {
        entry.detected = null;
      }
    }
    return entry.detected;
  }

  private group(): void {
    if (this.grouped) return;
    const detect = this.options.detectCouncils ?? true;
    const names = groupCouncils(
      [...this.entries.values()].map((e) => {
        const sidecarCouncil = e.sidecarCouncil;
        const detectedCouncil = !sidecarCouncil && detect ? this.detect(e) : null;
        const input = { file: e.path, sidecarCouncil, detectedCouncil } as Parameters<typeof groupCouncils>[0][number];
        if (e.received !== undefined) input.received = e.received;
        return input;
      }),
    );
    for (const e of this.entries.values()) {
      const name = names.get(e.path) ?? e.path;
      if (name !== e.council) {
        // Both the council it left and the one it joined need recomputing.
        this.staleCouncils.add(e.council);
        this.staleCouncils.add(name);
        e.council = name;
      }
    }
    this.grouped = true;
  }
}
