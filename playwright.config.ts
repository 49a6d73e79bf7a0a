import { defineConfig, devices } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './tests/e2e/browser.ts';

const port = 4321;
/** The build with the invented example events: `EXAMPLE_EVENTS=1 npm run build`. */
export const examplesPort = 4322;

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  fullyParallel: true,
  // axe on a long page takes seconds on a busy two-core machine; a stall, not slowness, should fail.
  timeout: 90_000,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], launchOptions: { executablePath: chromiumPath, args: chromiumArgs } },
    },
  ],
  // The built site, and the build with the example events (dist-examples/), served on loopback only
  // by a plain static server (Astro's preview allows one server per project).
  webServer: [
    {
      command: `node scripts/serve-static.mjs dist --port=${port}`,
      url: `http://127.0.0.1:${port}/de/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-static.mjs dist-examples --port=${examplesPort}`,
      url: `http://127.0.0.1:${examplesPort}/de/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
