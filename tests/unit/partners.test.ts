import { describe, expect, it } from 'vitest';
import { groupByStation, hasContact, officeIn, servesDistrict } from '../../src/lib/content/partners.ts';

describe('who advises where', () => {
  it('statewide partners and those with an office in every district serve every district; regional ones their own', () => {
    expect(servesDistrict({ coverage: 'landesweit', districts: [] }, 'Harz')).toBe(true);
    expect(servesDistrict({ coverage: 'jeder-kreis', districts: [] }, 'Harz')).toBe(true);
    expect(servesDistrict({ coverage: 'regional', districts: ['Magdeburg', 'Harz'] }, 'Harz')).toBe(true);
    expect(servesDistrict({ coverage: 'regional', districts: ['Halle (Saale)'] }, 'Harz')).toBe(false);
  });

  it("finds the reader's office once editors entered it", () => {
    const offices = [{ district: 'Harz' as const, website: 'https://example.org' }];
    expect(officeIn({ offices }, 'Harz')?.website).toBe('https://example.org');
    expect(officeIn({ offices }, 'Stendal')).toBeUndefined();
    expect(hasContact({})).toBe(false);
    expect(hasContact({ phone: '+49 391 000000' })).toBe(true);
  });

  it('lists a partner under each of its stations, then those at none', () => {
    const partner = (slug: string, stations: number[]) => ({ slug, entry: { data: { stations } } });
    const groups = groupByStation([partner('a', [1, 3]), partner('b', [3]), partner('ms', [])]);
    expect(groups.map((g) => [g.station, g.partners.map((p) => p.slug)])).toEqual([
      [1, ['a']],
      [3, ['a', 'b']],
      [undefined, ['ms']],
    ]);
  });
});
