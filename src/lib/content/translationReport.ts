/**
 * What is translated, what is missing and what is older than its German
 * source, for every collection. Reads the files under `content/` directly
 * (no Astro), so `scripts/check-translations.ts` runs it in plain Node and the
 * unit tests run it on fixtures. Imports carry `.ts` for plain Node.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { defaultLocale, localeCodes, type LocaleCode } from '../../core/locales.ts';
import {
  collectionNames,
  fullyTranslatedCollections,
  isGermanOnly,
  type CollectionName,
} from '../../core/collections.ts';
import { isTranslationOutdated } from './translationFreshness.ts';

export type TranslationState =
  | 'translated'
  /** No file in this language: readers get the German text with a notice. */
  | 'missing'
  /** A file without content – e.g. the 1-byte files Decap writes for locales left blank. */
  | 'empty'
  /** Facts copied by the CMS, but the texts (title, name, description) not yet written. */
  | 'unfinished'
  /** Follows an older German text (`translatedFrom` before the German `updated`, or not given). */
  | 'outdated';

export interface TranslationRow {
  collection: CollectionName;
  slug: string;
  lang: LocaleCode;
  state: TranslationState;
  germanUpdated?: string;
  translatedFrom?: string;
  /** What the translator said (`translationStatus`): machine-assisted or reviewed. */
  translationStatus?: string;
}

export interface TranslationProblem {
  file: string;
  message: string;
}

export interface TranslationReport {
  rows: TranslationRow[];
  /** Errors that fail the check: missing or empty entries in fully translated collections, glossary terms that differ. */
  problems: TranslationProblem[];
}

type FrontMatter = Record<string, unknown>;

/** The front matter of a Markdown file, or undefined when the file has none (empty or broken). */
export function readFrontMatter(source: string): FrontMatter | undefined {
  const block = source.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1];
  if (block === undefined) return undefined;
  const data = parseYaml(block, { schema: 'core' }) as unknown;
  return data && typeof data === 'object' ? (data as FrontMatter) : undefined;
}

/** YAML reads unquoted dates as Date objects; the report compares `YYYY-MM-DD` strings. */
function isoDateOf(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : undefined;
}

const sameList = (a: unknown, b: unknown) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

export function translationReport(contentDir: string): TranslationReport {
  const rows: TranslationRow[] = [];
  const problems: TranslationProblem[] = [];
  for (const collection of collectionNames) {
    if (isGermanOnly(collection)) continue;
    const germanDir = join(contentDir, collection, defaultLocale);
    if (!existsSync(germanDir)) continue;
    const mustBeComplete = (fullyTranslatedCollections as readonly CollectionName[]).includes(collection);
    for (const file of readdirSync(germanDir)
      .filter((name) => name.endsWith('.md'))
      .sort()) {
      const slug = file.replace(/\.md$/, '');
      const german = readFrontMatter(readFileSync(join(germanDir, file), 'utf8')) ?? {};
      const germanUpdated = isoDateOf(german.updated);
      for (const lang of localeCodes.filter((code) => code !== defaultLocale)) {
        const path = join(contentDir, collection, lang, file);
        const shown = `content/${collection}/${lang}/${file}`;
        let state: TranslationState;
        let translatedFrom: string | undefined;
        let translationStatus: string | undefined;
        if (!existsSync(path)) {
          state = 'missing';
        } else {
          const data = readFrontMatter(readFileSync(path, 'utf8'));
          const textKeys = ['title', 'name', 'description'].filter((key) => german[key] !== undefined);
          if (!data || Object.keys(data).length === 0) {
            state = 'empty';
          } else if (textKeys.some((key) => data[key] === undefined || data[key] === null || data[key] === '')) {
            state = 'unfinished';
          } else {
            if (typeof data.translationStatus === 'string') translationStatus = data.translationStatus;
            translatedFrom = isoDateOf(data.translatedFrom);
            state = isTranslationOutdated({ updated: germanUpdated }, { translatedFrom }) ? 'outdated' : 'translated';
            if (collection === 'glossary' && (data.term !== german.term || !sameList(data.aliases, german.aliases))) {
              problems.push({
                file: shown,
                message: `"term" and "aliases" must be the German ones, as in content/glossary/de/${file} (readers look the word up as printed).`,
              });
            }
          }
        }
        if (mustBeComplete && (state === 'missing' || state === 'empty' || state === 'unfinished')) {
          problems.push({ file: shown, message: `${state}: ${collection} must exist in all five languages.` });
        }
        rows.push({
          collection,
          slug,
          lang,
          state,
          ...(germanUpdated ? { germanUpdated } : {}),
          ...(translatedFrom ? { translatedFrom } : {}),
          ...(translationStatus ? { translationStatus } : {}),
        });
      }
    }
  }
  return { rows, problems };
}
