import { ArchiveError } from "../errors/archive-error.js";
import { BLOCK, checksum, padLength, type TarEntry, type TarEntryType } from "./tar-format.js";

const TYPES: Record<string, TarEntryType> = { "0": "file", "\0": "file", "5": "dir", "2": "symlink" };

function field(block: Buffer, offset: number, width: number): string {
  const raw = block.subarray(offset, offset + width);
  const nul = raw.indexOf(0);
  return raw.subarray(0, nul < 0 ? width : nul).toString("utf8");
}

function octalField(block: Buffer, offset: number, width: number): number {
  const text = field(block, offset, width).trim();
  const n = text === "" ? 0 : Number.parseInt(text, 8);
  if (!Number.isFinite(n)) throw new ArchiveError(`bad octal field ${JSON.stringify(text)} in tar header`);
  return n;
}

function parsePax(data: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos);
    const len = Number.parseInt(data.subarray(pos, space).toString("ascii"), 10);
    if (space < 0 || !Number.isInteger(len) || len <= 0 || pos + len > data.length) {
      throw new ArchiveError("malformed pax extended header");
    }
    const record = data.subarray(space + 1, pos + len - 1).toString("utf8");
    const eq = record.indexOf("=");
    out.set(record.slice(0, eq), record.slice(eq + 1));
    pos += len;
  }
  return out;
}

/** Parse an uncompressed pax/ustar archive (the subset writeTar produces). Checksums are verified. */
export function readTar(tar: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  let pax: Map<string, string> | null = null;
  let pos = 0;
  while (pos + BLOCK <= tar.length) {
    const block = tar.subarray(pos, pos + BLOCK);
    if (block.every((b) => b === 0)) return entries;
    if (checksum(block) !== octalField(block, 148, 8))
      throw new ArchiveError(`tar header checksum mismatch at byte ${pos}`);
    const size = octalField(block, 124, 12);
    const flag = field(block, 156, 1) || "\0";
    const dataStart = pos + BLOCK;
    if (dataStart + size > tar.length) throw new ArchiveError("archive truncated");
    const data = tar.subarray(dataStart, dataStart + size);
    pos = dataStart + size + padLength(size);
    if (flag === "x") {
      pax = parsePax(data);
      continue;
    }
    if (flag === "g") continue;
    const type = TYPES[flag];
    if (type === undefined) throw new ArchiveError(`unsupported tar entry type ${JSON.stringify(flag)}`);
    const prefix = field(block, 345, 155);
    const name = pax?.get("path") ?? (prefix ? `${prefix}/${field(block, 0, 100)}` : field(block, 0, 100));
    const entry: TarEntry = {
      path: name.replace(/\/+$/, ""),
      type,
      mode: octalField(block, 100, 8) & 0o7777,
      mtime: Number(pax?.get("mtime") ?? octalField(block, 136, 12)),
    };
    if (type === "file") entry.data = Buffer.from(data);
    if (type === "symlink") entry.linkTarget = pax?.get("linkpath") ?? field(block, 157, 100);
    entries.push(entry);
    pax = null;
  }
  throw new ArchiveError("archive truncated: no end-of-archive marker");
}
