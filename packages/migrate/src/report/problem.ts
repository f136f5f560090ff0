/**
 * Something the migration noticed in the legacy data. `warning`: a value or file could not
 * be read (it stays in the backup and, where it belongs to a session, under `legacy/`);
 * `info`: a value was read after coercion or repair.
 */
export interface Problem {
  /** Legacy reference (`rlm-state/<id>.json`) with an optional `#field` suffix. */
  source: string;
  level: "warning" | "info";
  message: string;
}

export type ProblemSink = Problem[];

export function warn(sink: ProblemSink, source: string, message: string): void {
  sink.push({ source, level: "warning", message });
}

export function note(sink: ProblemSink, source: string, message: string): void {
  sink.push({ source, level: "info", message });
}
