/**
 * The web server's configuration, written after every build for the common
 * static hosts from one source (`src/lib/securityPolicy.ts` and the built
 * pages), so the hosts cannot disagree:
 * - `<outDir>/_headers` and `<outDir>/_redirects` for Netlify and Cloudflare Pages;
 * - `<outDir>/.host/nginx-server.conf` (inside a `server {}`) and
 *   `<outDir>/.host/nginx-redirects.map` (inside an `http {}` `map`) for nginx –
 *   `deploy/nginx/site.conf` shows the whole server block. `.host/` is never served.
 *
 * The inline scripts' hashes for the Content-Security-Policy are collected
 * from the built pages, and the short links from their redirect pages.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes } from '../core/locales.ts';
import {
  adminContentSecurityPolicy,
  cacheControl,
  frameAncestors,
  publicContentSecurityPolicy,
  securityHeaders,
  strictTransportSecurity,
} from '../lib/securityPolicy.ts';
import { isLocalBuild } from '../core/site.ts';
import { inlineScriptsOf, parseHtml } from '../lib/formats/htmlDocument.ts';
import { chooserMarker, pagePaths, routes, siteFolders } from '../lib/routes.ts';

export interface Redirect {
  from: string;
  to: string;
}

function* filesIn(folder: string, name: (file: string) => boolean): Generator<string> {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) yield* filesIn(path, name);
    else if (name(entry.name)) yield path;
  }
}

/** The redirect pages' targets: every `index.html` of the short links' folder, with a meta refresh. */
export function shortLinkRedirects(outDir: string): Redirect[] {
  return [...filesIn(join(outDir, siteFolders.shortLinks), (name) => name === 'index.html')]
    .map((file) => {
      const to = parseHtml(readFileSync(file, 'utf8')).refreshTarget();
      if (!to) throw new Error(`${file}: a short link page without its target.`);
      return { from: `/${relative(outDir, file).replace(/\/index\.html$/, '')}`, to };
    })
    .sort((a, b) => a.from.localeCompare(b.from));
}

/** Every redirect the host should answer: short links (with and without the final slash) and `/ar` → `/ar/`. */
export function hostRedirects(outDir: string): Redirect[] {
  return [
    ...localeCodes.map((code) => ({ from: `/${code}`, to: `/${code}/` })),
    ...shortLinkRedirects(outDir).flatMap(({ from, to }) => [
      { from, to },
      { from: `${from}/`, to },
    ]),
  ];
}

/**
 * The CSP hashes of every inline script on the public pages (JSON data blocks do not run
 * and need none). Astro inlines small scripts; the list is short and the same on most pages.
 */
export function inlineScriptHashes(outDir: string): string[] {
  const hashes = new Set<string>();
  for (const file of filesIn(outDir, (name) => name.endsWith('.html'))) {
    if (`/${relative(outDir, file)}`.startsWith(siteFolders.admin)) continue;
    for (const body of inlineScriptsOf(readFileSync(file, 'utf8'))) {
      hashes.add(`sha256-${createHash('sha256').update(body).digest('base64')}`);
    }
  }
  return [...hashes].sort();
}

/**
 * nginx forwards the start page `/` to the first of the five languages the browser lists in
 * `Accept-Language` (q-values aside: browsers list their languages in order of preference), unless
 * the reader asked for the chooser (`/?sprachen`). One case-insensitive PCRE per language, tried on
 * `"<query>|<Accept-Language>"`: no marker in the query, then list items that are none of the five,
 * then this language (`de`, `de-DE`, `de;q=0.9` – not `dex`). At most one of them matches.
 */
export function languageRedirectPatterns(): { pattern: string; to: string }[] {
  const anyOf = localeCodes.join('|');
  const tagEnd = '(?:[-_;, ]|$)';
  const noMarker = `^(?![^|]*(?:^|&)${chooserMarker}(?:[=&|]|$))[^|]*\\|`;
  const otherItems = `(?:(?![ ]*(?:${anyOf})${tagEnd})[^,]*,)*`;
  return localeCodes.map((code) => ({
    pattern: `${noMarker}${otherItems}[ ]*${code}${tagEnd}`,
    to: routes.home(code),
  }));
}

interface HeaderRule {
  /** Netlify/Cloudflare path patterns. */
  paths: string[];
  headers: Record<string, string>;
}

/** Netlify/Cloudflare patterns for a folder's files. */
const inFolder = (path: string) => (path !== '/' && path.endsWith('/') ? `${path}*` : path);

export function headerRules(scriptHashes: readonly string[]): HeaderRule[] {
  const publicPolicy = publicContentSecurityPolicy(scriptHashes);
  return [
    { paths: ['/*'], headers: { ...securityHeaders, 'Strict-Transport-Security': strictTransportSecurity } },
    {
      paths: pagePaths().map(inFolder),
      headers: { 'Content-Security-Policy': publicPolicy, 'Cache-Control': cacheControl.revalidate },
    },
    {
      paths: [inFolder(siteFolders.admin)],
      headers: {
        'Content-Security-Policy': `${adminContentSecurityPolicy(isLocalBuild())}; ${frameAncestors}`,
        'Cache-Control': cacheControl.revalidate,
      },
    },
    // The offline copy's service worker and buttons' code: not hashed, so checked on every use.
    {
      paths: [routes.serviceWorker(), routes.offlineScript()],
      headers: { 'Content-Security-Policy': publicPolicy, 'Cache-Control': cacheControl.revalidate },
    },
    { paths: [inFolder(siteFolders.assets)], headers: { 'Cache-Control': cacheControl.immutable } },
    { paths: [inFolder(siteFolders.searchIndex)], headers: { 'Cache-Control': cacheControl.revalidate } },
    { paths: [inFolder(siteFolders.shareImages)], headers: { 'Cache-Control': cacheControl.day } },
  ];
}

