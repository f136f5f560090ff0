import { type ProblemSink, warn } from "../report/problem.js";

/**
 * The legacy file-access log, lines kept as they are. A missing final newline is added so
 * the hooks' later appends start on a line of their own; lines that are not JSON are kept
 * and reported.
 */
export function fileAccessLines(
  log: { ref: string; bytes: Buffer } | null,
  sink: ProblemSink,
): { bytes: Buffer | null; lines: string[] } {
  if (log === null) return { bytes: null, lines: [] };
  const text = log.bytes.toString("utf8");
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  let unreadable = 0;
  for (const line of lines) {
    try {
      JSON.parse(line);
    } catch {
      unreadable++;
    }
  }
  if (unreadable > 0)
    warn(sink, log.ref, `${unreadable} of ${lines.length} line(s) are not JSON; kept as they are`);
  const last = log.bytes[log.bytes.length - 1];
  const bytes = last === 0x0a ? log.bytes : Buffer.concat([log.bytes, Buffer.from("\n")]);
  return { bytes, lines };
}
