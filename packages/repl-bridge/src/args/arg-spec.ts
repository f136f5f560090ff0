/** The JSON types an argument may take (`"string[]"`: an array of strings). */
export type ArgType = "string" | "integer" | "number" | "boolean" | "object" | "string[]";

/** One argument of an operation: enough to validate it and to describe it as JSON Schema. */
export interface ArgSpec {
  /** One type, or several accepted alternatives (`["string", "string[]"]`). */
  type: ArgType | readonly ArgType[];
  description: string;
  default?: unknown;
  enum?: readonly (string | number)[];
  required?: boolean;
  minimum?: number;
  maximum?: number;
}

export type ArgSpecs = Readonly<Record<string, ArgSpec>>;

/** Exactly one of these argument names must be given (e.g. `content` or `path`). */
export type OneOf = readonly string[];
