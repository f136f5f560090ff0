import { randomBytes } from "node:crypto";
import { MigrateUsageError } from "../errors/migrate-usage-error.js";

/** `YYYYMMDD-HHMMSS-<6 hex>` (UTC): sorts by time, safe as a folder name. */
export const RUN_ID_PATTERN = /^\d{8}-\d{6}-[0-9a-f]{6}$/;

/** A new run id that sorts after every id in `existing` (two runs can start within one second). */
export function newRunId(nowMs: number, existing: readonly string[] = []): string {
  const iso = new Date(nowMs).toISOString();
  let stamp = `${iso.slice(0, 10).replaceAll("-", "")}-${iso.slice(11, 19).replaceAll(":", "")}`;
  const last = [...existing].sort().pop();
  if (last !== undefined && last.slice(0, 15) > stamp) stamp = last.slice(0, 15);
  let suffix = randomBytes(3).readUIntBE(0, 3);
  if (last !== undefined && last.slice(0, 15) === stamp) {
    const after = Number.parseInt(last.slice(16), 16) + 1;
    suffix = Math.min(0xffffff, after + (suffix % 256));
  }
  return `${stamp}-${suffix.toString(16).padStart(6, "0")}`;
}

/** Refuses anything that is not a run id before it is used as a path (`--rollback ../x`). */
export function assertRunId(value: unknown): asserts value is string {
  if (typeof value !== "string" || !RUN_ID_PATTERN.test(value)) {
    const shown = typeof value === "string" ? JSON.stringify(value.slice(0, 80)) : typeof value;
    throw new MigrateUsageError(
      `invalid run id ${shown}`,
      "run ids look like 20250101-120000-a1b2c3; list them under <sessions root>/migration-backup/",
    );
  }
}
