/** Content the site's own pages point to by name. A renamed file fails the link check. */

/** The weekly online consultation of the KAUSA-Landesstelle (`content/events/<lang>/online-beratung.md`). */
export const onlineConsultationSlug = 'online-beratung';

/**
 * Who organises the campaign's events: the KAUSA-Landesstelle „übernimmt die organisatorische
 * Leitung der Veranstaltungen“ (campaign description). Named as organiser in the events' data for search engines.
 */
export const eventOrganiserSlug = 'kausa-landesstelle-sachsen-anhalt';

/**
 * The in-person stops of 2025 as the campaign's report names them: places and
 * how often, no dates (only the kick-off's date is known and has its own entry).
 * Source: the campaign description, figures as of 31.10.2025.
 */
export const stops2025 = {
  cities: [{ district: 'Magdeburg' }, { district: 'Halle (Saale)' }, { district: 'Dessau-Roßlau' }],
  /** Five events took place in the three cities together; how they split is not reported. */
  cityEvents: 5,
  districts: [
    { district: 'Salzlandkreis', times: 2 },
    { district: 'Wittenberg', times: 1 },
    { district: 'Anhalt-Bitterfeld', times: 1 },
    { district: 'Burgenlandkreis', times: 1 },
    { district: 'Börde', times: 1 },
    { district: 'Altmarkkreis Salzwedel', times: 1 },
    { district: 'Saalekreis', times: 1 },
  ],
} as const;

/**
 * The campaign's results January–October 2025, as its report states them
 * (as of 31.10.2025). The campaign page shows them as text, charts and a table.
 */
export const results2025 = {
  asOf: '2025-10-31',
  events: 30,
  participants: 601,
  inPerson: {
    events: 13,
    cities: { events: 5, participants: 225, averageParticipants: 45 },
    districts: { events: 8, participants: 145, averageParticipants: 18 },
  },
  /** Shares of participants as the report gives them: two thirds and one third. */
  audience: { young: 2 / 3, parentsAndCompanions: 1 / 3 },
} as const;

/**
 * Where the 2025 in-person events took place, for the map. The report names
 * cities and districts, not venues: a district's marker stands at its seat
 * (Kreisstadt), which the map says. Coordinates: WGS84, the town centres.
 */
export const places2025 = [
  { district: 'Magdeburg', kind: 'city', lon: 11.628, lat: 52.12 },
  { district: 'Halle (Saale)', kind: 'city', lon: 11.97, lat: 51.483 },
  { district: 'Dessau-Roßlau', kind: 'city', lon: 12.246, lat: 51.835 },
  { district: 'Salzlandkreis', kind: 'district', seat: 'Bernburg (Saale)', lon: 11.739, lat: 51.794, times: 2 },
  { district: 'Wittenberg', kind: 'district', seat: 'Lutherstadt Wittenberg', lon: 12.648, lat: 51.867, times: 1 },
  { district: 'Anhalt-Bitterfeld', kind: 'district', seat: 'Köthen (Anhalt)', lon: 11.971, lat: 51.751, times: 1 },
  { district: 'Burgenlandkreis', kind: 'district', seat: 'Naumburg (Saale)', lon: 11.81, lat: 51.15, times: 1 },
  { district: 'Börde', kind: 'district', seat: 'Haldensleben', lon: 11.409, lat: 52.289, times: 1 },
  { district: 'Altmarkkreis Salzwedel', kind: 'district', seat: 'Salzwedel', lon: 11.15, lat: 52.85, times: 1 },
  { district: 'Saalekreis', kind: 'district', seat: 'Merseburg', lon: 11.993, lat: 51.355, times: 1 },
] as const;

/**
 * The campaign's contact e-mail address, where readers' page feedback ("Did this page help you?")
 * goes as a prepared e-mail. **Empty until the editors enter it:** the campaign description names no
 * address, and none is invented. While it is empty, pages show no feedback block and every build
 * warns (`src/integrations/editorialGaps.ts`). Enter the address here – the one place – and rebuild.
 */
export const campaignContact = { email: '' } as const;
