// --require probe for the benchmark: at exit, how many built-in modules the process loaded.
process.on("exit", () => {
  const list = process.moduleLoadList ?? [];
  process.stderr.write(
    `\n${JSON.stringify({ builtins: list.filter((m) => m.startsWith("NativeModule ")).length })}\n`,
  );
});
