import { z } from "zod";

const base = {
  timestamp: z.string().min(1),
  tool: z.string().min(1),
  cell_id: z.string().nullable().optional(),
};

/** One line of `<session>/file-access.jsonl`: names a `file` or a `pattern` (Glob/Grep). */
export const FileAccessLine = z.union([
  z.looseObject({ ...base, file: z.string() }),
  z.looseObject({ ...base, pattern: z.string() }),
]);

export type FileAccessLine = z.output<typeof FileAccessLine>;

/** One line of `reasoning/traces.jsonl` or `reasoning/decisions.jsonl`. */
export const ReasoningLine = z.looseObject({
  timestamp: z.number(),
  cell_id: z.string().nullable().optional(),
  kind: z.string().optional(),
});
export type ReasoningLine = z.output<typeof ReasoningLine>;
