import { isAscii } from "node:buffer";
import { CorruptFileError, type SessionState } from "@rlm/session-schema/core";
import { validateSession } from "./validate-session.js";

/** session.json bytes → validated state. Bad bytes → CorruptFileError naming `file` and the reason. */
export function decodeSession(bytes: Buffer | string, file: string): SessionState {
  if (bytes.length === 0) throw new CorruptFileError(file, "empty file");
  let value: unknown;
  try {
    // Pure-ASCII files (the usual case) decode as latin1: same string, without UTF-8 decoding.
    const text = typeof bytes === "string" ? bytes : bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
    value = JSON.parse(text);
  } catch (err) {
    throw new CorruptFileError(file, `invalid JSON: ${(err as Error).message}`, err);
  }
  return validateSession(value, file);
}
