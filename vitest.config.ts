import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Building fixture content with the real Astro config takes seconds, not milliseconds.
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        // The build tests only read dist/: sharing modules between their files lets each worker parse
        // a built page once (tests/build/dist.ts caches them) instead of once per test file.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], isolate: false },
      },
    ],
  },
});
