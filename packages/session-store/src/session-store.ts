import type { SessionState } from "@rlm/session-schema/core";
import {
  type ArchivedSession,
  type ArchiveInfo,
  archiveSession,
  listArchived,
} from "./archive/archive-session.js";
import { type RestoreOptions, restoreSession } from "./archive/restore-session.js";
import { type AppendEventsOptions, appendSessionEvents } from "./events/append-events.js";
import type { SessionEventInput } from "./events/session-event.js";
import type { LogRead } from "./logs/read-jsonl.js";
import {
  appendFileAccess,
  appendReasoning,
  type FileAccessInput as FileAccessLineInput,
  type LogName,
  type ReadLogOptions,
  type ReasoningInput,
  readLog,
} from "./logs/session-logs.js";
import { type ActivationInput, applyActivation, applyDepth } from "./mutations/activation.js";
import { applyRecursiveCall, applyTokens, type TokenUsage } from "./mutations/budget.js";
import { applyFileAccess, type FileAccessInput } from "./mutations/file-access.js";
import { applyEnd, applyReopen } from "./mutations/lifecycle.js";
import { applyToolOutput, type ToolOutputInput } from "./mutations/tool-output.js";
import { applyMergeWorkingMemory, applyWorkingMemory } from "./mutations/working-memory.js";
import { createSession, ensureSession } from "./ops/create-session.js";
import { getCurrent, setCurrent } from "./ops/current-link.js";
import { deleteSession } from "./ops/delete-session.js";
import { type ForkOptions, forkSession, lineage } from "./ops/fork-session.js";
import type { CreateSessionOptions } from "./ops/initial-state.js";
import { type ListFilter, type ListResult, listSessions } from "./ops/list-sessions.js";
import { loadSession, sessionExists } from "./ops/load-session.js";
import { type SaveOptions, type SessionMutator, saveSession, updateSession } from "./ops/save-session.js";
import { type SweepOptions, type SweepResult, sweepDebris } from "./ops/sweep-debris.js";
import { syncSession } from "./ops/sync-session.js";
import { linkTranscript } from "./ops/transcript-link.js";
import { createContext, type SessionStoreOptions } from "./store/context.js";
import { dirOf } from "./store/session-dir.js";

/** The sessions root and everything in it. Synchronous by design (hooks are short-lived processes). */
export interface SessionStore {
  readonly root: string;
  /** `<root>/<id>` (id validated; nothing touched). */
  sessionDir(sessionId: string): string;

  create(sessionId: string, opts?: CreateSessionOptions): SessionState;
  ensure(sessionId: string, opts?: CreateSessionOptions): { state: SessionState; created: boolean };
  load(sessionId: string): SessionState;
  save(state: SessionState, opts?: SaveOptions): SessionState;
  exists(sessionId: string): boolean;
  update(sessionId: string, mutator: SessionMutator): SessionState;
  delete(sessionId: string): void;
  list(filter?: ListFilter): ListResult;

  end(sessionId: string): SessionState;
  reopen(sessionId: string): SessionState;
  fork(parentId: string, childId: string, opts?: ForkOptions): SessionState;
  lineage(sessionId: string): string[];

  archive(sessionId: string): ArchiveInfo;
  restore(sessionId: string, opts?: RestoreOptions): { path: string; entries: number };
  listArchived(): ArchivedSession[];

  setActivation(sessionId: string, input: ActivationInput): SessionState;
  setDepth(sessionId: string, depth: number): SessionState;
  addTokens(sessionId: string, usage: TokenUsage): SessionState;
  addRecursiveCall(sessionId: string): SessionState;
  setWorkingMemory(sessionId: string, key: string, value: unknown): SessionState;
  mergeWorkingMemory(sessionId: string, values: Record<string, unknown>): SessionState;
  recordToolOutput(sessionId: string, input: ToolOutputInput): SessionState;
  recordFileAccess(sessionId: string, input: FileAccessInput): SessionState;

