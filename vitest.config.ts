import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Building fixture content with the real Astro config takes seconds, not milliseconds.
    testTimeout: 60_000,
  },
});
