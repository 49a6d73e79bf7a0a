/**
 * The letter box in the browser (`/<lang>/glossar/mein-brief/`): fetches this
 * language's glossary words once (a fixed file; the request carries nothing of
 * the text), then explains the words of the pasted text on the device. The
 * pasted text is only ever put into the page as text nodes, never as HTML.
 */
import type { LocaleCode } from '../core/locales.ts';
import { splitForeignRuns } from '../i18n/foreignRuns.ts';
import { createLetterReader, type FoundWord, type LetterReading, type LetterWord } from '../lib/content/letterWords.ts';

interface Messages {
  found: Record<string, string>;
  none: string;
  empty: string;
  loading: string;
  unavailable: string;
  inText: string;
}

type Child = string | Node;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A German word, isolated so it keeps its place inside right-to-left text, and read out in German. */
const german = (text: string) => element('bdi', { lang: 'de' }, text);

/** Text in the page's language with the German terms in it marked (as `LocalizedText` does on the server). */
const localized = (text: string, lang: LocaleCode): Child[] =>
  splitForeignRuns(text, lang).map((segment) => (segment.lang ? german(segment.text) : segment.text));

function explanation({ word, forms }: FoundWord, lang: LocaleCode, messages: Messages): HTMLLIElement {
  const heading = element('h3', {}, element('a', { href: word.href }, german(word.term)));
  if (word.translation) heading.append(' – ', ...localized(word.translation, lang));
  // An entry not translated yet explains the word in German: marked so.
  const description = word.lang
    ? element('p', { lang: 'de', dir: 'ltr' }, word.description)
    : element('p', {}, ...localized(word.description, lang));
  const item = element('li', {}, heading, description);
  const other = forms.filter((form) => form !== word.term);
  if (other.length > 0) {
    item.append(element('p', { class: 'muted' }, `${messages.inText} `, german(other.join(', '))));
  }
  return item;
}

/** The pasted text again, its glossary words marked. */
const echo = (reading: LetterReading): Child[] =>
  reading.parts.map((part) => (part.slug ? element('mark', {}, part.text) : part.text));

/** Wires up the box and starts fetching the words; returns the box's actions by name (`data-letter-action`). */
function startLetterBox(box: HTMLElement): Record<string, () => void> {
  const textarea = box.querySelector('textarea')!;
  const status = document.querySelector<HTMLElement>('[data-letter-status]')!;
  const none = document.querySelector<HTMLElement>('[data-letter-none]')!;
  const result = document.querySelector<HTMLElement>('[data-letter-result]')!;
  const list = result.querySelector<HTMLElement>('[data-letter-words]')!;
  const echoed = result.querySelector<HTMLElement>('[data-letter-echo]')!;
  const messages = JSON.parse(box.dataset.messages ?? '{}') as Messages;
  const lang = box.dataset.lang as LocaleCode;
  const plural = new Intl.PluralRules(box.dataset.intl);

  let reader: Promise<(text: string) => LetterReading> | undefined;
  const load = () =>
    (reader ??= fetch(box.dataset.words!)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.url}`);
        return response.json() as Promise<LetterWord[]>;
      })
      .then(createLetterReader)
      .catch((error: unknown) => {
        // Let the next try fetch again (the reader may be back online).
        reader = undefined;
        throw error;
      }));
  load().catch(() => undefined);

  const show = (message: string, found: boolean, nothing = false) => {
    status.textContent = message;
    result.hidden = !found;
    none.hidden = !nothing;
  };

  async function explain() {
    const text = textarea.value;
    if (!text.trim()) {
      show(messages.empty, false);
      textarea.focus();
      return;
    }
    status.textContent = messages.loading;
    let read: (text: string) => LetterReading;
    try {
      read = await load();
    } catch {
      show(messages.unavailable, false, true);
      return;
    }
    const reading = read(text);
    if (reading.found.length === 0) {
      show(messages.none, false, true);
      return;
    }
    list.replaceChildren(...reading.found.map((found) => explanation(found, lang, messages)));
    echoed.replaceChildren(...echo(reading));
    const count = reading.found.length;
    show((messages.found[plural.select(count)] ?? '').replace('{{count}}', String(count)), true);
  }

  function clear() {
    textarea.value = '';
    list.replaceChildren();
    echoed.replaceChildren();
    show('', false);
    textarea.focus();
  }

  return { explain: () => void explain(), clear };
}

// The page's loader imports this on first use and passes each button's action on.
const box = document.querySelector<HTMLElement>('[data-letter-box]');
if (box) {
  const actions = startLetterBox(box);
  box.addEventListener('letter-box', (event) => actions[(event as CustomEvent<string>).detail]?.());
}
