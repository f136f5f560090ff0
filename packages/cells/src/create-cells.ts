import { isAbsolute, resolve } from "node:path";
import { assertCellId, type Cell, ValidationError, validateCell } from "@rlm/session-schema/core";
import { cellFileExists, writeNewCell } from "./cell-file.js";
import { randomCellId } from "./cell-id.js";
import { nowEpochSeconds } from "./clock.js";
import { CellExistsError } from "./errors/cell-exists-error.js";
import { MissingDependencyError } from "./errors/missing-dependency-error.js";
import { SelfDependencyError } from "./errors/self-dependency-error.js";
import type { JournalEntry } from "./journal/journal-entry.js";
import { probeKey } from "./keyed-id.js";
import { appendEntries, ensureDir, locked, type StoreContext } from "./store-context.js";
import { keyAtCompletion, setCacheKey } from "./stored-key.js";
import type { CreateCellSpec } from "./types.js";
import { hashWrites, writeMarks } from "./write-marks.js";
import { recordWriter } from "./writers.js";

// Creating a cell writes its own file and appends one journal line, both under the cells
// lock (a writer killed in between is repaired by the next one: repair.ts): nothing in it
// grows with the session. Dependencies are checked against the files (cells are never
// deleted, so a file that exists stays a valid dependency), without loading the index.

const BATCH = 500;
const MAX_ID_ATTEMPTS = 32;

interface Made {
  id: string;
  entry: JournalEntry;
  /** A cell created finished that wrote files: path → hash after the write. */
  writes: Record<string, string | null> | null;
}

/** Create cells in order; a spec may depend on cells created earlier in the same call. */
export function createCells(ctx: StoreContext, specs: readonly CreateCellSpec[]): Cell[] {
  ensureDir(ctx);
  return locked(ctx, () => createLocked(ctx, specs));
}

function createLocked(ctx: StoreContext, specs: readonly CreateCellSpec[]): Cell[] {
  const made = new Map<string, Cell>();
  let pending: Made[] = [];
  const journal = () => {
    const batch = pending;
    pending = [];
    if (batch.length > 0) journalBatch(ctx, batch);
  };
  try {
    for (const spec of specs) {
      const { cell, writes } = createOne(ctx, spec, made);
      made.set(cell.cell_id, cell);
      pending.push({ id: cell.cell_id, entry: createEntry(cell), writes });
      if (pending.length >= BATCH) journal();
    }
  } finally {
    // Cells already written are journaled even when a later spec is refused.
    journal();
  }
  return [...made.values()];
}

/** One append for the batch (creates, and the file marks of cells that wrote files), then the writers map. */
function journalBatch(ctx: StoreContext, batch: readonly Made[]): void {
  const entries: JournalEntry[] = [];
  for (const m of batch) {
    entries.push(m.entry);
    if (m.writes !== null) entries.push(...writeMarks(m.id, m.writes));
  }
  appendEntries(ctx, entries, entries.length > batch.length);
  for (const m of batch) if (m.writes !== null) recordWriter(ctx, m.id, Object.keys(m.writes));
}

function createOne(
  ctx: StoreContext,
  spec: CreateCellSpec,
  made: ReadonlyMap<string, Cell>,
): { cell: Cell; writes: Record<string, string | null> | null } {
  if (spec.cellId !== undefined) {
    assertCellId(spec.cellId);
    if (made.has(spec.cellId) || ctx.view?.graph.nodes.has(spec.cellId))
      throw new CellExistsError(spec.cellId, ctx.paths.dir);
  }
  if (
    spec.key !== undefined &&
    (typeof spec.key !== "string" || spec.key === "" || spec.cellId !== undefined)
  )
    throw new ValidationError("cell spec", [
      { path: "key", message: "a non-empty string, and not together with cellId" },
    ]);
  const name = spec.cellId ?? "(new cell)";
  // an outcome given at creation may name dependencies and reads, as at completion
  const deps = [...new Set([...(spec.dependencies ?? []), ...(spec.output?.dependencies ?? [])])];
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
  const writes = status === "done" && o.writes !== undefined ? hashWrites(ctx.cwd, o.writes) : null;
  const extra = {
    ...(spec.extra ?? {}),
    ...(spec.key === undefined ? {} : { key: spec.key }),
    ...(writes === null ? {} : { writes }),
  };
  let input = absoluteSnapshot(spec.input, ctx.cwd);
  if (o.reads !== undefined && o.reads.length > 0) {
    const snap = (input as { context_snapshot?: { files?: Record<string, string | null> } } | undefined)
      ?.context_snapshot;
    const files = { ...(snap?.files ?? {}), ...hashWrites(ctx.cwd, o.reads) };
    input = { ...(input ?? {}), context_snapshot: { ...(snap ?? {}), files } } as CreateCellSpec["input"];
  }
  const cell = validateCell({
    cell_id: spec.cellId ?? "cell_00000000",
    created_at: spec.createdAt ?? nowEpochSeconds(),
    completed_at: spec.completedAt ?? (finished ? nowEpochSeconds() : null),
    type: spec.type,
    status,
    input,
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
    ...(Object.keys(extra).length === 0 ? {} : { extra }),
  });
  if (finished) setCacheKey(cell, keyAtCompletion(ctx.paths, cell, made));
  if (spec.key !== undefined) {
    writeKeyed(ctx, cell, spec.key);
    return { cell, writes };
  }
  for (let attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
    if (spec.cellId === undefined) {
      cell.cell_id = randomCellId();
      if (made.has(cell.cell_id) || ctx.view?.graph.nodes.has(cell.cell_id)) continue;
    }
    if (writeNewCell(ctx.paths, cell, ctx.fsync, ctx.bulk)) return { cell, writes };
    if (spec.cellId !== undefined) throw new CellExistsError(spec.cellId, ctx.paths.dir);
  }
  throw new Error(`no free cell id after ${MAX_ID_ATTEMPTS} attempts in ${ctx.paths.dir}`);
}

/** Take the first free id of the key's probe sequence; another process may take it first. */
function writeKeyed(ctx: StoreContext, cell: Cell, key: string): void {
  for (;;) {
    const probe = probeKey(ctx.paths, key);
    if ("found" in probe) throw new CellExistsError(probe.found.cell_id, `${ctx.paths.dir} (key ${key})`);
    cell.cell_id = probe.free;
    if (writeNewCell(ctx.paths, cell, ctx.fsync, ctx.bulk)) return;
  }
}

/** Snapshot paths are stored absolute (resolved against the session's cwd): they mean the same file from anywhere. */
function absoluteSnapshot(input: CreateCellSpec["input"], cwd: string): CreateCellSpec["input"] {
  const files = (input as { context_snapshot?: { files?: Record<string, string | null> } } | undefined)
    ?.context_snapshot?.files;
  if (files === undefined || files === null || typeof files !== "object") return input;
  const keys = Object.keys(files);
  if (keys.every((k) => isAbsolute(k))) return input;
  const abs: Record<string, string | null> = {};
  for (const k of keys) abs[resolve(cwd, k)] = files[k] ?? null;
  const snap = (input as { context_snapshot: Record<string, unknown> }).context_snapshot;
  return { ...input, context_snapshot: { ...snap, files: abs } } as CreateCellSpec["input"];
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
