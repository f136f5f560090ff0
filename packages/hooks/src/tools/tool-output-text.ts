// The text a person would call "the output" of a tool call, for the tool-output window
// (only a redacted preview of it is kept there; the cell keeps the whole response).
// `tool_response` is the tool's structured output (same object as the transcript's
// `toolUseResult`); shapes differ per tool and version, so every branch falls back to JSON.

function joinNonEmpty(parts: unknown[]): string | null {
  const strs = parts.filter((p): p is string => typeof p === "string" && p !== "");
  return strs.length > 0 ? strs.join("\n") : null;
}

export function toolOutputText(tool: string, response: unknown): string {
  if (typeof response === "string") return response;
  if (typeof response !== "object" || response === null)
    return response === undefined ? "" : String(response);
  const r = response as Record<string, unknown>;
  const file = r.file as Record<string, unknown> | undefined;
  const picked =
    (tool === "Bash" || tool === "BashOutput" ? joinNonEmpty([r.stdout, r.stderr]) : null) ??
    (typeof file?.content === "string" ? file.content : null) ??
    (typeof r.content === "string" ? r.content : null) ??
    (typeof r.result === "string" ? r.result : null) ??
    (typeof r.output === "string" ? r.output : null) ??
    (Array.isArray(r.filenames) ? r.filenames.filter((f) => typeof f === "string").join("\n") : null) ??
    (typeof r.message === "string" ? r.message : null);
  if (picked !== null) return picked;
  try {
    return JSON.stringify(response);
  } catch {
    return "";
  }
}

/** The exit code a failure message carries (`Exit code N` for Bash), else null. */
export function exitCodeOf(tool: string, failed: boolean, error: string | undefined): number | null {
  if (!failed) return tool === "Bash" ? 0 : null;
  const m = /^Exit code (-?\d+)/.exec(error ?? "");
  return m ? Number(m[1]) : tool === "Bash" ? 1 : null;
}
