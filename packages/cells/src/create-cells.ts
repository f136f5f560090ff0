import { assertCellId, type Cell, parseCell } from "@rlm/session-schema";
import { cellFileExists, writeNewCell } from "./cell-file.js";
import { randomCellId } from "./cell-id.js";
import { nowEpochSeconds } from "./clock.js";
import { CellExistsError } from "./errors/cell-exists-error.js";
import { MissingDependencyError } from "./errors/missing-dependency-error.js";
import { SelfDependencyError } from "./errors/self-dependency-error.js";
import type { JournalEntry } from "./journal/journal-entry.js";
import { appendEntries, ensureDir, locked, type StoreContext } from "./store-context.js";
import { keyAtCompletion, setCacheKey } from "./stored-key.js";
import type { CreateCellSpec } from "./types.js";

// Creating a cell writes its own file and appends one journal line: nothing in it grows
// with the session. Dependencies are checked against the files (cells are never deleted,
// so a file that exists stays a valid dependency), without loading the index.

const BATCH = 500;
const MAX_ID_ATTEMPTS = 32;

/** Create cells in order; a spec may depend on cells created earlier in the same call. */
export function createCells(ctx: StoreContext, specs: readonly CreateCellSpec[]): Cell[] {
  ensureDir(ctx);
  const made = new Map<string, Cell>();
  let pending: JournalEntry[] = [];
  const journal = () => {
    const batch = pending;
    pending = [];
    if (batch.length > 0) locked(ctx, () => appendEntries(ctx, batch, false));
  };
  try {
    for (const spec of specs) {
      const cell = createOne(ctx, spec, made);
      made.set(cell.cell_id, cell);
      pending.push(createEntry(cell));
      if (pending.length >= BATCH) journal();
    }
  } finally {
    // Cells already written are journaled even when a later spec is refused.
    journal();
  }
  return [...made.values()];
}

function createOne(ctx: StoreContext, spec: CreateCellSpec, made: ReadonlyMap<string, Cell>): Cell {
  if (spec.cellId !== undefined) {
    assertCellId(spec.cellId);
    if (made.has(spec.cellId) || ctx.view?.graph.nodes.has(spec.cellId))
      throw new CellExistsError(spec.cellId, ctx.paths.dir);
  }
  const name = spec.cellId ?? "(new cell)";
  const deps = [...new Set(spec.dependencies ?? [])];
  for (const dep of deps) {
    assertCellId(dep);
    if (dep === spec.cellId) throw new SelfDependencyError(dep);
    if (!made.has(dep) && !ctx.view?.graph.nodes.has(dep) && !cellFileExists(ctx.paths, dep))
      throw new MissingDependencyError(name, dep);
  }
  const status =
    spec.status ??
    (spec.output === undefined ? "pending" : (spec.output.error ?? null) !== null ? "error" : "done");
  const finished = status === "done" || status === "error";
  const o = spec.output ?? {};
  const cell = parseCell({
    cell_id: spec.cellId ?? "cell_00000000",
    created_at: spec.createdAt ?? nowEpochSeconds(),
    completed_at: spec.completedAt ?? (finished ? nowEpochSeconds() : null),
    type: spec.type,
    status,
    input: spec.input,
    code: spec.code ?? null,
    output: {
      result: o.result ?? null,
      error: o.error ?? null,
      execution_time_ms: o.executionTimeMs ?? null,
      cached_response: o.cachedResponse ?? null,
    },
    dependencies: deps,
    dependents: [],
    trace: spec.trace,
    metadata: spec.metadata,
    ...(spec.extra === undefined ? {} : { extra: spec.extra }),
  });
  if (finished) setCacheKey(cell, keyAtCompletion(ctx.paths, cell, made));
  for (let attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
    if (spec.cellId === undefined) {
      cell.cell_id = randomCellId();
      if (made.has(cell.cell_id) || ctx.view?.graph.nodes.has(cell.cell_id)) continue;
    }
    if (writeNewCell(ctx.paths, cell, ctx.fsync)) return cell;
    if (spec.cellId !== undefined) throw new CellExistsError(spec.cellId, ctx.paths.dir);
  }
  throw new Error(`no free cell id after ${MAX_ID_ATTEMPTS} attempts in ${ctx.paths.dir}`);
}

export function createEntry(cell: Cell): JournalEntry {
  const files = cell.input.context_snapshot.files;
  return {
    op: "create",
    id: cell.cell_id,
    type: cell.type,
    status: cell.status,
    deps: cell.dependencies,
    at: cell.created_at,
    ...(Object.keys(files).length > 0 ? { files } : {}),
    ...(cell.status_reason ? { reason: cell.status_reason } : {}),
  };
}
