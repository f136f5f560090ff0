// Cells written by the plan's Python reference implementation differ from today's in
// ways that carry no information: sections written as `null` instead of left out (or
// defaulted), no `status` (derived from the output), ISO-8601 strings for times. They are
// upgraded in memory, as session.json v0 is; the file is left as it is until the cell is
// next written.

const SECTIONS = ["input", "output", "trace", "metadata", "extra"] as const;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function epoch(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? v : ms / 1000;
}

/** The cell document as this version reads it (a copy when anything changed). */
export function upgradeCellDocument(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  let c: Record<string, unknown> | null = null;
  const edit = () => {
    c ??= { ...raw };
    return c;
  };
  for (const key of SECTIONS) if (raw[key] === null) delete edit()[key];
  for (const key of ["dependencies", "dependents"] as const) if (raw[key] === null) edit()[key] = [];
  for (const key of ["created_at", "completed_at"] as const)
    if (typeof raw[key] === "string") edit()[key] = epoch(raw[key]);
  const input = raw.input;
  if (isObject(input) && (input.context_snapshot === null || isObject(input.context_snapshot))) {
    const snap = input.context_snapshot as Record<string, unknown> | null;
    if (snap === null) {
      const { context_snapshot: _drop, ...rest } = input;
      edit().input = rest;
    } else if (snap.files === null) edit().input = { ...input, context_snapshot: { ...snap, files: {} } };
  }
  if (raw.status === undefined || raw.status === null) {
    const out = isObject(raw.output) ? raw.output : {};
    const done = (raw.completed_at ?? null) !== null || (out.result ?? null) !== null;
    edit().status = typeof out.error === "string" && out.error !== "" ? "error" : done ? "done" : "pending";
  }
  return c ?? raw;
}
