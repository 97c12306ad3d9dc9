// A tiny PDF writer for fixtures: pages of text lines in Helvetica (WinAnsi), optionally
// "encrypted" (an /Encrypt dictionary whose password check fails, as a protected file does) or
// with pages that have no text layer (as a scan has). Used by tests, the benchmark and the example.

export interface PdfSpec {
  /** Each page is a list of lines; an empty list makes a page without text (a "scan"). */
  pages: string[][];
  /** Add an /Encrypt dictionary that needs a password. */
  encrypted?: boolean;
}

const WIN_ANSI: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '•': 0x95 };

function pdfString(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = WIN_ANSI[ch] ?? ch.codePointAt(0)!;
    if (ch === '(' || ch === ')' || ch === '\\') out += '\\' + ch;
    else if (code < 0x20 || code > 0x7e) out += '\\' + (code > 0xff ? 0x3f : code).toString(8).padStart(3, '0');
    else out += ch;
  }
  return `(${out})`;
}

/** The bytes of a PDF with the given pages. */
export function makePdf(spec: PdfSpec): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1; // object number (1-based)
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const lines of spec.pages) {
    let stream = '';
    let y = 780;
    for (const line of lines) {
      if (line !== '') stream += `BT /F1 11 Tf 56 ${y} Td ${pdfString(line)} Tj ET\n`;
      y -= 14;
      if (y < 40) break;
    }
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}endstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let encrypt = 0;
  if (spec.encrypted) {
    const hex = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
    encrypt = add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex(7)}> /U <${hex(11)}> >>`);
  }
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  const id = '<0123456789abcdef0123456789abcdef>';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
