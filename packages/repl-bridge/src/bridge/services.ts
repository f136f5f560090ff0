import { type Stats, statSync } from "node:fs";
import { loadRlmConfig, type RlmConfig } from "../config/rlm-config.js";
import type { MemoryStore } from "../memory/memory-store.js";
import type { ModelProvider } from "../providers/model-provider.js";

/**
 * Config, provider and memory database: each opened on first use and kept by the bridge.
 * A bridge may live long (rlm-repl's resident helper serves many requests with one): the
 * config is read again when its file changed, and the database is opened again when the
 * file at its path is another one (replaced, removed, copied over) than the one held open.
 */
export interface LazyServices {
  readonly memoryDbPath: string;
  config(): RlmConfig;
  provider(): Promise<ModelProvider>;
  memory(): Promise<MemoryStore>;
  close(): void;
}

/** Which file is at `path` now ("" when none): device, inode, size and mtime. */
function fileStamp(path: string): string {
  let st: Stats | undefined;
  try {
    st = statSync(path, { throwIfNoEntry: false });
  } catch {
    st = undefined;
  }
  return st === undefined ? "" : `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;
}

export function createLazyServices(o: {
  env: NodeJS.ProcessEnv;
  memoryDb: string;
  configPath: string;
  provider: ModelProvider | undefined;
}): LazyServices {
  let config: { stamp: string; value: RlmConfig } | undefined;
  let provider: Promise<ModelProvider> | undefined = o.provider ? Promise.resolve(o.provider) : undefined;
  let memory: Promise<MemoryStore> | undefined;
  let opened: { store: MemoryStore; stamp: string } | undefined;
  return {
    memoryDbPath: o.memoryDb,
    config: () => {
      const stamp = fileStamp(o.configPath);
      if (config === undefined || config.stamp !== stamp)
        config = { stamp, value: loadRlmConfig(o.configPath) };
      return config.value;
    },
    provider: () => {
      provider ??= import("../providers/select-provider.js").then((m) => m.selectProvider(o.env));
      return provider;
    },
    memory: () => {
      // Another file at the path, or this one rewritten other than through SQLite (a copy
      // over it; SQLite's own writes go to the WAL until a checkpoint): open it again.
      if (opened !== undefined && opened.stamp !== fileStamp(o.memoryDb)) close();
      memory ??= import("../memory/memory-store.js").then(async (m) => {
        const store = await m.openMemoryStore(o.memoryDb);
        opened = { store, stamp: fileStamp(o.memoryDb) };
        return store;
      });
      // a failed open is not kept: the next call tries again
      memory.catch(() => {
        memory = undefined;
      });
      return memory;
    },
    close,
  };

  /** Close the database; the next memory() opens it again. */
  function close(): void {
    opened?.store.close();
    opened = undefined;
    memory = undefined;
  }
}