/** Netlify / Cloudflare Pages `_headers`. Rules never set the same header twice for one path. */
export function netlifyHeaders(rules: HeaderRule[]): string {
  const blocks = rules.flatMap((rule) =>
    rule.paths.map(
      (path) =>
        `${path}\n${Object.entries(rule.headers)
          .map(([name, value]) => `  ${name}: ${value}`)
          .join('\n')}`,
    ),
  );
  return `# Generated by src/integrations/hostConfig.ts – do not edit.\n${blocks.join('\n')}\n`;
}

/**
 * nginx, inside `server { root …; }`. nginx drops the server's `add_header`s in any
 * location with its own, so every location repeats the full set.
 */
export function nginxServerConfig(scriptHashes: readonly string[]): string {
  const common = { ...securityHeaders, 'Strict-Transport-Security': strictTransportSecurity };
  const pageHeaders = {
    ...common,
    'Content-Security-Policy': publicContentSecurityPolicy(scriptHashes),
    'Cache-Control': cacheControl.revalidate,
  };
  const headers = (set: Record<string, string>) =>
    Object.entries(set)
      .map(([name, value]) => `    add_header ${name} "${value}" always;`)
      .join('\n');
  const location = (match: string, set: Record<string, string>, ...directives: string[]) =>
    `  location ${match} {\n${directives.map((d) => `    ${d}\n`).join('')}${headers(set)}\n  }`;
  return `# Generated by src/integrations/hostConfig.ts – do not edit. Include inside a server block
# whose root is the built site, next to: map $uri $redirect_target { default ""; include <root>/.host/nginx-redirects.map; }
index index.html;
charset utf-8;
charset_types text/css text/plain text/xml application/javascript application/json application/atom+xml image/svg+xml text/calendar;
# Redirects to a trailing slash stay relative, so they work behind a proxy or CDN.
absolute_redirect off;
server_tokens off;
gzip on;
gzip_types text/css text/plain text/xml application/javascript application/json application/atom+xml image/svg+xml text/calendar application/wasm;
error_page 404 /404.html;

# Short links from posters and /ar → /ar/ (the same list as _redirects).
if ($redirect_target) {
  return 301 $redirect_target;
}

# Build configuration (.host/) is not for readers.
location ~ /\\. {
  return 404;
}

# The start page: a browser that prefers one of the five languages goes straight to it (302 and
# Vary, as the answer depends on Accept-Language); the rest, and "All languages" (/?sprachen), get
# the chooser. try_files, not index, so the chooser is served here with the Vary header.
${location(
  '= /',
  { ...pageHeaders, Vary: 'Accept-Language' },
  'set $sawd_language_probe "$args|$http_accept_language";',
  ...languageRedirectPatterns().map(
    ({ pattern, to }) => `if ($sawd_language_probe ~* "${pattern}") { return 302 ${to}; }`,
  ),
  `try_files ${routes.chooser()}index.html =404;`,
)}
${location('/', pageHeaders, 'try_files $uri $uri/ =404;')}
${localeCodes
  .map((code) =>
    location(`/${code}/`, pageHeaders, `error_page 404 /${code}/404/index.html;`, 'try_files $uri $uri/ =404;'),
  )
  .join('\n')}
${location('~ \\.ics$', pageHeaders, 'types { }', 'default_type text/calendar;')}
${location(`= ${routes.serviceWorker()}`, pageHeaders)}
${location(`= ${routes.offlineScript()}`, pageHeaders)}
${location(
  siteFolders.admin,
  {
    ...common,
    'Content-Security-Policy': `${adminContentSecurityPolicy(isLocalBuild())}; ${frameAncestors}`,
    'Cache-Control': cacheControl.revalidate,
  },
  'try_files $uri $uri/ =404;',
)}
${location(siteFolders.assets, { ...common, 'Cache-Control': cacheControl.immutable })}
${location(siteFolders.searchIndex, { ...common, 'Cache-Control': cacheControl.revalidate })}
${location(siteFolders.shareImages, { ...common, 'Cache-Control': cacheControl.day })}
`;
}

export function hostConfig(): AstroIntegration {
  return {
    name: 'sawd-host-config',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const redirects = hostRedirects(outDir);
        const hashes = inlineScriptHashes(outDir);
        const generated = '# Generated by src/integrations/hostConfig.ts – do not edit.';
        writeFileSync(
          join(outDir, '_redirects'),
          `${generated}\n${redirects.map((r) => `${r.from} ${r.to} 301`).join('\n')}\n`,
        );
        writeFileSync(join(outDir, '_headers'), netlifyHeaders(headerRules(hashes)));
        mkdirSync(join(outDir, '.host'), { recursive: true });
        writeFileSync(
          join(outDir, '.host', 'nginx-redirects.map'),
          `${generated}\n${redirects.map((r) => `${r.from} ${r.to};`).join('\n')}\n`,
        );
        writeFileSync(join(outDir, '.host', 'nginx-server.conf'), nginxServerConfig(hashes));
        logger.info(
          `host configuration: ${redirects.length} redirects, ${hashes.length} inline script hashes (_headers, _redirects, .host/nginx-*)`,
        );
      },
    },
  };
}
