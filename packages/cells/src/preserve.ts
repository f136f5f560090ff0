import { chmodSync, constants, copyFileSync } from "node:fs";
import { FILE_MODE, randomHex } from "@rlm/session-store";

/**
 * Keep a damaged file's bytes next to it (`<name>.damaged-<ms>-<rand>`, 0600) before a
 * rebuild replaces it: a copy, so that lock-free readers never see the file missing.
 */
export function keepDamaged(path: string): string {
  const to = `${path}.damaged-${Date.now()}-${randomHex(6)}`;
  copyFileSync(path, to, constants.COPYFILE_EXCL);
  chmodSync(to, FILE_MODE);
  return to;
}
