import { argsJsonSchema } from "../args/to-json-schema.js";
import type { OpSpec } from "./op-spec.js";

/** One op as `rlm-repl ops --json` lists it: enough for an agent to call it. */
export interface OpDescription {
  name: string;
  group: string;
  summary: string;
  session: boolean;
  recorded: "none" | "repl" | "llm_call";
  args_schema: Record<string, unknown>;
  example: string;
}

export function describeOp(op: OpSpec): OpDescription {
  return {
    name: op.name,
    group: op.group,
    summary: op.summary,
    session: op.session,
    recorded: op.recording === "self" ? "llm_call" : op.recording,
    args_schema: argsJsonSchema(op.args, op.oneOf),
    example: exampleCommand(op),
  };
}

export function exampleCommand(op: OpSpec): string {
  const args = Object.keys(op.example).length > 0 ? ` --args '${JSON.stringify(op.example)}'` : "";
  return `rlm-repl --op ${op.name}${args}`;
}
