/**
 * The generated host configuration against the built pages: every inline
 * script a page runs is allowed by the policy `_headers` sends for it, no
 * header is set twice for a path (hosts would join the two values), and only
 * the CMS may evaluate code. nginx itself is tested in tests/e2e/nginx.spec.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptsOf } from '../../src/lib/formats/htmlDocument.ts';
import { routes } from '../../src/lib/routes.ts';
import { builtPages, distDir } from './dist.ts';

const rules: { pattern: RegExp; path: string; headers: [string, string][] }[] = [];
for (const line of readFileSync(join(distDir, '_headers'), 'utf8').split('\n')) {
  if (line.startsWith('#') || !line.trim()) continue;
  if (!line.startsWith(' ')) {
    rules.push({
      path: line,
      pattern: new RegExp(`^${line.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`),
      headers: [],
    });
  } else {
    const [name, ...value] = line.trim().split(': ');
    rules.at(-1)!.headers.push([name!, value.join(': ')]);
  }
}
const headersFor = (path: string) => rules.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.headers);
const pages = builtPages();

describe('the generated _headers', () => {
  it.each(pages.map((p) => [p.path, p.html] as const))(
    '%s: one value per header, inline scripts allowed by hash only',
    (path, html) => {
      const headers = headersFor(path);
      const names = headers.map(([name]) => name);
      expect(new Set(names).size, `${path}: ${names.join(', ')}`).toBe(names.length);
      const csp = headers.find(([name]) => name === 'Content-Security-Policy')?.[1];
      expect(csp, path).toBeDefined();
      const scriptSrc = csp!.split('; ').find((directive) => directive.startsWith('script-src'))!;
      for (const body of inlineScriptsOf(html)) {
        const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
        // The admin page lists no hashes: an inline script there fails here.
        expect(scriptSrc, `${path}: inline script ${body.slice(0, 60)}`).toContain(hash);
      }
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      if (path.startsWith('/admin/')) expect(scriptSrc).toContain("'unsafe-eval'");
      else expect(scriptSrc).not.toContain("'unsafe-eval'");
    },
  );

  it('the offline copy’s service worker and buttons’ code are checked on every use and may run as a worker', () => {
    for (const path of [routes.serviceWorker(), routes.offlineScript()]) {
      const headers = headersFor(path);
      expect(headers, path).toContainEqual(['Cache-Control', 'public, max-age=0, must-revalidate']);
      const csp = headers.find(([name]) => name === 'Content-Security-Policy')?.[1] ?? '';
      expect(csp.split('; '), path).toContain("worker-src 'self'");
      expect(new Set(headers.map(([name]) => name)).size, path).toBe(headers.length);
    }
    // The pages that register it allow it too.
    expect(headersFor('/ar/').find(([name]) => name === 'Content-Security-Policy')?.[1]).toContain("worker-src 'self'");
    // The manifest is revalidated like the pages it lists.
    expect(headersFor(routes.offlineManifest('ar'))).toContainEqual([
      'Cache-Control',
      'public, max-age=0, must-revalidate',
    ]);
  });

  it('hashed assets are immutable; nothing else is', () => {
    expect(headersFor('/_astro/x.js')).toContainEqual(['Cache-Control', 'public, max-age=31536000, immutable']);
    expect(headersFor('/de/').find(([name]) => name === 'Cache-Control')?.[1]).not.toContain('immutable');
  });
});
