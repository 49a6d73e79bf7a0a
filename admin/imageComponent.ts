/**
 * „Bild“ in the Markdown editor's „+“ menu: an uploaded image with its
 * description (alt text), written as plain Markdown `![Beschreibung](/uploads/…)`.
 * Decap does not check the fields of an editor component, so the body's
 * check (`validation.ts`, the same as the build's) refuses an image without
 * a description at the field, in German.
 */
import { maxUploadBytes } from './config/widgets.ts';

/** Markdown's own escapes, so a description with brackets cannot break the image. */
const escapeAlt = (alt: string) => alt.replace(/[\\[\]]/g, (c) => `\\${c}`);
const unescapeAlt = (alt: string) => alt.replace(/\\([\\[\]])/g, '$1');
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export const imageComponent = {
  id: 'bild',
  label: 'Bild',
  fields: [
    {
      name: 'src',
      label: 'Bild (JPG, PNG oder WebP, höchstens 1 MB)',
      widget: 'image',
      // Uploads only: an address from another site would make readers' phones fetch from it.
      choose_url: false,
      media_library: { allow_multiple: false, config: { max_file_size: maxUploadBytes } },
    },
    {
      name: 'alt',
      label: 'Bildbeschreibung: Was zeigt das Bild? In der Sprache dieses Textes, ein Satz',
      widget: 'string',
    },
  ],
  pattern: /^!\[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)$/,
  fromBlock: (match: RegExpMatchArray) => ({ alt: unescapeAlt(match[1] ?? ''), src: match[2] ?? '' }),
  toBlock: ({ alt, src }: { alt?: string; src?: string }) => `![${escapeAlt(alt ?? '')}](${src ?? ''})`,
  toPreview: ({ alt, src }: { alt?: string; src?: string }) =>
    `<img src="${escapeHtml(src ?? '')}" alt="${escapeHtml(alt ?? '')}" style="max-inline-size:100%">`,
};
