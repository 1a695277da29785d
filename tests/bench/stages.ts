// Where a build's time goes, stage by stage, read from when Astro's lines arrive on its output:
// starting (Node, the config, Vite), the content sync (every entry loaded, checked and its Markdown
// rendered), bundling, generating the pages (share images included), and what the build wrapper
// does after Astro (the site checks, the search index, publishing). The peer has the same Astro
// stages and nothing after them.

/** A line of a build's output and when it arrived, in ms from the build's start. */
export interface TimedLine {
  ms: number;
  text: string;
}

/** The stages, in order, each ending at the first line that matches its marker. */
export const STAGES = [
  { name: 'start', ends: /\[content\] Syncing content/ },
  { name: 'content sync', ends: /\[content\] Synced content/ },
  { name: 'bundle', ends: /generating static routes/ },
  { name: 'pages', ends: /page\(s\) built in/ },
  { name: 'after Astro', ends: null },
] as const;

export type StageName = (typeof STAGES)[number]['name'];

/**
 * The ms each stage took. A stage whose marker never came (a build that failed, a log that changed
 * its wording) gets `null`, and its time counts towards the next stage that has one.
 */
export function stageTimes(lines: TimedLine[], totalMs: number): Record<StageName, number | null> {
  const times = {} as Record<StageName, number | null>;
  let from = 0;
  let at = 0;
  for (const { name, ends } of STAGES) {
    const index = ends ? lines.findIndex((line, i) => i >= at && ends.test(line.text)) : -1;
    const end = ends === null ? totalMs : index >= 0 ? lines[index]!.ms : null;
    times[name] = end === null ? null : end - from;
    if (end !== null) {
      from = end;
      at = index + 1;
    }
  }
  return times;
}

/** Splits arriving output into lines, timing each by the arrival of the chunk that ends it. */
export function lineTimer(started: number): {
  push: (chunk: Buffer | string) => void;
  lines: TimedLine[];
} {
  const lines: TimedLine[] = [];
  let partial = '';
  return {
    lines,
    push(chunk) {
      const ms = performance.now() - started;
      const parts = (partial + String(chunk)).split('\n');
      partial = parts.pop()!;
      for (const text of parts) lines.push({ ms, text });
    },
  };
}
