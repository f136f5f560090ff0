import { chmodSync, constants, copyFileSync, linkSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CorruptFileError } from "@rlm/session-schema/core";
import { errnoCode, isPlainObject, writeNewFileSync } from "../fs-utils.js";
import { CELL_FILE_PATTERN, CELL_INDEX_FILE, CELLS_DIR, FILE_MODE } from "../paths.js";
import { emptyCellIndex } from "./initial-state.js";

// Copy-on-write for cells. Every cell file of the parent becomes a hard link in the fork:
// no bytes are copied, and because cell files are only ever *replaced* (temp file +
// rename(2), as writeFileAtomicSync does), a write by either side swaps in a new inode
// for that side alone — the other keeps the old bytes. A fork is therefore a true
// snapshot: it does not see the parent's later changes, never changes the parent, and
// keeps its cells when the parent is deleted or archived. Anything in cells/ that is
// written in place (the cells journal) is copied instead; the index is rewritten with the
// fork's session id.

const LINK_FALLBACK = new Set(["EXDEV", "EPERM", "EMLINK", "ENOTSUP", "EOPNOTSUPP"]);

function shareFile(src: string, dst: string): void {
  try {
    linkSync(src, dst);
  } catch (err) {
    if (!LINK_FALLBACK.has(errnoCode(err) ?? "")) throw err;
    copyFileSync(src, dst, constants.COPYFILE_EXCL);
    chmodSync(dst, FILE_MODE);
  }
}

function forkIndex(parentDir: string, forkDir: string, forkId: string): void {
  const src = join(parentDir, CELL_INDEX_FILE);
  let text: string;
  try {
    text = readFileSync(src, "utf8");
  } catch (err) {
    if (errnoCode(err) !== "ENOENT") throw err;
    writeNewFileSync(join(forkDir, CELL_INDEX_FILE), emptyCellIndex(forkId));
    return;
  }
  let index: unknown;
  try {
    index = JSON.parse(text);
  } catch (err) {
    throw new CorruptFileError(src, `invalid JSON: ${(err as Error).message}`, err);
  }
  if (!isPlainObject(index)) throw new CorruptFileError(src, "not a JSON object");
  writeNewFileSync(
    join(forkDir, CELL_INDEX_FILE),
    `${JSON.stringify({ ...index, session_id: forkId }, null, 2)}\n`,
  );
}

/** Populate `<forkDir>/cells/` from the parent's; returns how many cell files are shared. */
export function forkCells(parentDir: string, forkDir: string, forkId: string): number {
  const from = join(parentDir, CELLS_DIR);
  const to = join(forkDir, CELLS_DIR);
  let shared = 0;
  let entries: import("node:fs").Dirent[] = [];
  try {
    entries = readdirSync(from, { withFileTypes: true });
  } catch (err) {
    if (errnoCode(err) !== "ENOENT") throw err;
  }
  for (const entry of entries) {
    const name = entry.name;
    if (!entry.isFile() || name === "index.json" || name.startsWith(".") || name.endsWith(".tmp")) continue;
    if (CELL_FILE_PATTERN.test(name)) {
      shareFile(join(from, name), join(to, name));
      shared++;
    } else {
      writeNewFileSync(join(to, name), readFileSync(join(from, name)));
    }
  }
  forkIndex(parentDir, forkDir, forkId);
  return shared;
}
