import { seededRandom } from "@rlm/test-utils/bench";
import type { CreateCellSpec } from "../src/index.js";

// The benchmark session: cells come in "tasks" of 50 (one decomposed sub-query each).
// Types cycle 6 tool : 2 repl : 1 llm_call : 1 verification. Inside a task, non-tool
// cells depend on 1–2 earlier cells of the same task and a third of the tool cells on
// one; the first cell of a task depends on nothing. Cell i reads `src/file-<i % 100>.ts`,
// so every file is read by exactly 1% of the cells. A seeded PRNG makes it repeatable.

export const TASK = 50;
export const FILES = 100;
const TYPES = [
  "tool",
  "tool",
  "tool",
  "tool",
  "tool",
  "tool",
  "repl",
  "repl",
  "llm_call",
  "verification",
] as const;

export const filePath = (j: number) => `src/file-${j}.ts`;
const fakeHash = (j: number) => `sha256:${j.toString(16).padStart(64, "0")}`;

/** Specs for cells `from`..`to - 1` (cell k gets the id `cellIdFor(k)`). */
export function* fixtureSpecs(from: number, to: number, seed = 42): Generator<CreateCellSpec> {
  const rand = seededRandom(seed + from);
  for (let i = from; i < to; i++) {
    const type = TYPES[i % TYPES.length] as CreateCellSpec["type"];
    const start = i - (i % TASK);
    const deps = new Set<string>();
    if (i > start && (type !== "tool" || rand() < 1 / 3)) {
      const n = type === "tool" ? 1 : 1 + Math.floor(rand() * 2);
      for (let k = 0; k < n; k++) deps.add(cellIdFor(start + Math.floor(rand() * (i - start))));
    }
    yield {
      type,
      cellId: cellIdFor(i),
      input: {
        source: "bench",
        operation: type === "tool" ? "Read" : `op_${i % 7}`,
        args: { n: i, path: filePath(i % FILES) },
        context_snapshot: { files: { [filePath(i % FILES)]: fakeHash(i % FILES) } },
      },
      code: type === "repl" ? `peek(ctx, ${i})` : null,
      dependencies: [...deps],
      output:
        type === "llm_call"
          ? { result: `answer ${i}`, cachedResponse: `The answer is ${i}.` }
          : { result: { lines: i % 40 }, executionTimeMs: 3 },
      trace: { goal: `task ${start / TASK}` },
    };
  }
}

/** Deterministic ids keep the fixture repeatable (and spare the bench random-id retries). */
export const cellIdFor = (i: number) => `cell_${i.toString(16).padStart(8, "0")}`;
