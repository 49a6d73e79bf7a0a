/**
 * The layers of docs/architecture.md hold because ESLint refuses imports across them. These cases lint
 * one-line files placed in each layer with the project's own ESLint configuration, so a loosened rule fails here.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function importProblems(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['src/core/example.ts', "import { routes } from '../lib/routes.ts';", 'src/core imports nothing of the project'],
    ['src/core/example.ts', "import { z } from 'astro/zod';", 'src/core has no dependencies'],
    ['src/schemas/example.ts', "import { routes } from '../lib/routes.ts';", 'build on src/core only'],
    ['src/i18n/example.ts', "import { guides } from '../schemas/guides.ts';", 'build on src/core only'],
    ['src/lib/formats/example.ts', "import { routes } from '../../lib/content/glossary.ts';", 'Formats'],
    ['src/lib/events/example.ts', "import Card from '../../components/EventCard.astro';", 'src/lib is logic'],
    ['src/components/Example.astro', "import { searchIndex } from '../integrations/searchIndex.ts';", 'Pages'],
    ['src/pages/example.astro', "import { getCollection } from 'astro:content';", 'through src/lib/content'],
    ['src/browser/example.ts', "import { todayInBerlin } from '../core/berlinTime.ts';", 'Scripts sent to readers'],
    ['admin/example.ts', "import Card from '../src/components/EventCard.astro';", 'The CMS'],
  ])('%s may not: %s', async (file, source, message) => {
    const problems = await importProblems(file, file.endsWith('.astro') ? `---\n${source}\n---` : source);
    expect(problems.join('\n')).toContain(message);
  });

  it.each([
    ['src/core/example.ts', "import { localeCodes } from './locales.ts';"],
    ['src/core/example.ts', "import { Temporal } from 'temporal-polyfill';"],
    ['src/schemas/example.ts', "import { districtNames } from '../core/districts.ts';"],
    ['src/lib/events/example.ts', "import { getLocalizedEntries } from '../content/localizedContent.ts';"],
    ['src/pages/example.astro', "import { render } from 'astro:content';"],
    ['src/components/Example.astro', "import { routes } from '../lib/routes.ts';"],
  ])('%s may: %s', async (file, source) => {
    expect(await importProblems(file, file.endsWith('.astro') ? `---\n${source}\n---` : source)).toEqual([]);
  });
});
