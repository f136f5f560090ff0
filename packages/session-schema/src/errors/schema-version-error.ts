import { RlmError } from "./rlm-error.js";

/** A document written by a newer version of RLM: refused, never silently defaulted. */
export class SchemaVersionError extends RlmError {
  readonly found: unknown;
  readonly supported: number;

  constructor(document: string, found: unknown, supported: number, file?: string) {
    super(
      "ERR_RLM_SCHEMA_VERSION",
      `${document}${file ? ` in ${file}` : ""} has schema_version ${JSON.stringify(found)}; this version of RLM reads up to ${supported}`,
      { hint: "upgrade the @rlm packages (or the plugin) to read this session" },
    );
    this.name = "SchemaVersionError";
    this.found = found;
    this.supported = supported;
  }
}
