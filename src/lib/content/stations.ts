/**
 * The four stations of every in-person event, as content: a station's file
 * name is its number (`content/stations/de/1.md`). Pages get stations here,
 * so a missing or misnamed file fails the build with its path.
 */
import { stationNumbers } from '../../schemas/fields.ts';
import type { LocaleCode } from '../../core/locales.ts';
import { getLocalizedEntries, type LocalizedEntry } from './localizedContent.ts';

export interface Station extends LocalizedEntry<'stations'> {
  number: number;
}

/**
 * @throws naming the file when a station file is not named 1 to 4, or one of the four is missing.
 */
export async function getStations(lang: LocaleCode): Promise<Station[]> {
  const entries = await getLocalizedEntries('stations', lang);
  const stations = entries.map((entry) => {
    const number = Number(entry.slug);
    if (!(stationNumbers as readonly number[]).includes(number)) {
      throw new Error(
        `${entry.entry.filePath}: a station's file name is its number, 1.md to 4.md – "${entry.slug}" is not a station.`,
      );
    }
    return { ...entry, number };
  });
  for (const n of stationNumbers) {
    if (!stations.some((s) => s.number === n))
      throw new Error(`content/stations/de/${n}.md is missing: there are four stations.`);
  }
  return stations.sort((a, b) => a.number - b.number);
}

/** One station as readers of `lang` get it. */
export async function getStation(lang: LocaleCode, number: number): Promise<Station> {
  return (await getStations(lang)).find((s) => s.number === number)!;
}
