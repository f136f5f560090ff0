import { SESSION_SCHEMA_VERSION, SessionState } from "./documents/session.js";
import { SchemaVersionError } from "./errors/schema-version-error.js";
import { ValidationError } from "./errors/validation-error.js";
import { parseWith, type SafeParseResult, safeParseWith } from "./parse.js";
import { assertNoProtoKeysInSession } from "./proto-keys.js";
import { upgradeSessionDocument } from "./upgrade-session.js";

/**
 * Parse a session.json document of any supported version. Documents without
 * `schema_version` (as the plan's Python reference wrote them) are upgraded in memory;
 * a newer version is refused with SchemaVersionError.
 */
export function parseSession(value: unknown, file?: string): SessionState {
  assertNoProtoKeysInSession(value, file);
  return parseWith(SessionState, "session.json", upgradeSessionDocument(value, file), file);
}

export function safeParseSession(value: unknown, file?: string): SafeParseResult<SessionState> {
  try {
    assertNoProtoKeysInSession(value, file);
    return safeParseWith(SessionState, "session.json", upgradeSessionDocument(value, file), file);
  } catch (err) {
    if (err instanceof SchemaVersionError || err instanceof ValidationError)
      return { ok: false, error: err as never };
    throw err;
  }
}

export { SESSION_SCHEMA_VERSION };
