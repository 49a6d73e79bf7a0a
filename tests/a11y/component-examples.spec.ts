/**
 * axe on every component example (tests/components/examples.ts), each alone on a page of its language
 * and direction, in the CSS the built site ships. The examples are rendered by the Vitest step
 * (`vitest run --config vitest.components.config.ts` writes dist-components/examples.json); the CSS is
 * taken from the built pages in dist/, so colours and contrast are the site's own.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../build/dist.ts';
import { axeViolations } from './axe.ts';

type Rendered = { name: string; lang: string; dir: string; html: string };
const examples = JSON.parse(readFileSync('dist-components/examples.json', 'utf8')) as Rendered[];

/**
 * Every stylesheet part the built site inlines (global styles, then each component's scoped styles),
 * once each, in the order first met. Vite joins a page's parts with a line break.
 */
function siteCss(): string {
  const parts = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html')
        for (const [, css] of readFileSync(path, 'utf8').matchAll(/<style>(.*?)<\/style>/gs))
          for (const part of css!.split('\n')) if (!part.startsWith('@page')) parts.add(part);
    }
  };
  for (const lang of ['de', 'ar']) walk(join(distDir, lang));
  return [...parts].join('\n');
}

const css = siteCss();

test('the examples and the site CSS are there to check', () => {
  expect(examples.length).toBeGreaterThanOrEqual(20);
  // The scoped styles of the covered components are part of it (their classes).
  for (const selector of ['.fallback-notice', '.translation-notice', '.card__title', '.pagination', '.contact'])
    expect(css, selector).toContain(selector);
});

test(`axe finds no WCAG 2.1 A/AA violation in the component examples (${examples.length})`, async ({ page }) => {
  test.setTimeout(60_000 + examples.length * 5_000);
  for (const { name, lang, dir, html } of examples) {
    await page.setContent(
      `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${name}</title>` +
        `<style>${css}</style></head><body><main>${html}</main></body></html>`,
    );
    const { violations, passes } = await axeViolations(page);
    expect.soft(violations, name).toEqual([]);
    // An example that rendered nothing leaves axe little to check (the single-page pagination renders nothing on purpose).
    if (html.includes('<')) expect.soft(passes, name).toBeGreaterThan(3);
  }
});
