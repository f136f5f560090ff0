import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellStore } from "../src/index.js";
import { expectRebuildMatchesIndex, freshStore } from "./helpers.js";

// Random DAGs: cell i may depend on any cells created before it, and random extra edges
// are attempted with addDependency in both directions. created_at values collide on
// purpose and run against the dependency direction, so the id tie-break and the heap
// path of the topological sort are both exercised.

const idOf = (i: number) => `cell_${i.toString(16).padStart(8, "0")}`;

interface Model {
  n: number;
  at: number[];
  deps: Set<number>[];
}

const dagArb = fc.integer({ min: 1, max: 24 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    at: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
    deps: fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: n, maxLength: n }),
    status: fc.array(fc.constantFrom("done", "error", "pending"), { minLength: n, maxLength: n }),
    extra: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 12 }),
  }),
);

type Dag = typeof dagArb extends fc.Arbitrary<infer T> ? T : never;

function reaches(model: Model, from: number, to: number): boolean {
  const seen = new Set<number>();
  const stack = [from];
  while (stack.length > 0) {
    const x = stack.pop() as number;
    if (x === to) return true;
    if (seen.has(x)) continue;
    seen.add(x);
    stack.push(...(model.deps[x] ?? []));
  }
  return false;
}

/** Build the store and the model side by side; returns how each extra edge went. */
function build(dag: Dag): { store: CellStore; model: Model; refused: number } {
  const { store } = freshStore({ fsync: false });
  const model: Model = { n: dag.n, at: dag.at, deps: [] };
  for (let i = 0; i < dag.n; i++) {
    const deps = new Set(i === 0 ? [] : (dag.deps[i] ?? []).map((d) => d % i));
    model.deps.push(deps);
    const status = dag.status[i] as "done" | "error" | "pending";
    store.create({
      type: "repl",
      cellId: idOf(i),
      createdAt: 1_700_000_000 + (dag.at[i] ?? 0),
      dependencies: [...deps].map(idOf),
      ...(status === "pending" ? {} : { output: status === "done" ? { result: i } : { error: `e${i}` } }),
    });
  }
  let refused = 0;
  for (const [x, y] of dag.extra) {
    const closes = x === y || reaches(model, y, x);
    let code: string | undefined;
    try {
      store.addDependency(idOf(x), idOf(y));
    } catch (err) {
      code = (err as { code?: string }).code;
    }
    if (closes) {
      expect(code).toBe(x === y ? "ERR_RLM_SELF_DEPENDENCY" : "ERR_RLM_CYCLE");
      refused++;
    } else {
      expect(code).toBeUndefined();
      model.deps[x]?.add(y);
    }
  }
  return { store, model, refused };
}

function referenceOrder(model: Model): string[] {
  const done = new Set<number>();
  const out: string[] = [];
  while (out.length < model.n) {
    let best = -1;
    for (let i = 0; i < model.n; i++) {
      if (done.has(i) || ![...(model.deps[i] ?? [])].every((d) => done.has(d))) continue;
      if (best < 0 || (model.at[i] as number) < (model.at[best] as number)) best = i;
    }
    done.add(best);
    out.push(idOf(best));
  }
  return out;
}

describe("properties of the cell DAG", () => {
  it("execution order contains every cell once, respects every edge, and is the (created_at, id) Kahn order", () => {
    fc.assert(
      fc.property(dagArb, (dag) => {
        const { store, model } = build(dag);
        const order = store.executionOrder();
        expect(new Set(order).size).toBe(model.n);
        const pos = new Map(order.map((id, i) => [id, i]));
        model.deps.forEach((deps, i) => {
          for (const d of deps) expect(pos.get(idOf(d)) as number).toBeLessThan(pos.get(idOf(i)) as number);
        });
        expect(order).toEqual(referenceOrder(model));
      }),
      { numRuns: 60 },
    );
  });

  it("a cycle is never accepted: every edge that would close one is refused, and the graph stays acyclic", () => {
    fc.assert(
      fc.property(dagArb, (dag) => {
        const { store, model } = build(dag);
        const idx = store.index();
        expect(idx.cycles_detected).toEqual([]);
        expect(idx.execution_order).toHaveLength(model.n);
        model.deps.forEach((deps, i) => {
          for (const d of deps) expect(reaches(model, d, i)).toBe(false);
          expect([...store.get(idOf(i)).dependencies].sort()).toEqual([...deps].map(idOf).sort());
        });
      }),
      { numRuns: 60 },
    );
  });

  it("invalidation marks exactly the cells reachable from the changed ones (pending ones keep waiting)", () => {
    fc.assert(
      fc.property(dagArb, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), (dag, picks) => {
        const { store, model } = build(dag);
        const sources = [...new Set(picks.map((p) => p % model.n))];
        const reachable = new Set<number>();
        for (let i = 0; i < model.n; i++) if (sources.some((s) => reaches(model, i, s))) reachable.add(i);
        const expected = [...reachable]
          .filter((i) => dag.status[i] !== "pending")
          .map(idOf)
          .sort();
        const changes = store.invalidate({ cellIds: sources.map(idOf) });
        expect(changes.map((c) => c.cellId).sort()).toEqual(expected);
        for (const c of changes) {
          if (c.reason.kind === "dependency_stale")
            expect(store.dependencyChain(c.cellId)).toContain(c.reason.via);
        }
        const stale = store
          .list({ status: "stale" })
          .map((s) => s.cellId)
          .sort();
        expect(stale).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it("rebuild from the cell files gives the index maintained incrementally", () => {
    fc.assert(
      fc.property(dagArb, fc.array(fc.nat(), { maxLength: 3 }), fc.boolean(), (dag, picks, flushFirst) => {
        const { store, model } = build(dag);
        if (picks.length > 0)
          store.invalidate({ cellIds: [...new Set(picks.map((p) => idOf(p % model.n)))] });
        if (flushFirst) store.flush();
        expectRebuildMatchesIndex(store);
      }),
      { numRuns: 60 },
    );
  });
});
