import { ReplError } from "../errors/repl-error.js";
import type { OpSpec } from "./op-spec.js";
import { CONTEXT_OPS } from "./specs/context-specs.js";
import { MEMORY_OPS } from "./specs/memory-specs.js";
import { META_OPS } from "./specs/meta-specs.js";
import { MODEL_OPS } from "./specs/model-specs.js";
import { SESSION_OPS } from "./specs/session-specs.js";

/** Every operation, in the order `--help` lists them. Implementations load on first use. */
export const OPS: readonly OpSpec[] = [
  ...SESSION_OPS,
  ...CONTEXT_OPS,
  ...MODEL_OPS,
  ...MEMORY_OPS,
  ...META_OPS,
];

const BY_NAME = new Map(OPS.map((op) => [op.name, op]));

export function findOp(name: string): OpSpec {
  const op = BY_NAME.get(name);
  if (op !== undefined) return op;
  const near = OPS.map((o) => o.name).filter((n) => n.startsWith(name.slice(0, 3)));
  throw new ReplError("ERR_RLM_UNKNOWN_OP", `unknown operation ${JSON.stringify(name)}`, {
    hint: `${near.length > 0 ? `did you mean ${near.join(" or ")}? ` : ""}list them with \`rlm-repl ops\``,
  });
}

export function findOpOrNull(name: string): OpSpec | null {
  return BY_NAME.get(name) ?? null;
}
