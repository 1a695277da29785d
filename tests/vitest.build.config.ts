// Vitest for the tests that run the real build on copies of the project (tests/build/): the
// malformed-content corpus and the build wrapper. Two builds at a time, one file at a time, so
// they share the machine's cores instead of fighting over them.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    maxConcurrency: 2,
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
