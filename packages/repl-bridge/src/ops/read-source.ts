import { readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { OpContext } from "../bridge/op-context.js";
import { ReplError } from "../errors/repl-error.js";

/** The text an op works on: `content`, or the file `path` (relative to the session's cwd). */
export function readSource(
  ctx: OpContext,
  args: Record<string, unknown>,
): { text: string; files: string[]; path?: string } {
  if (typeof args.content === "string") return { text: args.content, files: [] };
  const given = args.path as string;
  const cwd = ctx.store().load(ctx.sessionId).metadata.cwd ?? process.cwd();
  const abs = isAbsolute(given) ? given : resolve(cwd, given);
  try {
    return { text: readFileSync(abs, "utf8"), files: [abs], path: abs };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ReplError(
      code === "ENOENT" ? "ERR_RLM_NOT_FOUND" : "ERR_RLM_VALIDATION",
      `cannot read ${abs}: ${code ?? (err as Error).message}`,
      {
        hint: "path is resolved against the session's cwd; pass content instead to send text directly",
        cause: err,
      },
    );
  }
}
