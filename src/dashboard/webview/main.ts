// The dashboard page's script (bundled alone into dist/dashboard-view.js; never part of the
// extension's main bundle). It draws the data embedded in the page: the councils × questions
// heatmap (a keyboard-navigable ARIA grid, one element per cell with data-council,
// data-question and data-status), the checks, per-question status bars and the distributions
// of numeric answers (Observable Plot). In VS Code it talks to the extension with messages:
//   page → extension  { type: 'open', council, question }   a cell or finding was activated
//                     { type: 'ready', cells }               the page drew `cells` cells
//                     { type: 'clicked', found } / { type: 'cells', cells: [...] }   answers to the two below
//   extension → page  { type: 'data', data }                 coverage changed: redraw, keeping sort and selection
//                     { type: 'click', council, question }   click that cell (integration tests)
//                     { type: 'cells' }                      list the cells drawn (integration tests)
import * as Plot from '@observablehq/plot';
import type { DashboardCell, DashboardCouncil, DashboardData, DashboardFinding } from '../model';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

const vscode: VsCodeApi | undefined = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';

type SortKey = 'council' | 'percent-desc' | 'percent-asc' | `q:${string}`;
interface ViewState {
  sort: SortKey;
  filter: string;
  problemsOnly: boolean;
  selected?: { council: string; question: string };
}

let data: DashboardData = JSON.parse(document.getElementById('foi-data')!.textContent ?? '{}') as DashboardData;
const saved = (vscode?.getState() as ViewState | undefined) ?? undefined;
const view: ViewState = saved ?? { sort: 'council', filter: '', problemsOnly: false };

// ---- small DOM helpers ----------------------------------------------------------------------

type Attrs = Record<string, string | number | boolean | undefined>;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null | undefined)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) el.append(c);
  return el;
}

const stateLabel = (s: string): string => data.states.find((x) => x.id === s)?.label ?? s;
const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const pct = (p: number): string => `${p.toFixed(p >= 99.95 || p === 0 ? 0 : 1)}%`;

function cellOf(council: string, question: string): { council: DashboardCouncil; cell: DashboardCell } | undefined {
  const c = data.councils.find((x) => x.council === council);
  const cell = c?.cells.find((x) => x.q === question);
  return c && cell ? { council: c, cell } : undefined;
}

function findingsOf(cell: DashboardCell): DashboardFinding[] {
  return (cell.findings ?? []).map((i) => data.findings[i]!).filter(Boolean);
}

function persist(): void {
  vscode?.setState(view);
}

// ---- sorting --------------------------------------------------------------------------------

const STATE_ORDER = new Map<string, number>();
function sortedCouncils(): DashboardCouncil[] {
  STATE_ORDER.clear();
  data.states.forEach((s, i) => STATE_ORDER.set(s.id, i));
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const byName = (a: DashboardCouncil, b: DashboardCouncil) => collator.compare(a.council, b.council);
  const filter = view.filter.trim().toLowerCase();
  let list = data.councils.filter((c) => !filter || c.council.toLowerCase().includes(filter));
  if (view.problemsOnly) list = list.filter((c) => data.findings.some((f) => f.council === c.council));
  const sort = view.sort;
  if (sort === 'percent-desc') return list.sort((a, b) => b.percent - a.percent || byName(a, b));
  if (sort === 'percent-asc') return list.sort((a, b) => a.percent - b.percent || byName(a, b));
  if (sort.startsWith('q:')) {
    const q = sort.slice(2);
    const rank = (c: DashboardCouncil) => STATE_ORDER.get(c.cells.find((x) => x.q === q)?.s ?? '') ?? 99;
    return list.sort((a, b) => rank(a) - rank(b) || byName(a, b));
  }
  return list.sort(byName);
}

// ---- the page -------------------------------------------------------------------------------

