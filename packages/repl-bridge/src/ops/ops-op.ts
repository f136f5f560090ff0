import { describeOp } from "./describe-ops.js";
import type { OpOutcome } from "./op-spec.js";
import { OPS } from "./registry.js";

export function run(): OpOutcome {
  return { result: { ops: OPS.map(describeOp), count: OPS.length } };
}
