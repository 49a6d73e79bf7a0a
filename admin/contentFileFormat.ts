/**
 * The CMS reads and writes content files as the repository has them (`src/lib/content/contentFile.ts`,
 * also `npm run format:content`): no `null` for empty fields, no folded lines, so saving one language
 * leaves the other files as they were. The collections name the format (`config/collections.ts`);
 * `cms.ts` registers it in the browser.
 */
import type CMS from 'decap-cms-app';
import { formatContentFile, parseContentFile } from '../src/lib/content/contentFile.ts';

/** The name of the CMS's file format for content. */
export const contentFileFormat = 'sawd-frontmatter';

/** Registers the format with Decap, before `CMS.init`. */
export function registerContentFileFormat(cms: Pick<typeof CMS, 'registerCustomFormat'>) {
  cms.registerCustomFormat(contentFileFormat, 'md', {
    fromFile: (text: string) => parseContentFile(text),
    toFile: (data: Record<string, unknown>) => formatContentFile(data),
  });
}
