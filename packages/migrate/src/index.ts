export { type ClaudeDirOptions, resolveClaudeDir } from "./claude/claude-dir.js";
export { transcriptCwd } from "./claude/transcript-cwd.js";
export { type FoundTranscript, indexTranscripts, type TranscriptIndex } from "./claude/transcript-index.js";
export { discoverLegacy } from "./discover/discover-legacy.js";
export type { DiscoveredSession, Discovery, LegacyEntry, UnknownEntry } from "./discover/discovery-types.js";
export { MigrateUsageError } from "./errors/migrate-usage-error.js";
export { MigrationError } from "./errors/migration-error.js";
export { parseIsoSeconds, toBool, toCount, toEpoch, toInt, toNumber } from "./legacy/coerce.js";
export {
  LEGACY_ROOTS,
  type LegacyDirOptions,
  type LegacyDirs,
  type LegacyRoot,
  resolveLegacyDirs,
} from "./legacy/legacy-dirs.js";
export { parseLenientJson, repairJson } from "./legacy/lenient-json.js";
export { salvageFlatJson } from "./legacy/salvage-flat-json.js";

export { migratedCellIds } from "./map/cell-ids.js";
export { type MappedCounts, type MappedSession, mapSession } from "./map/map-session.js";
export type { MigratedToolCell } from "./map/map-tool-outputs.js";
export type { TargetCheck } from "./plan/check-target.js";
export {
  type MigrationPlan,
  type PlannedAction,
  type PlanOptions,
  planMigration,
  type SessionPlan,
} from "./plan/plan-migration.js";
export { type LoadedSession, loadSession } from "./read/load-session.js";
export { type LegacyGlobals, readGlobals } from "./read/read-globals.js";
export type {
  MigrationEvent,
  MigrationReport,
  SessionOutcome,
  SessionStatus,
  StatusTotals,
} from "./report/migration-report.js";
export type { Problem } from "./report/problem.js";
export { type RollbackOptions, rollback } from "./rollback/rollback.js";
export type { RollbackReport } from "./rollback/rollback-report.js";
export { BACKUP_MANIFEST, type BackupEntry, type BackupManifest } from "./run/backup.js";
export type { LocationOptions } from "./run/locations.js";
export { type MigrateOptions, migrate } from "./run/migrate.js";
export { RUN_ID_PATTERN } from "./run/run-id.js";
export { BACKUP_DIR, type JournalEntry, listRuns, type RunRecord } from "./run/run-records.js";
export { verifyMigration } from "./verify/verify-migration.js";
export type { SessionVerification, VerifyCheck, VerifyReport } from "./verify/verify-report.js";
export { MIGRATE_TOOL } from "./version.js";
