import { existsSync } from "node:fs";
import { dirname } from "node:path";

/** `path` itself when it exists, else its nearest parent that does: the folder a write there would need. */
export function nearestExisting(path: string): string {
  let at = path;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  return at;
}
