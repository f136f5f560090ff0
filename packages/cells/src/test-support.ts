import type { CellType } from "@rlm/session-schema";
import type { CellStore } from "./cell-store.js";

/** A DAG by name: each name → the names it depends on (listed before it, or anywhere: order is resolved). */
export type DagSpec = Readonly<Record<string, readonly string[]>>;

/**
 * Create the cells of `spec` in `store` (dependencies first), completed with
 * `{result: name}` unless `pending` lists the name. Returns name → cell id.
 */
export function buildDag(
  store: CellStore,
  spec: DagSpec,
  options: {
    type?: CellType;
    pending?: readonly string[];
    files?: Readonly<Record<string, Record<string, string | null>>>;
  } = {},
): Record<string, string> {
  const ids: Record<string, string> = {};
  const visiting = new Set<string>();
  const make = (name: string): string => {
    const known = ids[name];
    if (known !== undefined) return known;
    if (visiting.has(name)) throw new Error(`buildDag: cycle through ${name}`);
    if (!(name in spec)) throw new Error(`buildDag: ${name} is not in the spec`);
    visiting.add(name);
    const dependencies = (spec[name] ?? []).map(make);
    const done = !(options.pending ?? []).includes(name);
    const cell = store.create({
      type: options.type ?? "repl",
      input: { operation: name, context_snapshot: { files: options.files?.[name] ?? {} } },
      dependencies,
      ...(done ? { output: { result: name } } : {}),
    });
    visiting.delete(name);
    ids[name] = cell.cell_id;
    return cell.cell_id;
  };
  for (const name of Object.keys(spec)) make(name);
  return ids;
}
