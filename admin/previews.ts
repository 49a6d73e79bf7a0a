/**
 * Previews that look like the site: its own stylesheets, and the language and
 * direction of the version being edited – Arabic reads right to left (Decap's
 * preview does not do this by itself).
 */
import { createElement as h, type ReactNode } from 'react';
import tokens from '../src/styles/tokens.css?raw';
import global from '../src/styles/global.css?raw';
import { locales, type LocaleCode } from '../src/i18n/locales';

interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown };
  widgetFor: (name: string) => ReactNode;
  locale?: string;
}

interface Cms {
  registerPreviewStyle: (style: string, options?: { raw: boolean }) => void;
  registerPreviewTemplate: (name: string, component: (props: PreviewProps) => ReactNode) => void;
}

const collections = ['events', 'guides', 'glossary', 'partners', 'stations', 'pages', 'leichte-sprache'];

function Preview({ entry, widgetFor, locale }: PreviewProps) {
  const code = (locale && locale in locales ? locale : 'de') as LocaleCode;
  const { bcp47, dir } = locales[code];
  const field = (name: string) => entry.getIn(['data', name]);
  const title = (field('title') ?? field('name') ?? field('term') ?? '') as string;
  const description = (field('description') ?? '') as string;
  return h(
    'main',
    { lang: bcp47, dir, className: 'preview', style: { padding: '1rem', maxInlineSize: '42rem' } },
    h('h1', null, title),
    description ? h('p', { className: 'lead' }, description) : null,
    h('div', { className: 'prose' }, widgetFor('body')),
  );
}

export function registerPreviews(cms: Cms) {
  cms.registerPreviewStyle(tokens, { raw: true });
  cms.registerPreviewStyle(global, { raw: true });
  for (const name of collections) cms.registerPreviewTemplate(name, Preview);
}
