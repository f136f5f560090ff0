// Entry of tsdown.lazy.config.ts: the Anthropic SDK as one CommonJS file, embedded in the
// plugin bundle and compiled only when a model call needs it (build/lazy-plugin.mjs).
export { Anthropic, default } from "@anthropic-ai/sdk";
