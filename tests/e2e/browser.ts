/**
 * Debian's Chromium is the only browser that runs on the project's machines
 * (Playwright's own downloads fail there). `scripts/ensure-test-tools.sh`
 * installs it or says how.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
