// The folders `npm run build` (build.ts) writes beside dist/: the stage it builds into
// (`dist.building-<pid>`) and the dist/ it replaces (`dist.old-<pid>`), renamed away first so
// readers never see it half deleted.
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Removes the stages and old dist/ folders that builds killed before they could clean up left. */
export function removeStaleStages(outDir: string): void {
  const pattern = new RegExp(`^${basename(outDir)}\\.(building|old)-(\\d+)$`);
  for (const name of readdirSync(dirname(outDir))) {
    const match = pattern.exec(name);
    if (!match || Number(match[2]) === process.pid) continue;
    try {
      process.kill(Number(match[2]), 0);
    } catch {
      try {
        rmSync(join(dirname(outDir), name), { recursive: true, force: true });
      } catch {
        // An old dist/ may be going already: its own remover (removeInBackground) outlives the
        // build that started it. Whatever is left is removed by the next build.
      }
    }
  }
}

/**
 * Deletes a folder in a process of its own that the build does not wait for: the dist/ a build
 * replaces holds every page and share image, and deleting it waits on the disk that has just
 * written the new one (README.md). If that process is stopped, the next build removes what it left.
 */
export function removeInBackground(folder: string): void {
  spawn(
    process.execPath,
    ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder],
    { detached: true, stdio: 'ignore' },
  ).unref();
}
