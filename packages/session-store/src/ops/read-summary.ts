import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { checkSessionMetadata, isRlmError, type SessionMetadata } from "@rlm/session-schema/core";
import { decodeSession } from "../codec/decode-session.js";
import { errnoCode, isPlainObject, readFileNoFollow } from "../fs-utils.js";

// The cheap read behind `list`. session.json's first line is `{"schema_version":1,
// "metadata":{…},` (see encode-session.ts), so one read of the first block gives the
// metadata; the last bytes are checked to end in `}` so a truncated file is not listed as
// healthy. Anything else (a pretty-printed or legacy file, a metadata line longer than the
// block, a file that fails the checks) takes the slow path: full read and full validation,
// which also produces the precise problem report.

const BLOCK = 4096;
const WS = new Set([0x20, 0x0a, 0x0d, 0x09]);

export type SummaryRead = { ok: true; metadata: SessionMetadata } | { ok: false; reason: string };

function endsWithBrace(fd: number, buf: Buffer, n: number): boolean {
  let tail = buf;
  let end = n;
  if (n === buf.length) {
    const size = fstatSync(fd).size;
    tail = Buffer.allocUnsafe(64);
    end = readSync(fd, tail, 0, 64, Math.max(0, size - 64));
  }
  while (end > 0 && WS.has(tail[end - 1] as number)) end--;
  return end > 0 && tail[end - 1] === 0x7d;
}

function fastRead(file: string, buf: Buffer): SessionMetadata | "slow" | "missing" | "symlink" {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (err) {
    const code = errnoCode(err);
    return code === "ENOENT" ? "missing" : code === "ELOOP" ? "symlink" : "slow";
  }
  try {
    const n = readSync(fd, buf, 0, BLOCK, 0);
    const nl = buf.subarray(0, n).indexOf(0x0a);
    if (n === 0 || (nl < 0 && n === BLOCK) || !endsWithBrace(fd, buf, n)) return "slow";
    let line = buf.toString("utf8", 0, nl >= 0 ? nl : n);
    if (line.endsWith(",")) line = `${line.slice(0, -1)}}`;
    else if (!(n < BLOCK && (nl < 0 || nl === n - 1))) return "slow"; // one-line file: must be all of it
    const head: unknown = JSON.parse(line);
    if (!isPlainObject(head) || head.schema_version !== 1) return "slow";
    const md = checkSessionMetadata(head.metadata);
    return md.ok ? md.value : "slow";
  } catch {
    return "slow";
  } finally {
    closeSync(fd);
  }
}

/** Metadata of one session.json, or why it cannot be listed. */
export function readSummary(file: string, buf: Buffer = Buffer.allocUnsafe(BLOCK)): SummaryRead {
  const fast = fastRead(file, buf);
  if (fast === "missing") return { ok: false, reason: "missing session.json" };
  if (fast === "symlink") return { ok: false, reason: "session.json is a symlink; not followed" };
  if (fast !== "slow") return { ok: true, metadata: fast };
  try {
    return { ok: true, metadata: decodeSession(readFileNoFollow(file).bytes, file).metadata };
  } catch (err) {
    if (isRlmError(err)) return { ok: false, reason: err.message };
    return { ok: false, reason: `cannot read: ${(err as Error).message}` };
  }
}
