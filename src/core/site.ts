/**
 * The site's identity and where it runs: its name, its public address (set per
 * deployment in `SITE_URL`) and, on this machine, the ports of the preview
 * server and of decap-server. Decided once here: only a local build lets the
 * CMS talk to decap-server (the local backend of `npm start` and the CMS
 * tests), so a production build neither offers the local backend nor names its
 * address in the admin page's policy.
 */

/** The campaign's name, as it stands on posters; the same in every language. */
export const siteName = 'Sachsen-Anhalt will dich';

/** `npm start`, the preview server and the browser tests serve the site on this port. */
export const localSitePort = 4321;
export const localSiteOrigin = `http://127.0.0.1:${localSitePort}`;

/**
 * decap-server listens on loopback only, on this port – `DECAP_SERVER_PORT`
 * when set (the CMS tests pick a free one), else 8081, decap-server's own default.
 */
export const decapServerPort = Number(
  // The CMS bundle also reads this module, in a browser without `process`.
  (typeof process === 'undefined' ? undefined : process.env.DECAP_SERVER_PORT) ?? 8081,
);
export const decapServerOrigin = `http://127.0.0.1:${decapServerPort}`;

/** A loopback address (`localhost`, `127.0.0.1`, `[::1]`), with any port. */
export const isLocalAddress = (url: string): boolean =>
  /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(url);

/** No public address set, or a loopback one: a build for trying things on this machine. */
export const isLocalSite = (siteUrl: string | undefined): boolean => siteUrl === undefined || isLocalAddress(siteUrl);

/** This build's answer, from its environment's `SITE_URL` (the admin page, the dev page, the host configuration). */
export const isLocalBuild = (): boolean => isLocalSite(process.env.SITE_URL);

/** The address pages link to and share: the deployment's, or this machine's preview server. */
export const siteUrl = (): string => process.env.SITE_URL ?? `http://localhost:${localSitePort}`;
