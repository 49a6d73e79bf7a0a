import { describe, expect, it } from 'vitest';
import { findPhysicalCss } from '../../scripts/check-logical-css.mjs';

const problems = (path: string, source: string) =>
  (findPhysicalCss(path, source) as { line: number }[]).map((p) => p.line);

describe('the logical-CSS check', () => {
  it('finds physical properties and values', () => {
    const css = [
      'a { margin-left: 1rem; }',
      'b { padding-right: 0; }',
      'c { left: 0; }',
      'd { text-align: right; }',
      'e { border-left: 1px solid; }',
      'f { float: left; }',
    ].join('\n');
    expect(problems('x.css', css)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('accepts logical properties', () => {
    expect(
      problems(
        'x.css',
        'a { margin-inline-start: 1rem; inset-inline-end: 0; text-align: start; border-inline-start: 1px solid; }',
      ),
    ).toEqual([]);
  });

  it('reads only the styles of an .astro file, with true line numbers', () => {
    const astro = '---\nconst left = 1;\n---\n<p style="padding-left: 2px">x</p>\n<style>\n  p { right: 0; }\n</style>';
    expect(problems('x.astro', astro)).toEqual([4, 6]);
  });

  it('ignores comments', () => {
    expect(problems('x.css', '/* never margin-left: 0 */ a { color: red; }')).toEqual([]);
  });
});