function kpis(): HTMLElement {
  const t = data.totals;
  const errors = data.findings.filter((f) => f.severity === 'error').length;
  const warnings = data.findings.length - errors;
  return h('ul', { class: 'kpis' },
    h('li', {}, h('b', {}, String(t.councils)), h('span', {}, t.councils === 1 ? 'council' : 'councils')),
    h('li', {}, h('b', {}, pct(t.percent)), h('span', {}, `coded (${t.coded.toLocaleString('en-GB')} of ${t.asked.toLocaleString('en-GB')} asked)`)),
    h('li', {}, h('b', {}, String(t.counts.missing ?? 0)), h('span', {}, 'missing')),
    h('li', { class: errors ? 'err' : '' }, h('b', {}, String(errors)), h('span', {}, errors === 1 ? 'failed check' : 'failed checks')),
    h('li', { class: warnings ? 'warn' : '' }, h('b', {}, String(warnings)), h('span', {}, warnings === 1 ? 'flagged value' : 'flagged values')),
  );
}

function legend(): HTMLElement {
  return h('ul', { class: 'legend', 'aria-label': 'Legend' },
    ...data.states.map((s) => h('li', {}, h('span', { class: `swatch s-${s.id}`, 'data-legend': s.id }), s.label)),
    h('li', {}, h('span', { class: 'swatch flag-swatch' }), 'a failed check (red corner) or a flagged value (amber corner)'),
  );
}

function sortButton(label: string, key: SortKey, alt?: SortKey, title?: string): HTMLButtonElement {
  const active = view.sort === key || view.sort === alt;
  const b = h('button', { class: 'sort', type: 'button', title, 'aria-sort': active ? (view.sort === 'percent-asc' || view.sort === 'council' || key.startsWith('q:') ? 'ascending' : 'descending') : undefined }, label);
  b.addEventListener('click', () => {
    view.sort = active && alt ? (view.sort === key ? alt : key) : key;
    persist();
    render();
  });
  return b;
}

function heatmap(councils: DashboardCouncil[]): HTMLElement {
  const qs = data.questions;
  const head = h('tr', {},
    h('th', { class: 'corner', scope: 'col' }, sortButton('Council', 'council', undefined, 'Sort by council')),
    h('th', { scope: 'col' }, sortButton('% coded', 'percent-desc', 'percent-asc', 'Sort by percent coded')),
    ...qs.map((q) => h('th', { class: 'qh', scope: 'col', title: `${q.id}. ${q.text}` }, sortButton(q.id, `q:${q.id}`, undefined, `${q.id}. ${q.text}\nSort councils by this question's status`))),
    h('th', { scope: 'col', class: 'tot' }, h('span', { class: 'sort' }, 'coded')),
  );
  const body = h('tbody', {});
  for (const c of councils) {
    const tr = h('tr', { 'data-row': c.council },
      h('th', { scope: 'row', title: c.council }, c.council),
      h('td', { class: 'pct' }, pct(c.percent), meter(c.percent)),
    );
    for (const cell of c.cells) tr.append(cellElement(c, cell));
    tr.append(h('td', { class: 'tot', 'data-row-total': c.council }, `${c.coded}/${c.asked}`));
    body.append(tr);
  }
  const foot = h('tr', {},
    h('th', { scope: 'row' }, `All ${plural(councils.length, 'council')}`),
    h('td', { class: 'pct' }, pct(totalPercent(councils)), meter(totalPercent(councils))),
    ...qs.map((q, i) => {
      let coded = 0;
      let asked = 0;
      for (const c of councils) {
        const s = c.cells[i]!.s;
        if (s === 'not-required') continue;
        asked++;
        if (s !== 'missing' && s !== 'unreadable') coded++;
      }
      return h('td', { class: 'coltot', 'data-column-total': q.id, title: `${q.id}: ${coded} of ${asked} asked coded` }, asked ? `${Math.round((coded / asked) * 100)}` : '–');
    }),
    h('td', { class: 'tot' }, `${councils.reduce((n, c) => n + c.coded, 0)}/${councils.reduce((n, c) => n + c.asked, 0)}`),
  );
  const table = h('table', { class: 'heatmap', role: 'grid', 'aria-label': 'Coverage: councils by questions. Arrow keys move, Enter opens the answer.' },
    h('thead', {}, head), body, h('tfoot', {}, foot));
  table.addEventListener('keydown', onGridKey);
  return h('div', { class: 'scroll' }, table);
}

