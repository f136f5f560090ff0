import fc from "fast-check";
import {
  ACTIVATION_MODES,
  CELL_STATUSES,
  CELL_TYPES,
  SESSION_TYPES,
  TOOL_OUTPUT_PREVIEW_CHARS,
} from "../src/core.js";

// Documents for the zod-vs-generated agreement tests: mostly valid, with optional keys left
// out (so defaults are exercised), plus mutations that reach every corner of a document.

const hex = (n: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: n, maxLength: n });
const epoch = fc.oneof(fc.double({ min: 0, max: 4e9, noNaN: true }), fc.nat());
const text = fc.string({ maxLength: 20, unit: "binary" });
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const key = fc.string({ maxLength: 8, unit: "grapheme-ascii" }).filter((k) => k !== "__proto__");
const cellId = hex(8).map((h) => `cell_${h}`);
const json = fc.jsonValue({ maxDepth: 2 });
/** An object arbitrary whose keys may each be missing (`requiredKeys` lists those always present). */
const partial = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T, requiredKeys: (keyof T)[] = []) =>
  fc.record(model, { requiredKeys: requiredKeys as never });

export const sessionDocArb = fc.record(
  {
    schema_version: fc.constant(1),
    metadata: partial(
      {
        session_id: fc.string({ minLength: 1, maxLength: 20 }),
        created_at: epoch,
        updated_at: epoch,
        ended_at: nullable(epoch),
        cwd: nullable(text),
        claude_transcript_path: nullable(text),
        rlm_version: text,
        parent_session_id: nullable(fc.string({ minLength: 1, maxLength: 10 })),
        fork_point: nullable(
          fc.record({ forked_at: epoch, parent_updated_at: epoch, parent_cell_count: fc.nat() }),
        ),
        session_type: fc.constantFrom(...SESSION_TYPES),
        tags: fc.array(text, { maxLength: 3 }),
        description: nullable(text),
        x_unknown: json,
      },
      ["session_id", "created_at", "updated_at"],
    ),
    activation: partial({
      rlm_active: fc.boolean(),
      activation_mode: fc.constantFrom(...ACTIVATION_MODES),
      activation_reason: nullable(text),
      complexity_score: nullable(fc.double({ noNaN: true, noDefaultInfinity: true })),
      current_depth: fc.nat(),
      max_depth: fc.integer({ min: 1, max: 3 }),
    }),
    context: partial({
      files: fc.dictionary(
        key,
        fc.record({
          hash: nullable(hex(64).map((h) => `sha256:${h}`)),
          size_bytes: nullable(fc.nat()),
          first_access: epoch,
          last_access: epoch,
        }),
        { maxKeys: 4 },
      ),
      tool_outputs: fc.array(
        partial(
          {
            tool_name: text,
            content_preview: fc.string({ maxLength: TOOL_OUTPUT_PREVIEW_CHARS, unit: "binary" }),
            exit_code: nullable(fc.integer()),
            timestamp: epoch,
            cell_id: nullable(cellId),
          },
          ["tool_name", "content_preview", "exit_code", "timestamp"],
        ),
        { maxLength: 3 },
      ),
      working_memory: fc.dictionary(key, json, { maxKeys: 3 }),
    }),
    budget: partial({
      total_tokens_used: fc.nat(),
      total_recursive_calls: fc.nat(),
      max_recursive_calls: fc.nat(),
      cost_usd: fc.double({ min: 0, max: 1e6, noNaN: true }),
      by_model: fc.dictionary(key, fc.record({ calls: fc.nat(), tokens: fc.nat(), cost_usd: fc.nat() }), {
        maxKeys: 2,
      }),
    }),
    cells: partial({ count: fc.nat(), index_path: fc.constant("cells/index.json") }),
    trajectory: partial({ events_count: fc.nat(), export_path: nullable(text) }),
    conversation: json,
  },
  { requiredKeys: ["schema_version", "metadata"] },
);

export const cellDocArb = partial(
  {
    cell_id: cellId,
    created_at: epoch,
    completed_at: nullable(epoch),
    type: fc.constantFrom(...CELL_TYPES),
    status: fc.constantFrom(...CELL_STATUSES),
    status_reason: nullable(text),
    input: partial({
      source: nullable(text),
      operation: nullable(text),
      args: json,
      context_snapshot: partial({
        files: fc.dictionary(key, nullable(hex(64).map((h) => `sha256:${h}`)), { maxKeys: 3 }),
        conversation_slice: json,
        memory_query: json,
      }),
    }),
    code: nullable(text),
    output: partial({
      result: json,
      error: nullable(text),
      execution_time_ms: nullable(fc.double({ min: 0, max: 1e6, noNaN: true })),
      cached_response: nullable(text),
    }),
    dependencies: fc.array(cellId, { maxLength: 3 }),
    dependents: fc.array(cellId, { maxLength: 3 }),
    trace: partial({ goal: nullable(text), decision: nullable(text), rationale: nullable(text) }),
    metadata: partial({
      depth: fc.nat(),
      model: nullable(text),
      tokens_used: fc.nat(),
      temperature: nullable(fc.double({ noNaN: true, noDefaultInfinity: true })),
      promoted_to_db: fc.boolean(),
    }),
    extra: fc.dictionary(key, json, { maxKeys: 2 }),
  },
  ["cell_id", "created_at", "type", "status"],
);

/** Values that probe type checks, bounds, lengths, patterns and non-JSON corners. */
const probe = fc.constantFrom<unknown>(
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1,
  2,
  3,
  4,
  -1,
  1.5,
  2 ** 53,
  2 ** 53 - 1,
  "",
  "x",
  "x".repeat(129),
  "x".repeat(1001),
  "😀".repeat(500),
  `sha256:${"a".repeat(64)}`,
  "cell_0000abcd",
  "cells/index.json",
  "pending",
  "tool",
  "fork",
  "manual",
  true,
  false,
  [],
  {},
  [null],
  { a: 1 },
  ["cell_0000abcd"],
);

export const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  probe,
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
);

export interface Mutation {
  op: "set" | "delete" | "add";
  path: number[];
  value: unknown;
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom("set", "set", "delete", "add"),
  path: fc.array(fc.nat(40), { minLength: 1, maxLength: 5 }),
  value: valueArb,
});

const isContainer = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * Apply one mutation: walk `path` as key indices, then set, delete or add a key there. The
 * value goes in as a copy: the probe values are shared constants, and a later step that
 * edits inside an inserted value must not change the constant (or build a cycle from it).
 */
export function mutate(doc: unknown, mutation: Mutation): unknown {
  const m = {
    ...mutation,
    value: isContainer(mutation.value) ? structuredClone(mutation.value) : mutation.value,
  };
  if (!isContainer(doc)) return m.value;
  let cur = doc;
  for (let i = 0; i < m.path.length; i++) {
    const keys = Object.keys(cur);
    const last = i === m.path.length - 1;
    if (m.op === "add" && (last || keys.length === 0)) {
      if (Array.isArray(cur)) cur.push(m.value);
      else cur[`k${m.path[i]}`] = m.value;
      return doc;
    }
    if (keys.length === 0) return doc;
    const key = keys[(m.path[i] as number) % keys.length] as string;
    const next = cur[key];
    if (last || !isContainer(next)) {
      if (m.op === "delete") delete cur[key];
      else cur[key] = m.value;
      return doc;
    }
    cur = next;
  }
  return doc;
}
