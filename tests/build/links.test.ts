import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../scripts/check-links.ts';
import { assertBuilt, distDir } from './dist.ts';

describe('links in the built site', () => {
  it('every internal link, asset, canonical and hreflang alternate resolves to a file', () => {
    assertBuilt();
    const { broken, checked } = findBrokenLinks(distDir);
    expect(broken).toEqual([]);
    // Five languages of header, footer and switcher links alone are hundreds.
    expect(checked).toBeGreaterThan(500);
  });
});
