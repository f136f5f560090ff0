import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Discovery } from "../discover/discovery-types.js";
import type { MigrationEvent, MigrationReport } from "../report/migration-report.js";
import { MIGRATE_TOOL } from "../version.js";
import { writeJsonRecord } from "../write/private-fs.js";
import { type BackupManifest, readBackupManifest, writeBackup } from "./backup.js";
import { newRunId } from "./run-id.js";
import {
  appendJournal,
  createRun,
  type JournalEntry,
  listRunIds,
  REPORT_FILE,
  type RunRecord,
  runPath,
  writeRun,
} from "./run-records.js";

export interface RunSettings {
  root: string;
  discovery: Discovery;
  backup: boolean;
  force: boolean;
  durable: boolean;
  nowMs: () => number;
  emit: (e: MigrationEvent) => void;
  /** Checked between backup copies (see MigrateOptions.shouldStop). */
  shouldStop?: () => boolean;
}

/**
 * The run folder, made lazily: only when a first session is about to be written (so a run
 * with nothing to do leaves the disk untouched), or at once when an interrupted run is resumed.
 */
export class RunHandle {
  private record: RunRecord | null;
  private manifest: BackupManifest | null = null;
  readonly resumed: boolean;

  constructor(
    private readonly settings: RunSettings,
    resumable: RunRecord | null,
  ) {
    this.record = resumable;
    this.resumed = resumable !== null;
    if (resumable) this.ensureBackup();
  }

  get id(): string | null {
    return this.record?.run_id ?? null;
  }

  get path(): string | null {
    return this.record ? runPath(this.settings.root, this.record.run_id) : null;
  }

  get backup(): BackupManifest | null {
    return this.manifest;
  }

  /** Start the run (folder, record, backup) if not started yet; returns its id. */
  ensureStarted(): string {
    if (this.record) return this.record.run_id;
    const { root, discovery, backup, force, nowMs } = this.settings;
    const started = nowMs();
    this.record = {
      version: 1,
      run_id: newRunId(started, listRunIds(root)),
      status: "running",
      started_at: started / 1000,
      finished_at: null,
      rolled_back_at: null,
      tool: MIGRATE_TOOL,
      sessions_root: root,
      legacy: discovery.dirs,
      backup,
      force,
    };
    const dir = createRun(root, this.record);
    try {
      this.ensureBackup();
    } catch (err) {
      // Nothing was written under the run but its partial backup: leave no trace of it.
      this.record = null;
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    return this.record.run_id;
  }

  private ensureBackup(): void {
    const dir = this.path!;
    const id = this.record!.run_id;
    this.manifest =
      readBackupManifest(dir) ??
      writeBackup(
        dir,
        id,
        this.settings.discovery,
        this.record!.backup,
        this.settings.durable,
        this.settings.shouldStop,
      );
    this.settings.emit({ type: "backup", runId: id, files: this.manifest.files, bytes: this.manifest.bytes });
  }

  journal(entry: Omit<JournalEntry, "at">): void {
    appendJournal(this.settings.root, this.ensureStarted(), { ...entry, at: this.settings.nowMs() / 1000 });
  }

  /** Mark the run complete and keep its report beside the backup. */
  finish(report: MigrationReport): void {
    if (!this.record) return;
    writeJsonRecord(join(this.path!, REPORT_FILE), report);
    this.record = { ...this.record, status: "complete", finished_at: this.settings.nowMs() / 1000 };
    writeRun(this.settings.root, this.record);
  }
}
