import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // No test file changes globals, the environment or modules: reusing a worker for the next file
    // saves a process start per file (seconds of a unit run of a few seconds).
    isolate: false,
    globalSetup: ['tests/fixtures/invalid-content/copiesFolder.ts'],
    // Building fixture content with the real Astro config takes seconds, not milliseconds.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/localizedContent.test.ts', 'tests/unit/eventCatalog.test.ts'],
        },
      },
      {
        extends: true,
        // These replace astro:content with plain entries (vi.mock): in workers of their own, so no
        // other file ever sees the replacement.
        test: {
          name: 'catalogues',
          include: ['tests/unit/localizedContent.test.ts', 'tests/unit/eventCatalog.test.ts'],
          isolate: true,
        },
      },
      {
        extends: true,
        // The build tests only read dist/: sharing modules between their files lets each worker parse
        // a built page once (tests/build/dist.ts caches them) instead of once per test file.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], isolate: false },
      },
    ],
  },
});
