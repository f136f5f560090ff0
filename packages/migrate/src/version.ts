import pkg from "../package.json" with { type: "json" };

/** Names the tool in every record it writes (`migration.tool` in session.json, run records). */
export const MIGRATE_TOOL = `@rlm/migrate@${pkg.version}`;
