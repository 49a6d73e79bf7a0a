/**
 * Previews that look like the site: its own stylesheets, and the language and
 * direction of the version previewed – Arabic reads right to left (Decap's
 * preview does not do this by itself, #2524).
 */
import { createElement as h, type ReactNode } from 'react';
import tokens from '../src/styles/tokens.css?raw';
import global from '../src/styles/global.css?raw';
import { locales, type LocaleCode } from '../src/core/locales.ts';

interface ImmutableMap {
  get: (key: string) => unknown;
  getIn: (path: string[]) => unknown;
  findKey?: (predicate: (value: ImmutableMap) => boolean) => string | undefined;
}

interface PreviewProps {
  entry: ImmutableMap;
  widgetFor: (name: string) => ReactNode;
}

/**
 * The language shown: Decap previews the left pane's language by swapping in
 * that language's data, without telling the template which one – so find the
 * language whose data it is.
 */
function previewLocale(entry: ImmutableMap): LocaleCode {
  const data = entry.get('data');
  const i18n = entry.get('i18n') as ImmutableMap | undefined;
  const code = i18n?.findKey?.((value) => value.get('data') === data);
  return code && code in locales ? (code as LocaleCode) : 'de';
}

interface Cms {
  registerPreviewStyle: (style: string, options?: { raw: boolean }) => void;
  registerPreviewTemplate: (name: string, component: (props: PreviewProps) => ReactNode) => void;
}

const collections = ['events', 'guides', 'glossary', 'partners', 'stations', 'pages', 'leichte-sprache'];

function Preview({ entry, widgetFor }: PreviewProps) {
  const { bcp47, dir } = locales[previewLocale(entry)];
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
