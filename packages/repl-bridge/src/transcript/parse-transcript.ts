import type { TranscriptMessage, TranscriptRead } from "./transcript-message.js";

type Json = Record<string, unknown>;

/**
 * The user and assistant messages of a Claude Code transcript (JSONL), in file order.
 * Consecutive assistant lines of one API message (same `message.id`) are merged. Lines
 * that are not JSON and lines of other types are skipped and counted, never fatal.
 */
export function parseTranscript(text: string): TranscriptRead {
  const out: TranscriptRead = { messages: [], lines: 0, bad_lines: 0, skipped_types: {} };
  let last: TranscriptMessage | undefined;
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    out.lines++;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      out.bad_lines++;
      continue;
    }
    if (!isObject(entry)) {
      out.bad_lines++;
      continue;
    }
    const type = typeof entry.type === "string" ? entry.type : "(none)";
    const message = entry.message;
    if ((type !== "user" && type !== "assistant") || !isObject(message)) {
      out.skipped_types[type] = (out.skipped_types[type] ?? 0) + 1;
      continue;
    }
    const id = typeof message.id === "string" ? message.id : undefined;
    if (type === "assistant" && last?.role === "assistant" && id !== undefined && last.message_id === id) {
      addContent(last, message.content);
      continue;
    }
    last = newMessage(out.messages.length, type, entry, message, id);
    addContent(last, message.content);
    out.messages.push(last);
  }
  return out;
}

function newMessage(
  index: number,
  role: "user" | "assistant",
  entry: Json,
  message: Json,
  id?: string,
): TranscriptMessage {
  const m: TranscriptMessage = {
    index,
    role,
    uuid: typeof entry.uuid === "string" ? entry.uuid : null,
    timestamp: typeof entry.timestamp === "string" ? entry.timestamp : null,
    text: "",
  };
  if (id !== undefined) m.message_id = id;
  if (typeof message.model === "string") m.model = message.model;
  if (entry.isMeta === true) m.meta = true;
  if (entry.isCompactSummary === true) m.compact_summary = true;
  if (entry.isSidechain === true) m.sidechain = true;
  return m;
}

function addContent(m: TranscriptMessage, content: unknown): void {
  if (typeof content === "string") {
    appendText(m, content);
    return;
  }
  if (!Array.isArray(content)) return;
  for (const block of content) {
    if (!isObject(block)) continue;
    switch (block.type) {
      case "text":
        if (typeof block.text === "string") appendText(m, block.text);
        break;
      case "tool_use":
        m.tool_calls ??= [];
        m.tool_calls.push({
          id: String(block.id ?? ""),
          name: String(block.name ?? ""),
          input: block.input ?? null,
        });
        break;
      case "tool_result":
        m.tool_results ??= [];
        m.tool_results.push({
          tool_use_id: String(block.tool_use_id ?? ""),
          is_error: block.is_error === true,
          content: resultText(block.content),
        });
        break;
      case "image":
        appendText(m, "[image]");
        break;
      // thinking blocks (and any block type we do not know) are not part of the conversation text
    }
  }
}

function appendText(m: TranscriptMessage, text: string): void {
  m.text = m.text === "" ? text : `${m.text}\n\n${text}`;
}

function resultText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content))
    return content === undefined || content === null ? "" : JSON.stringify(content);
  return content
    .map((b) =>
      isObject(b) && b.type === "text" && typeof b.text === "string"
        ? b.text
        : isObject(b) && b.type === "image"
          ? "[image]"
          : "",
    )
    .filter((s) => s !== "")
    .join("\n");
}

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
