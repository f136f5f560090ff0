import { RlmError } from "./rlm-error.js";

export interface ValidationIssue {
  /** Dot path of the failing field, e.g. `metadata.session_id` or `context.tool_outputs.3.exit_code`. */
  path: string;
  message: string;
}

/** A document that does not match its schema. The message names every failing field by path. */
export class ValidationError extends RlmError {
  readonly document: string;
  readonly issues: ValidationIssue[];
  readonly file: string | undefined;

  constructor(document: string, issues: ValidationIssue[], file?: string) {
    const list = issues
      .slice(0, 5)
      .map((i) => `${i.path || "(root)"}: ${i.message}`)
      .join("; ");
    const more = issues.length > 5 ? ` (+${issues.length - 5} more)` : "";
    super("ERR_RLM_VALIDATION", `invalid ${document}${file ? ` in ${file}` : ""}: ${list}${more}`);
    this.name = "ValidationError";
    this.document = document;
    this.issues = issues;
    this.file = file;
  }
}
