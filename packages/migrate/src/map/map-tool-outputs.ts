import { TOOL_OUTPUT_WINDOW, type ToolOutputPreview } from "@rlm/session-schema";
import { toolOutputPreview } from "@rlm/session-store";
import { type CoerceContext, toEpoch, toInt, toStringOrNull } from "../legacy/coerce.js";
import { warn } from "../report/problem.js";
import { migratedCellIds } from "./cell-ids.js";
import { contentText, toolOutputContent } from "./content.js";

/** One legacy tool output, whole, as it becomes a completed `tool` cell. */
export interface MigratedToolCell {
  cellId: string;
  /** Position in the legacy `tool_outputs` list. */
  index: number;
  createdAt: number;
  toolName: string;
  /** The legacy `content`, whole and unchanged. */
  content: unknown;
  exitCode: number | null;
  /** Every other field of the legacy entry, verbatim (tool_name, exit_code, timestamp, unknown keys). */
  fields: Record<string, unknown>;
}

/**
 * Every legacy tool output → a cell; the last 100 also → previews (≤ 1000 characters)
 * pointing at their cell.
 */
export function mapToolOutputs(
  ctx: CoerceContext,
  sessionId: string,
  list: unknown,
  fallbackTime: number,
): { cells: MigratedToolCell[]; previews: ToolOutputPreview[] } {
  if (list === undefined || list === null) return { cells: [], previews: [] };
  if (!Array.isArray(list)) {
    warn(ctx.sink, `${ctx.source}#tool_outputs`, "not a list; no tool output could be read");
    return { cells: [], previews: [] };
  }
  const ids = migratedCellIds(sessionId, list.length);
  const cells = list.map((entry, index): MigratedToolCell => {
    const field = `tool_outputs.${index}`;
    const obj =
      entry !== null && typeof entry === "object" && !Array.isArray(entry)
        ? (entry as Record<string, unknown>)
        : null;
    if (obj === null)
      warn(ctx.sink, `${ctx.source}#${field}`, "not an object; kept whole as the cell's content");
    else if (!("content" in obj))
      warn(ctx.sink, `${ctx.source}#${field}.content`, "missing; the cell has no content");
    const { content: _content, ...fields } = obj ?? {};
    const toolName = toStringOrNull(ctx, `${field}.tool_name`, obj?.tool_name) ?? "unknown";
    return {
      cellId: ids[index]!,
      index,
      createdAt: toEpoch(ctx, `${field}.timestamp`, obj?.timestamp) ?? fallbackTime,
      toolName,
      content: toolOutputContent(entry),
      exitCode: toInt(ctx, `${field}.exit_code`, obj?.exit_code),
      fields,
    };
  });
  const previews = cells.slice(-TOOL_OUTPUT_WINDOW).map(
    (c): ToolOutputPreview => ({
      tool_name: c.toolName,
      content_preview: toolOutputPreview(contentText(c.content)),
      exit_code: c.exitCode,
      timestamp: c.createdAt,
      cell_id: c.cellId,
    }),
  );
  return { cells, previews };
}
