/**
 * Events, tested on the build with the invented example events
 * (tests/fixtures/example-events, dates in 2030) served on its own port.
 */
import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { allLocales, localeCodes } from '../../src/core/locales.ts';
import { routes } from '../../src/lib/routes.ts';
import { axeViolations } from '../a11y/axe.ts';
import { examplesOrigin } from './servers.ts';

test.use({ baseURL: examplesOrigin });

const card = (page: import('@playwright/test').Page, slug: string) =>
  page.locator(`[data-event-list] li:has(a[href$="/veranstaltungen/${slug}/"])`);

test.describe('finding an event', () => {
  test('the next event near Halle, in Arabic, is two taps from the event list, and Back undoes a tap', async ({
    page,
  }) => {
    // Before the Halle example (14 March 2030) has ended.
    await page.clock.setFixedTime(new Date('2030-03-01T10:00:00Z'));
    await page.goto(routes.section('ar', 'events'));
    await page.locator('.event-filters a[lang="de"]', { hasText: 'Halle (Saale)' }).click();
    await page.locator('.event-filters a', { hasText: 'العربية' }).click();
    await expect(page).toHaveURL(/\/ar\/veranstaltungen\/auswahl\/halle-saale\/alle\/ar\/$/);
    await expect(card(page, 'beispiel-halle')).toBeVisible();
    await expect(card(page, 'beispiel-stendal')).toHaveCount(0);
    await expect(page.locator('.event-filters a[aria-current="true"]')).toHaveText([
      'Halle (Saale)',
      'العربية',
      'الكل',
    ]);
    await page.goBack();
    await expect(page).toHaveURL(/\/ar\/veranstaltungen\/auswahl\/halle-saale\/alle\/alle\/$/);
    await expect(page.locator('.event-filters a[aria-current="true"]').first()).toHaveText('Halle (Saale)');
  });

  for (const lang of localeCodes) {
    test(`filters by district, format and language give the right events (${lang})`, async ({ page }) => {
      await page.clock.setFixedTime(new Date('2030-03-01T10:00:00Z'));
      await page.goto(routes.eventFilter(lang, { district: 'stendal', format: 'praesenz', language: 'ru' }));
      await expect(card(page, 'beispiel-stendal')).toBeVisible();
      await expect(card(page, 'beispiel-halle')).toHaveCount(0);
      // Online dates can be joined from anywhere, but not under "in person".
      await expect(card(page, 'beispiel-online-woechentlich')).toHaveCount(0);
      await page.goto(routes.eventFilter(lang, { district: 'stendal', format: 'alle', language: 'ru' }));
      await expect(card(page, 'beispiel-online-woechentlich')).toBeVisible();
    });
  }

  test('a choice with no dates says so and offers the online consultation', async ({ page }) => {
    await page.goto(routes.eventFilter('uk', { district: 'harz', format: 'alle', language: 'alle' }));
    const empty = page.locator('[data-when-empty]');
    await expect(empty).toBeVisible();
    await expect(empty).toContainText('немає заходів');
    await empty.locator('a[href="/uk/veranstaltungen/online-beratung/"]').click();
    await expect(page.locator('h1')).toHaveText('Щотижнева онлайн-консультація');
  });

  test('filters work without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: examplesOrigin });
    const page = await context.newPage();
    await page.goto(routes.section('de', 'events'));
    await page.locator('.event-filters a', { hasText: 'Stendal' }).click();
    await expect(card(page, 'beispiel-stendal')).toBeVisible();
    await expect(card(page, 'beispiel-halle')).toHaveCount(0);
    await context.close();
  });
});

test.describe('time passes after the build', () => {
  test('an event that ended after the build disappears from the upcoming list', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2030-03-14T16:59:00Z')); // 17:59 in Halle, the event ends at 18:00
    await page.goto(routes.section('de', 'events'));
    await expect(card(page, 'beispiel-halle')).toBeVisible();
    await page.clock.setFixedTime(new Date('2030-03-14T17:00:00Z'));
    await page.reload();
    await expect(card(page, 'beispiel-halle')).toBeHidden();
    await expect(card(page, 'beispiel-stendal')).toBeVisible();
  });

  test('when every upcoming date has ended, the list says so', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2031-01-01T10:00:00Z'));
    await page.goto(routes.section('ru', 'events'));
    await expect(page.locator('[data-event-list]').first().locator('[data-when-empty]')).toBeVisible();
  });
});

