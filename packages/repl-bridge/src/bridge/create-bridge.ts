import { homedir } from "node:os";
import { join } from "node:path";
import { validateArgs } from "../args/validate-args.js";
import type { RlmConfig } from "../config/rlm-config.js";
import { ReplError } from "../errors/repl-error.js";
import type { MemoryStore } from "../memory/memory-store.js";
import type { OpSpec } from "../ops/op-spec.js";
import { findOp, OPS } from "../ops/registry.js";
import type { ModelProvider } from "../providers/model-provider.js";
import type { OpContext } from "./op-context.js";
import type { KeptCells } from "./run-on-session.js";
import { createLazyServices, type LazyServices } from "./services.js";

export interface BridgeOptions {
  /** Sessions root (default: $RLM_SESSIONS_DIR, else ~/.claude/rlm-sessions). */
  sessionsDir?: string;
  /** Memory database (default: $RLM_MEMORY_DB, else ~/.claude/rlm-memory.db). */
  memoryDb?: string;
  /** rlm-config.json (default: $RLM_CONFIG, else ~/.claude/rlm-config.json). */
  configPath?: string;
  /** Environment to read (default process.env): API key, PATH for `claude`, the paths above. */
  env?: NodeJS.ProcessEnv;
  /** A model provider to use instead of choosing one from the environment. */
  provider?: ModelProvider;
  /** Epoch milliseconds (tests). */
  now?: () => number;
  /**
   * A bridge that serves many runs (rlm-repl's resident helper): it keeps the sessions'
   * loaded cell indexes between runs and catches them up with the disk on each (every
   * check of opening a session still runs). Default false: each run loads what it needs.
   */
  resident?: boolean;
}

export interface RunOptions {
  /** Session id, or `current` (the default). */
  session?: string;
  signal?: AbortSignal;
  /** Called as long operations progress (map_reduce: each chunk, then the reduce step). */
  onProgress?: (p: { op: string; done: number; total: number; label: string }) => void;
}

export interface Bridge {
  readonly ops: readonly OpSpec[];
  /** Validate `args`, run `op`, record it as a cell when it acts on a session; returns the op's JSON result. */
  run(op: string, args: unknown, options?: RunOptions): Promise<unknown>;
  /** Close the memory database if it was opened (a later run opens it again). */
  close(): void;
  /**
   * A resident bridge catches the cell indexes it keeps up with the disk now, so that the
   * next run does not pay for a compaction made since (a resident helper calls it when
   * idle); a session that can no longer be read is dropped. Nothing for other bridges.
   */
  warm(): void;
}

export function createBridge(options: BridgeOptions = {}): Bridge {
  const env = options.env ?? process.env;
  // (HOME of the environment given: a resident helper runs requests of clients with theirs)
  const home = nonEmpty(env.HOME) ?? homedir();
  const services: LazyServices = createLazyServices({
    env,
    memoryDb: options.memoryDb ?? nonEmpty(env.RLM_MEMORY_DB) ?? join(home, ".claude", "rlm-memory.db"),
    configPath: options.configPath ?? nonEmpty(env.RLM_CONFIG) ?? join(home, ".claude", "rlm-config.json"),
    provider: options.provider,
  });
  const kept: Map<string, KeptCells> | undefined = options.resident === true ? new Map() : undefined;
  const now = options.now ?? Date.now;
  return {
    ops: OPS,
    async run(name, rawArgs, runOptions = {}) {
      const spec = findOp(name);
      const args = validateArgs(spec.name, spec.args, rawArgs, spec.oneOf);
      const signal = runOptions.signal ?? new AbortController().signal;
      const report = runOptions.onProgress;
      const progress = (done: number, total: number, label: string) =>
        report?.({ op: spec.name, done, total, label });
      const mod = await spec.load();
      if (!spec.session) {
        const ctx = sessionlessContext(services, options.sessionsDir, env, signal, now, progress);
        return (await mod.run(ctx, args)).result;
      }
      // Loaded here, not at the top: session-less ops (memory_query) never pay for the store.
      const { runOnSession } = await import("./run-on-session.js");
      return runOnSession(spec, mod, args, {
        sessionsDir: options.sessionsDir,
        session: runOptions.session,
        services,
        env,
        signal,
        now,
        progress,
        kept,
      });
    },
    close: () => services.close(),
    warm: () => {
      if (kept === undefined) return;
      for (const [key, entry] of kept) {
        try {
          entry.warm(); // a journal stat; a reload of index.json when it was replaced
        } catch {
          kept.delete(key); // removed, moved, damaged: the next run opens it afresh and reports it
        }
      }
    },
  };
}

function sessionlessContext(
  services: LazyServices,
  sessionsDir: string | undefined,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
  now: () => number,
  progress: OpContext["progress"],
): OpContext {
  return {
    sessionsDir,
    get sessionId(): string {
      throw notOnSession();
    },
    store: () => {
      throw notOnSession();
    },
    cells: () => {
      throw notOnSession();
    },
    config: (): RlmConfig => services.config(),
    provider: (): Promise<ModelProvider> => services.provider(),
    memory: (): Promise<MemoryStore> => services.memory(),
    env,
    signal,
    replaying: false,
    now,
    progress,
  };
}

function nonEmpty(v: string | undefined): string | undefined {
  return v !== undefined && v.trim() !== "" ? v : undefined;
}

function notOnSession(): ReplError {
  return new ReplError("ERR_RLM_USAGE", "this operation does not act on a session", {
    hint: "leave out --session for it; `rlm-repl ops` says which operations act on a session",
  });
}
