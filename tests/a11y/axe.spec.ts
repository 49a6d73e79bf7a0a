/**
 * axe over every page type (see `axePages`). Pages are checked in groups, one
 * browser page walking through many: axe's first run in a fresh page costs
 * seconds (compiling its 500 KB script), later runs under one. Every page is
 * reported by name (soft assertions), so one failure does not hide the others.
 */
import { expect, test, type Page } from '@playwright/test';
import { localeFromPath, routes } from '../../src/lib/routes.ts';
import { axePages } from '../e2e/pages.ts';
import { axeViolations } from './axe.ts';
import { examplesOrigin } from '../e2e/servers.ts';

async function checkAll(page: Page, pages: readonly { name: string; path: string }[]) {
  test.setTimeout(60_000 + pages.length * 8_000);
  for (const { name, path } of pages) {
    await page.goto(path);
    const { violations, passes } = await axeViolations(page);
    expect.soft(violations, name).toEqual([]);
    // Guard against a page that did not render: axe must have checked real content.
    expect.soft(passes, name).toBeGreaterThan(10);
  }
}

const groups = [
  { title: 'German pages', pages: axePages.filter(({ path }) => localeFromPath(path) === 'de') },
  { title: 'Arabic pages (right to left)', pages: axePages.filter(({ path }) => localeFromPath(path) === 'ar') },
  {
    title: 'English, Russian and Ukrainian pages, the language chooser and the shared 404',
    pages: axePages.filter(({ path }) => !['de', 'ar'].includes(localeFromPath(path) ?? '')),
  },
];

for (const { title, pages } of groups) {
  test(`axe finds no WCAG 2.1 A/AA violation: ${title} (${pages.length})`, async ({ page }) => {
    await checkAll(page, pages);
  });
}

test('axe checks every listed page exactly once', () => {
  expect(groups.flatMap((g) => g.pages).length).toBe(axePages.length);
  expect(groups.every((g) => g.pages.length > 5)).toBe(true);
});

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
  test.use({ baseURL: examplesOrigin });
  test(`axe finds no WCAG 2.1 A/AA violation: event pages with a full calendar (${examplePages.length})`, async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2030-03-01T10:00:00Z'));
    await checkAll(page, examplePages);
  });
});
