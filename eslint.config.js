// Lint: TypeScript rules for .ts, Astro's rules and its accessibility rules (jsx-a11y) for .astro files,
// and the layers of docs/architecture.md as import boundaries.
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/** Import patterns (relative specifiers, any depth) that reach into a folder of the project. */
const folder = (...names) => names.map((name) => `**/${name}/**`);
const renderers = folder('components', 'layouts', 'pages');
const buildOnly = folder('integrations', 'markdown', 'admin', 'scripts', 'tests');

/**
 * One layer: its files may not import the listed folders. The core sits at the bottom and imports nothing
 * of the project; definitions (schemas, UI strings, campaign facts) build on the core only; the logic in
 * src/lib on those; pages, components and the CMS on everything below them, never on each other.
 * For one file the last matching layer wins, so a narrower layer comes after the wider one and repeats its limits.
 */
const layer = (files, forbidden, message, extra = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }, ...extra] }],
  },
});

export default [
  {
    ignores: [
      'dist/',
      'dist-examples/',
      'dist-components/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-strict'],
  {
    rules: {
      // Names starting with _ are deliberately unused (destructuring a field away).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer(['src/core/**'], ['../**'], 'src/core imports nothing of the project: it is what everything else builds on.', [
    {
      regex: '^(?!\\./|node:|temporal-polyfill$)',
      message: 'src/core has no dependencies (Temporal aside): move code that needs a library up into src/lib.',
    },
  ]),
  layer(
    ['src/schemas/**', 'src/i18n/**', 'src/data/**'],
    [...folder('lib', 'schemas', 'i18n', 'data').filter((p) => !p.includes('/data/')), ...renderers, ...buildOnly],
    'Definitions (schemas, UI strings, campaign facts) build on src/core only.',
  ),
  layer(
    ['src/lib/**'],
    [...renderers, ...buildOnly, ...folder('browser')],
    'src/lib is logic under the pages: it may use core, schemas, i18n and data, never components, pages or build code.',
  ),
  layer(
    ['src/lib/formats/**'],
    [...folder('content', 'events', 'search', 'sharing', 'schemas', 'i18n', 'data'), ...renderers, ...buildOnly],
    'Formats (iCalendar, Atom, QR, map projection) know nothing of the site: they take plain values.',
  ),
  layer(
    ['src/markdown/**', 'src/integrations/**'],
    [...renderers, ...folder('browser', 'scripts', 'tests')],
    'Build plugins use src/lib and the definitions (the admin page also the CMS configuration), not pages or components.',
  ),
  layer(
    ['src/components/**', 'src/layouts/**', 'src/pages/**'],
    buildOnly.filter((p) => p !== '**/admin/**'),
    'Pages and components render what src/lib works out; build plugins, scripts and tests are not theirs to import.',
    [
      {
        group: ['astro:content'],
        importNames: ['getCollection', 'getEntry', 'getEntries', 'getLiveCollection', 'getLiveEntry'],
        message:
          'Pages read content through src/lib/content (localizedContent, eventCatalog): German fallback and caching live there.',
      },
    ],
  ),
  layer(
    ['src/browser/**'],
    [...buildOnly, ...renderers, '**/core/berlinTime.ts', '**/schemas/**'],
    'Scripts sent to readers stay small (≤ 5 KB at load): they get facts from the page, not from build modules such as Berlin time (Temporal) or the schemas (zod).',
  ),
  layer(
    ['admin/**'],
    [...renderers, ...folder('integrations', 'markdown', 'scripts', 'tests')],
    'The CMS uses the schemas, core and src/lib; it shares no component with the pages.',
  ),
];
