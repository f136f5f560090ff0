import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { processAlive, SELF_START } from "./process-alive.js";

describe("processAlive", () => {
  it("knows this process, a finished one, and a recycled pid", () => {
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(process.pid, SELF_START)).toBe(true);
    const gone = spawnSync(process.execPath, ["-e", "0"]).pid as number;
    expect(processAlive(gone)).toBe(false);
    if (SELF_START !== undefined) expect(processAlive(process.pid, `${SELF_START}1`)).toBe(false);
  });
});
