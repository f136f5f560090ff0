import { note, type ProblemSink, warn } from "../report/problem.js";
import type { LegacyDirs } from "./legacy-dirs.js";
import { parseLenientJson } from "./lenient-json.js";
import { decodeLegacyText, type LegacyFile, readLegacyFile } from "./read-legacy-file.js";
import { salvageFlatJson } from "./salvage-flat-json.js";

export interface LegacyJson {
  file: LegacyFile;
  /** The parsed document, as far as it could be read; null when nothing could. */
  value: unknown;
  /** True when the file exists but holds no bytes (or only whitespace). */
  empty: boolean;
}

/**
 * Read and parse one legacy JSON file as far as possible, reporting every repair and
 * every failure on `sink`. `flat`: a one-pair-per-line document (session-metadata.json)
 * that may be salvaged line by line.
 */
export function readLegacyJson(dirs: LegacyDirs, ref: string, sink: ProblemSink, flat = false): LegacyJson {
  const file = readLegacyFile(dirs, ref, sink);
  if (file.bytes === null) return { file, value: null, empty: false };
  const text = decodeLegacyText(file.bytes, ref, sink);
  if (text.trim() === "") {
    note(sink, ref, "empty file");
    return { file, value: null, empty: true };
  }
  const parsed = parseLenientJson(text);
  if (parsed.ok) {
    for (const r of parsed.repairs) warn(sink, ref, r);
    return { file, value: parsed.value, empty: false };
  }
  if (flat) {
    const salvaged = salvageFlatJson(text);
    if (salvaged !== null) {
      const fields = Object.keys(salvaged.value).join(", ");
      warn(sink, ref, `${parsed.reason}; read line by line (unescaped quote?): recovered ${fields}`);
      if (salvaged.unreadLines > 0) warn(sink, ref, `${salvaged.unreadLines} line(s) could not be read`);
      return { file, value: salvaged.value, empty: false };
    }
  }
  warn(sink, ref, `${parsed.reason}; nothing could be read`);
  return { file, value: null, empty: false };
}
