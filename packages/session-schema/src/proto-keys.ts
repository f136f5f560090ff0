import { ValidationError } from "./errors/validation-error.js";

// zod builds records and loose objects by assignment, so an own `__proto__` key (JSON.parse
// creates one from `{"__proto__": …}`) silently disappears on parse, and with it the value:
// data loss on load → save. These are the free-form maps of our documents where a key is
// data; a `__proto__` key there is refused with a clear error instead of being dropped.
// (Values typed `unknown`, such as a cell's result, are kept as they are by zod.)
const SESSION_MAPS = [
  ["context", "files"],
  ["context", "working_memory"],
  ["budget", "by_model"],
] as const;
const CELL_MAPS = [["input", "context_snapshot", "files"]] as const;

function at(value: unknown, path: readonly string[]): unknown {
  let cur = value;
  for (const k of path) {
    if (typeof cur !== "object" || cur === null || !Object.hasOwn(cur, k)) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

function check(document: string, value: unknown, maps: readonly (readonly string[])[], file?: string): void {
  for (const path of maps) {
    const map = at(value, path);
    if (typeof map === "object" && map !== null && Object.hasOwn(map, "__proto__")) {
      throw new ValidationError(
        document,
        [
          {
            path: `${path.join(".")}.__proto__`,
            message: "the key __proto__ is not allowed (it would be lost)",
          },
        ],
        file,
      );
    }
  }
}

export function assertNoProtoKeysInSession(value: unknown, file?: string): void {
  check("session.json", value, SESSION_MAPS, file);
}

export function assertNoProtoKeysInCell(value: unknown, file?: string): void {
  check("cell", value, CELL_MAPS, file);
}
