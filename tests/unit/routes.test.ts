import { describe, expect, it } from 'vitest';
import { absoluteUrl, localeFromPath, routes, switchLocalePath } from '../../src/lib/routes.ts';

describe('URL helpers', () => {
  it('puts every page under its language and sections under German names', () => {
    expect(routes.home('ar')).toBe('/ar/');
    expect(routes.section('ru', 'events')).toBe('/ru/veranstaltungen/');
    expect(routes.entry('uk', 'guides', 'was-ist-eine-ausbildung')).toBe('/uk/ausbildung/was-ist-eine-ausbildung/');
    expect(routes.entry('en', 'pages', 'impressum')).toBe('/en/impressum/');
    expect(routes.entry('de', 'partners', 'lamsa')).toBe('/de/partner/lamsa/');
  });

  it('switching language keeps the rest of the path', () => {
    expect(switchLocalePath('/de/ausbildung/x/', 'ar')).toBe('/ar/ausbildung/x/');
    expect(switchLocalePath('/ru/', 'de')).toBe('/de/');
    expect(switchLocalePath('/uk/404/', 'en')).toBe('/en/404/');
  });

  it('refuses to switch a path that is not in a language folder', () => {
    expect(() => switchLocalePath('/', 'de')).toThrow(/not inside a language folder/);
    expect(() => switchLocalePath('/admin/', 'de')).toThrow();
  });

  it('reads the language from the first path segment only', () => {
    expect(localeFromPath('/ar/partner/')).toBe('ar');
    expect(localeFromPath('/partner/ar/')).toBeUndefined();
    expect(localeFromPath('/')).toBeUndefined();
  });

  it('makes absolute URLs on the configured site', () => {
    expect(absoluteUrl('/de/', 'https://example.org')).toBe('https://example.org/de/');
  });
});
