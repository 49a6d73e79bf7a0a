import { localeCodes } from '../core/locales.ts';

/** `getStaticPaths` for pages that exist once per language. */
export function languageStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}
