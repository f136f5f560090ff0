import { RlmError } from "@rlm/session-schema";

/** Options that cannot work together or name something that does not exist; apps map it to exit code 2. */
export class MigrateUsageError extends RlmError {
  constructor(message: string, hint?: string) {
    super("ERR_RLM_USAGE", message, { hint });
    this.name = "MigrateUsageError";
  }
}
