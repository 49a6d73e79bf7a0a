/**
 * The editors' CMS: Decap bundled into the site's own build (never from a
 * CDN), configured from the content schemas (see `cmsConfig.ts`, passed in
 * by the admin page), with previews in the site's own styles.
 */
import CMS from 'decap-cms-app';
import { registerPreviews } from './previews';
import { fileNameProblem, problemsOf } from './validation';

interface ImmutableEntry {
  get: (key: string) => unknown;
}
type ToJs = { toJS: () => Record<string, unknown> };

const config = JSON.parse(document.getElementById('cms-config')!.textContent!);
registerPreviews(CMS);

// A failing check stops the save; Decap shows „Beitrag speichern fehlgeschlagen: …“ with the reasons.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: ImmutableEntry }) => {
    const collection = entry.get('collection') as string;
    const data = (entry.get('data') as ToJs).toJS();
    const problems = problemsOf(collection, data, false);
    // A new entry's file name comes from its title only once saved; existing files keep theirs.
    const fileName = entry.get('newRecord') ? fileNameProblem(collection, data.title) : undefined;
    if (fileName) problems.push(fileName);
    const i18n = entry.get('i18n') as ToJs | undefined;
    for (const [locale, version] of Object.entries(i18n?.toJS() ?? {}) as [
      string,
      { data?: Record<string, unknown> },
    ][])
      problems.push(...problemsOf(collection, version.data ?? {}, true).map((p) => `${locale.toUpperCase()} – ${p}`));
    if (problems.length > 0) throw new Error(problems.join(' · '));
    return undefined;
  },
});
CMS.init({ config });
