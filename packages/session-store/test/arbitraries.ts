import { type SessionState, TOOL_OUTPUT_PREVIEW_CHARS } from "@rlm/session-schema";
import fc from "fast-check";

// zod drops a record key named "__proto__" on parse (reported to the schema owner), so
// generated records avoid it; everything else JSON can carry is fair game.
const key = fc.string({ maxLength: 12, unit: "grapheme-ascii" }).filter((k) => k !== "__proto__");
const text = fc.string({ maxLength: 40, unit: "binary" });
const epoch = fc.double({ min: 0, max: 4e9, noNaN: true, noDefaultInfinity: true }).map((n) => n + 0);
const money = fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((n) => n + 0);
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const hex = (n: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: n, maxLength: n });
const json = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

export const sessionArb = (sessionId: string): fc.Arbitrary<SessionState> =>
  fc.record({
    schema_version: fc.constant(1 as const),
    metadata: fc.record({
      session_id: fc.constant(sessionId),
      created_at: epoch,
      updated_at: epoch,
      ended_at: nullable(epoch),
      cwd: nullable(text),
      claude_transcript_path: nullable(text),
      rlm_version: text,
      parent_session_id: nullable(fc.constantFrom("p", "parent-1")),
      fork_point: nullable(
        fc.record({ forked_at: epoch, parent_updated_at: epoch, parent_cell_count: fc.nat() }),
      ),
      session_type: fc.constantFrom("default", "migrated", "fork", "checkpoint"),
      tags: fc.array(text, { maxLength: 3 }),
      description: nullable(text),
    }),
    activation: fc.record({
      rlm_active: fc.boolean(),
      activation_mode: fc.constantFrom("complexity", "manual", "always", "never"),
      activation_reason: nullable(text),
      complexity_score: nullable(fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => n + 0)),
      current_depth: fc.nat(),
      max_depth: fc.integer({ min: 1, max: 3 }),
    }),
    context: fc.record({
      files: fc.dictionary(
        key,
        fc.record({
          hash: nullable(hex(64).map((h) => `sha256:${h}`)),
          size_bytes: nullable(fc.nat()),
          first_access: epoch,
          last_access: epoch,
        }),
        { maxKeys: 6 },
      ),
      tool_outputs: fc.array(
        fc.record({
          tool_name: text,
          content_preview: fc.string({ maxLength: TOOL_OUTPUT_PREVIEW_CHARS, unit: "binary" }),
          exit_code: nullable(fc.integer()),
          timestamp: epoch,
          cell_id: nullable(hex(8).map((h) => `cell_${h}`)),
        }),
        { maxLength: 4 },
      ),
      working_memory: fc.dictionary(key, json, { maxKeys: 4 }),
    }),
    budget: fc.record({
      total_tokens_used: fc.nat(),
      total_recursive_calls: fc.nat(),
      max_recursive_calls: fc.nat(),
      cost_usd: money,
      by_model: fc.dictionary(key, fc.record({ calls: fc.nat(), tokens: fc.nat(), cost_usd: money }), {
        maxKeys: 3,
      }),
    }),
    cells: fc.record({ count: fc.nat(), index_path: fc.constant("cells/index.json" as const) }),
    trajectory: fc.record({ events_count: fc.nat(), export_path: nullable(text) }),
  }) as fc.Arbitrary<SessionState>;

/** Ids that must be refused: random strings that are not plain ids, and constructed attacks. */
export const hostileIdArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 140, unit: "binary" }),
  fc
    .tuple(
      fc.string({ maxLength: 10 }),
      fc.constantFrom("/", "\\", "..", "\0", "\n", "\u007f", " "),
      fc.string({ maxLength: 10 }),
    )
    .map(([a, b, c]) => a + b + c),
  fc.constantFrom(
    "current",
    "archive",
    "migration-backup",
    "hook-errors.log",
    "locks",
    ".x",
    "a.tmp",
    "a.lock",
  ),
  fc.string({ minLength: 129, maxLength: 300, unit: fc.constantFrom("a", "b") }),
);
