import { describe, expect, it } from "vitest";
import type { CliIO } from "../io.js";
import type { JobEvent } from "../job/job.js";
import { progressRenderer } from "./progress.js";

function io(tty: boolean) {
  const err: string[] = [];
  const value: CliIO = {
    stdout: () => {},
    stderr: (t) => err.push(t),
    stderrIsTTY: tty,
    columns: 100,
    env: {},
    onSigint: () => () => {},
  };
  return { value, err };
}

const session = (index: number, status: "migrated" | "already-migrated"): JobEvent => ({
  type: "session",
  index,
  total: 2,
  outcome: { sessionId: `s${index}`, status, reason: null, counts: null, transcript: null, problems: [] },
});

describe("progressRenderer", () => {
  it("redraws one bar in place on a terminal and clears it at the end", () => {
    const { value, err } = io(true);
    const on = progressRenderer(value, false);
    on({ type: "staged", index: 0, total: 2, sessionId: "s0" });
    on(session(1, "migrated"));
    on({ type: "finish" });
    expect(err[0]).toMatch(/^\r\x1b\[2K\[#+\.+\] 1\/2 writing s0$/);
    expect(err[1]).toMatch(/^\r\x1b\[2K\[#+\] 2\/2 migrated s1$/);
    expect(err[2]).toBe("\r\x1b[2K");
  });

  it("prints one line per session written otherwise, and nothing for sessions already migrated", () => {
    const { value, err } = io(false);
    const on = progressRenderer(value, false);
    on(session(0, "already-migrated"));
    on(session(1, "migrated"));
    expect(err).toEqual(["migrated  s1\n"]);
  });

  it("stays silent with --json when stderr is not a terminal", () => {
    const { value, err } = io(false);
    const on = progressRenderer(value, true);
    on({ type: "backup", runId: "r", files: 1, bytes: 1 });
    on(session(1, "migrated"));
    expect(err).toEqual([]);
  });
});
