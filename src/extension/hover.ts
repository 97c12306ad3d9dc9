// The hover on a question marker: what the question asks (text, type, routing), how it is
// coded now (status, exemption, value, coder, note) and what the engine suggests, so a
// researcher can check a marker without leaving the reply.
import { vscode } from './vscodeApi';
import { describePart, describeSource, manifestLocation, parseImportManifest, partAt } from '../core/importManifest';
import type { ManifestEntry } from '../core/importManifest';
import type { AnswerEntry, Marker, Question, Suggestion } from '../core/types';
import { EXEMPTION_NAMES } from '../core/types';
import { formatValue } from './coverageItems';
import type { ReplyModel, ReplyState } from './replyModel';
import { REPLY_LANGUAGE } from './replyModel';
import { markerAt, replySummary, suggestionFor } from './replyView';

/** At most this many questions are described for a range marker such as `Q13a-Q13z`. */
const MAX_IDS = 6;

function esc(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

function show(value: unknown, unit?: string): string {
  if (value === null || value === undefined) return '—';
  // Numbers as the coverage view shows them: `£48,700,000`, `31%`, `2988 ha`.
  if (typeof value === 'number') return `\`${formatValue(value, unit)}\``;
  const s = typeof value === 'string' ? value : String(value);
  const short = s.length > 120 ? s.slice(0, 117) + '…' : s;
  return `\`${short.replace(/`/g, "'")}\`${unit ? ' ' + esc(unit) : ''}`;
}

function describeQuestion(q: Question | undefined, hasQuestionnaire: boolean): string[] {
  if (!q) return [hasQuestionnaire ? '*Not in the questionnaire.*' : '*No questionnaire found for this workspace.*'];
  const out: string[] = [];
  if (q.text) out.push(esc(q.text));
  const facts = [`type \`${q.type}\`${q.unit ? ` (${esc(q.unit)})` : ''}`];
  if (q.heading) facts.push('heading');
  if (q.when) {
    const conds = Object.entries(q.when).map(([id, v]) => `${id} is ${(Array.isArray(v) ? v : [v]).map((x) => `"${esc(x)}"`).join(' or ')}`);
    facts.push(`asked when ${conds.join(' and ')}`);
  }
  if (Array.isArray(q.choices)) facts.push(`choices: ${q.choices.map(esc).join('; ')}`);
  else if (q.choices) facts.push(`choices: list \`${q.choices}\``);
  out.push(facts.join(' · '));
  return out;
}

function describeTag(entry: AnswerEntry | undefined, stale: boolean, notRequired: boolean): string {
  if (!entry) return notRequired ? '**Tag:** none needed here (routing or heading)' : '**Tag:** none yet';
  const parts = [`**Tag:** ${entry.status}`];
  if (entry.exemption) parts.push(`exemption ${entry.exemption} (${EXEMPTION_NAMES[entry.exemption]})`);
  if (entry.value !== undefined && entry.value !== null) parts.push(`value ${show(entry.value, entry.unit)}`);
  if (entry.coder) parts.push(`by ${esc(entry.coder)}`);
  if (stale) parts.push('⚠ quote not found in the reply');
  let s = parts.join(' · ');
  if (entry.note) s += `  \n*Note:* ${esc(entry.note)}`;
  return s;
}

function describeSuggestion(s: Suggestion | undefined): string {
  if (!s) return '**Suggestion:** none';
  const parts = [`**Suggestion:** ${s.status}`];
  if (s.exemption) parts.push(`exemption ${s.exemption} (${EXEMPTION_NAMES[s.exemption]})`);
  if (s.value !== null) parts.push(`value ${show(s.value, s.unit)}`);
  parts.push(`${Math.round(s.confidence * 100)}% sure`);
  if (s.reason) parts.push(esc(s.reason));
  return parts.join(' · ');
}

/** The hover text for a marker (exported for the integration tests). */
export function markerHover(state: ReplyState, marker: Marker): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  const answers = state.sidecar?.sidecar?.answers;
  const notRequired = replySummary(state).notRequired;
  const all = [...marker.ids, ...marker.unknownIds.filter((id) => !marker.ids.includes(id))];
  const ids = all.slice(0, MAX_IDS);
  ids.forEach((id, i) => {
    if (i > 0) md.appendMarkdown('\n\n---\n\n');
    const q = state.questionnaire?.byId.get(id);
    md.appendMarkdown(`### ${id}\n\n`);
    md.appendMarkdown(describeQuestion(q, state.questionnaire !== null).join('  \n') + '\n\n');
    md.appendMarkdown(describeTag(answers?.get(id), state.anchors.get(id)?.stale === true, notRequired.has(id)) + '  \n');
    md.appendMarkdown(describeSuggestion(suggestionFor(state.analysis, id, marker)));
  });
  if (all.length > MAX_IDS) md.appendMarkdown(`\n\n… and ${all.length - MAX_IDS} more questions`);
  return md;
}

/** "From page 2 of FOI 1234 Response.pdf · received 2026-01-28 from … · batch.zip: …" for an imported reply. */
export function provenanceLine(entry: ManifestEntry, offset: number): string {
  const part = partAt(entry, offset);
  const facts = [`**Imported from** ${part ? esc(describePart(part)) : 'the message'}`];
  if (entry.date) facts.push(`received ${entry.date}`);
  if (entry.from) facts.push(`from ${esc(entry.from)}`);
  const first = entry.sources[0];
  if (first) facts.push(`source ${esc(describeSource(first))}${entry.sources.length > 1 ? ` (+${entry.sources.length - 1})` : ''} · sha256 \`${first.sha256.slice(0, 12)}…\``);
  return facts.join(' · ');
}

/** The import manifest entry of a reply, read from `.foi-import.json` beside it (null when not imported). */
async function provenanceOf(uri: vscode.Uri): Promise<ManifestEntry | null> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || uri.scheme !== 'file') return null;
  const rel = vscode.workspace.asRelativePath(uri, false);
  const { manifest, key } = manifestLocation(rel);
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, ...manifest.split('/')));
    return parseImportManifest(new TextDecoder().decode(bytes))?.files[key] ?? null;
  } catch {
    return null; // not an imported reply
  }
}

export function registerHover(model: ReplyModel): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: REPLY_LANGUAGE },
    {
      async provideHover(doc, position) {
        const state = await model.getState(doc);
        if (!state || state.version !== doc.version) return undefined;
        const marker = markerAt(state.analysis.markers, doc.offsetAt(position));
        if (!marker || marker.ids.length + marker.unknownIds.length === 0) return undefined;
        const md = markerHover(state, marker);
        const provenance = await provenanceOf(doc.uri);
        if (provenance) md.appendMarkdown(`\n\n---\n\n${provenanceLine(provenance, marker.start)}`);
        return new vscode.Hover(md, new vscode.Range(doc.positionAt(marker.start), doc.positionAt(marker.end)));
      },
    },
  );
}
