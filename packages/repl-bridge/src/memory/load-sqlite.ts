import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ReplError } from "../errors/repl-error.js";

type DatabaseCtor = typeof import("better-sqlite3");

let loaded: DatabaseCtor | undefined;
let addon: string | undefined;

/**
 * better-sqlite3, loaded on first use (a native module: only the memory ops pay for it),
 * with `require` rather than `import()`: a CommonJS package loaded through the ES module
 * loader costs a lexer pass and the loader's own start-up. When it cannot be loaded (not
 * installed next to rlm-repl, built for another Node) the error says so and how to fix it.
 */
export function loadSqlite(): DatabaseCtor {
  if (loaded !== undefined) return loaded;
  try {
    const load = createRequire(import.meta.url);
    const main = load.resolve("better-sqlite3");
    loaded = load(main) as DatabaseCtor;
    const built = join(dirname(main), "..", "build", "Release", "better_sqlite3.node");
    if (existsSync(built)) addon = built;
    return loaded;
  } catch (err) {
    throw new ReplError(
      "ERR_RLM_MISSING_MODULE",
      `the memory operations need better-sqlite3 (native SQLite for Node) and it cannot be loaded: ${(err as Error).message.split("\n")[0]}`,
      {
        hint: `install it where rlm-repl runs (for the plugin: in the plugin's directory): npm install better-sqlite3@12.11.1 — it must be built for Node ${process.versions.node}`,
        cause: err,
      },
    );
  }
}

/**
 * better-sqlite3's `nativeBinding` option: the addon where its install puts it. Without
 * it, every first open goes through the `bindings` package (two more modules, and a
 * search of a dozen candidate paths); with it, the addon is required directly. Undefined
 * (the package's own search) when the addon is somewhere else.
 */
export function sqliteAddon(): string | undefined {
  return addon;
}
