import type { CliIO } from "./io.js";

/** A one-line progress bar on stderr when it is a terminal (stdout stays one JSON document); else nothing. */
export function progressBar(
  io: CliIO,
): ((p: { done: number; total: number; label: string }) => void) | undefined {
  if (!io.stderrIsTTY) return undefined;
  return ({ done, total, label }) => {
    const width = 24;
    const filled = total > 0 ? Math.round((width * done) / total) : width;
    io.stderr(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${label}`);
    if (done >= total) io.stderr("\r\u001b[K");
  };
}
