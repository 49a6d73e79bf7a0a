/** Words a reader gets through in a minute; lower than the usual 200–250 because many read in a second language. */
const wordsPerMinute = 160;

/**
 * Minutes to read a Markdown text, at least one.
 *
 * @example readingMinutes('word '.repeat(400)) // 3
 */
export function readingMinutes(markdown: string): number {
  const words = markdown.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
