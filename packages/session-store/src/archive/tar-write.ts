import { BLOCK, checksum, padLength, type TarEntry, TYPE_FLAG } from "./tar-format.js";

function octal(block: Buffer, offset: number, width: number, value: number): void {
  block.write(
    `${Math.floor(value)
      .toString(8)
      .padStart(width - 1, "0")}\0`,
    offset,
    width,
    "ascii",
  );
}

function header(name: string, type: string, mode: number, size: number, mtime: number, link = ""): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(name.slice(0, 100), 0, 100, "utf8");
  octal(block, 100, 8, mode);
  octal(block, 108, 8, 0);
  octal(block, 116, 8, 0);
  octal(block, 124, 12, size);
  octal(block, 136, 12, mtime);
  block.write(type, 156, 1, "ascii");
  block.write(link.slice(0, 100), 157, 100, "utf8");
  block.write("ustar\u000000", 257, 8, "ascii");
  block.write(`${checksum(block).toString(8).padStart(6, "0")}\0 `, 148, 8, "ascii");
  return block;
}

/** One pax record: "<len> <key>=<value>\n", where <len> counts the whole record. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bodyLen = Buffer.byteLength(body);
  let len = bodyLen + String(bodyLen).length;
  if (String(len).length + bodyLen !== len) len = bodyLen + String(len).length;
  return `${len}${body}`;
}

function padded(data: Buffer): Buffer[] {
  const pad = padLength(data.length);
  return pad === 0 ? [data] : [data, Buffer.alloc(pad)];
}

/** Serialize entries as an uncompressed pax archive (ends with two zero blocks). */
export function writeTar(entries: readonly TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    let pax = paxRecord("path", e.path) + paxRecord("mtime", e.mtime.toFixed(6));
    if (e.linkTarget !== undefined) pax += paxRecord("linkpath", e.linkTarget);
    const paxData = Buffer.from(pax, "utf8");
    parts.push(
      header(`PaxHeaders/${e.path}`.slice(0, 100), "x", 0o644, paxData.length, e.mtime),
      ...padded(paxData),
    );
    const size = e.type === "file" ? (e.data?.length ?? 0) : 0;
    const name = e.type === "dir" ? `${e.path}/` : e.path;
    parts.push(header(name, TYPE_FLAG[e.type], e.mode, size, e.mtime, e.linkTarget ?? ""));
    if (e.type === "file" && e.data !== undefined) parts.push(...padded(e.data));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}
