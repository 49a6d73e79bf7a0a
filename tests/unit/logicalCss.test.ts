import { resolve } from 'node:path';
import stylelint from 'stylelint';
import { describe, expect, it } from 'vitest';

/** Lines stylelint flags with the project's configuration (stylelint.config.mjs), as `npm run check:css` runs it. */
async function flaggedLines(file: string, code: string): Promise<number[]> {
  const { results } = await stylelint.lint({
    code,
    codeFilename: resolve('src', file),
    configFile: resolve('stylelint.config.mjs'),
  });
  return results.flatMap((result) => result.warnings.map((warning) => warning.line)).sort((a, b) => a - b);
}

describe('the logical-CSS check (stylelint)', () => {
  it('finds physical properties and values', async () => {
    const css = [
      'a { margin-left: 1rem; }',
      'b { padding-right: 0; }',
      'c { left: 0; }',
      'd { text-align: right; }',
      'e { border-left: 1px solid; }',
      'f { float: left; }',
      'g { border-top-right-radius: 2px; }',
      'h { width: 10rem; }',
    ].join('\n');
    expect(await flaggedLines('x.css', css)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('accepts logical properties, and vw for type that follows the screen', async () => {
    const css =
      'a { margin-inline-start: 1rem; inset-inline-end: 0; text-align: start; border-inline-start: 1px solid; inline-size: 10rem; font-size: clamp(1rem, 5vw, 2rem); }';
    expect(await flaggedLines('x.css', css)).toEqual([]);
  });

  it('flags the newer viewport units, which came with their logical twins', async () => {
    expect(await flaggedLines('x.css', 'a { min-block-size: 100dvh; }')).toEqual([1]);
  });

  it('reads the styles of an .astro file, with true line numbers, and nothing else', async () => {
    const astro =
      '---\nconst left = 1;\n---\n<p style="padding-left: 2px">x</p>\n<p>margin-left: 0;</p>\n<style>\n  p { right: 0; }\n</style>';
    expect(await flaggedLines('x.astro', astro)).toEqual([4, 7]);
  });

  it('ignores comments', async () => {
    expect(await flaggedLines('x.css', '/* never margin-left: 0 */ a { color: red; }')).toEqual([]);
  });
});
