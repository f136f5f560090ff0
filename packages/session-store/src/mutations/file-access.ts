import type { SessionState } from "@rlm/session-schema/core";
import { assertRecordKey } from "./invalid.js";

export interface FileAccessInput {
  path: string;
  /** `sha256:<hex>` of the content when known; omitted → the previous hash is kept. */
  hash?: string | null;
  sizeBytes?: number | null;
}

/** Record a file touched by a tool in context.files (first access kept, last access now). */
export function applyFileAccess(state: SessionState, input: FileAccessInput, now: number): SessionState {
  assertRecordKey("context.files", input.path);
  const prev = state.context.files[input.path];
  const entry = {
    ...prev,
    hash: input.hash !== undefined ? input.hash : (prev?.hash ?? null),
    size_bytes: input.sizeBytes !== undefined ? input.sizeBytes : (prev?.size_bytes ?? null),
    first_access: prev?.first_access ?? now,
    last_access: now,
  };
  state.context.files[input.path] = entry;
  return state;
}
