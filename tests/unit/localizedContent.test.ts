/**
 * What a reader of each language gets of a collection (localizedContent), over a few entries and without
 * a build: `astro:content` is replaced by plain entries (astroContentMock.ts); German fallback,
 * translation notices and reference errors are the module's own logic.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collections, entry, now } from './astroContentMock.ts';

vi.mock('astro:content', () => import('./astroContentMock.ts'));

beforeEach(() => {
  vi.useFakeTimers({ now, toFake: ['Date'] });
  collections.clear();
});
afterEach(() => vi.useRealTimers());

describe('localized content: what a reader of each language gets', () => {
  beforeEach(() => {
    collections.set('guides', [
      entry('guides', 'de/ausbildung', { title: 'Was ist eine Ausbildung?', updated: '2026-02-10' }),
      entry('guides', 'ar/ausbildung', {
        title: 'ما هو التدريب المهني؟',
        translatedFrom: '2026-01-05',
        translationStatus: 'maschinell-unterstuetzt',
      }),
      entry('guides', 'en/ausbildung', {
        title: 'What is an apprenticeship?',
        translatedFrom: '2026-02-10',
        translationStatus: 'geprueft',
        reviewedOn: '2026-02-12',
      }),
      entry('guides', 'de/schule', { title: 'Schule' }),
      // Saved but not yet translated: the CMS marks it, readers get German.
      entry('guides', 'ru/schule', { title: '', __unfinishedTranslation: true }),
    ]);
  });

  it('gives a translated entry in its language, with how it was translated', async () => {
    const { getLocalizedEntries } = await import('../../src/lib/content/localizedContent.ts');
    const [english] = (await getLocalizedEntries('guides', 'en')).filter((v) => v.slug === 'ausbildung');
    expect(english).toMatchObject({
      pageLang: 'en',
      contentLang: 'en',
      isFallback: false,
      translatedLangs: ['de', 'en', 'ar'],
      translation: { status: 'geprueft', reviewedOn: '2026-02-12' },
    });
    expect(english!.entry.data.title).toBe('What is an apprenticeship?');
    expect(english!.germanUpdatedSince).toBeUndefined();
  });

  it('falls back to German where a translation is missing or unfinished, with the data for the notice', async () => {
    const { getLocalizedEntries, fallbackAttributes } = await import('../../src/lib/content/localizedContent.ts');
    const russian = await getLocalizedEntries('guides', 'ru');
    expect(russian.map((v) => [v.slug, v.contentLang, v.isFallback])).toEqual([
      ['ausbildung', 'de', true],
      ['schule', 'de', true],
    ]);
    expect(russian[1]!.entry.data.title).toBe('Schule');
    expect(russian[1]!.translation).toBeUndefined();
    // A German card inside a Russian list says it is German, left to right.
    expect(fallbackAttributes(russian[1]!)).toEqual({ lang: 'de', dir: 'ltr' });
    expect(fallbackAttributes((await getLocalizedEntries('guides', 'en'))[0]!)).toEqual({});
  });

  it('marks a translation made from an older German text with the German date', async () => {
    const { getLocalizedEntries } = await import('../../src/lib/content/localizedContent.ts');
    const [arabic] = await getLocalizedEntries('guides', 'ar');
    expect(arabic).toMatchObject({ contentLang: 'ar', germanUpdatedSince: '2026-02-10' });
    expect(arabic!.translation).toEqual({ status: 'maschinell-unterstuetzt', reviewedOn: undefined });
  });

  it('fails on a translation without a German original, naming its file', async () => {
    collections.set('guides', [entry('guides', 'uk/nur-ukrainisch', { title: 'Лише українською' })]);
    const { getLocalizedEntries } = await import('../../src/lib/content/localizedContent.ts');
    await expect(getLocalizedEntries('guides', 'uk')).rejects.toThrow(
      'content/guides/uk/nur-ukrainisch.md: there is no German original',
    );
  });

  it('fails when an entry names a partner that does not exist', async () => {
    collections.set('partners', [entry('partners', 'de/lamsa', { name: 'LAMSA' })]);
    const { referencedPartners } = await import('../../src/lib/content/localizedContent.ts');
    expect((await referencedPartners(['lamsa'], 'ar', 'x.md')).map((p) => [p.slug, p.contentLang])).toEqual([
      ['lamsa', 'de'],
    ]);
    await expect(referencedPartners(['lamsa', 'kausa'], 'ar', 'content/events/de/x.md')).rejects.toThrow(
      'content/events/de/x.md: field "partners" names "kausa", but there is no content/partners/de/kausa.md.',
    );
  });
});
