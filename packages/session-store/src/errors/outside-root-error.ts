import { RlmError } from "@rlm/session-schema/core";

/** A path that would resolve outside the sessions root (or through a symlink planted in it). */
export class OutsideRootError extends RlmError {
  constructor(path: string, root: string, why = "outside") {
    super("ERR_RLM_OUTSIDE_ROOT", `refusing to touch ${path}: ${why} ${root}`);
    this.name = "OutsideRootError";
  }
}
