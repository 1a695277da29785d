// Finds the names closest to a misspelt one, for "did you mean" suggestions in build messages.
// Imported by `src/build/build.ts` too, so it imports nothing.

/** Edit distance between two words (insertions, deletions, substitutions), ignoring case. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(
        row[j]! + 1,
        row[j - 1]! + 1,
        prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
      );
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/** The candidates closest to a word, nearest first: those that contain it (or it them), then by edit distance. */
export function closest(word: string, candidates: readonly string[], count = 5): string[] {
  const lower = word.toLowerCase();
  const overlaps = (candidate: string) =>
    candidate.toLowerCase().includes(lower) || lower.includes(candidate.toLowerCase()) ? 0 : 1;
  return [...new Set(candidates)]
    .map((candidate) => [candidate, overlaps(candidate), editDistance(word, candidate)] as const)
    .sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([candidate]) => candidate);
}

/** The candidate a misspelt word was most likely meant to be, if one is close enough to suggest. */
export function likelyMeant(word: string, candidates: readonly string[]): string | undefined {
  const [best] = closest(word, candidates, 1);
  return best !== undefined && editDistance(word, best) <= Math.max(2, Math.floor(word.length / 4))
    ? best
    : undefined;
}
