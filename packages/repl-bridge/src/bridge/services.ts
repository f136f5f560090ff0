import { loadRlmConfig, type RlmConfig } from "../config/rlm-config.js";
import type { MemoryStore } from "../memory/memory-store.js";
import type { ModelProvider } from "../providers/model-provider.js";

/** Config, provider and memory database: each opened on first use, at most once per bridge. */
export interface LazyServices {
  readonly memoryDbPath: string;
  config(): RlmConfig;
  provider(): Promise<ModelProvider>;
  memory(): Promise<MemoryStore>;
  close(): void;
}

export function createLazyServices(o: {
  env: NodeJS.ProcessEnv;
  memoryDb: string;
  configPath: string;
  provider: ModelProvider | undefined;
}): LazyServices {
  let config: RlmConfig | undefined;
  let provider: Promise<ModelProvider> | undefined = o.provider ? Promise.resolve(o.provider) : undefined;
  let memory: Promise<MemoryStore> | undefined;
  let opened: MemoryStore | undefined;
  return {
    memoryDbPath: o.memoryDb,
    config: () => {
      config ??= loadRlmConfig(o.configPath);
      return config;
    },
    provider: () => {
      provider ??= import("../providers/select-provider.js").then((m) => m.selectProvider(o.env));
      return provider;
    },
    memory: () => {
      memory ??= import("../memory/memory-store.js").then(async (m) => {
        opened = await m.openMemoryStore(o.memoryDb);
        return opened;
      });
      return memory;
    },
    close: () => opened?.close(),
  };
}
