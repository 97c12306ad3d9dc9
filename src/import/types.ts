// The shapes the importer passes between its stages: sources are read into messages, messages are
// judged (reply, acknowledgement, auto-reply, request), named after their council and written.

/** Where a piece of input came from: the outer file the user named and, inside it, the entry. */
export interface SourceRef {
  /** The outer file's name (a zip, an .eml, a folder's file relative to the folder). */
  file: string;
  /** Path inside an archive or mbox (`#3` for the 3rd message of an mbox), when there is one. */
  entry?: string;
  /** sha256 of the bytes read (the entry's own bytes for an archive entry). */
  sha256: string;
}

export interface Attachment {
  name: string;
  bytes: Uint8Array;
  mimeType?: string;
}

export type Direction = 'incoming' | 'outgoing';

export interface Message {
  sources: SourceRef[];
  direction: Direction;
  /** yyyy-mm-dd, when known. */
  date?: string;
  from?: string;
  fromAddress?: string;
  subject?: string;
  body: string;
  attachments: Attachment[];
  /** Council name from the source's layout (a WhatDoTheyKnow folder or dashboard). */
  councilHint?: string;
  /** A header that marks the message as automatic (Auto-Submitted, X-Autoreply…). */
  autoReplyHeader?: string;
  /** The message is a whole document given on its own (a PDF named on the command line). */
  standalone?: boolean;
}

export type MessageKind = 'reply' | 'acknowledgement' | 'auto-reply' | 'request';

/** One section of a composed reply text: the body, or one page/part of an attachment. */
export interface ReplyPart {
  /** "body", or the attachment's file name. */
  name: string;
  /** 1-based page for paged documents (PDF). */
  page?: number;
  /** UTF-16 offset where the part's text starts in the reply file. */
  start: number;
}

/** Provenance of one imported file, as kept in the manifest. */
export interface Provenance {
  council: string;
  kind: MessageKind;
  date: string | null;
  from: string | null;
  subject: string | null;
  /** sha256 of the text written. */
  sha256: string;
  sources: SourceRef[];
  attachments: string[];
  parts: ReplyPart[];
}

export interface ImportedItem {
  council: string;
  /** Workspace-relative path of the reply written (or kept unchanged). */
  reply: string;
  sources: string[];
}

export interface SkippedItem {
  source: string;
  reason: string;
}

export interface ErrorItem {
  source: string;
  message: string;
}

export interface ImportResult {
  imported: ImportedItem[];
  skipped: SkippedItem[];
  errors: ErrorItem[];
}

/** What the command line and VS Code show while an import runs. */
export interface ImportProgress {
  /** A line for the log (what was read, written or refused). */
  log(line: string): void;
  /** Progress: `done` of `total` steps, with what is being done now. */
  step?(done: number, total: number, what: string): void;
  /** True when the user asked to stop; checked between messages. */
  cancelled?(): boolean;
}
