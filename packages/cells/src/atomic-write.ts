import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { FILE_MODE } from "@rlm/session-store";

/**
 * Replace `path` atomically: private temp file, optional fsync, rename. The store's own
 * writer always fsyncs; this one honours `openCells({ fsync: false })` (bulk imports into
 * a private staging dir that is made durable as a whole, and tests).
 */
export function replaceFile(path: string, data: string, fsync: boolean): void {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  const fd = openSync(tmp, "wx", FILE_MODE);
  try {
    writeSync(fd, data);
    if (fsync) fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    unlinkSync(tmp);
    throw err;
  }
  closeSync(fd);
  renameSync(tmp, path);
}
