import { describe, expect, it } from 'vitest';
import { rankResults, searchTypeOf, searchTypes } from '../../src/lib/search/search.ts';
import { searchAttributes, searchMetaValues } from '../../src/lib/search/searchAttributes.ts';
import { collectionNames } from '../../src/core/collections.ts';

describe('search results', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const past = { meta: { type: 'event', ends: '2025-06-26T22:00:00Z' }, id: 'past' };
  const upcoming = { meta: { type: 'event', ends: '2027-01-10T18:00:00Z' }, id: 'upcoming' };
  const guide = { meta: { type: 'guide' }, id: 'guide' };

  it('puts past events after everything else and keeps the rest in order', () => {
    expect(rankResults([past, guide, upcoming], now).map((r) => r.id)).toEqual(['guide', 'upcoming', 'past']);
  });

  it('gives every collection a result type the filter knows', () => {
    for (const collection of collectionNames) expect(searchTypes).toContain(searchTypeOf[collection]);
  });

  it('marks a page for the index with its type, and each fact separately', () => {
    const entry = { type: 'event', meta: { date: '26 June 2025', town: 'Halle (Saale)', ends: undefined } } as const;
    expect(searchAttributes(entry)).toEqual({ 'data-pagefind-body': '', 'data-pagefind-filter': 'type:event' });
    expect(searchMetaValues(entry)).toEqual(['type:event', 'date:26 June 2025', 'town:Halle (Saale)']);
  });
});
