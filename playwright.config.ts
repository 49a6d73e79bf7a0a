import { defineConfig, devices } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './tests/e2e/browser.ts';
// Chooses the servers' free ports, once, here in the runner; the workers inherit them (servers.ts).
import { examplesOrigin, examplesPort, siteOrigin, sitePort } from './tests/e2e/servers.ts';

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
    baseURL: siteOrigin,
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
      command: `node scripts/serve-static.ts dist --port=${sitePort}`,
      url: `${siteOrigin}/de/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-static.ts dist-examples --port=${examplesPort}`,
      url: `${examplesOrigin}/de/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
