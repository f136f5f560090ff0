import { isAbsolute, resolve } from "node:path";

// Which files a Claude Code tool call reads and writes, from its input and response
// (tool-input shapes: CLAUDE-CODE-HOOKS.md §2.2). Paths from Claude Code are absolute
// (CL 2.1.89); anything else (a Windows path on this machine, garbage) is not a file of
// this machine and is left out of hashing and lineage.

const READ_PATH: Readonly<Record<string, string>> = {
  Read: "file_path",
  NotebookRead: "notebook_path",
  // the reading side of an edit: it replaces text it found
  Edit: "file_path",
  MultiEdit: "file_path",
  NotebookEdit: "notebook_path",
};

const WRITE_PATH: Readonly<Record<string, string>> = {
  Edit: "file_path",
  MultiEdit: "file_path",
  Write: "file_path",
  NotebookEdit: "notebook_path",
};

/** Tools whose response lists files they read or matched. */
const SEARCH_TOOLS = new Set(["Grep", "Glob"]);

/** At most this many files of a search result are hashed (the rest are left out of the snapshot). */
export const MAX_SEARCH_FILES = 50;

function pathField(input: Record<string, unknown>, field: string | undefined): string | null {
  if (field === undefined) return null;
  const p = input[field];
  return typeof p === "string" && p !== "" && isAbsolute(p) && !p.includes("\0") ? p : null;
}

/** Files the tool reads before it runs (hashed at PreToolUse). */
export function readsBefore(tool: string, input: Record<string, unknown>): string[] {
  const p = pathField(input, READ_PATH[tool]);
  return p === null ? [] : [p];
}

/** Files the tool wrote (recorded at a successful PostToolUse). */
export function writesOf(tool: string, input: Record<string, unknown>): string[] {
  const p = pathField(input, WRITE_PATH[tool]);
  return p === null ? [] : [p];
}

/**
 * Files a search reported (Grep `files_with_matches`, Glob): what its result depends on.
 * Relative names resolve against the search's `path`, else the session's cwd. Grep's
 * `content` and `count` modes report no file list, so they record none.
 */
export function readsFromResult(
  tool: string,
  input: Record<string, unknown>,
  response: unknown,
  cwd: string | undefined,
): string[] {
  if (!SEARCH_TOOLS.has(tool) || typeof response !== "object" || response === null) return [];
  const names = (response as { filenames?: unknown }).filenames;
  if (!Array.isArray(names)) return [];
  const base =
    typeof input.path === "string" && isAbsolute(input.path)
      ? input.path
      : cwd !== undefined && isAbsolute(cwd)
        ? cwd
        : null;
  const out: string[] = [];
  for (const n of names) {
    if (typeof n !== "string" || n === "" || n.includes("\0")) continue;
    if (isAbsolute(n)) out.push(n);
    else if (base !== null) out.push(resolve(base, n));
    if (out.length >= MAX_SEARCH_FILES) break;
  }
  return out;
}

/** The file-access.jsonl lines of a tool call: one per file touched, or the search pattern. */
export function accessLines(
  tool: string,
  input: Record<string, unknown>,
): Array<{ tool: string; file: string } | { tool: string; pattern: string }> {
  const file = pathField(input, WRITE_PATH[tool] ?? READ_PATH[tool]);
  if (file !== null) return [{ tool, file }];
  if (SEARCH_TOOLS.has(tool) && typeof input.pattern === "string" && input.pattern !== "")
    return [{ tool, pattern: input.pattern }];
  return [];
}
