import { isUtf8 } from "node:buffer";
import { lstatSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { note, type ProblemSink, warn } from "../report/problem.js";
import { type LegacyDirs, refPath } from "./legacy-dirs.js";

/** One legacy file as found: its bytes (following a symlink) or why there are none. */
export interface LegacyFile {
  ref: string;
  kind: "file" | "symlink" | "dangling-symlink" | "unreadable" | "missing";
  /** The content (the link target's content for a symlink); null when it cannot be read. */
  bytes: Buffer | null;
  linkTarget: string | null;
  /** Why a file that exists could not be read (permissions, I/O); its content is nowhere else. */
  readError?: string;
}

/** Read a legacy file without ever failing: problems go to `sink`, the file's kind says what was there. */
export function readLegacyFile(dirs: LegacyDirs, ref: string, sink: ProblemSink): LegacyFile {
  const path = refPath(dirs, ref);
  let linkTarget: string | null = null;
  try {
    const st = lstatSync(path);
    if (st.isSymbolicLink()) {
      linkTarget = readlinkSync(path);
      try {
        if (!statSync(path).isFile()) {
          warn(sink, ref, `symlink to ${linkTarget}, which is not a regular file; not read`);
          return { ref, kind: "unreadable", bytes: null, linkTarget };
        }
      } catch {
        warn(sink, ref, `dangling symlink to ${linkTarget}; nothing to read`);
        return { ref, kind: "dangling-symlink", bytes: null, linkTarget };
      }
      note(sink, ref, `symlink to ${linkTarget}; its content was read`);
    } else if (!st.isFile()) {
      warn(sink, ref, "not a regular file; not read");
      return { ref, kind: "unreadable", bytes: null, linkTarget };
    }
    return { ref, kind: linkTarget === null ? "file" : "symlink", bytes: readFileSync(path), linkTarget };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      warn(sink, ref, "disappeared while the migration ran");
      return { ref, kind: "missing", bytes: null, linkTarget };
    }
    warn(sink, ref, `cannot be read: ${(err as Error).message}`);
    return { ref, kind: "unreadable", bytes: null, linkTarget, readError: (err as Error).message };
  }
}

/**
 * Bytes → text. Invalid UTF-8 is decoded with U+FFFD replacement and reported (the raw
 * bytes are kept in the backup and under the session's `legacy/`); a BOM is dropped.
 */
export function decodeLegacyText(bytes: Buffer, ref: string, sink: ProblemSink): string {
  if (!isUtf8(bytes)) {
    warn(sink, ref, "not valid UTF-8: decoded with U+FFFD replacement characters (raw bytes kept verbatim)");
  }
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
