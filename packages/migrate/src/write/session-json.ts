import { encodeSession } from "@rlm/session-store";

/**
 * session.json bytes in the store's own layout (metadata on the first line, so the
 * store's `list` reads migrated sessions as fast as hook-created ones). Validates too.
 */
export function sessionJsonBytes(doc: unknown): Buffer {
  return Buffer.concat(encodeSession(doc).bytes);
}
