// Copies the project (sources, content, config; node_modules linked) into a folder of its own, so
// a test can break the copy's content and build it with the real build command, two at a time,
// without touching the repository's dist/ or Astro caches.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, resolve, sep } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

/** What a copy needs besides its content. */
const PROJECT_FILES = [
  'src',
  'public',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  '.gitignore',
];

/**
 * Copies the project into `target`. Vite's cache goes into the copy too: through the linked
 * node_modules it would otherwise be shared by every copy at once.
 */
export function copyProject(target: string): void {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const name of [...PROJECT_FILES, 'content']) {
    if (existsSync(join(repoRoot, name)))
      cpSync(join(repoRoot, name), join(target, name), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(target, 'node_modules'), 'dir');
  writeFileSync(
    join(target, 'fixture.config.mjs'),
    "import base from './astro.config.mjs';\nexport default { ...base, vite: { ...base.vite, cacheDir: './.vite-cache' } };\n",
  );
}

export interface BuildResult {
  code: number;
  /** stdout and stderr, interleaved as they came. */
  output: string;
  /** What the build printed after its last "✗" or "✓" line: the summary. */
  summary: string;
  seconds: number;
}

/** Runs `npm run build` (the wrapper) in a copy, with `--out` and more environment when given. */
export function runBuild(
  dir: string,
  out = 'dist',
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<BuildResult> {
  const started = Date.now();
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of [
    'CONTENT_DIR',
    'CONTENT_PROBLEMS_FILE',
    'BUILD_VERBOSE',
    'FORCE_COLOR',
    'BUILD_MAX_HEAP_MB',
    'REVIEW_DATE',
  ])
    delete env[name];
  Object.assign(env, extraEnv);
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['src/build/build.ts', '--out', out, '--', '--config', 'fixture.config.mjs'],
      { cwd: dir, env },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const lines = output.split('\n');
      const last = lines.findLastIndex((line) => /^[✗✓] /.test(line));
      done({
        code: code ?? 1,
        output,
        summary: last >= 0 ? lines.slice(last).join('\n') : '',
        seconds: (Date.now() - started) / 1000,
      });
    });
  });
}

/** Every file under a folder with the SHA-256 of its bytes, by relative path. */
export function hashTree(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        result.set(
          relative(dir, path).split(sep).join('/'),
          createHash('sha256').update(readFileSync(path)).digest('hex'),
        );
    }
  };
  walk(dir);
  return new Map([...result].sort(([a], [b]) => a.localeCompare(b)));
}
