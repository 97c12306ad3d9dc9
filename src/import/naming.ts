// Which council a message comes from, and the file names its texts get. In order of trust:
// the user's `--councils` table (a file name, an e-mail address or domain, or a WhatDoTheyKnow
// body name → council), the WhatDoTheyKnow folder name or dashboard, the sender's display name,
// then the engine's own detection over the letterhead, signature and quoted request.
import { detectCouncil } from '../core/council';
import type { Message } from './types';

export type CouncilTable = Map<string, string>;

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur.trim() === '') {
      quoted = true;
      cur = '';
    } else if (c === ',' || c === ';' || c === '\t') {
      cells.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  cells.push(cur.trim());
  return cells;
}

/** Rows of a small CSV (quotes, doubled quotes; `,`, `;` or tab between cells). */
export function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map(parseCsvLine);
}

export interface CouncilTableParse {
  table: CouncilTable;
  problems: string[];
}

/** `--councils names.csv`: two columns, what to match and the council's name; a header row is allowed. */
export function parseCouncilTable(text: string): CouncilTableParse {
  const table: CouncilTable = new Map();
  const problems: string[] = [];
  parseCsv(text).forEach((row, i) => {
    if (i === 0 && /^(?:match|file|domain|source|key|from)$/i.test(row[0] ?? '') && /council|name|body/i.test(row[1] ?? '')) return;
    const [key, name] = row;
    if (!key || !name) {
      problems.push(`line ${i + 1}: expected two cells, "<file name or e-mail domain>,<council>"`);
      return;
    }
    table.set(key.toLowerCase().replace(/^@/, ''), name);
  });
  return { table, problems };
}

function lookup(table: CouncilTable, m: Message): string | undefined {
  if (table.size === 0) return undefined;
  const keys: string[] = [];
  if (m.councilHint) keys.push(m.councilHint);
  const addr = m.fromAddress ?? /<([^>]+)>/.exec(m.from ?? '')?.[1] ?? (/@/.test(m.from ?? '') ? m.from : undefined);
  if (addr) {
    keys.push(addr);
    const domain = addr.slice(addr.lastIndexOf('@') + 1);
    const labels = domain.split('.');
    for (let i = 0; i < labels.length - 1; i++) keys.push(labels.slice(i).join('.'));
  }
  for (const s of m.sources) {
    for (const p of [s.entry, s.file]) {
      if (!p) continue;
      const base = p.slice(p.replace(/\\/g, '/').lastIndexOf('/') + 1);
      keys.push(base, base.replace(/\.[^.]+$/, ''));
      // A folder of a WhatDoTheyKnow download or of the user's own layout also names the council.
      for (const part of p.split('/').slice(0, -1)) keys.push(part);
    }
  }
  for (const k of keys) {
    const hit = table.get(k.toLowerCase());
    if (hit) return hit;
  }
  return undefined;
}

export interface CouncilName {
  name: string;
  how: 'table' | 'layout' | 'sender' | 'letterhead';
}

/** The council a message comes from, or null when nothing says it clearly. */
export function councilOf(m: Message, text: string, table: CouncilTable): CouncilName | null {
  const fromTable = lookup(table, m);
  if (fromTable) return { name: fromTable, how: 'table' };
  if (m.councilHint) return { name: m.councilHint, how: 'layout' };
  const display = (m.from ?? '').replace(/<[^>]*>/, '').replace(/["']/g, '').trim();
  const senderName = display ? detectCouncil(`${display}\n${display}\n`) : null;
  if (senderName) return { name: senderName, how: 'sender' };
  const detected = detectCouncil(text);
  if (detected) return { name: detected, how: 'letterhead' };
  return null;
}

/** A file-name-safe slug: `Halton Borough Council` → `halton-borough-council`. */
export function slugify(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return s || 'council';
}
