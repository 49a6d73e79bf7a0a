/**
 * Whether a translation follows an older state of the German text. Pure and
 * without imports: the build, the translation report and the CMS share it.
 */

/**
 * A translation is older than German when its `translatedFrom` is before the
 * German `updated`, or missing while German has one.
 *
 * @example isTranslationOutdated({ updated: '2026-12-01' }, { translatedFrom: '2026-11-25' }) // true
 */
export function isTranslationOutdated(german: { updated?: string }, translation: { translatedFrom?: string }): boolean {
  if (!german.updated) return false;
  return translation.translatedFrom === undefined || translation.translatedFrom < german.updated;
}
