import { describe, expect, it } from 'vitest';
import { languageRedirectPatterns } from '../../src/integrations/hostConfig.ts';

/**
 * The patterns nginx uses on `/` (tests/e2e/nginx.spec.ts runs them in the real server), here as
 * JavaScript regular expressions – the same syntax for what they use – on `"<query>|<Accept-Language>"`.
 * nginx keeps the backslash of `\|` in a quoted string, so the file holds exactly these patterns.
 */
const redirect = (query: string, acceptLanguage: string) => {
  const matches = languageRedirectPatterns().filter(({ pattern }) =>
    new RegExp(pattern, 'i').test(`${query}|${acceptLanguage}`),
  );
  expect(matches.length).toBeLessThanOrEqual(1);
  return matches[0]?.to;
};

describe('the start page by Accept-Language', () => {
  it.each([
    ['ar', '/ar/'],
    ['de-DE,de;q=0.9', '/de/'],
    ['fr, uk;q=0.9, de;q=0.8', '/uk/'],
    ['tr, ru, de', '/ru/'],
    ['EN-us', '/en/'],
  ])('%s → %s', (header, to) => expect(redirect('', header)).toBe(to));

  it.each(['fr-FR,fr;q=0.9', 'ukr', 'dex, arb', '*', ''])('%s → the chooser', (header) =>
    expect(redirect('', header)).toBeUndefined(),
  );

  it.each(['sprachen', 'sprachen=', 'a=1&sprachen', 'sprachen&a=1'])('?%s is never redirected', (query) =>
    expect(redirect(query, 'de')).toBeUndefined(),
  );

  it('other queries still redirect', () => expect(redirect('utm=sprachenx', 'de')).toBe('/de/'));
});
