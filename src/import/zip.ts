// A defensive zip reader for imported archives (WhatDoTheyKnow downloads, .docx/.xlsx are read by
// their own libraries). It reads the central directory itself so that every entry can be judged
// before a byte of it is inflated:
// - names with `..`, absolute paths, drive letters or NUL bytes are refused (the entry, not the zip);
// - links (Unix mode S_IFLNK in the external attributes) and encrypted entries are refused;
// - each entry's declared size and compression ratio are limited, and inflation itself is capped
//   by node:zlib's `maxOutputLength`, so a header that lies about the size cannot exhaust memory;
// - the total inflated size of one archive is limited too.
// Zip64 archives are refused with a message (batch downloads are far below 4 GB).
import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  /** Largest inflated size of one entry, bytes. */
  maxEntryBytes: number;
  /** Largest inflated total of one archive, bytes. */
  maxTotalBytes: number;
  /** Largest inflated/compressed ratio of an entry above 1 MB (zip bombs compress ~1000:1). */
  maxRatio: number;
  /** Most entries in one archive. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 50_000,
};

export interface ZipEntry {
  /** The entry's path inside the archive, '/'-separated, as stored. */
  name: string;
  directory: boolean;
  /** Inflated bytes, or null when the entry was refused (see `problem`). */
  read(): Uint8Array;
  size: number;
  compressedSize: number;
}

export interface ZipProblem {
  name: string;
  message: string;
}

export interface ZipListing {
  entries: ZipEntry[];
  /** Entries refused before reading (unsafe name, link, encrypted, too large). */
  problems: ZipProblem[];
}

export class ZipError extends Error {
  override readonly name = 'ZipError';
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

// IBM code page 437, high half: names without the UTF-8 flag are stored in it.
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder('utf-8').decode(bytes);
  let s = '';
  for (const b of bytes) s += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
  return s;
}

/** Why an entry name is unsafe to use as a path, or null when it is safe. */
export function unsafeEntryName(name: string): string | null {
  if (name.includes('\0')) return 'the name contains a NUL byte';
  const n = name.replace(/\\/g, '/');
  if (n.startsWith('/') || /^[A-Za-z]:/.test(n)) return 'absolute path';
  if (n.split('/').some((part) => part === '..')) return 'path with ".." (it would point outside the folder)';
  return null;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === EOCD_SIG) return i;
  return -1;
}

/**
 * List a zip archive held in memory. Throws ZipError when the archive itself is unusable (not a
 * zip, truncated, Zip64, too many entries); problems with single entries are returned instead.
 */
export function readZip(data: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipListing {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw new ZipError('not a zip archive (no end-of-central-directory record)');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError('Zip64 archives are not supported; unpack it and import the folder');
  if (count > limits.maxEntries) throw new ZipError(`too many entries (${count}; at most ${limits.maxEntries})`);
  if (cdOffset + cdSize > buf.length) throw new ZipError('truncated or corrupt archive (the central directory lies past the end of the file)');

  const entries: ZipEntry[] = [];
  const problems: ZipProblem[] = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN_SIG) throw new ZipError(`corrupt central directory at entry ${i + 1}`);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const madeBy = buf.readUInt16LE(p + 4) >> 8;
    const external = buf.readUInt32LE(p + 38);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = decodeName(buf.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0);
    p += 46 + nameLen + extraLen + commentLen;

    const directory = name.endsWith('/') || name.endsWith('\\');
    const unsafe = unsafeEntryName(name);
    const unixMode = madeBy === 3 ? external >>> 16 : 0;
    const refuse = (message: string) => problems.push({ name, message });
    if (unsafe) {
      refuse(`refused: ${unsafe}`);
      continue;
    }
    if ((unixMode & 0o170000) === 0o120000) {
      refuse('refused: a symbolic link');
      continue;
    }
    if (directory) continue;
    if (flags & 0x1) {
      refuse('refused: the entry is encrypted');
      continue;
    }
    if (size === 0xffffffff || compressedSize === 0xffffffff) {
      refuse('refused: Zip64 entry');
      continue;
    }
    if (method !== 0 && method !== 8) {
      refuse(`refused: unsupported compression method ${method}`);
      continue;
    }
    if (size > limits.maxEntryBytes) {
      refuse(`refused: too large (${mb(size)} unpacked; the limit is ${mb(limits.maxEntryBytes)})`);
      continue;
    }
    if (size > 1024 * 1024 && size / Math.max(1, compressedSize) > limits.maxRatio) {
      refuse(`refused: suspicious compression ratio ${Math.round(size / Math.max(1, compressedSize))}:1 (a zip bomb?)`);
      continue;
    }
    if (total + size > limits.maxTotalBytes) {
      refuse(`refused: the archive unpacks to more than ${mb(limits.maxTotalBytes)}`);
      continue;
    }
    total += size;
    entries.push({
      name,
      directory: false,
      size,
      compressedSize,
      read: () => readEntry(buf, localOffset, method, compressedSize, size, limits.maxEntryBytes, name),
    });
  }
  return { entries, problems };
}

function readEntry(buf: Buffer, offset: number, method: number, compressedSize: number, size: number, cap: number, name: string): Uint8Array {
  if (offset + 30 > buf.length || buf.readUInt32LE(offset) !== LOC_SIG) throw new ZipError(`${name}: corrupt local header`);
  const start = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
  const end = start + compressedSize;
  if (end > buf.length) throw new ZipError(`${name}: truncated entry`);
  const raw = buf.subarray(start, end);
  if (method === 0) return raw;
  let out: Buffer;
  try {
    // The declared size is only a claim: cap inflation at it (and the hard limit) anyway.
    out = inflateRawSync(raw, { maxOutputLength: Math.max(1, Math.min(cap, size)) });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new ZipError(`${name}: unpacks to more than its declared ${mb(size)} (a zip bomb?)`);
    throw new ZipError(`${name}: corrupt compressed data (${(e as Error).message})`);
  }
  return out;
}

function mb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Whether the bytes start like a zip archive. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}
