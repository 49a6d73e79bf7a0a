/**
 * axe on each state of the offline copy's offer (German and Arabic): offered, saved (with its delete
 * button), failed (saving without internet) and deleted; and the offline page shown for a page that is
 * not saved (a page type too, `scripts/pageTypes.ts`, so axe.spec.ts checks it with the others).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { LocaleCode } from '../../src/core/locales.ts';
import { routes } from '../../src/lib/routes.ts';
import { axeViolations } from './axe.ts';

const strings = (lang: LocaleCode): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${lang}.json`, import.meta.url), 'utf8'));

async function expectNoViolations(page: Page, state: string) {
  const { violations, passes } = await axeViolations(page);
  expect.soft(violations, state).toEqual([]);
  expect.soft(passes, state).toBeGreaterThan(10);
}

for (const lang of ['de', 'ar'] as const) {
  test(`axe finds no WCAG 2.1 A/AA violation in the offline copy's states (${lang})`, async ({ page, context }) => {
    const t = strings(lang);
    await page.goto(routes.home(lang));
    const offer = page.locator('[data-offline-copy]');
    await expect(offer.getByRole('button', { name: t['offline.save'] })).toBeVisible();
    await expectNoViolations(page, 'offered');

    await context.setOffline(true);
    await offer.getByRole('button', { name: t['offline.save'] }).click();
    await expect(offer.getByRole('status')).toHaveText(t['offline.failed']!);
    await expectNoViolations(page, 'failed');

    await context.setOffline(false);
    await offer.getByRole('button', { name: t['offline.save'] }).click();
    await expect(offer.getByRole('button', { name: t['offline.delete'] })).toBeVisible({ timeout: 30_000 });
    await expectNoViolations(page, 'saved');

    await offer.getByRole('button', { name: t['offline.delete'] }).click();
    await expect(offer.getByRole('status')).toHaveText(t['offline.deleted']!);
    await expectNoViolations(page, 'deleted');

    await page.goto(routes.offlinePage(lang));
    await expect(page.locator('h1')).toHaveText(t['offline.pageTitle']!);
    await expectNoViolations(page, 'offline page');
  });
}
