import { RlmError } from "@rlm/session-schema/core";

/** A replay request that cannot be carried out as asked (bad selection, cells caught in a cycle). */
export class ReplayError extends RlmError {
  constructor(message: string, hint?: string) {
    super("ERR_RLM_REPLAY", message, hint === undefined ? {} : { hint });
    this.name = "ReplayError";
  }
}
