import { closeSync, constants, openSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";
import { CorruptFileError } from "@rlm/session-schema/core";
import { SESSION_FILE } from "@rlm/session-store";

/** What the cells need to know about their session: whose it is and where it ran. */
export interface SessionHead {
  sessionId: string;
  /** `metadata.cwd`: relative snapshot paths resolve against it. */
  cwd: string | null;
}

const BLOCK = 4096;

// session.json starts with `{"schema_version":1,"metadata":{…},` (the store writes it
// compact, metadata on the first line): one small read gives the metadata. Anything else
// (pretty-printed, legacy, a metadata line over 4 KiB) is read whole. Never through a symlink.

/** The session id and cwd recorded in `<sessionPath>/session.json`. */
export function readSessionHead(sessionPath: string): SessionHead {
  const file = join(sessionPath, SESSION_FILE);
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "missing: cells need the session's session.json"
        : code === "ELOOP"
          ? "is a symlink; not followed"
          : `cannot read: ${(err as Error).message}`;
    throw new CorruptFileError(file, why, err);
  }
  let doc: unknown;
  try {
    const buf = Buffer.allocUnsafe(BLOCK);
    const n = readSync(fd, buf, 0, BLOCK, 0);
    const nl = buf.subarray(0, n).indexOf(0x0a);
    const line = nl >= 0 ? buf.toString("utf8", 0, nl) : "";
    doc = line.endsWith(",") ? tryParse(`${line.slice(0, -1)}}`) : undefined;
    // positioned reads leave the file offset at 0: this reads the whole file
    if (headOf(doc) === null) doc = tryParse(readFileSync(fd, "utf8"));
  } finally {
    closeSync(fd);
  }
  const head = headOf(doc);
  if (head === null) throw new CorruptFileError(file, "no metadata.session_id: not a session.json");
  return head;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function headOf(doc: unknown): SessionHead | null {
  const md = (doc as { metadata?: { session_id?: unknown; cwd?: unknown } } | undefined)?.metadata;
  if (typeof md?.session_id !== "string") return null;
  return { sessionId: md.session_id, cwd: typeof md.cwd === "string" && md.cwd !== "" ? md.cwd : null };
}
