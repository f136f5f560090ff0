export { APP_PY, type BuiltSession, buildSession } from "./test/build-session.js";
export { type FakeAnthropic, type FakeRequest, startFakeAnthropic } from "./test/fake-anthropic.js";
export { writeFakeClaude } from "./test/fake-claude.js";
