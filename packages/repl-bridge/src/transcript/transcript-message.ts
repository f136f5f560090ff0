/** One message of a Claude Code transcript, as `conversation` returns it. */
export interface TranscriptMessage {
  index: number;
  role: "user" | "assistant";
  /** uuid of the message's first transcript line. */
  uuid: string | null;
  timestamp: string | null;
  /** The text blocks, joined by blank lines ("" when the message is only tool calls/results). */
  text: string;
  tool_calls?: { id: string; name: string; input: unknown }[];
  tool_results?: { tool_use_id: string; is_error: boolean; content: string }[];
  /** Assistant: the API message id (several transcript lines may share it). */
  message_id?: string;
  model?: string;
  /** Injected by Claude Code (slash-command expansion, caveats), not typed by the user. */
  meta?: true;
  /** The summary that replaced history at a compaction. */
  compact_summary?: true;
  /** A subagent's message (`isSidechain`). */
  sidechain?: true;
}

export interface TranscriptRead {
  messages: TranscriptMessage[];
  lines: number;
  /** Lines that were not JSON (a torn last line, garbage): skipped. */
  bad_lines: number;
  /** Lines of other types (progress, system, file-history-snapshot, …): skipped, counted by type. */
  skipped_types: Record<string, number>;
}
