import type { CellStore } from "@rlm/cells";
import type { SessionStore } from "@rlm/session-store";
import type { RlmConfig } from "../config/rlm-config.js";
import type { MemoryStore } from "../memory/memory-store.js";
import type { ModelProvider } from "../providers/model-provider.js";

/** What an op runs against. Everything heavy is opened on first use. */
export interface OpContext {
  /** The session the op acts on (resolved from `current` when not given). Throws for session-less ops. */
  readonly sessionId: string;
  /** The sessions root option (undefined: $RLM_SESSIONS_DIR, else ~/.claude/rlm-sessions). */
  readonly sessionsDir: string | undefined;
  store(): SessionStore;
  cells(): CellStore;
  config(): RlmConfig;
  provider(): Promise<ModelProvider>;
  memory(): Promise<MemoryStore>;
  readonly env: NodeJS.ProcessEnv;
  readonly signal: AbortSignal;
  /** True while a replay re-runs a recorded op (the op must not record anything new). */
  readonly replaying: boolean;
  /** During a replay: the outputs of the re-run cell's dependencies, as they are now. */
  readonly dependencyOutputs?: Readonly<Record<string, { result: unknown; cached_response: string | null }>>;
  /** Wall clock, epoch milliseconds. */
  now(): number;
  /** Report progress of long work (map_reduce chunks); the caller decides whether to show it. */
  progress(done: number, total: number, label: string): void;
}
