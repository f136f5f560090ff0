import { type ArgSpec, exampleCommand, OPS, type OpSpec } from "@rlm/repl-bridge";
import { EXIT_CODES_HELP } from "./exit-codes.js";

const GROUPS: Record<string, string> = {
  session: "Session and cells",
  context: "Context (the session directory)",
  model: "Model-backed and parsers",
  memory: "Memory database",
};

export function mainHelp(version: string): string {
  const lines = [
    `rlm-repl ${version}: the RLM REPL bridge. Runs one operation on a session directory and prints one JSON document.`,
    "",
    "Usage:",
    "  rlm-repl --op NAME [--args '<json>'] [--session ID] [--sessions-dir DIR] [--pretty]",
    "  rlm-repl --op NAME --help          arguments and an example for one operation",
    "  rlm-repl ops [--json]              every operation (with --json: argument schemas)",
    "",
    "Options:",
    "  --op NAME            the operation (below)",
    "  --args JSON          its arguments, one JSON object (default {})",
    "  --session ID         the session (default: current, the session <root>/current names)",
    "  --sessions-dir DIR   sessions root (default: $RLM_SESSIONS_DIR, else ~/.claude/rlm-sessions)",
    "  --pretty             indent the JSON output",
    "  --json               JSON output (the default for operations; for `ops`, the schemas)",
    "  -h, --help           this help",
    "  -V, --version        the version",
    "",
  ];
  for (const [group, title] of Object.entries(GROUPS)) {
    lines.push(`${title}:`);
    for (const op of OPS.filter((o) => o.group === group)) {
      lines.push(`  ${op.name.padEnd(18)} ${op.summary}${recordNote(op)}`);
      lines.push(`  ${"".padEnd(18)} e.g. ${exampleCommand(op)}`);
    }
    lines.push("");
  }
  lines.push(
    "Every operation on a session is recorded as a cell (repl, or llm_call for model calls) so that",
    "`replay` can re-run it, except the read-only ones marked (not recorded).",
    "",
    "Environment:",
    "  RLM_SESSIONS_DIR     sessions root            RLM_MEMORY_DB   memory database (~/.claude/rlm-memory.db)",
    "  RLM_CONFIG           rlm-config.json path (~/.claude/rlm-config.json)",
    "  ANTHROPIC_API_KEY    model calls through the Anthropic API (ANTHROPIC_BASE_URL to redirect);",
    "                       without it, `claude -p` when `claude` is on the PATH",
    "",
    EXIT_CODES_HELP,
  );
  return lines.join("\n");
}

export function opHelp(op: OpSpec): string {
  const lines = [
    `rlm-repl --op ${op.name}: ${op.summary}${recordNote(op)}`,
    "",
    "Arguments (--args JSON object):",
  ];
  const entries = Object.entries(op.args);
  if (entries.length === 0) lines.push("  (none)");
  for (const [name, spec] of entries) lines.push(`  ${name.padEnd(14)} ${describeArg(spec)}`);
  for (const group of op.oneOf ?? []) lines.push(`  exactly one of: ${group.join(", ")}`);
  lines.push(
    "",
    "Example:",
    `  ${exampleCommand(op)}`,
    "",
    op.session ? "Acts on --session (default: current)." : "Needs no session.",
  );
  lines.push("", EXIT_CODES_HELP);
  return lines.join("\n");
}

export function opsTable(): string {
  const lines = OPS.map((op) => `${op.name.padEnd(18)} ${op.group.padEnd(8)} ${op.summary}`);
  return `${lines.join("\n")}\n\n${OPS.length} operations; \`rlm-repl ops --json\` gives their argument schemas.\n`;
}

function describeArg(spec: ArgSpec): string {
  const type = typeof spec.type === "string" ? spec.type : spec.type.join(" | ");
  const parts = [`${type}${spec.required ? ", required" : ""}`];
  if (spec.enum) parts.push(`one of ${spec.enum.join(", ")}`);
  if (spec.default !== undefined) parts.push(`default ${JSON.stringify(spec.default)}`);
  return `(${parts.join("; ")}) ${spec.description}`;
}

function recordNote(op: OpSpec): string {
  if (op.recording === "none") return op.session ? " (not recorded)" : "";
  return "";
}
