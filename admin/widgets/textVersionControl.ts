/**
 * The two dates that keep translations honest, with what editors need next to them:
 *
 * - „Stand des Textes“ (`updated`, German pane): when the German text was changed in
 *   this session, an offer to set today's date – which marks every translation as
 *   older than German, so readers see the notice above it until it is brought up to
 *   date; the state of each translation (missing, not finished, older than German,
 *   machine-assisted, by a person, reviewed) and plain-language hints on the German
 *   text (long sentences and words, as `npm run check:readability` reports them).
 * - „Übersetzt aus dem Stand vom“ (`translatedFrom`, translation pane): when the
 *   translation is older than German, an offer to mark it as following the German
 *   text of that date, once it has been brought up to date.
 *
 * Both are the date field of `dateControl.ts` (typed and checked the same way) with
 * a panel below; the panel refreshes every second from the entry being edited.
 */
import { createElement as h, type ReactNode } from 'react';
import { defaultLocale, localeCodes } from '../../src/core/locales.ts';
import { withoutBlanks, isUnfinished } from '../../src/lib/content/blankValues.ts';
import { todayInBerlin } from '../../src/core/berlinTime.ts';
import { readability, readabilityLimits } from '../../src/lib/content/readability.ts';
import { isTranslationOutdated } from '../../src/lib/content/translationFreshness.ts';
import type { CollectionName } from '../../src/core/collections.ts';
import { schemas } from '../../src/schemas/index.ts';
import { displayDateInput } from '../dateInput.ts';
import { cmsFieldsOf, isTranslatedText, languageName } from '../validation.ts';
import { dateControl } from './dateControl.ts';

interface ImmutableLike {
  get: (key: string) => unknown;
  getIn: (path: string[]) => unknown;
}

type Data = Record<string, unknown>;

const toData = (value: unknown): Data =>
  withoutBlanks(((value as { toJS?: () => unknown } | undefined)?.toJS?.() as Data | undefined) ?? {});

const germanDate = (iso: string | undefined) => (iso ? displayDateInput(iso) : '');

/** How a translation stands, in the editor's words. */
export function translationState(collection: string, german: Data, translation: Data): string {
  const texts = cmsFieldsOf(collection).filter(isTranslatedText);
  if (!texts.some((field) => field.name in translation)) return 'fehlt – Leserinnen und Leser sehen den deutschen Text';
  const schema = schemas[collection as CollectionName];
  if (schema && isUnfinished(schema, translation))
    return 'begonnen, noch nicht fertig – es erscheint der deutsche Text';
  if (isTranslationOutdated(german as { updated?: string }, translation as { translatedFrom?: string }))
    return `älter als der deutsche Text (übersetzt aus dem Stand vom ${germanDate(translation.translatedFrom as string | undefined) || '–'}, Deutsch: ${germanDate(german.updated as string)})`;
  const status = translation.translationStatus;
  if (status === 'maschinell-unterstuetzt') return 'aktuell, maschinell unterstützt – noch von keinem Menschen geprüft';
  if (status === 'von-person') return 'aktuell, von einer Person übersetzt';
  if (status === 'geprueft')
    return `aktuell, geprüft${translation.reviewedOn ? ` am ${germanDate(translation.reviewedOn as string)}` : ''}`;
  return 'aktuell (wie übersetzt wurde, ist nicht angegeben)';
}

/** The German text fields an editor changes when the content changes (not dates, not notes). */
const textFingerprint = (collection: string, german: Data) =>
  JSON.stringify(
    cmsFieldsOf(collection)
      .filter(isTranslatedText)
      .map((field) => german[field.name] ?? null),
  );

const panelStyle = {
  margin: '0.75em 0 0',
  padding: '0.75em 1em',
  border: '1px solid #c9cdd6',
  borderRadius: '6px',
  background: '#f6f8fb',
  fontSize: '0.9rem',
  lineHeight: 1.45,
};
const buttonStyle = {
  marginBlockStart: '0.5em',
  padding: '0.45em 0.9em',
  border: '0',
  borderRadius: '5px',
  background: '#0f4c81',
  color: '#ffffff',
  font: 'inherit',
  fontWeight: 700,
  cursor: 'pointer',
};

interface PanelProps {
  getEntry?: () => ImmutableLike;
  collection?: ImmutableLike;
  locale?: string;
  value?: unknown;
  onChange: (value: string) => void;
}

