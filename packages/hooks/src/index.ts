export {
  configPath,
  DEFAULT_CONFIG,
  ensureConfig,
  readSessionsConfig,
  type SessionsConfig,
} from "./config.js";
export { createHookContext, type HookContext, type HookContextOptions } from "./context.js";
export { HANDLED_EVENTS, HANDLERS, handleHookEvent } from "./dispatch.js";
export { type HookInput, type ParsedInput, parseHookInput } from "./hook-input.js";
export type { Effect, HookResult } from "./hook-result.js";
export { closeOrphans, ORPHAN_GRACE_S } from "./orphans.js";
export { redactDeep } from "./redact-payload.js";
export {
  type HookPayload,
  payloadsFromTranscript,
  type TranscriptReplayOptions,
} from "./transcript/payloads-from-transcript.js";
