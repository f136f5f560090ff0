import type { CellStore } from "@rlm/cells";
import { createSessionStore, type SessionStore } from "@rlm/session-store";
import { cellNotFoundForCli } from "../errors/cell-not-found-hint.js";
import { errorMessage } from "../errors/error-message.js";
import type { OpModule, OpSpec } from "../ops/op-spec.js";
import type { OpContext } from "./op-context.js";
import { openSessionCells } from "./open-session-cells.js";
import { recordOpCell } from "./record-op-cell.js";
import { resolveSessionId } from "./resolve-session.js";
import type { LazyServices } from "./services.js";

export interface SessionRunOptions {
  sessionsDir: string | undefined;
  session: string | undefined;
  services: LazyServices;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  now: () => number;
  progress: OpContext["progress"];
  /** A resident bridge's open cell stores, by root and session (openCells' `reuse`). */
  kept?: Map<string, KeptCells> | undefined;
}

/** A session's cells kept by a resident bridge between runs. */
export interface KeptCells {
  cells: CellStore;
  /** Open the session again (every check) and catch the kept index up with the disk, writing nothing. */
  warm(): void;
}

/** At most this many sessions' indexes are kept by a resident bridge (the least recently used goes). */
const KEPT_SESSIONS = 8;

/** The session's cells; a resident bridge hands over the index it loaded for an earlier run. */
function openCellsOf(
  store: SessionStore,
  sessionId: string,
  kept: Map<string, KeptCells> | undefined,
): CellStore {
  if (kept === undefined) return openSessionCells(store, sessionId);
  const key = `${store.root}\0${sessionId}`;
  const earlier = kept.get(key);
  kept.delete(key);
  const cells = openSessionCells(store, sessionId, earlier === undefined ? {} : { reuse: earlier.cells });
  const entry: KeptCells = {
    cells,
    warm: () => {
      // never a rebuild of a damaged index nor a repair after a crashed writer: a warm-up
      // nobody asked for writes nothing (the next query does what a fresh process would)
      entry.cells = openSessionCells(store, sessionId, {
        reuse: entry.cells,
        autoRebuild: false,
        repair: false,
      });
      void entry.cells.size;
    },
  };
  kept.set(key, entry);
  for (const k of kept.keys()) {
    if (kept.size <= KEPT_SESSIONS) break;
    kept.delete(k);
  }
  return cells;
}

/**
 * Run a session op: resolve the session, run the op, and — for recorded ops — write the
 * `repl` cell of this run (also when the op failed, with its error) and return the result
 * with the cell's id.
 */
export async function runOnSession(
  spec: OpSpec,
  mod: OpModule,
  args: Record<string, unknown>,
  o: SessionRunOptions,
): Promise<unknown> {
  try {
    return await runRecorded(spec, mod, args, o);
  } catch (err) {
    throw cellNotFoundForCli(err);
  }
}

async function runRecorded(
  spec: OpSpec,
  mod: OpModule,
  args: Record<string, unknown>,
  o: SessionRunOptions,
): Promise<unknown> {
  const store = createSessionStore({ root: o.sessionsDir, env: o.env });
  const sessionId = resolveSessionId(store, o.session, o.env);
  const ctx = sessionContext(store, sessionId, o, false);
  if (spec.recording !== "repl") return (await mod.run(ctx, args)).result;
  const started = performance.now();
  const depth = () => store.load(sessionId).activation.current_depth;
  try {
    const outcome = await mod.run(ctx, args);
    const ms = performance.now() - started;
    const cellId = recordOpCell(ctx.cells(), spec.name, args, { outcome, ms, depth: depth() });
    return withCellId(outcome.result, cellId);
  } catch (err) {
    const ms = performance.now() - started;
    try {
      recordOpCell(ctx.cells(), spec.name, args, { error: errorMessage(err), ms, depth: depth() });
    } catch {
      // The op's own error is the one to report; a session that cannot take a cell
      // (removed meanwhile, lock timeout) must not hide it.
    }
    throw err;
  }
}

/** The context ops run in, for a live run or for a replay re-running a recorded op. */
export function sessionContext(
  store: SessionStore,
  sessionId: string,
  o: Pick<SessionRunOptions, "services" | "env" | "signal" | "now" | "kept"> & {
    sessionsDir?: string | undefined;
    progress?: OpContext["progress"];
  },
  replaying: boolean,
  cellsStore?: CellStore,
): OpContext {
  let cells = cellsStore;
  return {
    sessionId,
    sessionsDir: o.sessionsDir,
    store: () => store,
    cells: () => {
      cells ??= openCellsOf(store, sessionId, o.kept);
      return cells;
    },
    config: () => o.services.config(),
    provider: () => o.services.provider(),
    memory: () => o.services.memory(),
    env: o.env,
    signal: o.signal,
    replaying,
    now: o.now,
    progress: o.progress ?? (() => {}),
  };
}

function withCellId(result: unknown, cellId: string): unknown {
  if (typeof result === "object" && result !== null && !Array.isArray(result))
    return { ...result, cell_id: cellId };
  return { result, cell_id: cellId };
}
