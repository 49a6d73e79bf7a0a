import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { routes } from '../../src/lib/routes';
import { axePages } from '../e2e/pages';

// WCAG 2.1 A and AA, the level EN 301 549 and BITV 2.0 require of public bodies.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const { name, path } of axePages) {
  test(`axe finds no WCAG 2.1 A/AA violation: ${name}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary).toEqual([]);
    // Guard against a page that did not render: axe must have checked real content.
    expect(results.passes.length).toBeGreaterThan(10);
  });
}

// The event pages with a full calendar: the build with the invented example events.
const examplePages = [
  // A full calendar in both directions; the other languages share the template.
  ...(['de', 'ar'] as const).map((lang) => ({
    name: `event list with examples (${lang})`,
    path: routes.section(lang, 'events'),
  })),
  {
    name: 'filtered event list (ar)',
    path: routes.eventFilter('ar', { district: 'halle-saale', format: 'alle', language: 'ar' }),
  },
  {
    name: 'empty filtered event list (ru)',
    path: routes.eventFilter('ru', { district: 'harz', format: 'alle', language: 'alle' }),
  },
  { name: 'cancelled event (de)', path: routes.entry('de', 'events', 'beispiel-magdeburg-abgesagt') },
  { name: 'weekly event (uk)', path: routes.entry('uk', 'events', 'beispiel-online-woechentlich') },
  { name: 'event with registration link (en)', path: routes.entry('en', 'events', 'beispiel-stendal') },
];

test.describe('with example events', () => {
  test.use({ baseURL: 'http://127.0.0.1:4322' });
  for (const { name, path } of examplePages) {
    test(`axe finds no WCAG 2.1 A/AA violation: ${name}`, async ({ page }) => {
      await page.clock.setFixedTime(new Date('2030-03-01T10:00:00Z'));
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      expect(
        results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(10);
    });
  }
});
