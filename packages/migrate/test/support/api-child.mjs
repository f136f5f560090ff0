// Runs one @rlm/migrate call in a child process (as another user, in unreadable.test.ts):
// `api-child.mjs <migrate|planMigration|verifyMigration|rollback> <options JSON>`; prints the result as JSON.
import { migrate, planMigration, rollback, verifyMigration } from "@rlm/migrate";

const calls = { migrate, planMigration, rollback, verifyMigration };
const [fn, options] = process.argv.slice(2);
try {
  process.stdout.write(JSON.stringify(calls[fn](JSON.parse(options))));
} catch (err) {
  process.stdout.write(JSON.stringify({ error: err.code ?? "ERR_UNEXPECTED", message: err.message }));
}
