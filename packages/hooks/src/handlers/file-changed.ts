import { isAbsolute } from "node:path";
import type { HookContext } from "../context.js";
import { type HookInput, text } from "../hook-input.js";
import { type Effect, type HookResult, quiet } from "../hook-result.js";

/**
 * FileChanged (an edit outside Claude Code, in a watched path): the cells that read other
 * content of the file become stale, transitively (one journal line; readers resolve it).
 * Only for a session that exists: a watch event never creates one.
 */
export function fileChanged(ctx: HookContext, input: HookInput): HookResult {
  const path = text(input, "file_path");
  if (path === undefined || !isAbsolute(path) || path.includes("\0"))
    return quiet([{ kind: "ignored", reason: "FileChanged without an absolute file_path" }]);
  if (!ctx.store.exists(input.session_id)) return quiet([{ kind: "ignored", reason: "no such session" }]);
  ctx.cells(input.session_id).fileChanged(path);
  return quiet([{ kind: "files_changed", paths: [path] } satisfies Effect]);
}
