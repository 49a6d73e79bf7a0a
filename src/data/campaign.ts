/** Content the site's own pages point to by name. A renamed file fails the link check. */

/** The weekly online consultation of the KAUSA-Landesstelle (`content/events/<lang>/online-beratung.md`). */
export const onlineConsultationSlug = 'online-beratung';

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
