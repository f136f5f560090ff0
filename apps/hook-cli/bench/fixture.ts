import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openCells } from "@rlm/cells";
import { applyFileAccess, applyToolOutput, createSessionStore } from "@rlm/session-store";

export const SESSION = "b3e1c0de-0000-4000-8000-00000000bench";
export const CELLS = 1_000;

/**
 * A session as rlm-hook leaves it after 1,000 tool calls: 1,000 completed tool cells (the
 * index flushed), a full window of 100 previews and 200 files in session.json, and a
 * project with a file the Read benchmarks read.
 */
export function buildSession(base: string): {
  root: string;
  home: string;
  project: string;
  readFile: string;
} {
  const home = join(base, "home");
  const project = join(base, "project");
  const root = join(home, ".claude", "rlm-sessions");
  mkdirSync(project, { recursive: true });
  const readFile = join(project, "src.ts");
  writeFileSync(readFile, "export const x = 1;\n".repeat(2000));
  const store = createSessionStore({ root, fsync: false });
  store.create(SESSION, { cwd: project, transcriptPath: join(home, "t.jsonl") });
  const cells = openCells(store, SESSION, { fsync: false });
  const out = "lorem ipsum dolor sit amet ".repeat(40);
  cells.createMany(
    Array.from({ length: CELLS }, (_, i) => ({
      type: "tool" as const,
      key: `toolu_fixture_${i}`,
      input: { source: "claude-code", operation: "Bash", args: { command: `echo ${i}` } },
      output: { result: { stdout: out, stderr: "" }, executionTimeMs: 5 },
    })),
  );
  cells.flush();
  const now = Date.now() / 1000;
  store.update(SESSION, (s) => {
    for (let i = 0; i < 100; i++) applyToolOutput(s, { toolName: "Bash", content: out, exitCode: 0 }, now);
    for (let i = 0; i < 200; i++)
      applyFileAccess(
        s,
        { path: join(project, `f${i}.ts`), hash: `sha256:${"a".repeat(64)}`, sizeBytes: 100 },
        now,
      );
  });
  return { root, home, project, readFile };
}
