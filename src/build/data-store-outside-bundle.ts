// Astro bundles the whole content data store into the server build as one string literal
// (`export default JSON.parse("…")` in the `astro:data-layer-content` module), which the bundler
// then parses, copies and writes out: a module that grows with every article, and the bundling
// phase's memory with it (README.md). A static build runs that server code once, on this machine, right
// after the content sync has written the store to disk, so this plugin has the module read the
// file when the pages render instead: same data, same format, nothing large through the bundler.
//
// Astro has no supported way to change how the store reaches the server build: the module's id is
// Astro's own (an internal name, checked by tests/integrations/data-store-outside-bundle.test.ts
// against the installed Astro). It applies to `astro build` only (the dev server and Vitest load
// the store Astro's way). Should a future Astro read the store differently, the module would fail to load, Astro would fall back to
// an empty store, and the build's checks would stop on the missing article pages
// (`checkBuiltSite` in src/checks/check-built-site.ts).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The resolved id of Astro's data store module (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** The module's code: reads and parses the data store file when it is first imported. */
export function dataStoreModuleCode(dataStoreFile: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `export default JSON.parse(readFileSync(${JSON.stringify(dataStoreFile)}, 'utf8'));`,
  ].join('\n');
}

export function dataStoreOutsideBundle(): AstroIntegration {
  return {
    name: 'explainer:data-store-outside-bundle',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        // Where a build keeps the store (astro/dist/content/paths.js: getDataStoreFile).
        const dataStoreFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'explainer:data-store-outside-bundle',
                apply: 'build',
                load: {
                  // Before Astro's own loader of the same module.
                  order: 'pre',
                  filter: { id: new RegExp(`^${DATA_STORE_MODULE_ID}$`) },
                  handler(id) {
                    return id === DATA_STORE_MODULE_ID
                      ? { code: dataStoreModuleCode(dataStoreFile), map: { mappings: '' } }
                      : null;
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
