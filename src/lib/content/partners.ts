/**
 * Who advises where: which partners serve a district, which office of a
 * "one in every district" partner is the reader's, and the upcoming events a
 * partner takes part in (derived from the events' `partners`, never entered twice).
 */
import type { CollectionEntry } from 'astro:content';
import type { DistrictName } from '../../core/districts.ts';
import { stationNumbers } from '../../schemas/fields.ts';
import type { LocalizedEntry } from './localizedContent.ts';

type PartnerData = CollectionEntry<'partners'>['data'];
type Office = PartnerData['offices'][number];

/** Partners in A–Z order of their (German) names, as every list shows them. */
export const byPartnerName = (a: LocalizedEntry<'partners'>, b: LocalizedEntry<'partners'>) =>
  a.entry.data.name.localeCompare(b.entry.data.name, 'de');

/** Statewide partners and those with an office in every district serve every district; regional ones their own. */
export function servesDistrict(partner: Pick<PartnerData, 'coverage' | 'districts'>, district: DistrictName): boolean {
  return partner.coverage !== 'regional' || partner.districts.includes(district);
}

/** The office of a "one in every district" partner for a district, once editors have entered it. */
export function officeIn(partner: Pick<PartnerData, 'offices'>, district: DistrictName): Office | undefined {
  return partner.offices.find((office) => office.district === district);
}

/** Whether any way to reach the partner (or its office) is known. */
export function hasContact(contact: Partial<Pick<PartnerData, ContactField>>): boolean {
  return !!(contact.website || contact.email || contact.phone || contact.whatsapp || contact.address);
}

/** The fields of a partner's (or an office's) contact details. */
export type ContactField = 'website' | 'email' | 'phone' | 'whatsapp' | 'address' | 'openingHours' | 'contactSource';

export interface StationGroup<P> {
  /** 1–4, or undefined for partners that advise at no station (the ministry leading the campaign). */
  station: number | undefined;
  partners: P[];
}

/**
 * Partners grouped by the stations they advise at (a partner appears under
 * each of its stations), then those at none. Empty groups are left out.
 */
export function groupByStation<P extends { entry: { data: Pick<PartnerData, 'stations'> } }>(
  partners: readonly P[],
): StationGroup<P>[] {
  const groups: StationGroup<P>[] = stationNumbers.map((station) => ({
    station,
    partners: partners.filter((p) => p.entry.data.stations.includes(station)),
  }));
  groups.push({ station: undefined, partners: partners.filter((p) => p.entry.data.stations.length === 0) });
  return groups.filter((g) => g.partners.length > 0);
}

type UpcomingEvents = readonly LocalizedEntry<'events'>[];

/**
 * A partner's events (the events name their partners), from the upcoming,
 * not cancelled events in date order (`eventCatalog`'s `upcoming`).
 */
export const upcomingEventsOf = (partnerSlug: string, upcoming: UpcomingEvents) =>
  upcoming.filter((e) => e.entry.data.partners.includes(partnerSlug));

/** The upcoming events that offer a station, from the same list. */
export const upcomingEventsWithStation = (station: number, upcoming: UpcomingEvents) =>
  upcoming.filter((e) => e.entry.data.stations.includes(station));
