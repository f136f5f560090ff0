export interface RollbackReport {
  kind: "rollback";
  runId: string;
  sessionsRoot: string;
  dryRun: boolean;
  /** Sessions the run created, now removed. */
  removed: string[];
  /** Sessions the run replaced (--force), put back. */
  restoredSessions: string[];
  /** Sessions the run created that changed since (resumed by the hooks): left in place unless --force. */
  kept: Array<{ sessionId: string; reason: string }>;
  legacy: {
    /** Legacy files, links and folders recreated from the backup (they had been deleted). */
    restored: string[];
    unchanged: number;
    /** Legacy files that differ from the backup: left as they are, or (with --force) overwritten after being moved aside. */
    changed: Array<{ ref: string; action: "kept" | "overwritten" }>;
    unrestorable: Array<{ ref: string; reason: string }>;
  };
  /** Everything the run created is gone and every legacy file is as it was. */
  ok: boolean;
}
