/**
 * The ports the browser tests' servers listen on: free ones, chosen once in
 * Playwright's runner process (which loads this through playwright.config.ts
 * first) and handed to its workers through the environment – each worker
 * loads the config again and must find the same servers. Free ports, not
 * fixed ones, so two test runs on one machine do not take each other's.
 * `DECAP_SERVER_PORT` is the one `src/core/site.ts` reads for the CMS.
 */
import { createServer } from 'node:net';

/** A port nothing listens on now, on loopback: asked of the system (port 0), then let go. */
function freePort(): Promise<number> {
  return new Promise((found, failed) => {
    const probe = createServer();
    probe.once('error', failed);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => found(port));
    });
  });
}

const names = [
  'E2E_SITE_PORT',
  'E2E_EXAMPLES_PORT',
  'E2E_CMS_PORT',
  'E2E_DEV_PORT',
  'E2E_NGINX_PORT',
  'DECAP_SERVER_PORT',
];
for (const name of names) process.env[name] ??= String(await freePort());

/** `dist/`, the built site (`npm run build`). */
export const sitePort = Number(process.env.E2E_SITE_PORT);
export const siteOrigin = `http://127.0.0.1:${sitePort}`;
/** `dist-examples/`, the build with the invented example events (`EXAMPLE_EVENTS=1 npm run build`). */
export const examplesPort = Number(process.env.E2E_EXAMPLES_PORT);
export const examplesOrigin = `http://127.0.0.1:${examplesPort}`;
/** The CMS test's copy of `dist/`, its CMS page pointed at that test's decap-server (`cms.spec.ts`). */
export const builtCmsPort = Number(process.env.E2E_CMS_PORT);
export const builtCmsOrigin = `http://127.0.0.1:${builtCmsPort}`;
/** Astro's dev server, as `npm start` runs it (`cms.spec.ts`). */
export const devServerPort = Number(process.env.E2E_DEV_PORT);
/** nginx with the shipped server configuration, serving `dist/` (`nginx.spec.ts`). */
export const nginxPort = Number(process.env.E2E_NGINX_PORT);
