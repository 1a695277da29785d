// End-to-end tests run on the production build (`dist/`), served by `astro preview`.
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './support/browser.ts';

const port = Number(process.env['E2E_PORT'] ?? 4391);
/** Tests that only read the built files. */
const FILE_ONLY = ['**/budgets.e2e.ts', '**/share-images.e2e.ts', '**/site-*.e2e.ts'];

export const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: './.output/playwright',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  // A search loads Pagefind's WebAssembly and index on first use: on a loaded 2-core machine that
  // can take longer than the default 5 s, so assertions wait up to 15 s before they fail.
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    // Checks that read dist/ and need no browser run once.
    { name: 'built-files', testMatch: FILE_ONLY },
    // The policy is the same in any browser size: csp.e2e.ts runs on the desktop only.
    {
      name: 'phone',
      testIgnore: [...FILE_ONLY, '**/csp.e2e.ts'],
      use: {
        ...devices['Pixel 7'],
        browserName: 'chromium',
        launchOptions: chromiumLaunchOptions(),
      },
    },
    {
      name: 'desktop',
      testIgnore: FILE_ONLY,
      use: { browserName: 'chromium', viewport: { width: 1280, height: 900 } },
    },
  ],
  webServer: {
    // --ignore-lock: run beside a preview server the developer may already have open.
    command: `node node_modules/astro/bin/astro.mjs preview --port ${port} --ignore-lock`,
    cwd: '..',
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
