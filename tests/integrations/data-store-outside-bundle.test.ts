import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import {
  DATA_STORE_MODULE_ID,
  dataStoreModuleCode,
  dataStoreOutsideBundle,
} from '../../src/build/data-store-outside-bundle.ts';

test('the module it puts in the bundle reads the data store file, giving what Astro’s own module gave', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'store-'));
  // Astro's store is devalue's flat JSON: the same array whichever module reads it.
  const store = [['Map', 1, 2], 'articles', ['Map'], 'ünïcode “quotes”'];
  writeFileSync(join(dir, 'data-store.json'), JSON.stringify(store));
  const module = join(dir, 'store.mjs');
  writeFileSync(module, dataStoreModuleCode(join(dir, 'data-store.json')));
  expect((await import(pathToFileURL(module).href)).default).toEqual(store);
});

test('it changes only `astro build`, loading the store module ahead of Astro’s own loader', () => {
  const plugins: unknown[] = [];
  const setup = dataStoreOutsideBundle().hooks['astro:config:setup']!;
  const run = (command: 'build' | 'dev') =>
    (setup as (options: unknown) => void)({
      command,
      config: { cacheDir: pathToFileURL('/site/.astro/') },
      updateConfig: (config: { vite: { plugins: unknown[] } }) =>
        plugins.push(...config.vite.plugins),
    });
  run('dev');
  expect(plugins).toEqual([]);
  run('build');
  const [plugin] = plugins as {
    apply: string;
    load: { order: string; handler: (id: string) => { code: string } | null };
  }[];
  expect(plugin!.apply).toBe('build');
  expect(plugin!.load.order).toBe('pre');
  expect(plugin!.load.handler('\0astro:data-layer-content')!.code).toContain(
    JSON.stringify('/site/.astro/data-store.json'),
  );
  expect(plugin!.load.handler('\0astro:content')).toBeNull();
});

test('the module id it replaces is the one the installed Astro uses (an internal name: an upgrade that renames it fails here)', () => {
  const consts = readFileSync(
    join('node_modules', 'astro', 'dist', 'content', 'consts.js'),
    'utf8',
  );
  const astroId = /DATA_STORE_VIRTUAL_ID = "([^"]+)"/.exec(consts)?.[1];
  expect(
    astroId,
    'astro/dist/content/consts.js no longer names DATA_STORE_VIRTUAL_ID',
  ).toBeDefined();
  expect(DATA_STORE_MODULE_ID).toBe(`\0${astroId}`);
});
