import { ValidationError } from "@rlm/session-schema/core";

/** A ValidationError for one session.json field, named by dot path. */
export const invalid = (path: string, message: string): ValidationError =>
  new ValidationError("session.json", [{ path, message }]);

/** Keys zod drops from records on parse (and that would set a prototype on assignment). */
export function assertRecordKey(path: string, key: string): void {
  if (typeof key !== "string" || key === "" || key === "__proto__") {
    throw invalid(path, `invalid key ${JSON.stringify(key)}`);
  }
}