test.describe('an event page', () => {
  test('a cancelled event shows as cancelled, prominently and in the list', async ({ page }) => {
    await page.goto(routes.entry('de', 'events', 'beispiel-magdeburg-abgesagt'));
    await expect(page.locator('.event-banner')).toContainText('abgesagt');
    await page.clock.setFixedTime(new Date('2030-03-01T10:00:00Z'));
    await page.goto(routes.section('de', 'events'));
    await expect(card(page, 'beispiel-magdeburg-abgesagt').locator('.event-status')).toHaveText('abgesagt');
  });

  test('"add to calendar" downloads a file that parses, at the right Berlin time', async ({ page }) => {
    await page.goto(routes.entry('ar', 'events', 'beispiel-halle'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[href$="beispiel-halle.ics"]').click(),
    ]);
    const text = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toContain('هاله');
    expect(event.startDate.toJSDate().toISOString()).toBe('2030-03-14T14:00:00.000Z'); // 15:00 CET
  });

  test('a subscribed calendar shows the weekly session at 16:00 local time all year', async ({ request }) => {
    const text = await (await request.get(routes.calendar('en'))).text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!));
    const weekly = calendar
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .find((e) => e.uid.startsWith('beispiel-online-woechentlich@'))!;
    const iterator = weekly.iterator();
    const berlinTimes = new Set<string>();
    let count = 0;
    for (let next = iterator.next(); next; next = iterator.next()) {
      count++;
      berlinTimes.add(
        new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' }).format(
          next.toJSDate(),
        ),
      );
    }
    expect([...berlinTimes]).toEqual(['16:00']);
    expect(count).toBe(50 - 1); // 9 Jan to 18 Dec 2030, minus the exception
  });
});

test.describe('the events feed', () => {
  test('is well-formed Atom with the upcoming dates, next first (parsed by Chromium)', async ({ page, request }) => {
    const xml = await (await request.get(routes.feed('ar'))).text();
    await page.goto(routes.home('ar'));
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.localName,
        lang: doc.documentElement.getAttribute('xml:lang'),
        links: [...doc.querySelectorAll('entry > link')].map((l) => new URL(l.getAttribute('href')!).pathname),
      };
    }, xml);
    expect(parsed).toMatchObject({ errors: 0, root: 'feed', lang: 'ar' });
    // The Dessau example is over and stays out; the weekly one (from January) comes before Halle (March).
    expect(parsed.links).not.toContain('/ar/veranstaltungen/beispiel-dessau-vergangen/');
    expect(parsed.links.indexOf('/ar/veranstaltungen/beispiel-online-woechentlich/')).toBeLessThan(
      parsed.links.indexOf('/ar/veranstaltungen/beispiel-halle/'),
    );
  });
});

test.describe('past events', () => {
  test('move to an archive that pages through them, in Arabic, by keyboard', async ({ page }) => {
    await page.goto(routes.section('ar', 'events'));
    // The list itself shows no past event, only the way to them.
    await expect(page.locator('a[href$="/beispiel-dessau-vergangen/"]')).toHaveCount(0);
    await page.locator(`a[href="${routes.eventArchive('ar')}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${routes.eventArchive('ar')}$`));
    const cards = page.locator('main .card');
    await expect(cards).toHaveCount(20);
    const firstPage = await cards.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // Newest first: the Dessau example (2026) before the 2024 ones.
    await expect(cards.first()).toContainText('Dessau');
    const pages = page.getByRole('navigation', { name: 'الصفحات' });
    await expect(pages).toContainText('الصفحة 1 من 2');
    await expect(pages.locator('a[rel="prev"]')).toHaveCount(0);

    const next = pages.locator('a[rel="next"]');
    await next.focus();
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${routes.eventArchive('ar', 2)}$`));
    await expect(page).toHaveTitle(/الصفحة 2 من 2/);
    await expect(page.locator('h1')).toContainText('الصفحة 2 من 2');
    // 20 invented past events, the Dessau example and the real 2025 kick-off: the rest after the first 20.
    await expect(cards.first()).toBeVisible();
    const secondPage = await cards.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(secondPage.filter((href) => firstPage.includes(href))).toEqual([]);
    await expect(pages.locator('a[rel="next"]')).toHaveCount(0);
    // In Arabic the "previous" arrow points right, along the reading direction.
    const arrow = pages.locator('a[rel="prev"] .pagination__arrow');
    expect(await arrow.evaluate((el) => getComputedStyle(el).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    expect((await axeViolations(page)).violations).toEqual([]);
    await pages.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(new RegExp(`${routes.eventArchive('ar')}$`));
  });
});

test.describe('the example build', () => {
  test('says on every page that its events are invented', async ({ page }) => {
    for (const locale of allLocales) {
      await page.goto(routes.home(locale.code));
      await expect(page.locator('.example-banner')).toBeVisible();
    }
  });
});
