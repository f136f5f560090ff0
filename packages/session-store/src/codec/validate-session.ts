import {
  assertNoProtoKeysInSession,
  type SessionState,
  toIssues,
  upgradeSessionDocument,
  ValidationError,
} from "@rlm/session-schema";
import { compiledSession } from "./compiled-schemas.js";

/**
 * Same contract as `parseSession` from @rlm/session-schema (older documents upgraded in
 * memory, newer ones refused with SchemaVersionError, failures as ValidationError naming
 * each field by dot path), through the compiled schema.
 */
export function validateSession(value: unknown, file?: string): SessionState {
  assertNoProtoKeysInSession(value, file);
  const upgraded = upgradeSessionDocument(value, file);
  const result = compiledSession().safeParse(upgraded);
  if (result.success) return result.data;
  throw new ValidationError("session.json", toIssues(result.error), file);
}
