/**
 * A build for this machine or for the public site, decided once from
 * `SITE_URL`: only a local build lets the CMS talk to decap-server (the local
 * backend of `npm start` and the CMS tests), so a production build neither
 * offers the local backend nor names its address in the admin page's policy.
 */

/** decap-server listens on loopback only, on this port. */
export const decapServerPort = 8081;
export const decapServerOrigin = `http://127.0.0.1:${decapServerPort}`;

/** A loopback address (`localhost`, `127.0.0.1`, `[::1]`), with any port. */
export const isLocalAddress = (url: string): boolean =>
  /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(url);

/** No public address set, or a loopback one: a build for trying things on this machine. */
export const isLocalSite = (siteUrl: string | undefined): boolean => siteUrl === undefined || isLocalAddress(siteUrl);

/** This build's answer, from its environment's `SITE_URL` (the admin page, the dev page, the host configuration). */
export const isLocalBuild = (): boolean => isLocalSite(process.env.SITE_URL);
