import type { Plugin } from "rolldown";

/** See lazy-plugin.mjs: folds the code-split bundle back into one file, lazy chunks compressed. */
export function lazyPlugin(): Plugin;
