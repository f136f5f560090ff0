import {
  checkFileEntry,
  checkToolOutputPreview,
  type FileEntry,
  type ToolOutputPreview,
} from "@rlm/session-schema/core";
import { isPlainObject } from "../fs-utils.js";

// UTF-8 of each context.files entry and tool-output preview, remembered per object, and
// of each whole section (the files record, the tool_outputs array). A process that keeps
// saving the state it holds (the REPL bridge, a migration, the benchmark) re-encodes only
// what changed.
//
// Safety: an entry hit requires every field to be === the value it had when encoded and no
// key added, so in-place mutation is always detected; a section hit requires every entry to
// hit with the very same bytes in the same order. Only validated entries are remembered,
// so a hit also means "already validated". A few misses (what an update just changed) are
// validated one by one — for entries that carry every key with a defined value these
// schemas apply no defaults or transforms, so a valid entry is its own parse output; more misses make the caller fall
// back to one whole-document parse. Entries with extra (unknown) keys are never remembered.

const MAX_MISSES = 32;
const COMMA = Buffer.from(",");

interface Remembered {
  key: unknown;
  bytes: Buffer;
  a: unknown;
  b: unknown;
  c: unknown;
  d: unknown;
  e: unknown;
}

const entries = new WeakMap<object, Remembered>();
const sections = new WeakMap<object, { parts: Buffer[]; bytes: Buffer }>();

function keyCount(o: object): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

/** Carries exactly `count` keys, none undefined (an undefined value would take a schema default). */
function complete(v: Record<string, unknown>, count: number): boolean {
  if (!isPlainObject(v) || keyCount(v) !== count) return false;
  for (const k in v) if (v[k] === undefined) return false;
  return true;
}

// Field snapshots without allocating (this runs for every entry on every save).
type Fields = (v: Record<string, unknown>, m: Remembered | null) => boolean;
const fileFields: Fields = (v, m) => {
  if (m === null) return false;
  return m.a === v.hash && m.b === v.size_bytes && m.c === v.first_access && m.d === v.last_access;
};
const toolFields: Fields = (v, m) => {
  if (m === null) return false;
  return (
    m.a === v.tool_name &&
    m.b === v.content_preview &&
    m.c === v.exit_code &&
    m.d === v.timestamp &&
    m.e === v.cell_id
  );
};

function hit(v: Record<string, unknown>, key: unknown, same: Fields, count: number): Buffer | null {
  const m = entries.get(v);
  if (m === undefined || m.key !== key || !same(v, m) || keyCount(v) !== count) return null;
  return m.bytes;
}

function remember(v: Record<string, unknown>, key: unknown, text: string, count: number): Buffer {
  const bytes = Buffer.from(text);
  if (keyCount(v) === count) {
    const snapshot =
      count === 4
        ? { a: v.hash, b: v.size_bytes, c: v.first_access, d: v.last_access, e: undefined }
        : { a: v.tool_name, b: v.content_preview, c: v.exit_code, d: v.timestamp, e: v.cell_id };
    entries.set(v, { key, bytes, ...snapshot });
  }
  return bytes;
}

function section(owner: object, open: string, parts: Buffer[], close: string): Buffer {
  const prev = sections.get(owner);
  if (
    prev !== undefined &&
    prev.parts.length === parts.length &&
    prev.parts.every((p, i) => p === parts[i])
  ) {
    return prev.bytes;
  }
  const list: Buffer[] = [Buffer.from(open)];
  parts.forEach((p, i) => {
    if (i > 0) list.push(COMMA);
    list.push(p);
  });
  list.push(Buffer.from(close));
  const bytes = Buffer.concat(list);
  sections.set(owner, { parts, bytes });
  return bytes;
}

/** `{"path":{…},…}` from remembered entries (validating a few new ones), or null. */
export function rememberedFiles(record: Record<string, unknown>): Buffer | null {
  if (!sections.has(record)) return null; // never encoded: one whole parse is cheaper
  const keys = Object.keys(record);
  const parts = new Array<Buffer>(keys.length);
  let misses = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const v = record[k] as Record<string, unknown>;
    if (typeof v !== "object" || v === null) return null;
    const known = hit(v, k, fileFields, 4);
    if (known !== null) {
      parts[i] = known;
      continue;
    }
    if (++misses > MAX_MISSES || !complete(v, 4)) return null;
    if (!checkFileEntry(v).ok) return null;
    parts[i] = remember(v, k, `${JSON.stringify(k)}:${JSON.stringify(v)}`, 4);
  }
  return section(record, "{", parts, "}");
}

/** `[{…},…]` from remembered previews (validating a few new ones), or null. */
export function rememberedTools(list: readonly unknown[]): Buffer | null {
  if (!sections.has(list)) return null;
  const parts = new Array<Buffer>(list.length);
  let misses = 0;
  for (let i = 0; i < list.length; i++) {
    const v = list[i] as Record<string, unknown>;
    if (typeof v !== "object" || v === null) return null;
    const known = hit(v, null, toolFields, 5);
    if (known !== null) {
      parts[i] = known;
      continue;
    }
    if (++misses > MAX_MISSES || !complete(v, 5)) return null;
    if (!checkToolOutputPreview(v).ok) return null;
    parts[i] = remember(v, null, JSON.stringify(v), 5);
  }
  return section(list, "[", parts, "]");
}

/** Encode validated files entries, remembering each. */
export function filesSection(record: Record<string, FileEntry>): Buffer {
  const parts = Object.entries(record).map(([k, v]) =>
    remember(v, k, `${JSON.stringify(k)}:${JSON.stringify(v)}`, 4),
  );
  return section(record, "{", parts, "}");
}

/** Encode validated tool-output previews, remembering each. */
export function toolsSection(list: ToolOutputPreview[]): Buffer {
  return section(
    list,
    "[",
    list.map((v) => remember(v, null, JSON.stringify(v), 5)),
    "]",
  );
}