function totalPercent(councils: DashboardCouncil[]): number {
  const asked = councils.reduce((n, c) => n + c.asked, 0);
  const coded = councils.reduce((n, c) => n + c.coded, 0);
  return asked === 0 ? 100 : Math.round((coded / asked) * 1000) / 10;
}

function meter(p: number): HTMLElement {
  const bar = h('i', {});
  bar.style.width = `${Math.max(0, Math.min(100, p))}%`; // CSSOM, allowed by the page's CSP
  return h('span', { class: 'meter', 'aria-hidden': 'true' }, bar);
}

function cellElement(c: DashboardCouncil, cell: DashboardCell): HTMLElement {
  const findings = findingsOf(cell);
  const q = data.questions.find((x) => x.id === cell.q);
  const parts = [`${c.council} · ${cell.q}: ${stateLabel(cell.s)}`];
  if (cell.v) parts.push(cell.v);
  if (cell.exemption) parts.push(cell.exemption);
  for (const f of findings) parts.push(`${f.severity === 'error' ? '✖' : '⚠'} ${f.message}`);
  const classes = ['cell'];
  if (findings.some((f) => f.severity === 'error')) classes.push('has-error');
  else if (findings.length) classes.push('has-warning');
  const sel = view.selected;
  if (sel && sel.council === c.council && sel.question === cell.q) classes.push('selected');
  const td = h('td', {
    class: classes.join(' '), role: 'gridcell', tabindex: -1,
    'data-council': c.council, 'data-question': cell.q, 'data-status': cell.s,
    title: parts.join('\n') + (q?.text ? `\n${q.text}` : ''),
    'aria-label': parts.join('. '),
  });
  td.addEventListener('click', () => activate(c.council, cell.q, true));
  // Moving through the grid with the keyboard shows each answer; Enter (or a click) opens it.
  td.addEventListener('focus', () => activate(c.council, cell.q, false));
  return td;
}

// ---- keyboard: one tab stop for the grid, arrows move (ARIA grid pattern) ------------------------

function gridCells(): HTMLElement[][] {
  return [...document.querySelectorAll<HTMLTableRowElement>('table.heatmap tbody tr')].map((tr) => [...tr.querySelectorAll<HTMLElement>('td.cell')]);
}

function focusCell(el: HTMLElement | undefined): void {
  if (!el) return;
  for (const other of document.querySelectorAll<HTMLElement>('td.cell[tabindex="0"]')) other.tabIndex = -1;
  el.tabIndex = 0;
  el.focus();
}

function onGridKey(e: KeyboardEvent): void {
  const target = e.target as HTMLElement;
  if (!target.classList.contains('cell')) return;
  const rows = gridCells();
  const r = rows.findIndex((row) => row.includes(target));
  const c = rows[r]!.indexOf(target);
  const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  if (moves[e.key]) {
    const [dr, dc] = moves[e.key]!;
    const row = rows[Math.max(0, Math.min(rows.length - 1, r + dr))]!;
    focusCell(row[Math.max(0, Math.min(row.length - 1, c + dc))]);
  } else if (e.key === 'Home') focusCell(e.ctrlKey ? rows[0]?.[0] : rows[r]![0]);
  else if (e.key === 'End') focusCell(e.ctrlKey ? rows[rows.length - 1]?.slice(-1)[0] : rows[r]!.slice(-1)[0]);
  else if (e.key === 'PageDown') focusCell(rows[Math.min(rows.length - 1, r + 10)]?.[c]);
  else if (e.key === 'PageUp') focusCell(rows[Math.max(0, r - 10)]?.[c]);
  else if (e.key === 'Enter' || e.key === ' ') activate(target.dataset.council!, target.dataset.question!, true);
  else return;
  e.preventDefault();
}

