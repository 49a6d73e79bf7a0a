import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages } from '../e2e/pages';

// WCAG 2.1 A and AA, the level EN 301 549 and BITV 2.0 require of public bodies.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const { name, path } of allPages) {
  test(`axe finds no WCAG 2.1 A/AA violation: ${name}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
    // Guard against a page that did not render: axe must have checked real content.
    expect(results.passes.length).toBeGreaterThan(10);
  });
}
