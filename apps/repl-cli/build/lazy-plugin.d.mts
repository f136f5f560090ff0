import type { Plugin } from "rolldown";

/** See lazy-plugin.mjs. */
export function lazyPlugin(options: { sdkBundle: string }): Plugin;
