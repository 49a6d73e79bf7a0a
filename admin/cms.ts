/**
 * The editors' CMS: Decap bundled into the site's own build (never from a
 * CDN), configured from the content schemas (see `cmsConfig.ts`, passed in
 * by the admin page), with previews in the site's own styles.
 */
import CMS from 'decap-cms-app';
import { registerPreviews } from './previews.ts';
import { fileNameProblem, problemsOf } from './validation.ts';
import { checked } from './widgets/checkedControl.ts';
import { dateControl, DatePreview } from './widgets/dateControl.ts';
import { TextVersionControl, TranslatedFromControl } from './widgets/textVersionControl.ts';
import { germanMessages } from './germanMessages.ts';
import { imageComponent } from './imageComponent.ts';
import { keepTranslationPane } from './translationPane.ts';
import { registerContentFileFormat } from './contentFileFormat.ts';

interface ImmutableEntry {
  get: (key: string) => unknown;
}
type ToJs = { toJS: () => Record<string, unknown> };
type Widget = { control: Parameters<typeof checked>[0]; preview?: unknown; schema?: unknown };
type Registry = {
  getWidget: (name: string) => Widget | undefined;
  registerWidget: (name: string, control: unknown, preview?: unknown, schema?: unknown) => void;
  getLocale: (name: string) => Record<string, unknown> | undefined;
  registerLocale: (name: string, phrases: Record<string, unknown>) => void;
};
const cms = CMS as unknown as Registry;

const config = JSON.parse(document.getElementById('cms-config')!.textContent!);
registerPreviews(CMS);

cms.registerWidget('local-date', dateControl(false), DatePreview);
cms.registerWidget('local-date-time', dateControl(true), DatePreview);
cms.registerWidget('text-version', TextVersionControl, DatePreview);
cms.registerWidget('translated-from', TranslatedFromControl, DatePreview);
// Every widget checked with the site's schemas at the field (widgets/checkedControl.ts), names kept
// so Decap's own handling of lists, Markdown and images stays as it is.
for (const name of [
  'string',
  'text',
  'number',
  'boolean',
  'select',
  'relation',
  'object',
  'list',
  'markdown',
  'image',
  'local-date',
  'local-date-time',
  'text-version',
  'translated-from',
]) {
  const widget = cms.getWidget(name);
  if (widget) cms.registerWidget(name, checked(widget.control), widget.preview, widget.schema);
}
cms.registerLocale('de', germanMessages(cms.getLocale('de') ?? {}));
CMS.registerEditorComponent(imageComponent);
// Files written as they are in the repository, so saving one language leaves the other files as they were.
registerContentFileFormat(CMS);

/** A refusal reads as its message in Decap's notice (not „Error: …“). */
class Refusal extends Error {
  override toString() {
    return this.message;
  }
}

// The last check before anything is written: languages not on screen, the file name. Problems in the
// languages shown are already marked at their fields; this notice names field and language.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: ImmutableEntry }) => {
    const collection = entry.get('collection') as string;
    const data = (entry.get('data') as ToJs).toJS();
    const problems = problemsOf(collection, data);
    // A new entry's file name comes from its title only once saved; existing files keep theirs.
    const fileName = entry.get('newRecord') ? fileNameProblem(collection, data.title) : undefined;
    if (fileName) problems.push(`Titel: ${fileName}`);
    const i18n = entry.get('i18n') as ToJs | undefined;
    for (const [locale, version] of Object.entries(i18n?.toJS() ?? {}) as [
      string,
      { data?: Record<string, unknown> },
    ][])
      problems.push(...problemsOf(collection, version.data ?? {}, locale));
    if (problems.length > 0) throw new Refusal(problems.slice(0, 3).join(' · ') + (problems.length > 3 ? ' …' : ''));
    return undefined;
  },
});
CMS.init({ config });
keepTranslationPane();
