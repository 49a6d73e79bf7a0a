/**
 * axe with the footer's "Text size and contrast" control open, in German and
 * Arabic, in both contrasts (and the largest text); and the feedback block
 * (the build with the example address, which shows it).
 */
import { expect, test } from '@playwright/test';
import { displaySettings, displaySettingsAnchor } from '../../src/lib/displaySettings.ts';
import { pageTypes } from '../e2e/pages.ts';
import { examplesOrigin } from '../e2e/servers.ts';
import { axeViolations } from './axe.ts';

for (const lang of ['de', 'ar'] as const) {
  for (const contrast of displaySettings.contrast.values) {
    test(`axe finds no WCAG 2.1 A/AA violation with the display control open, ${contrast} contrast (${lang})`, async ({
      page,
    }) => {
      await page.addInitScript(
        ([sizeKey, contrastKey, value]) => {
          localStorage.setItem(sizeKey!, 'larger');
          localStorage.setItem(contrastKey!, value!);
        },
        [displaySettings.textSize.storageKey, displaySettings.contrast.storageKey, contrast] as const,
      );
      for (const path of [pageTypes.start(lang), pageTypes.guide(lang)]) {
        await page.goto(path);
        await page.locator(`#${displaySettingsAnchor} summary`).click();
        await expect(page.locator(`#${displaySettingsAnchor} fieldset`).first()).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
        const { violations, passes } = await axeViolations(page);
        expect.soft(violations, path).toEqual([]);
        expect.soft(passes, path).toBeGreaterThan(10);
      }
    });
  }

  test(`axe finds no WCAG 2.1 A/AA violation in the page feedback block (${lang})`, async ({ page }) => {
    await page.goto(`${examplesOrigin}${pageTypes.guide(lang)}`);
    await expect(page.locator('.page-feedback')).toBeVisible();
    const { violations } = await axeViolations(page);
    expect(violations).toEqual([]);
  });
}
