/**
 * Links the first use of each glossary term on a page to its glossary entry,
 * so a reader who meets „Ausbildungsvertrag“ can look it up in their language.
 * Terms are read from `<root>/glossary/de/*.md` (German: `term` and `aliases`
 * are the same in every language's file); links go to the glossary of the
 * page's own language.
 *
 * Applies to the guide, Leichte Sprache and the explanatory pages, not to legal
 * texts, glossary entries themselves or event and partner descriptions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineHastPlugin } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { createTermMatcher, type GlossaryTerm, type TermMatch } from '../lib/content/glossaryMatcher.ts';
import { routes } from '../lib/routes.ts';
import { contentFileOf, type ContentFile } from './languageOfFile.ts';

/** Pages of the `pages` collection that explain things and link terms; legal texts do not. */
const explanatoryPages = new Set(['fuer-eltern', 'kampagne']);

function linksTerms(file: ContentFile): boolean {
  if (file.collection === 'guides' || file.collection === 'leichte-sprache') return true;
  return file.collection === 'pages' && explanatoryPages.has(file.slug);
}

/** Elements whose text is never linked: links themselves, headings, code. */
const skippedElements = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre']);

/** German glossary terms, read once per content root and build. */
const termsByRoot = new Map<string, GlossaryTerm[]>();

export function readGlossaryTerms(root: string): GlossaryTerm[] {
  const cached = termsByRoot.get(root);
  if (cached) return cached;
  const dir = join(root, 'glossary', 'de');
  const terms: GlossaryTerm[] = existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.md'))
        .sort()
        .map((file) => {
          const source = readFileSync(join(dir, file), 'utf8');
          const data = (parseYaml(source.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '') ?? {}) as {
            term?: string;
            aliases?: string[];
          };
          return { slug: file.replace(/\.md$/, ''), forms: [data.term ?? '', ...(data.aliases ?? [])].filter(Boolean) };
        })
    : [];
  termsByRoot.set(root, terms);
  return terms;
}

const matcherByRoot = new Map<string, (text: string) => TermMatch[]>();

export const linkGlossaryTerms = defineHastPlugin({
  name: 'link-glossary-terms',
  text(node, ctx) {
    const file = contentFileOf(ctx.fileURL);
    if (!file || !linksTerms(file)) return;
    let ancestor: ReturnType<typeof ctx.parent> = ctx.parent(node);
    while (ancestor && ancestor.type !== 'root') {
      if (ancestor.type === 'element' && skippedElements.has(ancestor.tagName)) return;
      ancestor = ctx.parent(ancestor);
    }
    let match = matcherByRoot.get(file.root);
    if (!match) {
      match = createTermMatcher(readGlossaryTerms(file.root));
      matcherByRoot.set(file.root, match);
    }
    const linked = ((ctx.data as Record<string, unknown>).glossaryLinked ??= new Set<string>()) as Set<string>;
    const fresh: TermMatch[] = [];
    for (const m of match(node.value)) {
      if (linked.has(m.slug)) continue;
      linked.add(m.slug);
      fresh.push(m);
    }
    if (fresh.length === 0) return;
    const parts: Parameters<typeof ctx.replaceNode>[1] = [];
    let position = 0;
    for (const m of fresh) {
      if (m.index > position) parts.push({ type: 'text', value: node.value.slice(position, m.index) });
      parts.push({
        type: 'element',
        tagName: 'a',
        properties: { href: routes.entry(file.lang, 'glossary', m.slug), className: ['glossary-link'] },
        children: [{ type: 'text', value: m.text }],
      });
      position = m.index + m.text.length;
    }
    if (position < node.value.length) parts.push({ type: 'text', value: node.value.slice(position) });
    ctx.replaceNode(node, parts);
  },
});
