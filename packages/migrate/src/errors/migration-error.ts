import { RlmError, type RlmErrorOptions } from "@rlm/session-schema";

/** A migration step that cannot go on (another run holds the lock, a run's records are unreadable, …). */
export class MigrationError extends RlmError {
  constructor(message: string, options: RlmErrorOptions = {}) {
    super("ERR_RLM_MIGRATION", message, options);
    this.name = "MigrationError";
  }
}
