import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // No test file changes globals, the environment or modules: reusing a worker for the next file
    // saves a process start per file (seconds of a unit run of a few seconds).
    isolate: false,
    globalSetup: ['tests/fixtures/invalid-content/copiesFolder.ts'],
    // Building fixture content with the real Astro config takes seconds, not milliseconds.
    testTimeout: 60_000,
  },
});
