import { createHash } from "node:crypto";

export function sha256Hex(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The content of a legacy tool output entry: its `content`, or the entry itself when it is not an object. */
export function toolOutputContent(entry: unknown): unknown {
  if (entry !== null && typeof entry === "object" && !Array.isArray(entry)) {
    return (entry as Record<string, unknown>).content ?? null;
  }
  return entry ?? null;
}

/** Text of a legacy value: strings as they are, anything else as JSON (null → ""). */
export function contentText(v: unknown): string {
  if (typeof v === "string") return v;
  if (v === undefined || v === null) return "";
  return JSON.stringify(v);
}

/** Digest used to prove a value was carried over whole: sha256 of its text. */
export function contentDigest(v: unknown): string {
  return sha256Hex(contentText(v));
}

/**
 * session.json refuses a `__proto__` key in its free-form maps (it would be lost on load):
 * such an entry is left out of `context.files` / `working_memory`, reported, and stays
 * verbatim in the copy of its legacy file under `legacy/`.
 */
export const UNMAPPABLE_KEY = "__proto__";
export const UNMAPPABLE_MESSAGE =
  "the key __proto__ cannot be stored in session.json; left out (kept verbatim under legacy/)";
