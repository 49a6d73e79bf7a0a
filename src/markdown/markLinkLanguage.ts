/**
 * The Markdown side of `linkLanguageKey`: in English, Arabic, Russian and
 * Ukrainian content, a link to a German-only page is followed by „(auf Deutsch)“
 * in the file's language, so readers know before they tap.
 */
import { defineHastPlugin } from 'satteri';
import { getTranslator } from '../i18n/translator.ts';
import { linkLanguageKey } from '../lib/content/linkLanguage.ts';
import { contentFileOf } from './languageOfFile.ts';

export const markLinkLanguage = defineHastPlugin({
  name: 'mark-link-language',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const lang = contentFileOf(ctx.fileURL)?.lang;
      const href = node.properties?.href;
      if (!lang || typeof href !== 'string') return;
      const key = linkLanguageKey(href, lang);
      if (!key) return;
      ctx.insertAfter(node, [
        { type: 'text', value: ' ' },
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['link-language'] },
          children: [{ type: 'text', value: getTranslator(lang)(key) }],
        },
      ]);
    },
  },
});
