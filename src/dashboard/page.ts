// The dashboard's HTML page: one document for both hosts. `report --html` inlines the script and
// the data into one self-contained file; the VS Code webview loads the script from the extension
// and receives the same data. A strict Content-Security-Policy with a per-page nonce allows only
// this page's own script and styles, and no network at all (default-src 'none').
import type { DashboardData } from './model';
import { dataForHtml } from './model';

export interface PageOptions {
  data: DashboardData;
  /** A fresh random nonce (base64 or hex), used for the script and style elements. */
  nonce: string;
  /** The bundled page script: its text (standalone file) or its URL (webview). */
  script: { inline: string } | { src: string };
  /** The webview's resource origin (`webview.cspSource`); absent for the standalone file. */
  cspSource?: string;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Status colours: solid, distinguishable, and the same in the legend, the heatmap and the charts. */
export const STATE_COLOURS: Record<string, string> = {
  answered: '#2e7d32',
  partial: '#f9a825',
  'not-held': '#8d6e63',
  'not-applicable': '#90a4ae',
  refused: '#c62828',
  signposted: '#1565c0',
  unclear: '#8e24aa',
  missing: '#ef6c00',
  'not-required': 'transparent',
  unreadable: '#212121',
};

const CSS = `
:root {
  --fg: var(--vscode-foreground, #1f2328);
  --muted: var(--vscode-descriptionForeground, #59636e);
  --bg: var(--vscode-editor-background, #ffffff);
  --panel: var(--vscode-sideBar-background, #f6f8fa);
  --border: var(--vscode-panel-border, #d1d9e0);
  --focus: var(--vscode-focusBorder, #0969da);
  --link: var(--vscode-textLink-foreground, #0969da);
  --error: var(--vscode-editorError-foreground, #d1242f);
  --warning: var(--vscode-editorWarning-foreground, #bf8700);
  --button-bg: var(--vscode-button-secondaryBackground, #eaeef2);
  --button-fg: var(--vscode-button-secondaryForeground, #1f2328);
  --input-bg: var(--vscode-input-background, #ffffff);
  --input-fg: var(--vscode-input-foreground, #1f2328);
  --input-border: var(--vscode-input-border, #d1d9e0);
  --hatch: rgba(127, 127, 127, 0.22);
  --font: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif);
  --font-size: var(--vscode-font-size, 13px);
  --mono: var(--vscode-editor-font-family, ui-monospace, "SFMono-Regular", Consolas, monospace);
}
@media (prefers-color-scheme: dark) {
  body.standalone {
    --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --border: #3d444d; --focus: #4493f8;
    --link: #4493f8; --error: #f85149; --warning: #d29922; --button-bg: #212830; --button-fg: #e6edf3;
    --input-bg: #0d1117; --input-fg: #e6edf3; --input-border: #3d444d;
  }
}
* { box-sizing: border-box; }
body { margin: 0; padding: 16px 20px 40px; background: var(--bg); color: var(--fg); font-family: var(--font); font-size: var(--font-size); line-height: 1.45; }
h1 { font-size: 1.5em; font-weight: 600; margin: 0 0 2px; }
h2 { font-size: 1.1em; font-weight: 600; margin: 28px 0 8px; }
.sub { color: var(--muted); margin: 0 0 14px; }
.kpis { display: flex; flex-wrap: wrap; gap: 10px; margin: 0 0 14px; padding: 0; list-style: none; }
.kpis li { background: var(--panel); border: 1px solid var(--border); border-radius: 6px; padding: 8px 14px; min-width: 120px; }
.kpis b { display: block; font-size: 1.45em; font-weight: 600; }
.kpis span { color: var(--muted); font-size: 0.92em; }
.kpis .err b { color: var(--error); } .kpis .warn b { color: var(--warning); }
.toolbar { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 0 0 10px; }
.toolbar label { color: var(--muted); }
select, input[type=search] { background: var(--input-bg); color: var(--input-fg); border: 1px solid var(--input-border); border-radius: 4px; padding: 3px 6px; font: inherit; }
button { font: inherit; color: inherit; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 0 0 10px; padding: 0; list-style: none; color: var(--muted); }
.legend li { display: inline-flex; align-items: center; gap: 5px; }
.swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; border: 1px solid var(--border); }
.scroll { overflow: auto; max-height: 70vh; border: 1px solid var(--border); border-radius: 6px; }
table.heatmap { border-collapse: separate; border-spacing: 0; }
.heatmap th, .heatmap td { padding: 0; }
.heatmap thead th { position: sticky; top: 0; background: var(--bg); z-index: 2; font-weight: 600; vertical-align: bottom; border-bottom: 1px solid var(--border); }
.heatmap thead th.corner { left: 0; z-index: 3; text-align: left; }
.heatmap tbody th, .heatmap tfoot th { position: sticky; left: 0; background: var(--bg); z-index: 1; text-align: left; font-weight: 400; white-space: nowrap; max-width: 260px; overflow: hidden; text-overflow: ellipsis; padding: 0 10px 0 8px; }
.heatmap tfoot th, .heatmap tfoot td { border-top: 1px solid var(--border); font-weight: 600; }
.heatmap tfoot td, .heatmap tfoot th { position: sticky; bottom: 0; background: var(--bg); }
.sort { background: none; border: 0; padding: 6px 4px; cursor: pointer; color: inherit; font-weight: 600; white-space: nowrap; }
.sort[aria-sort=ascending]::after { content: " ▲"; font-size: 0.75em; }
.sort[aria-sort=descending]::after { content: " ▼"; font-size: 0.75em; }
.sort:focus-visible, .cell:focus-visible, a:focus-visible, .finding:focus-visible { outline: 2px solid var(--focus); outline-offset: -2px; }
th.qh .sort { writing-mode: vertical-rl; transform: rotate(180deg); padding: 6px 0; font-family: var(--mono); font-size: 0.92em; }
td.cell { width: 22px; min-width: 22px; height: 22px; border: 2px solid var(--bg); border-radius: 5px; cursor: pointer; position: relative; }
td.cell[data-status=missing], .swatch.s-missing { background: repeating-linear-gradient(135deg, var(--s-missing) 0 2.5px, transparent 2.5px 5px) !important; box-shadow: inset 0 0 0 1.5px var(--s-missing); }
td.cell[data-status=not-required], .swatch.s-not-required { background: radial-gradient(circle, var(--muted) 1.5px, transparent 2px) !important; opacity: 0.7; }
td.cell[data-status=unreadable], .swatch.s-unreadable { background: repeating-linear-gradient(45deg, #e53935 0 2.5px, #212121 2.5px 5px) !important; }
td.cell.has-error::after, td.cell.has-warning::after { content: ""; position: absolute; top: -2px; right: -2px; border: 5px solid transparent; border-top-color: var(--error); border-right-color: var(--error); border-top-right-radius: 4px; }
td.cell.has-warning:not(.has-error)::after { border-top-color: var(--warning); border-right-color: var(--warning); }
.swatch.flag-swatch { position: relative; background: transparent; }
.swatch.flag-swatch::after { content: ""; position: absolute; top: -1px; right: -1px; border: 4px solid transparent; border-top-color: var(--error); border-right-color: var(--error); }
td.cell.selected { box-shadow: 0 0 0 2px var(--fg) inset; }
td.pct, td.tot { text-align: right; padding: 0 8px; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.pct { min-width: 64px; }
td.pct .meter { display: block; height: 3px; background: var(--hatch); border-radius: 2px; margin-top: 1px; }
td.pct .meter i { display: block; height: 3px; background: var(--s-answered); border-radius: 2px; }
tfoot td.coltot { font-size: 0.8em; text-align: center; color: var(--muted); font-weight: 400; padding: 3px 0; }
.details { margin: 12px 0 0; padding: 10px 14px; background: var(--panel); border: 1px solid var(--border); border-radius: 6px; min-height: 58px; }
.details .muted, .muted { color: var(--muted); }
.details blockquote { margin: 6px 0; padding: 2px 10px; border-left: 3px solid var(--border); font-style: italic; }
.details .where { font-family: var(--mono); font-size: 0.92em; }
.status-pill { display: inline-block; padding: 0 7px; border-radius: 9px; color: #fff; font-size: 0.9em; }
.status-pill.s-not-required, .status-pill.s-missing { color: var(--fg); border: 1px solid var(--border); }
ul.findings { list-style: none; margin: 0; padding: 0; }
ul.findings li { padding: 0; }
.finding { display: block; width: 100%; text-align: left; background: none; border: 0; border-bottom: 1px solid var(--border); padding: 5px 4px; cursor: pointer; }
.finding:hover { background: var(--panel); }
.finding .sev { display: inline-block; width: 92px; font-weight: 600; white-space: nowrap; }
.flagged { color: var(--error); font-size: 0.92em; }
.finding-line.err { color: var(--error); } .finding-line.warn { color: var(--warning); }
.finding .sev.error { color: var(--error); } .finding .sev.warning { color: var(--warning); }
.finding .who { font-weight: 600; margin-right: 6px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: 14px; }
.chart { background: var(--panel); border: 1px solid var(--border); border-radius: 6px; padding: 8px 10px; }
.chart h3 { font-size: 0.95em; margin: 0 0 4px; font-weight: 600; }
.chart h3 small { color: var(--muted); font-weight: 400; }
.chart svg { max-width: 100%; height: auto; }
figure { margin: 0; }
svg.foi-plot { background: transparent !important; color: var(--fg); font-family: var(--font); }
.empty { color: var(--muted); font-style: italic; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** States drawn with a pattern rather than a fill, so they never read as a coded status. */
const PATTERNED = new Set(['missing', 'not-required', 'unreadable']);

function stateVars(): string {
  return `:root { ${Object.entries(STATE_COLOURS).map(([s, c]) => `--s-${s}: ${c};`).join(' ')} }\n` +
    Object.keys(STATE_COLOURS).map((s) => `${PATTERNED.has(s) ? '' : `td.cell[data-status=${s}], `}.swatch.s-${s}, .status-pill.s-${s} { background-color: var(--s-${s}); }`).join('\n');
}

export function dashboardPage(o: PageOptions): string {
  const self = o.cspSource ? ` ${o.cspSource}` : '';
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${o.nonce}'${self}`,
    `style-src 'nonce-${o.nonce}'${self}`,
    `img-src data:${self}`,
    `font-src${self || " 'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const script = 'inline' in o.script
    ? `<script nonce="${o.nonce}">${o.script.inline.replace(/<\/script/gi, '<\\/script')}</script>`
    : `<script nonce="${o.nonce}" src="${escapeHtml(o.script.src)}"></script>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(o.data.title)} — coverage dashboard</title>
<style nonce="${o.nonce}">${CSS}${stateVars()}</style>
</head>
<body class="${o.cspSource ? 'webview' : 'standalone'}">
<main id="app"><p class="empty">Loading the dashboard…</p></main>
<script type="application/json" id="foi-data">${dataForHtml(o.data)}</script>
${script}
</body>
</html>
`;
}

/** A random nonce for one page (the CLI and the extension both have Web Crypto). */
export function makeNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}