  appendFileAccess(sessionId: string, line: FileAccessLineInput): void;
  /**
   * Record changes to session.json in O(1) (the events journal): folded into session.json
   * by the next `update`, applied in memory by `load`. `fileAccess` lines are appended to
   * file-access.jsonl under the same lock. Returns the journal's size in bytes.
   */
  appendEvents(sessionId: string, events: readonly SessionEventInput[], opts?: AppendEventsOptions): number;
  appendTrace(sessionId: string, line: ReasoningInput): void;
  appendDecision(sessionId: string, line: ReasoningInput): void;
  readLog<T = unknown>(sessionId: string, log: LogName, opts?: ReadLogOptions): LogRead<T>;

  setCurrent(sessionId: string): void;
  getCurrent(): string | null;
  linkTranscript(sessionId: string, transcriptPath: string): void;
  /** Remove abandoned temp entries a crash left (`.staging-*`, `.trash-*`, `*.tmp`) older than `minAgeMs`. */
  sweep(opts?: SweepOptions): SweepResult;
  /** fsync session.json, the logs, the session directory and the root (for stores opened with `fsync: false`). */
  sync(sessionId: string): void;
}

export function createSessionStore(options: SessionStoreOptions = {}): SessionStore {
  const ctx = createContext(options);
  const update = (id: string, mutator: SessionMutator) => updateSession(ctx, id, mutator);
  return {
    root: ctx.root,
    sessionDir: (id) => dirOf(ctx, id),
    create: (id, opts) => createSession(ctx, id, opts),
    ensure: (id, opts) => ensureSession(ctx, id, opts),
    load: (id) => loadSession(ctx, id),
    save: (state, opts) => saveSession(ctx, state, opts),
    exists: (id) => sessionExists(ctx, id),
    update,
    delete: (id) => deleteSession(ctx, id),
    list: (filter) => listSessions(ctx, filter),
    end: (id) => update(id, (s) => applyEnd(s, ctx.clock())),
    reopen: (id) => update(id, applyReopen),
    fork: (parentId, childId, opts) => forkSession(ctx, parentId, childId, opts),
    lineage: (id) => lineage(ctx, id),
    archive: (id) => archiveSession(ctx, id),
    restore: (id, opts) => restoreSession(ctx, id, opts),
    listArchived: () => listArchived(ctx),
    setActivation: (id, input) => update(id, (s) => applyActivation(s, input)),
    setDepth: (id, depth) => update(id, (s) => applyDepth(s, depth)),
    addTokens: (id, usage) => update(id, (s) => applyTokens(s, usage)),
    addRecursiveCall: (id) => update(id, applyRecursiveCall),
    setWorkingMemory: (id, key, value) => update(id, (s) => applyWorkingMemory(s, key, value)),
    mergeWorkingMemory: (id, values) => update(id, (s) => applyMergeWorkingMemory(s, values)),
    recordToolOutput: (id, input) => update(id, (s) => applyToolOutput(s, input, ctx.clock(), ctx.redact)),
    recordFileAccess: (id, input) => update(id, (s) => applyFileAccess(s, input, ctx.clock())),
    appendFileAccess: (id, line) => appendFileAccess(ctx, id, line),
    appendEvents: (id, events, opts) => appendSessionEvents(ctx, id, events, opts),
    appendTrace: (id, line) => appendReasoning(ctx, id, "traces", line),
    appendDecision: (id, line) => appendReasoning(ctx, id, "decisions", line),
    readLog: (id, log, opts) => readLog(ctx, id, log, opts),
    setCurrent: (id) => setCurrent(ctx, id),
    getCurrent: () => getCurrent(ctx),
    linkTranscript: (id, path) => linkTranscript(ctx, id, path),
    sweep: (opts) => sweepDebris(ctx, opts),
    sync: (id) => syncSession(ctx, id),
  };
}
