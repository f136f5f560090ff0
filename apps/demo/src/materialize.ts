import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute } from "node:path";
import type { HookPayload } from "@rlm/hooks";

/**
 * The project as the transcript saw it: every file a Read returned is written back with the
 * content the tool reported, so the hooks hash real files (lineage and invalidation work
 * on disk, not on paper). Returns the paths written.
 */
export function materializeReads(payloads: readonly HookPayload[]): string[] {
  const written: string[] = [];
  for (const p of payloads) {
    if (p.hook_event_name !== "PostToolUse" || p.tool_name !== "Read") continue;
    const file = (p.tool_response as { file?: { filePath?: unknown; content?: unknown } } | undefined)?.file;
    if (typeof file?.filePath !== "string" || typeof file.content !== "string" || !isAbsolute(file.filePath))
      continue;
    mkdirSync(dirname(file.filePath), { recursive: true });
    writeFileSync(file.filePath, file.content);
    written.push(file.filePath);
  }
  return written;
}
