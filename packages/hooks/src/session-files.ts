import { lstatSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { DIR_MODE, OutsideRootError, writeFileAtomicSync } from "@rlm/session-store";
import type { HookContext } from "./context.js";

/**
 * Replace `<session>/<rel>` atomically (fsync'd: these are written on Stop / SessionEnd /
 * PreCompact, not on the hot path), creating its directory (0700) when missing and never
 * writing through a symlink planted where a directory of ours should be. Returns the path.
 */
export function writeSessionDocument(
  ctx: HookContext,
  sessionId: string,
  rel: string,
  value: unknown,
): string {
  const dir = ctx.store.sessionDir(sessionId);
  const path = join(dir, rel);
  const parent = dirname(path);
  if (parent !== dir) {
    try {
      mkdirSync(parent, { mode: DIR_MODE });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    if (lstatSync(parent).isSymbolicLink())
      throw new OutsideRootError(parent, dir, "a symlink instead of a directory in");
  }
  writeFileAtomicSync(path, `${JSON.stringify(value, null, 2)}\n`);
  return path;
}
