/**
 * The Markdown side of `splitForeignRuns`: in Arabic, Russian and Ukrainian
 * content, German terms are wrapped in `<bdi lang="de">`. The language comes
 * from the file's folder, `<collection>/<lang>/<slug>.md`.
 */
import { defineHastPlugin } from 'satteri';
import { splitForeignRuns } from '../i18n/foreignRuns.ts';
import { contentFileOf } from './languageOfFile.ts';

export const markGermanTerms = defineHastPlugin({
  name: 'mark-german-terms',
  text(node, ctx) {
    const lang = contentFileOf(ctx.fileURL)?.lang;
    if (!lang) return;
    const parent = ctx.parent(node);
    // Already isolated (by this plugin or by hand).
    if (parent?.type === 'element' && parent.tagName === 'bdi') return;
    const segments = splitForeignRuns(node.value, lang);
    if (segments.length === 1 && !segments[0]!.lang) return;
    ctx.replaceNode(
      node,
      segments.map((segment) =>
        segment.lang
          ? {
              type: 'element',
              tagName: 'bdi',
              properties: { lang: segment.lang },
              children: [{ type: 'text', value: segment.text }],
            }
          : { type: 'text', value: segment.text },
      ),
    );
  },
});
