import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { CellType } from "@rlm/session-schema/core";
import { createSessionStore } from "@rlm/session-store";
import type { CellStore } from "./cell-store.js";
import { openCells } from "./open-cells.js";
import type { OpenCellsOptions } from "./types.js";

/**
 * The cells of the session directory `dir` (`<root>/<sessionId>`), creating the session
 * (through @rlm/session-store, root = dirname(dir)) when it does not exist yet.
 */
export function cellsInDir(dir: string, options: OpenCellsOptions = {}): CellStore {
  const store = createSessionStore({ root: dirname(dir) });
  const sessionId = basename(dir);
  if (!existsSync(join(dir, "session.json"))) store.ensure(sessionId);
  return openCells(store, sessionId, options);
}

/** A DAG by name: each name → the names it depends on (listed before it, or anywhere: order is resolved). */
export type DagSpec = Readonly<Record<string, readonly string[]>>;

/**
 * Create the cells of `spec` in `store` (dependencies first), completed with
 * `{result: name}` unless `pending` lists the name. Returns name → cell id.
 */
export function buildDag(
  store: CellStore,
  spec: DagSpec,
  options: {
    type?: CellType;
    pending?: readonly string[];
    files?: Readonly<Record<string, Record<string, string | null>>>;
  } = {},
): Record<string, string> {
  const ids: Record<string, string> = {};
  const visiting = new Set<string>();
  const make = (name: string): string => {
    const known = ids[name];
    if (known !== undefined) return known;
    if (visiting.has(name)) throw new Error(`buildDag: cycle through ${name}`);
    if (!(name in spec)) throw new Error(`buildDag: ${name} is not in the spec`);
    visiting.add(name);
    const dependencies = (spec[name] ?? []).map(make);
    const done = !(options.pending ?? []).includes(name);
    const cell = store.create({
      type: options.type ?? "repl",
      input: { operation: name, context_snapshot: { files: options.files?.[name] ?? {} } },
      dependencies,
      ...(done ? { output: { result: name } } : {}),
    });
    visiting.delete(name);
    ids[name] = cell.cell_id;
    return cell.cell_id;
  };
  for (const name of Object.keys(spec)) make(name);
  return ids;
}

/**
 * Write a single chain of `n` done cells (`cell_00000000` → … → the last) straight into
 * `<sessionPath>/cells/index.json`, without cell files: a large graph in milliseconds for
 * queries (every query still runs the store's own code). `clock: "reversed"` gives later
 * cells earlier `created_at`, which forces the topological sort off its fast path.
 * Returns the ids in chain order.
 */
export function writeChainIndex(
  sessionPath: string,
  sessionId: string,
  n: number,
  options: { clock?: "forward" | "reversed" } = {},
): string[] {
  const ids = Array.from({ length: n }, (_, i) => `cell_${i.toString(16).padStart(8, "0")}`);
  const reversed = options.clock === "reversed";
  const cells: Record<string, unknown> = {};
  ids.forEach((id, i) => {
    cells[id] = {
      type: "repl",
      status: "done",
      dependencies: i === 0 ? [] : [ids[i - 1]],
      dependents: i === n - 1 ? [] : [ids[i + 1]],
      created_at: 1_700_000_000 + (reversed ? n - i : i / 1000),
    };
  });
  const doc = {
    version: 1,
    gen: 1,
    session_id: sessionId,
    cells,
    roots: [],
    leaves: [],
    execution_order: [],
    cycles_detected: [],
  };
  mkdirSync(join(sessionPath, "cells"), { recursive: true });
  writeFileSync(join(sessionPath, "cells", "index.json"), JSON.stringify(doc));
  return ids;
}
