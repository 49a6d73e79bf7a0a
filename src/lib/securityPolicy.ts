/**
 * The one owner of what the web server says besides the files: security
 * headers, the Content-Security-Policy of public pages and of the CMS, and how
 * long each kind of file may be cached. `src/integrations/hostConfig.ts`
 * writes them for every supported host from here, and the admin page puts its
 * policy in a meta tag from here, so no two copies can disagree.
 */
import { decapServerOrigin } from '../core/site.ts';

/** Headers for every response. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // Links to messengers and official sources do not learn which page the reader came from.
  'Referrer-Policy': 'same-origin',
  // Only what the site uses: sharing and copying a link. Everything else is off for every origin.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=(), clipboard-write=(self), web-share=(self)',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * HSTS, for hosts that serve HTTPS (every production host). Not sent by the local
 * test server, which speaks plain HTTP on loopback. Two years, as the preload list asks.
 */
export const strictTransportSecurity = 'max-age=63072000; includeSubDomains';

/**
 * Public pages: no inline script runs unless its hash is listed (the build collects them),
 * no eval except WebAssembly compilation for the search (Pagefind), nothing from elsewhere.
 * Styles are inlined into each page for speed (`inlineStylesheets: 'always'`), hence
 * 'unsafe-inline' for styles only – styles cannot run code. The one worker is the offline copy's
 * service worker (`/sw.js`), registered only when a reader saves a language.
 */
export function publicContentSecurityPolicy(inlineScriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${inlineScriptHashes.map((hash) => ` '${hash}'`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    frameAncestors,
  ].join('; ');
}

/**
 * The CMS at /admin/ only: Decap compiles its validators at runtime ('unsafe-eval'; it runs
 * no inline script, the CMS tests fail on any policy violation), talks to the git host's API
 * and, in a local build only, to decap-server; it reads an uploaded image back from a `blob:`
 * address before saving it (without `blob:` every upload failed). Its styles are injected at
 * runtime (emotion), hence 'unsafe-inline' for styles. Also used in the admin page's meta tag,
 * which cannot carry `frame-ancestors` (the header adds it).
 */
export function adminContentSecurityPolicy(localSite: boolean): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    `connect-src 'self' blob:${localSite ? ` ${decapServerOrigin}` : ''} https:`,
    "frame-src 'self' https:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

/** Neither the site nor the CMS may be framed by another site (clickjacking). */
export const frameAncestors = "frame-ancestors 'none'";

/** How long each kind of file may be cached. HTML and calendars change with every daily build. */
export const cacheControl = {
  /** Files whose name carries their content hash (`/_astro/`). */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages, feeds, calendars, the search index: revalidated on every visit (cheap with ETags). */
  revalidate: 'public, max-age=0, must-revalidate',
  /** Preview images and QR codes: change rarely, a stale one for a day does no harm. */
  day: 'public, max-age=86400',
} as const;
