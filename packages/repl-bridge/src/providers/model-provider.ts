/** One model request, exactly as recorded in its `llm_call` cell (so a replay can send it again). */
export interface ModelRequest {
  model: string;
  system?: string;
  messages: { role: "user" | "assistant"; content: string }[];
  max_tokens: number;
  temperature?: number;
}

export interface ModelUsage {
  input_tokens: number;
  output_tokens: number;
}

export interface ModelResponse {
  text: string;
  /** The model that answered (may be a dated id for an alias). */
  model: string;
  usage: ModelUsage;
  stop_reason: string | null;
  /** Which provider answered: `anthropic-api` or `claude-cli`. */
  provider: string;
  /** Set when the provider reports the cost itself (`claude -p`). */
  cost_usd?: number;
}

export interface ModelProvider {
  readonly name: string;
  complete(request: ModelRequest, signal?: AbortSignal): Promise<ModelResponse>;
}
