import { jsonTokens } from "./json-tokens.js";

export type LenientJson = { ok: true; value: unknown; repairs: string[] } | { ok: false; reason: string };

const PY_LITERALS = new Set(["NaN", "Infinity", "-Infinity"]);

/** Python's json.dump writes NaN / Infinity, which JSON.parse refuses: read them as null. */
function replacePythonLiterals(text: string): string | null {
  let out = "";
  let from = 0;
  for (const t of jsonTokens(text)) {
    if (t.type === "literal" && PY_LITERALS.has(text.slice(t.start, t.end))) {
      out += `${text.slice(from, t.start)}null`;
      from = t.end;
    }
  }
  return from === 0 ? null : out + text.slice(from);
}

interface Frame {
  array: boolean;
  expectKey: boolean;
}

/**
 * Cut a damaged document back to its last complete record: the top-level fields and the
 * whole entries of top-level lists and maps (never half an entry, so a truncated tool
 * output is dropped rather than kept without its content). Also drops trailing data
 * after a complete document. Null when the text is not a cut-off or over-long document.
 */
export function repairJson(text: string): { text: string; repair: string } | null {
  const stack: Frame[] = [];
  let safe: { pos: number; closers: string } | null = null;
  const markSafe = (pos: number) => {
    safe = {
      pos,
      closers: [...stack]
        .reverse()
        .map((f) => (f.array ? "]" : "}"))
        .join(""),
    };
  };
  let topEnd = -1;
  const valueDone = (end: number): void => {
    if (stack.length === 0) topEnd = end;
    else if (stack.length <= 2) markSafe(end);
  };
  for (const t of jsonTokens(text)) {
    const top = stack[stack.length - 1];
    if (t.type === "{" || t.type === "[") {
      stack.push({ array: t.type === "[", expectKey: t.type === "{" });
      if (stack.length === 1) markSafe(t.end);
    } else if (t.type === "}" || t.type === "]") {
      if (!top || top.array !== (t.type === "]")) return null;
      stack.pop();
      valueDone(t.end);
    } else if (t.type === ",") {
      if (top && !top.array) top.expectKey = true;
    } else if (t.type === "string") {
      if (top && !top.array && top.expectKey) top.expectKey = false;
      else valueDone(t.end);
    } else if (t.type === "literal") valueDone(t.end);
    else if (t.type === "bad") return null;
    if (topEnd >= 0) break;
    if (t.type === "partial") break;
  }
  if (topEnd >= 0) {
    if (text.slice(topEnd).trim() === "") return null;
    return {
      text: text.slice(0, topEnd),
      repair: `trailing data after the JSON document (from character ${topEnd}) ignored`,
    };
  }
  const cut = safe as { pos: number; closers: string } | null;
  if (stack.length === 0 || cut === null) return null;
  return {
    text: text.slice(0, cut.pos) + cut.closers,
    repair: `truncated JSON: kept the complete entries before character ${cut.pos} of ${text.length}, the rest could not be read`,
  };
}

/**
 * Parse legacy JSON as far as it can be read: valid JSON as is; Python NaN/Infinity as
 * null; a truncated or over-long document cut back to its last complete record.
 */
export function parseLenientJson(text: string): LenientJson {
  if (text.trim() === "") return { ok: false, reason: "empty file" };
  let firstError: string;
  try {
    return { ok: true, value: JSON.parse(text), repairs: [] };
  } catch (err) {
    firstError = (err as Error).message;
  }
  const repairs: string[] = [];
  let current = text;
  const py = replacePythonLiterals(current);
  if (py !== null) {
    current = py;
    repairs.push("Python NaN/Infinity values read as null");
    try {
      return { ok: true, value: JSON.parse(current), repairs };
    } catch {
      /* try the structural repair next */
    }
  }
  const fixed = repairJson(current);
  if (fixed !== null) {
    try {
      return { ok: true, value: JSON.parse(fixed.text), repairs: [...repairs, fixed.repair] };
    } catch {
      /* not repairable */
    }
  }
  return { ok: false, reason: `invalid JSON: ${firstError}` };
}
