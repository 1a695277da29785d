// What the build wrapper shows of Astro's output (src/build/astro-output.ts): Astro's standard error
// only once it succeeded, no stack traces, and not the one warning known to be wrong, which
// lightningcss still gives (when it stops, the filter can go).
import { Writable } from 'node:stream';
import { transform } from 'lightningcss';
import { expect, test } from 'vitest';
import {
  AstroTerminal,
  KNOWN_WRONG_WARNING,
  withoutKnownWrongReports,
} from '../../src/build/astro-output.ts';

/** A terminal whose two streams are written into arrays of lines. */
function terminal(verbose = false) {
  const written = { stdout: [] as string[], stderr: [] as string[] };
  const stream = (lines: string[]) =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').slice(0, -1));
        done();
      },
    });
  const shown = new AstroTerminal({
    verbose,
    stdout: stream(written.stdout),
    stderr: stream(written.stderr),
  });
  return { shown, written };
}

const VITE_WARNING = [
  "10:31:51 [WARN] [vite] [lightningcss minify] 'target-current' is not recognized as a valid pseudo-class. Did you mean '::target-current' (pseudo-element) or is this a typo?",
  '1  |  /*! tailwindcss v4.3.5 | MIT License | https://tailwindcss.com */',
  '2  |  ...:is(.section-nav-rail a:hover,.section-nav-rail a:target-current){border-color:…',
  '   |                                                                 ^',
];

const tailwindReport = (message: string) => [
  'Found 1 warning while optimizing generated CSS:',
  '',
  '\u001b[2m│   }\u001b[22m',
  '\u001b[2m│\u001b[22m   .section-nav-rail a:hover, .section-nav-rail a:target-current {',
  `\u001b[2m┆\u001b[22m          \u001b[33m\u001b[2m^--\u001b[22m ${message}\u001b[39m`,
  '\u001b[2m┆\u001b[22m',
  '\u001b[2m│     color: var(--color-ink);\u001b[22m',
  '',
];
const WRONG =
  "'target-current' is not recognized as a valid pseudo-class. Did you mean '::target-current' (pseudo-element) or is this a typo?";

test('lightningcss still warns about :target-current, inside @supports too (else drop the filter)', () => {
  for (const css of [
    '.a:hover, .a:target-current { color: red }',
    '@supports selector(:target-current) { .a:target-current { color: red } }',
  ]) {
    const { warnings } = transform({ filename: 'a.css', code: Buffer.from(css), minify: true });
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(KNOWN_WRONG_WARNING)]);
  }
});

test("Vite's warning about :target-current is not shown, and what follows it is", () => {
  const { shown, written } = terminal();
  for (const line of ['10:31:50 [build] Building static entrypoints...', ...VITE_WARNING])
    shown.fromStdout(line);
  shown.fromStdout('10:31:52 [vite] ✓ built in 7.18s');
  shown.fromStdout("10:31:53 [WARN] [vite] [lightningcss minify] 'x' is not recognized");
  shown.fromStdout('1  |  .a:x{}');
  expect(written.stdout).toEqual([
    '10:31:50 [build] Building static entrypoints...',
    '10:31:52 [vite] ✓ built in 7.18s',
    "10:31:53 [WARN] [vite] [lightningcss minify] 'x' is not recognized",
    '1  |  .a:x{}',
  ]);
});

test("Tailwind's report is dropped when its every warning is the known one, kept whole otherwise", () => {
  const other = "'x' is not recognized as a valid pseudo-class.";
  expect(withoutKnownWrongReports(['before', ...tailwindReport(WRONG), 'after'])).toEqual([
    'before',
    'after',
  ]);
  expect(withoutKnownWrongReports(tailwindReport(other))).toEqual(tailwindReport(other));
});

test('standard error is held: dropped when Astro failed, shown without stack traces when it succeeded', () => {
  const errors = [
    'ContentError: Failed to parse Markdown file "content/articles/a.md":',
    '    at failAt (file:///src/markdown/directive-error.ts:58:9)',
    '1 article could not be rendered:',
    '  Stack trace:',
    '    at Object.load (/src/content-layer/strict-glob-loader.ts:226:11)',
  ];
  const failed = terminal();
  for (const line of errors) failed.shown.fromStderr(line);
  expect(failed.written.stderr).toEqual([]);
  failed.shown.finish(false);
  expect(failed.written.stderr).toEqual([]);

  const succeeded = terminal();
  for (const line of [...tailwindReport(WRONG), ...errors]) succeeded.shown.fromStderr(line);
  succeeded.shown.finish(true);
  expect(succeeded.written.stderr).toEqual([
    'ContentError: Failed to parse Markdown file "content/articles/a.md":',
    '1 article could not be rendered:',
  ]);
});

test('BUILD_VERBOSE shows everything as it comes', () => {
  const { shown, written } = terminal(true);
  for (const line of VITE_WARNING) shown.fromStdout(line);
  shown.fromStderr('    at f (file.ts:1:1)');
  expect(written.stdout).toEqual(VITE_WARNING);
  expect(written.stderr).toEqual(['    at f (file.ts:1:1)']);
});
