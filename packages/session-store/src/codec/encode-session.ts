import {
  assertJsonValue,
  checkSessionState,
  SESSION_SCHEMA_VERSION,
  type SessionState,
  TOOL_OUTPUT_WINDOW,
} from "@rlm/session-schema/core";
import { isPlainObject } from "../fs-utils.js";
import { filesSection, rememberedFiles, rememberedTools, toolsSection } from "./entry-memo.js";
import { validateSession } from "./validate-session.js";

// session.json layout (still plain JSON, no indentation):
//
//   {"schema_version":1,"metadata":{…},\n
//   "activation":{…},"context":{…},…}\n
//
// The first line holds everything `list` needs, so listing reads one small block per
// session instead of parsing whole files (see read-summary.ts). JSON.stringify never
// emits a raw newline, so the first newline always ends the metadata.
//
// Two ways to produce the bytes. A state seen for the first time (the usual update:
// read, change, write) is serialized with one JSON.stringify. A state a caller keeps and
// saves again is serialized entry by entry and the UTF-8 of each context.files entry and
// tool output is remembered (entry-memo.ts), so later saves re-encode only what changed.

export interface EncodedSession {
  /** The validated state (defaults filled in) exactly as written. */
  state: SessionState;
  /** The file contents, in pieces (write them with writeFileAtomicSync, or Buffer.concat). */
  bytes: Buffer[];
}

/** context.files records of states returned by earlier encodes: their holders save again. */
const held = new WeakSet<object>();

/**
 * Validate and serialize a session document. Throws ValidationError / SchemaVersionError;
 * a value JSON cannot hold (BigInt, function, NaN, a cycle, …) is a ValidationError naming
 * its dot path, never a raw TypeError or a silent change.
 */
export function encodeSession(value: unknown, file?: string): EncodedSession {
  const remembered = encodeRemembered(value, file);
  if (remembered !== null) return remembered;
  assertJsonValue(value, "session.json", file);
  const state = validateSession(value, file);
  const files = isPlainObject(value) && isPlainObject(value.context) ? value.context.files : undefined;
  const bytes =
    typeof files === "object" && files !== null && held.has(files)
      ? serialize(state, filesSection(state.context.files), toolsSection(state.context.tool_outputs))
      : serializePlain(state);
  held.add(state.context.files);
  return { state, bytes };
}

// Every big entry is remembered unchanged (or a few are new): validate only the rest.
function encodeRemembered(value: unknown, file: string | undefined): EncodedSession | null {
  if (!isPlainObject(value) || value.schema_version !== SESSION_SCHEMA_VERSION) return null;
  const context = value.context;
  if (!isPlainObject(context)) return null;
  const { files, tool_outputs } = context;
  if (!isPlainObject(files) || !Array.isArray(tool_outputs) || tool_outputs.length > TOOL_OUTPUT_WINDOW)
    return null;
  if (Object.getOwnPropertySymbols(files).length > 0) return null; // the plain path names it
  const filesBytes = rememberedFiles(files);
  const toolsBytes = filesBytes && rememberedTools(tool_outputs);
  if (!filesBytes || !toolsBytes) return null;
  // The remembered entries carry exactly their schema's fields, each validated: JSON by
  // construction. Everything else (working memory, unknown keys) is checked here.
  const rest = { ...value, context: { ...context, files: {}, tool_outputs: [] } };
  assertJsonValue(rest, "session.json", file);
  const shell = checkSessionState(rest);
  if (!shell.ok) return null;
  const state = shell.value;
  state.context.files = files as SessionState["context"]["files"];
  state.context.tool_outputs = tool_outputs as SessionState["context"]["tool_outputs"];
  return { state, bytes: serialize(state, filesBytes, toolsBytes) };
}

const headOf = (state: SessionState): string =>
  `{"schema_version":${JSON.stringify(state.schema_version)},"metadata":${JSON.stringify(state.metadata)}`;

function serializePlain(state: SessionState): Buffer[] {
  const { schema_version: _v, metadata: _m, ...rest } = state;
  const body = JSON.stringify(rest);
  return [Buffer.from(body === "{}" ? `${headOf(state)}}\n` : `${headOf(state)},\n${body.slice(1)}\n`)];
}

const buf = (s: string): Buffer => Buffer.from(s);

function serialize(state: SessionState, files: Buffer, tools: Buffer): Buffer[] {
  const out: Buffer[] = [buf(headOf(state))];
  let first = true;
  for (const [key, value] of Object.entries(state)) {
    if (key === "schema_version" || key === "metadata") continue;
    const sep = first ? ",\n" : ",";
    if (key !== "context") {
      const text = JSON.stringify(value);
      if (text === undefined) continue;
      out.push(buf(`${sep}${JSON.stringify(key)}:${text}`));
    } else {
      out.push(buf(`${sep}"context":{`));
      let inner = true;
      for (const [k, v] of Object.entries(state.context)) {
        const lead = `${inner ? "" : ","}${JSON.stringify(k)}:`;
        if (k === "files" || k === "tool_outputs") out.push(buf(lead), k === "files" ? files : tools);
        else {
          const text = JSON.stringify(v);
          if (text === undefined) continue;
          out.push(buf(lead + text));
        }
        inner = false;
      }
      out.push(buf("}"));
    }
    first = false;
  }
  out.push(buf("}\n"));
  return out;
}
