// Component examples rendered with Astro's Container API need Astro's Vite plugins (to compile .astro files),
// which the unit tests do without: a config of their own, `vitest run --config vitest.components.config.ts`.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/components/**/*.test.ts'],
    // The examples are written out with their styles for the axe check: CSS is processed, not stubbed.
    css: { include: /.+/ },
  },
});
