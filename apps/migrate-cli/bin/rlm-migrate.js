#!/usr/bin/env node
import { main, processIO } from "../dist/index.mjs";

process.exitCode = await main(
  process.argv.slice(2),
  processIO(new URL("../dist/worker.mjs", import.meta.url)),
);
