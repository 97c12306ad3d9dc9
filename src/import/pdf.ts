// PDF text layer → text, page by page (pdfjs-dist 5, the last major that runs on Node 20).
// Reading order: pdf.js gives text items in content-stream order; we rebuild lines from their
// positions (items on one baseline joined, a wide horizontal gap kept as a tab so table columns
// stay apart, top-to-bottom lines), which is what a reader sees even when the producer wrote the
// page out of order. A page without any text is reported so the user knows it may be a scan.
// pdf.js is loaded on first use only; in a bundle its worker runs in-process (no worker file).

export interface PdfPage {
  /** 1-based page number. */
  page: number;
  text: string;
}

export interface PdfText {
  pages: PdfPage[];
  /** Pages that have no text layer (1-based). */
  empty: number[];
}

export class PdfError extends Error {
  override readonly name = 'PdfError';
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfJs> | null = null;

/**
 * The 2-D affine matrix pdf.js expects from the browser's DOMMatrix. Node has none; pdf.js builds
 * one when it loads and uses it for Type 3 glyphs, never for plain text. Installed on globalThis
 * only while pdf.js runs (see withDomMatrix), so other code in the same process never sees it.
 */
class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: number[] | AffineMatrix) {
    if (Array.isArray(init) && init.length >= 6) [this.a, this.b, this.c, this.d, this.e, this.f] = init as [number, number, number, number, number, number];
    else if (init instanceof AffineMatrix) ({ a: this.a, b: this.b, c: this.c, d: this.d, e: this.e, f: this.f } = init);
  }
  multiplySelf(o: AffineMatrix | number[]): this {
    const m = o instanceof AffineMatrix ? o : new AffineMatrix(o);
    const { a, b, c, d, e, f } = this;
    this.a = a * m.a + c * m.b;
    this.b = b * m.a + d * m.b;
    this.c = a * m.c + c * m.d;
    this.d = b * m.c + d * m.d;
    this.e = a * m.e + c * m.f + e;
    this.f = b * m.e + d * m.f + f;
    return this;
  }
  preMultiplySelf(o: AffineMatrix | number[]): this {
    const m = new AffineMatrix(o instanceof AffineMatrix ? o : o).multiplySelf(this);
    ({ a: this.a, b: this.b, c: this.c, d: this.d, e: this.e, f: this.f } = m);
    return this;
  }
  translateSelf(x = 0, y = 0): this {
    return this.multiplySelf([1, 0, 0, 1, x, y]);
  }
  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf([sx, 0, 0, sy, 0, 0]);
  }
  translate(x = 0, y = 0): AffineMatrix {
    return new AffineMatrix(this).translateSelf(x, y);
  }
  scale(sx = 1, sy = sx): AffineMatrix {
    return new AffineMatrix(this).scaleSelf(sx, sy);
  }
  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c || 1;
    this.a = d / det;
    this.b = -b / det;
    this.c = -c / det;
    this.d = a / det;
    this.e = (c * f - d * e) / det;
    this.f = (b * e - a * f) / det;
    return this;
  }
}

let matrixUsers = 0;
async function withDomMatrix<T>(job: () => Promise<T>): Promise<T> {
  const g = globalThis as { DOMMatrix?: unknown };
  const install = matrixUsers === 0 && g.DOMMatrix === undefined;
  if (install) g.DOMMatrix = AffineMatrix;
  if (install || g.DOMMatrix === AffineMatrix) matrixUsers++;
  try {
    return await job();
  } finally {
    if (g.DOMMatrix === AffineMatrix && --matrixUsers === 0) delete g.DOMMatrix;
  }
}

async function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    // pdf.js warns on load that it cannot find a canvas package: it only needs one to render,
    // never to read text. Keep those lines out of the user's terminal.
    const { log, warn } = console;
    console.log = console.warn = () => undefined;
    try {
      // @ts-expect-error the worker module ships without type declarations; only its presence matters.
      const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
      lib.GlobalWorkerOptions.workerSrc = 'in-process';
      return lib;
    } finally {
      console.log = log;
      console.warn = warn;
    }
  })();
  return loaded;
}

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
  eol: boolean;
}

function pageText(items: Item[]): string {
  // Group by baseline (within a third of the font height), top to bottom, then left to right.
  const rows: { y: number; h: number; items: Item[] }[] = [];
  for (const it of items) {
    if (it.str === '' && !it.eol) continue;
    const tol = Math.max(1, (it.h || 10) / 3);
    let row = rows.find((r) => Math.abs(r.y - it.y) <= tol);
    if (!row) rows.push((row = { y: it.y, h: it.h, items: [] }));
    row.items.push(it);
  }
  rows.sort((a, b) => b.y - a.y);
  const lines: string[] = [];
  let prevY: number | null = null;
  let prevH = 10;
  for (const row of rows) {
    row.items.sort((a, b) => a.x - b.x);
    let line = '';
    let end: number | null = null;
    for (const it of row.items) {
      if (it.str === '') continue;
      if (end !== null) {
        const gap = it.x - end;
        const space = (it.h || 10) * 0.15;
        if (gap > (it.h || 10) * 2) line += '\t';
        else if (gap > space && !/\s$/.test(line) && !/^\s/.test(it.str)) line += ' ';
      }
      line += it.str;
      end = it.x + it.w;
    }
    // A blank line where the vertical gap is clearly more than one line: paragraphs stay apart.
    if (prevY !== null && prevY - row.y > Math.max(prevH, row.h || 10) * 1.9 && lines.length && lines[lines.length - 1] !== '') lines.push('');
    lines.push(line.replace(/\s+$/, ''));
    prevY = row.y;
    prevH = row.h || 10;
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The text of every page. Throws PdfError for encrypted, corrupt or unreadable files. */
export function pdfText(bytes: Uint8Array, options: { maxPages?: number } = {}): Promise<PdfText> {
  return withDomMatrix(() => readPdf(bytes, options));
}

async function readPdf(bytes: Uint8Array, options: { maxPages?: number }): Promise<PdfText> {
  const lib = await pdfjs();
  // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
  const task = lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0, stopAtErrors: false });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as Error)?.name;
    if (name === 'PasswordException') throw new PdfError('the PDF is encrypted (password-protected); open it, save an unprotected copy and import that');
    if (name === 'InvalidPDFException') throw new PdfError('not a valid PDF (corrupt or truncated)');
    throw new PdfError(`cannot read the PDF: ${(e as Error)?.message ?? String(e)}`);
  }
  try {
    const pages: PdfPage[] = [];
    const empty: number[] = [];
    const max = Math.min(doc.numPages, options.maxPages ?? 2000);
    for (let n = 1; n <= max; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const t = raw.transform as number[];
        items.push({ str: raw.str, x: t[4] ?? 0, y: t[5] ?? 0, w: raw.width, h: raw.height || Math.abs(t[3] ?? 10), eol: raw.hasEOL });
      }
      const text = pageText(items);
      if (text.trim() === '') empty.push(n);
      pages.push({ page: n, text });
      page.cleanup();
    }
    return { pages, empty };
  } catch (e) {
    throw new PdfError(`cannot read the PDF's text: ${(e as Error)?.message ?? String(e)}`);
  } finally {
    await doc.destroy();
  }
}
