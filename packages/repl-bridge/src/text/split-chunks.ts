/**
 * Split `text` into at most `n` chunks of roughly equal size, cutting only at line ends
 * (a single line longer than a chunk is cut inside). Empty text gives no chunks.
 */
export function splitChunks(text: string, n: number): string[] {
  if (text === "") return [];
  const target = Math.ceil(text.length / n);
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    if (chunks.length === n - 1) {
      chunks.push(text.slice(start));
      break;
    }
    let end = Math.min(text.length, start + target);
    if (end < text.length) {
      const nl = text.indexOf("\n", end);
      const back = text.lastIndexOf("\n", end - 1);
      if (back >= start && end - back <= (nl === -1 ? Number.POSITIVE_INFINITY : nl - end)) end = back + 1;
      else if (nl !== -1 && nl - end < target / 2) end = nl + 1;
    }
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}
