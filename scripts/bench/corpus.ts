/**
 * A large, realistic corpus for the benchmark, generated deterministically
 * into a folder: the real content plus, in each of the five languages, at
 * least 500 events, 60 guide pages, 80 glossary entries and 40 partners
 * (times `factor`). Generated entries are built from the real ones – their
 * texts in all five languages, their lengths, their structure – so they pass
 * the same schemas and weigh what real pages weigh. Also written as plain
 * Markdown docs for the peer (Starlight).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { districts } from '../../src/core/districts.ts';
import { localeCodes, type LocaleCode } from '../../src/core/locales.ts';

export const languages = localeCodes;
type Lang = LocaleCode;

export const baseCounts = { events: 500, guides: 60, glossary: 80, partners: 40 };

interface Entry {
  frontMatter: string;
  body: string;
}

function readEntry(file: string): Entry {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 4);
  return { frontMatter: text.slice(4, end), body: text.slice(end + 5).trim() };
}

const write = (file: string, entry: Entry) => {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `---\n${entry.frontMatter}\n---\n\n${entry.body}\n`);
};

/** Replace one top-level YAML field's value (single line). */
const setField = (frontMatter: string, field: string, value: string) =>
  new RegExp(`^${field}:`, 'm').test(frontMatter)
    ? frontMatter.replace(new RegExp(`^${field}:.*$`, 'm'), `${field}: ${value}`)
    : `${frontMatter}\n${field}: ${value}`;

const yamlString = (text: string) => JSON.stringify(text);

const eventTitles: Record<Lang, (town: string, n: number) => string> = {
  de: (town, n) => `Informationstag Ausbildung in ${town} (${n})`,
  en: (town, n) => `Information day on vocational training in ${town} (${n})`,
  ar: (town, n) => `يوم معلومات عن التدريب المهني في ${town} (${n})`,
  ru: (town, n) => `День информации о профессиональном обучении: ${town} (${n})`,
  uk: (town, n) => `День інформації про професійне навчання: ${town} (${n})`,
};

/** The entries of one collection in one language, sorted, as templates. */
function templates(contentDir: string, collection: string, lang: Lang, filter: (e: Entry) => boolean = () => true) {
  const folder = join(contentDir, collection, lang);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ slug: name.slice(0, -3), entry: readEntry(join(folder, name)) }))
    .filter(({ entry }) => filter(entry));
}

