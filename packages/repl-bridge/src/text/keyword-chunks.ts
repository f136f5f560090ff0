export interface ScoredChunk {
  index: number;
  /** 1-based, inclusive. */
  start_line: number;
  end_line: number;
  score: number;
  chunk: string;
}

const STOP = new Set(
  "a an and are as at be by for from has have in is it of on or that the this to was were will with".split(
    " ",
  ),
);

export function queryTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}_]+/u))].filter(
    (t) => t.length > 1 && !STOP.has(t),
  );
}

/** `chunkLines`-line windows overlapping by `overlap` lines. */
export function lineChunks(
  text: string,
  chunkLines: number,
  overlap: number,
): { start: number; end: number; text: string }[] {
  const lines = text.split("\n");
  const step = Math.max(1, chunkLines - Math.min(overlap, chunkLines - 1));
  const out: { start: number; end: number; text: string }[] = [];
  for (let s = 0; s < lines.length; s += step) {
    const e = Math.min(lines.length, s + chunkLines);
    out.push({ start: s + 1, end: e, text: lines.slice(s, e).join("\n") });
    if (e === lines.length) break;
  }
  return out;
}

/**
 * Keyword score per chunk: for each query term, log(1 + occurrences) weighted by how rare
 * the term is across chunks (idf). Chunks without any term score 0 and are dropped.
 */
export function scoreChunks(text: string, query: string, chunkLines: number, overlap: number): ScoredChunk[] {
  const terms = queryTerms(query);
  const chunks = lineChunks(text, chunkLines, overlap);
  const counts = chunks.map((c) => {
    const lower = c.text.toLowerCase();
    return terms.map((t) => occurrences(lower, t));
  });
  const df = terms.map((_, j) => counts.filter((row) => (row[j] ?? 0) > 0).length);
  const scored: ScoredChunk[] = [];
  chunks.forEach((c, i) => {
    let score = 0;
    terms.forEach((_, j) => {
      const n = counts[i]?.[j] ?? 0;
      if (n > 0) score += Math.log1p(n) * Math.log(1 + chunks.length / (df[j] ?? 1));
    });
    if (score > 0)
      scored.push({ index: i, start_line: c.start, end_line: c.end, score: round(score), chunk: c.text });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index);
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
