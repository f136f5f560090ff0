import { mkdirSync } from "node:fs";
import { tempDir } from "@rlm/test-utils";
import { type CellStore, type OpenCellsOptions, openCells } from "../src/index.js";

export const SESSION = "sess-1";

/** A store over a fresh temporary session directory. */
export function freshStore(options: OpenCellsOptions = {}): {
  store: CellStore;
  dir: string;
  reopen: (o?: OpenCellsOptions) => CellStore;
} {
  const tmp = tempDir("rlm-cells-");
  const dir = tmp.join(SESSION);
  mkdirSync(dir, { mode: 0o700 });
  const merged = { cwd: tmp.path, ...options };
  return {
    store: openCells(dir, SESSION, merged),
    dir,
    reopen: (o = {}) => openCells(dir, SESSION, { ...merged, ...o }),
  };
}

/** An error's `code`, or undefined when `fn` does not throw. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return undefined;
}

export function thrown(fn: () => unknown): Error & { code?: string; path?: string[] } {
  try {
    fn();
  } catch (err) {
    return err as Error & { code?: string; path?: string[] };
  }
  throw new Error("expected an error");
}
