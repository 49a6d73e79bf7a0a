/**
 * Saxony-Anhalt's 11 districts (Landkreise) and 3 district-free cities
 * (kreisfreie Städte), as the state has been divided since the 2007 reform.
 * Names are official German names; they stay German in every language.
 */
export const districts = [
  { name: 'Altmarkkreis Salzwedel', kind: 'Landkreis' },
  { name: 'Anhalt-Bitterfeld', kind: 'Landkreis' },
  { name: 'Börde', kind: 'Landkreis' },
  { name: 'Burgenlandkreis', kind: 'Landkreis' },
  { name: 'Dessau-Roßlau', kind: 'kreisfreie Stadt' },
  { name: 'Halle (Saale)', kind: 'kreisfreie Stadt' },
  { name: 'Harz', kind: 'Landkreis' },
  { name: 'Jerichower Land', kind: 'Landkreis' },
  { name: 'Magdeburg', kind: 'kreisfreie Stadt' },
  { name: 'Mansfeld-Südharz', kind: 'Landkreis' },
  { name: 'Saalekreis', kind: 'Landkreis' },
  { name: 'Salzlandkreis', kind: 'Landkreis' },
  { name: 'Stendal', kind: 'Landkreis' },
  { name: 'Wittenberg', kind: 'Landkreis' },
] as const;

export const districtNames = districts.map((d) => d.name) as unknown as readonly [
  (typeof districts)[number]['name'],
  ...(typeof districts)[number]['name'][],
];
export type DistrictName = (typeof districts)[number]['name'];
