// Child process for the kill -9 test: `migrate-child.mjs <legacy-dir> <sessions-dir>`.
// Imports the package by name: its built dist/, or its sources when run with
// --conditions=source and tsx. Prints "ready" once loaded and one "event" line per
// backup, staged or session event, then migrates with the fixtures' fixed clock.
import { writeSync } from "node:fs";
import { migrate } from "@rlm/migrate";

const [legacyDir, sessionsDir] = process.argv.slice(2);
// Synchronous writes: the parent sees each line before the work that follows it.
const say = (line) => writeSync(1, `${line}\n`);
say("ready");
const report = migrate({
  legacyDir,
  sessionsDir,
  now: () => Date.UTC(2026, 0, 1),
  onEvent: (e) => e.type !== "start" && e.type !== "finish" && say("event"),
});
say(`done ${report.totals.migrated}`);
