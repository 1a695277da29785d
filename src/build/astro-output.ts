// What the terminal is shown of Astro's output while `npm run build` runs (the log gets all of it):
// - stack traces are left out: the summary at the end says what to fix;
// - Astro's standard error (its errors, and whatever libraries print there) is held until Astro
//   stops. A build that failed drops it: its summary lists each problem once, where Astro printed
//   each three or four times (a raw dump of the error, its error for the entry or page, the CLI's
//   report). A build that succeeded shows it then;
// - lightningcss's warning about `:target-current` is left out: the pseudo-class is valid CSS
//   (scroll markers, src/styles/global.css), which lightningcss does not know yet, and it warns
//   about any rule that names it, inside `@supports selector(:target-current)` too (README.md).
// With BUILD_VERBOSE=1 everything is shown as it comes.
import type { Writable } from 'node:stream';

export const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

/** The one warning known to be wrong: lightningcss does not know this valid pseudo-class. */
export const KNOWN_WRONG_WARNING = /'target-current' is not recognized as a valid pseudo-class/;

/** Vite's warning from its CSS minifier (lightningcss), followed by a code frame. */
const VITE_CSS_WARNING = /\[WARN\] \[vite\] \[lightningcss minify\] /;
/** A line of the code frame under Vite's warning: `2  |  …`, or `   |    ^`. */
const VITE_CODE_FRAME = /^\s*\d*\s+\|/;
/** Tailwind's report of lightningcss's warnings: this line, then each warning in a code frame. */
const TAILWIND_CSS_WARNINGS = /^Found \d+ warnings? while optimizing generated CSS:$/;
/** A line of Tailwind's report after its first: blank, `Issue #2:`, or drawn with │ or ┆. */
const TAILWIND_REPORT_LINE = /^(\s*$|Issue #\d+:|[│┆])/;
/** A line of a stack trace: `    at f (file.ts:12:3)`. */
const STACK_LINE = /^\s+at .+[):]\d*\)?$/;

/**
 * `lines` without Tailwind's reports of lightningcss warnings in which every warning is the one
 * known to be wrong; a report with any other warning is kept whole.
 */
export function withoutKnownWrongReports(lines: readonly string[]): string[] {
  const kept: string[] = [];
  for (let at = 0; at < lines.length;) {
    if (!TAILWIND_CSS_WARNINGS.test(stripAnsi(lines[at]!))) {
      kept.push(lines[at++]!);
      continue;
    }
    let end = at + 1;
    while (end < lines.length && TAILWIND_REPORT_LINE.test(stripAnsi(lines[end]!))) end++;
    const report = lines.slice(at, end);
    const warnings = report.flatMap((line) => /\^-- (.*)$/.exec(stripAnsi(line))?.[1] ?? []);
    if (!warnings.length || !warnings.every((warning) => KNOWN_WRONG_WARNING.test(warning)))
      kept.push(...report);
    at = end;
  }
  return kept;
}

/** Astro's output on its way to the terminal, line by line. */
export class AstroTerminal {
  readonly #verbose: boolean;
  readonly #stdout: Writable;
  readonly #stderr: Writable;
  readonly #heldErrors: string[] = [];
  #inStack = false;
  #inKnownWrongWarning = false;

  constructor(options: { verbose: boolean; stdout: Writable; stderr: Writable }) {
    this.#verbose = options.verbose;
    this.#stdout = options.stdout;
    this.#stderr = options.stderr;
  }

  /** A line of Astro's standard output: shown now, unless the terminal is spared it. */
  fromStdout(line: string): void {
    if (this.#verbose || this.#shown(line)) this.#stdout.write(`${line}\n`);
  }

  /** A line of Astro's standard error: held until Astro stops. */
  fromStderr(line: string): void {
    if (this.#verbose) this.#stderr.write(`${line}\n`);
    else this.#heldErrors.push(line);
  }

  /** Astro has stopped: what it wrote to standard error is shown if it succeeded, else dropped. */
  finish(succeeded: boolean): void {
    const held = this.#heldErrors.splice(0);
    if (!succeeded) return;
    this.#inStack = false;
    for (const line of withoutKnownWrongReports(held))
      if (this.#shown(line)) this.#stderr.write(`${line}\n`);
  }

  #shown(line: string): boolean {
    const plain = stripAnsi(line);
    if (this.#inKnownWrongWarning && VITE_CODE_FRAME.test(plain)) return false;
    this.#inKnownWrongWarning = VITE_CSS_WARNING.test(plain) && KNOWN_WRONG_WARNING.test(plain);
    if (this.#inKnownWrongWarning) return false;
    if (/^\s*Stack trace:/.test(plain)) this.#inStack = true;
    else if (this.#inStack && !/^\s+at |^\s*$/.test(plain)) this.#inStack = false;
    return !this.#inStack && !STACK_LINE.test(plain);
  }
}
