// Logical CSS only, so Arabic mirrors by `dir="rtl"` alone: `.css` files and the `<style>` blocks (and
// `style` attributes) of `.astro` files under src/ (`npm run check:css`).
/** @type {import('stylelint').Config} */
export default {
  plugins: ['stylelint-plugin-logical-css'],
  overrides: [{ files: ['**/*.astro'], customSyntax: 'postcss-html' }],
  rules: {
    // margin-left, left, border-right, border-top-left-radius … and width, height, top, bottom too.
    'logical-css/require-logical-properties': true,
    // text-align, float, clear: left/right → start/end, inline-start/inline-end.
    'logical-css/require-logical-keywords': true,
    'logical-css/require-logical-units': [
      true,
      {
        // Fluid type follows the screen (clamp(…, 5vw, …)). In our horizontal scripts vi and vb mean the
        // same as vw and vh, but phones before Chrome 108 / Safari 15.4 do not know them and drop the
        // whole declaration. The newer units (dvh, svh, cqw …) arrived with their logical twins: flagged.
        ignore: ['vw', 'vh'],
      },
    ],
  },
};
