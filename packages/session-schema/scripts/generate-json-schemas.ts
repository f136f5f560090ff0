// Regenerates schemas/*.json from the zod schemas. `pnpm generate`; a test fails on drift.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { documentNames, toJsonSchema } from "../src/json-schema.js";

const dir = join(import.meta.dirname, "..", "schemas");
for (const name of documentNames()) {
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
}
console.log(`wrote ${documentNames().length} schemas to ${dir}`);