// ---- selection and details --------------------------------------------------------------------

function activate(council: string, question: string, open: boolean): void {
  view.selected = { council, question };
  persist();
  for (const el of document.querySelectorAll('td.cell.selected')) el.classList.remove('selected');
  const el = findCellElement(council, question);
  el?.classList.add('selected');
  if (el) {
    for (const other of document.querySelectorAll<HTMLElement>('td.cell[tabindex="0"]')) other.tabIndex = -1;
    el.tabIndex = 0;
  }
  showDetails();
  if (open) vscode?.postMessage({ type: 'open', council, question });
}

function findCellElement(council: string, question: string): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>('td.cell')].find((el) => el.dataset.council === council && el.dataset.question === question);
}

function showDetails(): void {
  const box = document.getElementById('details');
  if (!box) return;
  box.replaceChildren();
  const sel = view.selected;
  const found = sel ? cellOf(sel.council, sel.question) : undefined;
  if (!sel || !found) {
    box.append(h('span', { class: 'muted' }, vscode ? 'Select a cell (click, or Enter on the keyboard) to see the answer; it opens in its reply.' : 'Select a cell (click, or Enter on the keyboard) to see its answer and quote.'));
    return;
  }
  const { cell } = found;
  const q = data.questions.find((x) => x.id === cell.q);
  box.append(
    h('div', {},
      h('b', {}, sel.council), ' · ', h('b', {}, cell.q), q?.text ? h('span', { class: 'muted' }, ` ${q.text}`) : null),
    h('div', {},
      h('span', { class: `status-pill s-${cell.s}` }, stateLabel(cell.s)),
      cell.exemption ? ` ${cell.exemption}` : '',
      cell.v ? h('span', {}, ' ', h('b', {}, cell.v)) : '',
      cell.reason ? h('span', { class: 'muted' }, ` — ${cell.reason === 'variant' ? 'not in this council’s version of the request' : cell.reason}`) : ''),
    cell.quote ? h('blockquote', {}, cell.quote) : '',
    cell.file ? h('div', { class: 'where' }, cell.line ? `${cell.file}:${cell.line}` : cell.file) : '',
    ...findingsOf(cell).map((f) => h('div', { class: f.severity === 'error' ? 'finding-line err' : 'finding-line warn' }, `${f.severity === 'error' ? '✖' : '⚠'} ${f.message}`)),
  );
}

// ---- checks ---------------------------------------------------------------------------------

