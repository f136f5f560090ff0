#!/usr/bin/env node
require("../dist/plugin/rlm-repl.cjs");
