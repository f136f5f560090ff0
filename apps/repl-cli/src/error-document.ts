export interface ErrorDocument {
  code: string;
  message: string;
  hint?: string;
}

/** `{code, message, hint}` for any thrown value; non-RLM errors get ERR_RLM_INTERNAL. */
export function errorDocument(err: unknown): ErrorDocument {
  const e = err as { code?: unknown; hint?: unknown };
  const code = typeof e?.code === "string" && e.code.startsWith("ERR_RLM_") ? e.code : "ERR_RLM_INTERNAL";
  const doc: ErrorDocument = { code, message: err instanceof Error ? err.message : String(err) };
  if (typeof e?.hint === "string") doc.hint = e.hint;
  else if (code === "ERR_RLM_INTERNAL" && typeof e?.code === "string") doc.hint = `system error ${e.code}`;
  return doc;
}

/** Codes that mean the command line was wrong (exit 2). */
export function isUsageCode(code: string): boolean {
  return code === "ERR_RLM_USAGE" || code === "ERR_RLM_UNKNOWN_OP";
}
