import { SESSION_SCHEMA_VERSION, TOOL_OUTPUT_PREVIEW_CHARS, TOOL_OUTPUT_WINDOW } from "./constants.js";
import { SchemaVersionError } from "./errors/schema-version-error.js";
import { ValidationError } from "./errors/validation-error.js";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** ISO-8601 strings (pydantic's datetime default) → epoch seconds; numbers pass through. */
function toEpoch(v: unknown): unknown {
  if (typeof v === "string") {
    const ms = Date.parse(v);
    if (!Number.isNaN(ms)) return ms / 1000;
    const n = Number(v);
    if (v.trim() !== "" && Number.isFinite(n)) return n;
  }
  return v;
}

function upgradeV0(doc: Json): Json {
  const out: Json = { ...doc, schema_version: 1 };
  const md: Json = isObject(doc.metadata) ? { ...doc.metadata } : {};
  for (const k of ["session_id", "created_at", "updated_at", "cwd"]) {
    if (md[k] === undefined && doc[k] !== undefined) md[k] = doc[k];
  }
  for (const k of ["created_at", "updated_at", "ended_at"]) if (md[k] !== undefined) md[k] = toEpoch(md[k]);
  if (md.updated_at === undefined && md.created_at !== undefined) md.updated_at = md.created_at;
  out.metadata = md;

  if (isObject(doc.context)) {
    const ctx: Json = { ...doc.context };
    if (isObject(ctx.files)) {
      const files: Json = {};
      for (const [path, entry] of Object.entries(ctx.files)) {
        files[path] = isObject(entry)
          ? {
              ...entry,
              first_access: toEpoch(entry.first_access),
              last_access: toEpoch(entry.last_access),
            }
          : entry;
      }
      ctx.files = files;
    }
    if (Array.isArray(ctx.tool_outputs)) {
      ctx.tool_outputs = ctx.tool_outputs.slice(-TOOL_OUTPUT_WINDOW).map((t) =>
        isObject(t)
          ? {
              ...t,
              timestamp: toEpoch(t.timestamp),
              content_preview:
                typeof t.content_preview === "string"
                  ? t.content_preview.slice(0, TOOL_OUTPUT_PREVIEW_CHARS)
                  : t.content_preview,
            }
          : t,
      );
    }
    out.context = ctx;
  }
  return out;
}

/** Bring a raw session.json document to the current schema_version (in memory only). */
export function upgradeSessionDocument(value: unknown, file?: string): unknown {
  if (!isObject(value)) {
    throw new ValidationError("session.json", [{ path: "", message: "expected a JSON object" }], file);
  }
  const v = value.schema_version;
  if (v === undefined || v === 0) return upgradeV0(value);
  if (v === SESSION_SCHEMA_VERSION) return value;
  if (typeof v === "number" && Number.isInteger(v) && v > SESSION_SCHEMA_VERSION) {
    throw new SchemaVersionError("session.json", v, SESSION_SCHEMA_VERSION, file);
  }
  throw new ValidationError(
    "session.json",
    [{ path: "schema_version", message: `unsupported value ${JSON.stringify(v)}` }],
    file,
  );
}
