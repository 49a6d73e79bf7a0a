/**
 * The shipped server configuration with the real server: nginx (Debian's
 * package) serves `dist/` on loopback with the generated
 * `.host/nginx-server.conf` and `.host/nginx-redirects.map`, exactly as
 * `docs/operations/nginx-site.conf` includes them. Checks the headers (the
 * same as `_headers` says), redirects, caching, errors – and that every page
 * type works in Chromium under its Content-Security-Policy, search included.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { localeCodes } from '../../src/core/locales.ts';
import { chooserMarker, routes } from '../../src/lib/routes.ts';
import { parseHtml } from '../../src/lib/formats/htmlDocument.ts';
import { eventShortId } from '../../src/lib/sharing/shortLinks.ts';
import { pageTypes } from './pages.ts';
import { nginxPort as port } from './servers.ts';

const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const dist = resolve(import.meta.dirname, '../../dist');
const origin = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  if (!existsSync(nginxPath)) {
    throw new Error(`No nginx at ${nginxPath}: run "bash scripts/ensure-test-tools.sh" (or set NGINX_PATH).`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'sawd-nginx-'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `${name}_temp_path ${dir}/${name};`)
    .join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp}
  map $uri $redirect_target { default ""; include ${dist}/.host/nginx-redirects.map; }
  server {
    listen 127.0.0.1:${port};
    root ${dist};
    include ${dist}/.host/nginx-server.conf;
  }
}
`,
  );
  server = spawn(
    nginxPath,
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log'), '-g', 'daemon off;'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(`${origin}/de/`);
      break;
    } catch {
      if (attempt > 50 || server.exitCode !== null) throw new Error(`nginx did not start: ${stderr}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
});

test.afterAll(() => {
  server?.kill('SIGQUIT');
});

const get = (path: string, acceptLanguage?: string) =>
  fetch(`${origin}${path}`, {
    redirect: 'manual',
    headers: acceptLanguage === undefined ? {} : { 'Accept-Language': acceptLanguage },
  });

/** What `_headers` (Netlify, Cloudflare Pages) promises for a path: every matching rule's headers. */
function promisedHeaders(path: string): Record<string, string> {
  const promised: Record<string, string> = {};
  let matches = false;
  for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    if (!line.startsWith(' ')) {
      const pattern = new RegExp(`^${line.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
      matches = pattern.test(path);
    } else if (matches) {
      const [name, ...value] = line.trim().split(': ');
      promised[name!.toLowerCase()] = value.join(': ');
    }
  }
  return promised;
}

test.describe('nginx with the shipped configuration', () => {
  test('pages carry the security headers and the same values _headers promises', async () => {
    for (const path of ['/', '/de/', '/ar/ausbildung/was-ist-eine-ausbildung/', '/404.html', '/admin/']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      const promised = promisedHeaders(path);
      expect(Object.keys(promised).length, path).toBeGreaterThan(5);
      for (const [name, value] of Object.entries(promised))
        expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
    const page = (await get('/de/')).headers;
    const scriptSrc = page
      .get('content-security-policy')!
      .split('; ')
      .find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(page.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.get('x-content-type-options')).toBe('nosniff');
    expect(page.get('referrer-policy')).toBe('same-origin');
    expect(page.get('permissions-policy')).toContain('camera=()');
    expect(page.get('strict-transport-security')).toMatch(/^max-age=\d{8}/);
    expect(page.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    // Only the CMS may evaluate code.
    expect((await get('/admin/')).headers.get('content-security-policy')).toContain("'unsafe-eval'");
  });

  test('caching: hashed assets for a year, pages and calendars revalidated, images for a day', async () => {
    const asset = readdirSync(join(dist, '_astro')).find((name) => name.endsWith('.js'))!;
    const assetResponse = await get(`/_astro/${asset}`);
    expect(assetResponse.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(assetResponse.headers.get('x-content-type-options')).toBe('nosniff');
    const calendar = await get(routes.calendar('de'));
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(calendar.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect((await get('/og/de.png')).headers.get('cache-control')).toBe('public, max-age=86400');
    expect((await get('/pagefind/pagefind.js')).headers.get('cache-control')).toBe(
      'public, max-age=0, must-revalidate',
    );
  });

  test('redirects: short links, /ar, and directories without their slash', async () => {
    const slug = 'online-beratung';
    const id = eventShortId(slug);
    for (const [from, to] of [
      [routes.shortEvent(id).slice(0, -1), routes.entry('de', 'events', slug)],
      [routes.shortEvent(id), routes.entry('de', 'events', slug)],
      [routes.shortEvent(id, 'ar').slice(0, -1), routes.entry('ar', 'events', slug)],
      ...localeCodes.map((lang) => [`/${lang}`, `/${lang}/`]),
      ['/de/ausbildung', '/de/ausbildung/'],
    ] as const) {
      const response = await get(from);
      expect(response.status, from).toBe(301);
      expect(response.headers.get('location'), from).toBe(to);
    }
    // Without a language of the five, `/` is the language chooser itself (every language, with or without JavaScript).
    const chooser = await get('/', '*');
    expect(chooser.status).toBe(200);
    expect(chooser.headers.get('vary')).toBe('Accept-Language');
    const links = parseHtml(await chooser.text())
      .all('a[href]')
      .map((link) => link.attribute('href'));
    for (const lang of localeCodes) expect(links).toContain(routes.home(lang));
  });

  test('the start page goes to the first of the five languages the browser asks for; "All languages" never redirects', async () => {
    for (const [acceptLanguage, to] of [
      ['ar', routes.home('ar')],
      ['de-DE,de;q=0.9', routes.home('de')],
      ['de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7', routes.home('de')],
      ['fr-FR,fr;q=0.9,uk;q=0.8,de;q=0.7', routes.home('uk')],
      ['tr, ru-RU;q=0.8', routes.home('ru')],
      // The first of the five wins, whatever the order of the checks (de is checked first).
      ['tr, ru, de', routes.home('ru')],
      ['EN-gb', routes.home('en')],
      ['ar_SY', routes.home('ar')],
    ] as const) {
      const response = await get(routes.chooser(), acceptLanguage);
      expect(response.status, acceptLanguage).toBe(302);
      expect(response.headers.get('location'), acceptLanguage).toBe(to);
      // Caches must keep one answer per Accept-Language; the page's headers come along.
      expect(response.headers.get('vary'), acceptLanguage).toBe('Accept-Language');
      expect(response.headers.get('content-security-policy'), acceptLanguage).toContain("frame-ancestors 'none'");
      expect(response.headers.get('cache-control'), acceptLanguage).toBe('public, max-age=0, must-revalidate');
    }
    // No language of the five (nor one that only starts like one): the chooser.
    for (const acceptLanguage of ['fr-FR,fr;q=0.9', 'tr', 'ukr, ara', '*', '']) {
      const response = await get(routes.chooser(), acceptLanguage);
      expect(response.status, acceptLanguage).toBe(200);
      expect(parseHtml(await response.text()).all('.chooser a').length, acceptLanguage).toBe(localeCodes.length);
    }
    // The reader's own choice: the chooser, whatever the browser prefers.
    for (const path of [routes.allLanguages(), `${routes.allLanguages()}=`, `/?x=1&${chooserMarker}`]) {
      const response = await get(path, 'ar');
      expect(response.status, path).toBe(200);
      expect(parseHtml(await response.text()).all('.chooser a').length, path).toBe(localeCodes.length);
    }
    // The language pages themselves never move a reader elsewhere.
    expect((await get(routes.home('de'), 'ar')).status).toBe(200);
  });

  test('in Chromium: an Arabic browser lands on /ar/, and "All languages" there shows the chooser', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'ar' });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await expect(page).toHaveURL(`${origin}${routes.home('ar')}`);
    await page.locator(`footer a[href="${routes.allLanguages()}"]`).click();
    await page.waitForLoadState('load');
    await expect(page).toHaveURL(`${origin}${routes.allLanguages()}`);
    await expect(page.locator('.chooser a')).toHaveCount(localeCodes.length);
    await context.close();
  });

  test('errors: a missing page answers 404 in its language; build configuration is not served', async () => {
    const missing = await get('/ar/gibt-es-nicht/');
    expect(missing.status).toBe(404);
    expect(parseHtml(await missing.text()).root.attributes).toEqual({ lang: 'ar', dir: 'rtl' });
    expect((await get('/gibt-es-nicht')).status).toBe(404);
    expect((await get('/.host/nginx-server.conf')).status).toBe(404);
    expect((await get('/.host/nginx-redirects.map')).status).toBe(404);
  });

  test('the offline copy saves and deletes under the real headers: no CSP violation, its scripts revalidated', async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    page.on('pageerror', (error) => violations.push(error.message));
    await page.goto(`${origin}${routes.home('ar')}`);
    const offer = page.locator('[data-offline-copy]');
    await offer.locator('[data-offline-action="save"]').click();
    await expect(offer.locator('[data-offline-action="remove"]')).toBeVisible({ timeout: 30_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(1);
    await offer.locator('[data-offline-action="remove"]').click();
    await expect(offer.locator('[data-offline-action="save"]')).toBeVisible();
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    for (const path of [routes.serviceWorker(), routes.offlineScript()]) {
      const response = await get(path);
      expect(response.headers.get('content-type'), path).toMatch(/javascript/);
      expect(response.headers.get('cache-control'), path).toBe('public, max-age=0, must-revalidate');
      expect(response.headers.get('content-security-policy'), path).toContain("worker-src 'self'");
    }
    expect(violations).toEqual([]);
  });

  test('every page type works under its CSP in Chromium: no violation, search included', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text()))
        violations.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => violations.push(`${page.url()}: ${error.message}`));
    for (const lang of ['de', 'ar'] as const) {
      for (const path of Object.values(pageTypes)) {
        await page.goto(`${origin}${path(lang)}`);
        await page.waitForLoadState('load');
      }
    }
    // Search compiles WebAssembly ('wasm-unsafe-eval') and fetches its index.
    await page.goto(`${origin}${routes.search('ar')}`);
    await page.getByRole('searchbox').fill('Ausbildungsduldung');
    await page.getByRole('searchbox').press('Enter');
    await expect(page.locator('.search-results li').first()).toBeVisible();
    expect(violations).toEqual([]);
  });
});
