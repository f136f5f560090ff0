// Regenerates src/core/validators.generated.ts from the committed schemas/*.json (run after
// generate-json-schemas.ts; `pnpm generate` runs both). A test fails on drift.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateValidators } from "./validator-codegen.js";

export const SCHEMAS_DIR = join(import.meta.dirname, "..", "schemas");
export const GENERATED_FILE = join(import.meta.dirname, "..", "src", "core", "validators.generated.ts");

/**
 * The committed JSON Schemas the core validates, by document name: everything RLM writes
 * and the hook I/O. The legacy documents (`legacy-*`) are read only by rlm-migrate, which
 * uses the zod schemas; leaving them out keeps ~16 KB of code out of every hook process.
 */
export function committedSchemas(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const f of readdirSync(SCHEMAS_DIR).sort()) {
    if (f.endsWith(".json") && !f.startsWith("legacy-"))
      out[f.slice(0, -5)] = JSON.parse(readFileSync(join(SCHEMAS_DIR, f), "utf8"));
  }
  return out;
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(GENERATED_FILE, generateValidators(committedSchemas()));
  console.log(`wrote ${GENERATED_FILE}`);
}
