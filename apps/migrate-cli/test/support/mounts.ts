import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";

/**
 * A small tmpfs mounted at `dir` (a full or read-only disk, for real), or the reason it
 * cannot be (mounting needs root with CAP_SYS_ADMIN: containers often lack it).
 */
export function mountTmpfs(dir: string, sizeKb: number): { unmount: () => void } | { skip: string } {
  if (process.getuid?.() !== 0) return { skip: "needs root to mount a tmpfs" };
  mkdirSync(dir, { recursive: true });
  const r = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${sizeKb}k,mode=0755`, "tmpfs", dir], {
    encoding: "utf8",
  });
  if (r.status !== 0)
    return { skip: `cannot mount a tmpfs here: ${(r.stderr || r.error?.message || "").trim()}` };
  return { unmount: () => spawnSync("umount", ["-l", dir]) };
}

/** Remount a tmpfs read-only. */
export function remountReadOnly(dir: string): void {
  const r = spawnSync("mount", ["-o", "remount,ro", dir], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`remount ro failed: ${r.stderr}`);
}

/** Probe once whether tmpfs mounts work (for describe.skipIf); null when they do. */
export function tmpfsUnavailable(probeDir: string): string | null {
  const m = mountTmpfs(probeDir, 64);
  if ("skip" in m) return m.skip;
  m.unmount();
  return null;
}