/** Writes the corpus into `dir/content` and returns the number of generated entries per collection. */
export function generateCorpus(dir: string, factor: number): typeof baseCounts {
  const contentDir = join(dir, 'content');
  rmSync(dir, { recursive: true, force: true });
  cpSync('content', contentDir, { recursive: true });
  const counts = {
    events: baseCounts.events * factor,
    guides: baseCounts.guides * factor,
    glossary: baseCounts.glossary * factor,
    partners: baseCounts.partners * factor,
  };

  for (const lang of languages) {
    const guides = templates('content', 'guides', lang);
    const glossary = templates('content', 'glossary', lang);
    const partners = templates('content', 'partners', lang, (e) => /^coverage: landesweit$/m.test(e.frontMatter));
    const onlineEvent = readEntry(join('content', 'events', lang, 'online-beratung.md'));

    // Guide pages: the real ones plus copies of them, each with its own title and place in the series.
    for (let i = guides.length; i < counts.guides; i++) {
      const template = guides[i % guides.length]!;
      const title = /^title: (.*)$/m.exec(template.entry.frontMatter)![1]!.replace(/^"|"$/g, '');
      let frontMatter = setField(template.entry.frontMatter, 'title', yamlString(`${title} (${i + 1})`));
      frontMatter = setField(frontMatter, 'order', String(i + 1));
      write(join(contentDir, 'guides', lang, `bench-guide-${i + 1}.md`), { frontMatter, body: template.entry.body });
    }
    // Glossary entries: copies with their own German term (a real glossary has distinct words).
    for (let i = glossary.length; i < counts.glossary; i++) {
      const template = glossary[i % glossary.length]!;
      const term = /^term: (.*)$/m.exec(template.entry.frontMatter)![1]!.replace(/^"|"$/g, '');
      let frontMatter = setField(template.entry.frontMatter, 'term', yamlString(`${term}${i + 1}`));
      frontMatter = frontMatter.replace(/^aliases:.*(\n {2}- .*)*/m, 'aliases: []');
      write(join(contentDir, 'glossary', lang, `bench-begriff-${i + 1}.md`), {
        frontMatter,
        body: template.entry.body,
      });
    }
    // Partners: copies of the statewide ones (regional ones would change which office serves a district).
    for (let i = 17; i < counts.partners; i++) {
      const template = partners[i % partners.length]!;
      const name = /^name: (.*)$/m.exec(template.entry.frontMatter)![1]!.replace(/^"|"$/g, '');
      const frontMatter = setField(template.entry.frontMatter, 'name', yamlString(`${name} ${i + 1}`)).replace(
        /^shortName: (.*)$/m,
        (_, short: string) => `shortName: ${yamlString(`${short.replace(/^"|"$/g, '')} ${i + 1}`)}`,
      );
      write(join(contentDir, 'partners', lang, `bench-partner-${i + 1}.md`), {
        frontMatter,
        body: template.entry.body,
      });
    }
    // Events: one a day from 2030 on, across all districts, with a body as long as a real event's.
    for (let i = 0; i < counts.events; i++) {
      const district = districts[i % districts.length]!.name;
      const date = new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10);
      const description = /^description: (.*)$/m.exec(onlineEvent.frontMatter)![1]!;
      const frontMatter = [
        `title: ${yamlString(eventTitles[lang](district, i + 1))}`,
        `description: ${description}`,
        `start: ${date}T${String(14 + (i % 4)).padStart(2, '0')}:00`,
        `end: ${date}T${String(17 + (i % 4)).padStart(2, '0')}:00`,
        'format: in-person',
        'venue:',
        `  name: ${yamlString(`Veranstaltungsort ${i + 1}`)}`,
        `  town: ${yamlString(district)}`,
        `  district: ${yamlString(district)}`,
        `languages: [de, ${['ar', 'ru', 'uk', 'en', 'fa'][i % 5]}]`,
        'stations: [1, 2, 3, 4]',
        'partners: [kausa-landesstelle-sachsen-anhalt, lamsa]',
        ...(lang === 'de' ? [] : ['translationStatus: maschinell-unterstuetzt']),
      ].join('\n');
      write(join(contentDir, 'events', lang, `bench-event-${i + 1}.md`), { frontMatter, body: onlineEvent.body });
    }
  }
  return counts;
}

/**
 * The same corpus as Starlight docs: every entry of every collection as one page per language
 * (title, description, body), German at the root locale's folder `de/`.
 */
export function writePeerDocs(contentDir: string, docsDir: string): number {
  rmSync(docsDir, { recursive: true, force: true });
  let pages = 0;
  for (const collection of ['events', 'guides', 'glossary', 'partners', 'stations', 'pages']) {
    for (const lang of languages) {
      const folder = join(contentDir, collection, lang);
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.md'))) {
        const { frontMatter, body } = readEntry(join(folder, name));
        const title = /^(?:title|term|name): (.*)$/m.exec(frontMatter)?.[1] ?? name;
        const description = /^description: (.*)$/m.exec(frontMatter)?.[1];
        write(join(docsDir, lang, collection, `${name.slice(0, -3)}.md`), {
          frontMatter: [`title: ${title}`, ...(description ? [`description: ${description}`] : [])].join('\n'),
          body: body.replace(/\]\(\/(de|en|ar|ru|uk)\//g, '](/$1/'),
        });
        pages++;
      }
    }
  }
  return pages;
}
