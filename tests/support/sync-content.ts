// Vitest global setup: loads the content collections once with `astro sync`, so component tests
// render real entries through `astro:content` (getViteConfig reads the store in `.astro/`).
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
