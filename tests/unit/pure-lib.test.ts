// src/lib/ is pure: helpers that compute, given what they need. None imports a `node:` module (no
// file system, no paths, no processes) or reads `process` (its environment, its working folder):
// configuration is read above lib, in src/content-layer/ (site-settings.ts, site-address.ts,
// paths.ts), and passed in.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const lib = join(import.meta.dirname, '..', '..', 'src', 'lib');

/** Every `file:line: text` of src/lib that imports a node: module or mentions `process`. */
function impurities(): string[] {
  return readdirSync(lib, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.[cm]?[jt]s$/.test(name))
    .sort()
    .flatMap((name) =>
      readFileSync(join(lib, name), 'utf8')
        .split('\n')
        .flatMap((text, i) =>
          /['"]node:|\bprocess\b|['"](?:fs|fs\/promises|path|os|child_process|worker_threads)['"]/.test(
            text,
          )
            ? [`src/lib/${name}:${i + 1}: ${text.trim()}`]
            : [],
        ),
    );
}

test('no file in src/lib imports a node: module or mentions process', () => {
  expect(readdirSync(lib).length).toBeGreaterThan(5);
  expect(impurities()).toEqual([]);
});
