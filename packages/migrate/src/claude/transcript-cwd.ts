import { closeSync, openSync, readSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";

const CHUNK = 64 * 1024;
const LIMIT = 1024 * 1024;

/**
 * The `cwd` of a Claude Code transcript: the first line (within the first megabyte) that
 * parses and carries a string `cwd`. Metadata lines carry none; unparsable lines are
 * skipped (a transcript's last line may be torn). Null when none is found or unreadable.
 */
export function transcriptCwd(path: string): string | null {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return null;
  }
  try {
    const buf = Buffer.alloc(CHUNK);
    const decoder = new StringDecoder("utf8");
    let pending = "";
    let read = 0;
    while (read < LIMIT) {
      const n = readSync(fd, buf, 0, CHUNK, read);
      if (n === 0) break;
      read += n;
      const lines = (pending + decoder.write(buf.subarray(0, n))).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const cwd = lineCwd(line);
        if (cwd !== null) return cwd;
      }
    }
    return lineCwd(pending);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

function lineCwd(line: string): string | null {
  if (!line.includes('"cwd"')) return null;
  try {
    const v = JSON.parse(line) as { cwd?: unknown };
    return typeof v?.cwd === "string" && v.cwd !== "" ? v.cwd : null;
  } catch {
    return null;
  }
}