function findingsList(): HTMLElement {
  if (data.findings.length === 0) return h('p', { class: 'empty' }, 'No failed checks and no flagged values.');
  const order = [...data.findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return h('ul', { class: 'findings' }, ...order.map((f) => {
    const b = h('button', { class: 'finding', type: 'button', 'data-finding-council': f.council, 'data-finding-question': f.questions[0] },
      h('span', { class: `sev ${f.severity}` }, f.severity === 'error' ? '✖ error' : '⚠ warning'),
      h('span', { class: 'who' }, f.council),
      f.message);
    b.addEventListener('click', () => {
      activate(f.council, f.questions[0]!, true);
      findCellElement(f.council, f.questions[0]!)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
    return h('li', {}, b);
  }));
}

// ---- charts (Observable Plot) ---------------------------------------------------------------------

/** Plot adds a <style> element to each chart: give it the page's nonce before it is attached. */
function adopt(chart: SVGSVGElement | HTMLElement): SVGSVGElement | HTMLElement {
  for (const style of chart.querySelectorAll('style')) style.setAttribute('nonce', nonce);
  return chart;
}

function statusChart(width: number): HTMLElement {
  const rows: { question: string; state: string; label: string; count: number }[] = [];
  for (const q of data.questions) {
    for (const s of data.states) {
      const count = q.counts[s.id] ?? 0;
      if (count) rows.push({ question: q.id, state: s.id, label: s.label, count });
    }
  }
  const colours = data.states.map((s) => colourOf(s.id));
  const chart = Plot.plot({
    className: 'foi-plot',
    width,
    height: Math.max(120, data.questions.length * 18 + 50),
    marginLeft: 52,
    x: { label: 'councils', grid: true },
    y: { label: null, domain: data.questions.map((q) => q.id) },
    color: { domain: data.states.map((s) => s.id), range: colours },
    marks: [
      Plot.barX(rows, Plot.stackX({ x: 'count', y: 'question', fill: 'state', order: data.states.map((s) => s.id), inset: 0.5, title: (d: (typeof rows)[number]) => `${d.question}: ${d.count} ${d.label}` })),
      Plot.ruleX([0]),
    ],
  });
  return adopt(chart) as HTMLElement;
}

function colourOf(state: string): string {
  const v = getComputedStyle(document.documentElement).getPropertyValue(`--s-${state}`).trim();
  if (state === 'not-required') return 'rgba(127,127,127,0.25)';
  return v || '#999';
}

function distributions(width: number): HTMLElement {
  const numeric = data.questions.filter((q) => q.numeric);
  if (numeric.length === 0) return h('p', { class: 'empty' }, 'The questionnaire has no numeric questions.');
  const grid = h('div', { class: 'charts' });
  for (const q of numeric) {
    const qi = data.questions.indexOf(q);
    const points = data.councils.flatMap((c) => {
      const cell = c.cells[qi]!;
      if (cell.n === undefined) return [];
      const flags = findingsOf(cell).filter((f) => f.questions[0] === q.id);
      return [{ council: c.council, value: cell.n, shown: cell.v ?? String(cell.n), flag: flags.length ? flags.map((f) => f.kind).join(', ') : 'ok', message: flags.map((f) => f.message).join('\n') }];
    });
    const box = h('figure', { class: 'chart', 'data-distribution': q.id },
      h('h3', {}, `${q.id} `, h('small', {}, `${q.text.slice(0, 70)}${q.text.length > 70 ? '…' : ''} · ${plural(points.length, 'value')}`)));
    if (points.length === 0) {
      box.append(h('p', { class: 'empty' }, 'No answered values yet.'));
      grid.append(box);
      continue;
    }
    const positive = points.every((p) => p.value > 0);
    const log = positive && q.type !== 'percent' && Math.max(...points.map((p) => p.value)) / Math.min(...points.map((p) => p.value)) > 20;
    const sorted = points.map((p) => p.value).sort((a, b) => a - b);
    const median = sorted.length % 2 ? sorted[sorted.length >> 1]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
    const flagged = points.filter((p) => p.flag !== 'ok');
    const chart = Plot.plot({
      className: 'foi-plot',
      width: Math.min(width, 520),
      height: 96,
      marginLeft: 12,
      marginRight: 18,
      x: { type: log ? 'log' : 'linear', label: `${q.unit ? `${q.unit}` : 'value'}${log ? ' (log scale)' : ''}`, grid: !log, nice: !log, ticks: log ? 4 : 5, tickFormat: log ? '~s' : undefined },
      y: { axis: null },
      color: { domain: ['ok', 'flagged'], range: [colourOf('signposted'), colourOf('refused')] },
      marks: [
        Plot.ruleX([median], { stroke: 'currentColor', strokeOpacity: 0.5, strokeDasharray: '3,3' }),
        Plot.dot(points, Plot.dodgeY({ x: 'value', r: 4.5, fill: (d: (typeof points)[number]) => (d.flag === 'ok' ? 'ok' : 'flagged'), fillOpacity: 0.85, stroke: 'var(--bg)', title: (d: (typeof points)[number]) => `${d.council}: ${d.shown}${d.message ? `\n${d.message}` : ''}`, anchor: 'middle' })),
      ],
    });
    box.append(adopt(chart), h('div', { class: 'muted' }, `median ${median.toLocaleString('en-GB', { maximumFractionDigits: 2 })}${q.unit ? ` ${q.unit}` : ''} (dashed line)`));
    if (flagged.length) {
      box.append(h('div', { class: 'flagged' }, `${plural(flagged.length, 'flagged value')}: `, ...flagged.map((p, i) => h('span', { title: p.message }, `${i ? ', ' : ''}${p.council} (${p.shown})`))));
    }
    grid.append(box);
  }
  return grid;
}

// ---- render ---------------------------------------------------------------------------------

function toolbar(): HTMLElement {
  const sortSel = h('select', { id: 'sort', 'aria-label': 'Sort councils' },
    h('option', { value: 'council', selected: view.sort === 'council' }, 'Council A–Z'),
    h('option', { value: 'percent-desc', selected: view.sort === 'percent-desc' }, '% coded, highest first'),
    h('option', { value: 'percent-asc', selected: view.sort === 'percent-asc' }, '% coded, lowest first'),
    ...(view.sort.startsWith('q:') ? [h('option', { value: view.sort, selected: true }, `status of ${view.sort.slice(2)}`)] : []));
  sortSel.addEventListener('change', () => {
    view.sort = sortSel.value as SortKey;
    persist();
    render();
  });
  const search = h('input', { type: 'search', id: 'filter', placeholder: 'Filter councils', 'aria-label': 'Filter councils by name', value: view.filter });
  search.addEventListener('input', () => {
    view.filter = search.value;
    persist();
    renderTable();
  });
  const problems = h('input', { type: 'checkbox', id: 'problems-only', checked: view.problemsOnly });
  problems.addEventListener('change', () => {
    view.problemsOnly = problems.checked;
    persist();
    renderTable();
  });
  return h('div', { class: 'toolbar' },
    h('label', { for: 'sort' }, 'Sort'), sortSel, search,
    h('label', {}, problems, ' only councils with check findings'));
}

function renderTable(): void {
  const slot = document.getElementById('heatmap-slot');
  if (!slot) return;
  const councils = sortedCouncils();
  slot.replaceChildren(councils.length ? heatmap(councils) : h('p', { class: 'empty' }, data.councils.length ? 'No council matches the filter.' : 'No replies found.'));
  const first = slot.querySelector<HTMLElement>('td.cell.selected') ?? slot.querySelector<HTMLElement>('td.cell');
  if (first) first.tabIndex = 0;
  vscode?.postMessage({ type: 'ready', cells: slot.querySelectorAll('td.cell').length });
}

function render(): void {
  const app = document.getElementById('app')!;
  const width = Math.max(360, Math.min(1100, app.clientWidth || document.body.clientWidth || 900));
  app.replaceChildren(
    h('h1', {}, data.title),
    h('p', { class: 'sub' }, `Coverage dashboard${data.source ? ` · ${data.source}` : ''}`),
    kpis(),
    toolbar(),
    legend(),
    h('div', { id: 'heatmap-slot' }),
    h('div', { id: 'details', class: 'details', 'aria-live': 'polite' }),
    h('h2', {}, 'Checks'),
    findingsList(),
    h('h2', {}, 'Status per question'),
    h('figure', { class: 'chart', 'data-chart': 'status' }, statusChart(width)),
    h('h2', {}, 'Values across councils'),
    distributions(width),
  );
  renderTable();
  showDetails();
}

window.addEventListener('message', (event: MessageEvent) => {
  const m = event.data as { type?: string; data?: DashboardData; council?: string; question?: string };
  if (m?.type === 'data' && m.data) {
    data = m.data;
    render();
  } else if (m?.type === 'click') {
    const el = m.council !== undefined && m.question !== undefined ? findCellElement(m.council, m.question) : undefined;
    el?.scrollIntoView({ block: 'nearest' });
    el?.click();
    vscode?.postMessage({ type: 'clicked', found: !!el });
  } else if (m?.type === 'cells') {
    const cells = [...document.querySelectorAll<HTMLElement>('td.cell')].map((el) => ({ council: el.dataset.council, question: el.dataset.question, status: el.dataset.status }));
    vscode?.postMessage({ type: 'cells', cells });
  }
});

render();
