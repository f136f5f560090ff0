import { join } from "node:path";
import { openCells } from "@rlm/cells";
import { MEMORY_SCHEMA_SQL } from "@rlm/repl-bridge";
import { createSessionStore, mkdirpSync } from "@rlm/session-store";
import { seededRandom } from "@rlm/test-utils/bench";
import Database from "better-sqlite3";

export const SESSION_ID = "bench-10k";

/**
 * A session of `n` cells as the hooks would leave it: every cell a file on disk with an
 * output, most depending on the one before (a long chain), every tenth on an earlier
 * random cell too. Returns the last cell (the longest dependency chain).
 */
export function buildBigSession(root: string, n: number): { last: string } {
  const store = createSessionStore({ root });
  const cwd = join(root, "..", "project");
  mkdirpSync(cwd, 0o700);
  store.create(SESSION_ID, { cwd });
  store.setCurrent(SESSION_ID);
  const cells = openCells(store, SESSION_ID, { fsync: false });
  const r = seededRandom(7);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const deps = i === 0 ? [] : [ids[i - 1] as string];
    if (i > 10 && i % 10 === 0) {
      const extra = ids[Math.floor(r() * (i - 1))] as string;
      if (!deps.includes(extra)) deps.push(extra);
    }
    const cell = cells.create({
      type: i % 3 === 0 ? "tool" : "repl",
      input: { source: "bench", operation: i % 3 === 0 ? "Read" : "peek", args: { i } },
      dependencies: deps,
      output: { result: `result ${i}` },
    });
    ids.push(cell.cell_id);
  }
  cells.flush();
  return { last: ids[n - 1] as string };
}

const WORDS = (() => {
  const r = seededRandom(11);
  const letters = "abcdefghijklmnopqrstuvwxyz";
  return Array.from({ length: 5000 }, () =>
    Array.from({ length: 3 + Math.floor(r() * 7) }, () => letters[Math.floor(r() * 26)]).join(""),
  );
})();

/**
 * A memory database of `n` nodes in the shared layout, 12–40 words each drawn from a
 * 5,000-word vocabulary with a Zipf-like skew (a few common words, a long tail).
 * Returns words found in about 10 %, 1 % and 0.1 % of the nodes, for the queries.
 */
export function buildMemoryDb(
  path: string,
  n: number,
): { common: string; middling: string; rare: string; counts: Record<string, number> } {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.exec(MEMORY_SCHEMA_SQL);
  const r = seededRandom(13);
  const word = () => WORDS[Math.floor(WORDS.length * r() ** 3)] as string;
  const insert = db.prepare(
    "INSERT INTO nodes (id, type, content, tier, confidence, provenance, created_at, updated_at, last_accessed, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')",
  );
  const types = ["fact", "experience", "decision", "snippet", "entity"];
  const tiers = ["task", "session", "longterm", "archive"];
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const len = 12 + Math.floor(r() * 29);
      const content = Array.from({ length: len }, word).join(" ");
      const t = 1_700_000_000_000 + i;
      insert.run(`node-${i}`, types[i % 5], content, tiers[i % 4], 0.5, `bench:${i}`, t, t, t);
    }
  })();
  const count = db.prepare("SELECT count(*) AS n FROM content_fts WHERE content_fts MATCH ?");
  const df = new Map<string, number>();
  for (let i = 0; i < WORDS.length; i += 7) {
    const w = WORDS[i] as string;
    df.set(w, (count.get(`"${w}"`) as { n: number }).n);
  }
  db.close();
  const near = (share: number) =>
    [...df].sort((a, b) => Math.abs(a[1] - share * n) - Math.abs(b[1] - share * n))[0]?.[0] as string;
  const [common, middling, rare] = [near(0.1), near(0.01), near(0.001)];
  return {
    common,
    middling,
    rare,
    counts: { [common]: df.get(common) ?? 0, [middling]: df.get(middling) ?? 0, [rare]: df.get(rare) ?? 0 },
  };
}
