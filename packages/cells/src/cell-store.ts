import type { Cell } from "@rlm/session-schema/core";
import { addDependency } from "./add-dependency.js";
import { fileChanged, findKey, lastWriter, promoted, updateMetadata } from "./annotate.js";
import { readCell } from "./cell-file.js";
import { completeCell, completeIfPending } from "./complete-cell.js";
import { createCells } from "./create-cells.js";
import { type IndexDocument, indexDocument } from "./index-file.js";
import { invalidate } from "./invalidate.js";
import * as q from "./queries.js";
import { type RebuildReport, rebuildLocked } from "./rebuild.js";
import type { CellExecutors } from "./replay/executors.js";
import { type ReplayOptions, replay } from "./replay/replay.js";
import type { ReplayReport } from "./replay/replay-report.js";
import type { ReplaySelection } from "./replay/selection.js";
import { compactLocked, ensureView, locked, type StoreContext } from "./store-context.js";
import type {
  CellFilter,
  CellSummary,
  CompleteCellOptions,
  CreateCellSpec,
  ExecutionPage,
  FlushResult,
  InvalidationChange,
  InvalidationTarget,
} from "./types.js";

/**
 * The cells of one session. Every method is synchronous except `replay` (executors may
 * be async). Safe to use from several processes at once; each call sees what other
 * processes have written up to that moment.
 */
export class CellStore {
  /** @internal */
  constructor(private readonly ctx: StoreContext) {}

  get sessionId(): string {
    return this.ctx.sessionId;
  }

  get sessionPath(): string {
    return this.ctx.paths.sessionPath;
  }

  get cellsDir(): string {
    return this.ctx.paths.dir;
  }

  create(spec: CreateCellSpec): Cell {
    return createCells(this.ctx, [spec])[0] as Cell;
  }

  /** Many cells in one call (one journal append per 500): for migrations and imports. */
  createMany(specs: readonly CreateCellSpec[]): Cell[] {
    return createCells(this.ctx, specs);
  }

  complete(cellId: string, outcome: CompleteCellOptions): Cell {
    return completeCell(this.ctx, cellId, outcome);
  }

  /** Complete only if the cell file still says `pending`; null otherwise (orphan sweeps). */
  completeIfPending(cellId: string, outcome: CompleteCellOptions): Cell | null {
    return completeIfPending(this.ctx, cellId, outcome);
  }

  /** Merge into the cell's `metadata` (status, output and key untouched). */
  updateMetadata(cellId: string, patch: Record<string, unknown>): Cell {
    return updateMetadata(this.ctx, cellId, patch);
  }

  /** Ids of the cells promoted to the memory database (`metadata.promoted_to_db`), in promotion order. */
  promoted(): string[] {
    return promoted(this.ctx);
  }

  /** The id of the cell created with `key` (CreateCellSpec.key), or null. */
  findKey(key: string): string | null {
    return findKey(this.ctx, key);
  }

  /** The cell that last wrote `path` (CompleteCellOptions.writes), or null. */
  lastWriter(path: string): string | null {
    return lastWriter(this.ctx, path);
  }

  /** `path` changed outside any cell: its readers (other content recorded) and their dependents become stale. Returns the new hash. */
  fileChanged(path: string): string | null {
    return fileChanged(this.ctx, path);
  }

  /**
   * The cell file as stored, without loading the index: its status does not show stale
   * marks made since it was written (use `get` for that), and `dependents` is a snapshot.
   */
  getStored(cellId: string): Cell {
    return readCell(this.ctx.paths, cellId);
  }

  get(cellId: string): Cell {
    return q.getCell(this.ctx, cellId);
  }

  /** Whether the index knows the cell. */
  has(cellId: string): boolean {
    return ensureView(this.ctx).graph.nodes.has(cellId);
  }

  get size(): number {
    return ensureView(this.ctx).graph.size;
  }

  list(filter?: CellFilter): CellSummary[] {
    return q.listCells(this.ctx, filter);
  }

  /**
   * Cells `offset` to `offset + limit` of the execution order, filtered, with counts: a
   * summary is built only for the page (list() builds one per cell).
   */
  executionPage(filter: CellFilter = {}, offset = 0, limit = Number.POSITIVE_INFINITY): ExecutionPage {
    return q.executionPage(this.ctx, filter, offset, limit);
  }

  /** Summaries of the cells `cellIds` that the index knows, in that order (unknown ids skipped). */
  summaries(cellIds: readonly string[]): CellSummary[] {
    return q.summaries(this.ctx, cellIds);
  }

  addDependency(cellId: string, dependencyId: string): Cell {
    return addDependency(this.ctx, cellId, dependencyId);
  }

  executionOrder(): string[] {
    return q.executionOrder(this.ctx);
  }

  roots(): string[] {
    return q.roots(this.ctx);
  }

  leaves(): string[] {
    return q.leaves(this.ctx);
  }

  dependencyChain(cellId: string): string[] {
    return q.dependencyChain(this.ctx, cellId);
  }

  dependents(cellId: string, options: { transitive?: boolean } = {}): string[] {
    return q.dependentsOf(this.ctx, cellId, options.transitive === true);
  }

  invalidate(target: InvalidationTarget): InvalidationChange[] {
    return invalidate(this.ctx, target);
  }

  replay(
    selection: ReplaySelection,
    executors: CellExecutors,
    options?: ReplayOptions,
  ): Promise<ReplayReport> {
    return replay(this.ctx, selection, executors, options);
  }

  /** Fold the journal into index.json now (hooks call this on Stop). */
  flush(): FlushResult {
    return locked(this.ctx, () => compactLocked(this.ctx));
  }

  /** Reconstruct index.json from the cell files, reporting what did not add up. */
  rebuild(): RebuildReport {
    return locked(this.ctx, () => rebuildLocked(this.ctx));
  }

  /** The index document as `flush()` would write it now (without writing it). */
  index(): IndexDocument {
    const view = ensureView(this.ctx);
    return indexDocument(view.graph, this.ctx.sessionId, view.gen, Date.now() / 1000);
  }
}
