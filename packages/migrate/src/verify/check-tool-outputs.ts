import { TOOL_OUTPUT_WINDOW } from "@rlm/session-schema";
import { toolOutputPreview } from "@rlm/session-store";
import { contentDigest, contentText, toolOutputContent } from "../map/content.js";
import type { LoadedSession } from "../read/load-session.js";
import type { MigratedSession } from "./read-migrated.js";
import type { VerifyCheck } from "./verify-report.js";

type Doc = Record<string, unknown>;

/** Every legacy tool output has a `tool` cell holding its whole content; the window of previews matches. */
export function checkToolOutputs(
  legacy: LoadedSession,
  migrated: MigratedSession,
  diffs: string[],
): VerifyCheck[] {
  const list = legacy.context?.value.tool_outputs;
  const outputs = Array.isArray(list) ? list : [];
  const byIndex = new Map<number, Doc>();
  for (const cell of migrated.cells.values()) {
    const from = (cell.extra as Doc | undefined)?.migrated_from as Doc | undefined;
    if (typeof from?.index === "number") byIndex.set(from.index, cell);
  }
  let matched = 0;
  for (const [i, entry] of outputs.entries()) {
    const cell = byIndex.get(i);
    if (!cell) {
      diffs.push(`tool output #${i} has no cell`);
      continue;
    }
    const output = cell.output as Doc | undefined;
    if (cell.type !== "tool" || cell.status !== "done")
      diffs.push(`cell ${String(cell.cell_id)} (tool output #${i}) is not a done tool cell`);
    else if (contentDigest(output?.result) !== contentDigest(toolOutputContent(entry))) {
      diffs.push(`cell ${String(cell.cell_id)} (tool output #${i}) does not hold the legacy content`);
    } else matched++;
  }
  const context = (migrated.session?.context ?? {}) as Doc;
  const previews = Array.isArray(context.tool_outputs) ? (context.tool_outputs as Doc[]) : [];
  const window = outputs.slice(-TOOL_OUTPUT_WINDOW);
  let previewsOk = previews.length === window.length;
  if (!previewsOk)
    diffs.push(`previews: ${window.length} legacy tool outputs in the window, ${previews.length} previews`);
  previews.forEach((p, i) => {
    const expected = toolOutputPreview(contentText(toolOutputContent(window[i])));
    const cell = migrated.cells.get(String(p.cell_id));
    if (p.content_preview !== expected || !cell) {
      previewsOk = false;
      diffs.push(`tool output preview #${i} does not match its legacy output or cell`);
    }
  });
  const indexed = migrated.index?.cells as Doc | undefined;
  const unindexed = [...migrated.cells.keys()].filter((id) => !indexed || !(id in indexed));
  if (unindexed.length > 0) diffs.push(`cells/index.json misses ${unindexed.length} cell(s)`);
  const cellsCount = ((migrated.session?.cells ?? {}) as Doc).count;
  if (cellsCount !== migrated.cells.size)
    diffs.push(`session.json counts ${String(cellsCount)} cells, ${migrated.cells.size} cell files exist`);
  return [
    { name: "tool_outputs", legacy: outputs.length, migrated: matched, ok: matched === outputs.length },
    { name: "previews", legacy: window.length, migrated: previews.length, ok: previewsOk },
    {
      name: "cell_index",
      legacy: migrated.cells.size,
      migrated: migrated.cells.size - unindexed.length,
      ok: unindexed.length === 0 && cellsCount === migrated.cells.size,
    },
  ];
}
