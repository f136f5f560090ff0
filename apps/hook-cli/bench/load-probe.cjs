// --require probe for the benchmark: at exit, the process's CPU time (user + system, ms)
// and how many built-in modules it loaded, as one JSON line on stderr.
process.on("exit", () => {
  const list = process.moduleLoadList ?? [];
  const u = process.cpuUsage();
  process.stderr.write(
    `\n${JSON.stringify({ cpu: (u.user + u.system) / 1000, builtins: list.filter((m) => m.startsWith("NativeModule ")).length })}\n`,
  );
});