function withPanel(panel: 'german' | 'translation') {
  const DateControl = dateControl(false);
  return class TextVersionControl extends DateControl {
    declare props: InstanceType<typeof DateControl>['props'] & PanelProps;
    timer: ReturnType<typeof setInterval> | undefined;
    /** The German text as the entry was opened: a change of it prompts the offer. */
    openedWith: string | undefined;
    tick = 0;

    override componentDidMount() {
      this.timer = setInterval(() => {
        this.tick++;
        this.forceUpdate();
      }, 1000);
    }

    override componentWillUnmount() {
      clearInterval(this.timer);
    }

    get collectionName() {
      return String(this.props.collection?.get('name') ?? '');
    }

    german(entry: ImmutableLike) {
      return toData(entry.get('data'));
    }

    renderPanel(): ReactNode {
      const entry = this.props.getEntry?.();
      const collection = this.collectionName;
      if (!entry || !collection) return null;
      const german = this.german(entry);
      if (panel === 'translation') {
        const locale = this.props.locale ?? defaultLocale;
        if (locale === defaultLocale) return null;
        const translation = toData(entry.getIn(['i18n', locale, 'data']));
        const updated = german.updated as string | undefined;
        if (!updated || !isTranslationOutdated({ updated }, translation as { translatedFrom?: string })) return null;
        return h(
          'div',
          { style: panelStyle, lang: 'de', dir: 'ltr', 'data-translation-offer': '' },
          h(
            'p',
            { style: { margin: 0 } },
            `Diese Übersetzung ist älter als der deutsche Text (Stand vom ${germanDate(updated)}). Leserinnen und Leser sehen darüber einen Hinweis.`,
          ),
          h(
            'button',
            { type: 'button', style: buttonStyle, onClick: () => this.props.onChange(updated) },
            `Übersetzung ist auf dem Stand vom ${germanDate(updated)}`,
          ),
        );
      }
      // Decap also shows the German-only field in the translation pane: the panel belongs to German.
      if ((this.props.locale ?? defaultLocale) !== defaultLocale) return null;
      const fingerprint = textFingerprint(collection, german);
      this.openedWith ??= fingerprint;
      const today = todayInBerlin();
      const changed = fingerprint !== this.openedWith && this.props.value !== today;
      const limits = readabilityLimits[collection as keyof typeof readabilityLimits];
      const hints = limits && typeof german.body === 'string' ? readability(german.body, limits) : undefined;
      const translations = collection === 'leichte-sprache' ? [] : localeCodes.filter((code) => code !== defaultLocale);
      return h(
        'div',
        { style: panelStyle, lang: 'de', dir: 'ltr', 'data-text-version-panel': '' },
        changed &&
          h(
            'div',
            { 'data-outdated-offer': '', role: 'status', style: { marginBlockEnd: '0.75em' } },
            h('p', { style: { margin: 0, fontWeight: 700 } }, 'Sie haben den deutschen Text geändert.'),
            h(
              'p',
              { style: { margin: '0.25em 0 0' } },
              'Hat sich der Inhalt geändert (nicht nur ein Tippfehler)? Dann den Stand auf heute setzen: Die Übersetzungen zeigen den Leserinnen und Lesern einen Hinweis, bis sie nachgezogen sind.',
            ),
            h(
              'button',
              { type: 'button', style: buttonStyle, onClick: () => this.props.onChange(today) },
              `Stand auf heute setzen (${germanDate(today)})`,
            ),
          ),
        translations.length > 0 &&
          h(
            'div',
            { 'data-translation-status': '' },
            h('p', { style: { margin: 0, fontWeight: 700 } }, 'Übersetzungen'),
            h(
              'ul',
              { style: { margin: '0.25em 0 0', paddingInlineStart: '1.2em' } },
              translations.map((code) =>
                h(
                  'li',
                  { key: code, 'data-locale': code },
                  `${languageName(code)}: ${translationState(collection, german, toData(entry.getIn(['i18n', code, 'data'])))}`,
                ),
              ),
            ),
          ),
        hints &&
          h(
            'div',
            { 'data-readability': '', style: { marginBlockStart: '0.75em' } },
            h('p', { style: { margin: 0, fontWeight: 700 } }, 'Einfache Sprache im deutschen Text'),
            hints.longSentences.length === 0 && hints.longWords.length === 0
              ? h(
                  'p',
                  { style: { margin: '0.25em 0 0' } },
                  `Alle Sätze haben höchstens ${limits.maxWords} Wörter. Gut so.`,
                )
              : h(
                  'ul',
                  { style: { margin: '0.25em 0 0', paddingInlineStart: '1.2em' } },
                  hints.longSentences
                    .slice(0, 3)
                    .map((sentence, i) =>
                      h(
                        'li',
                        { key: `s${i}` },
                        `Satz mit ${sentence.words} Wörtern (höchstens ${limits.maxWords}): „${sentence.text.slice(0, 120)}${sentence.text.length > 120 ? '…' : ''}“ – teilen Sie ihn.`,
                      ),
                    ),
                  hints.longWords.length > 0 &&
                    h(
                      'li',
                      { key: 'w' },
                      `Lange Wörter: ${hints.longWords.slice(0, 5).join(', ')} – amtliche Begriffe bleiben; erklären Sie sie oder verlinken Sie das Glossar.`,
                    ),
                ),
          ),
      );
    }

    override render() {
      return h('div', null, super.render(), this.renderPanel());
    }
  };
}

/** „Stand des Textes“ in the German pane. */
export const TextVersionControl = withPanel('german');
/** „Übersetzt aus dem Stand vom“ in a translation pane. */
export const TranslatedFromControl = withPanel('translation');
