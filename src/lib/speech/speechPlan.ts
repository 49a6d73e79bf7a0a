/**
 * Reading a page aloud with the device's own voices (Web Speech API): which
 * voice speaks a language, and how the page's text becomes utterances. Pure, so
 * it is unit-tested; `src/browser/speech.ts` applies it to the page.
 */

/** What the script needs of a `SpeechSynthesisVoice`. */
export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/**
 * The language of a tag, without region or script: `de-DE`, `de_AT` and `DE` are all `de`.
 *
 * @example primaryLanguage('ar-SA') // 'ar'
 */
export const primaryLanguage = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/** The region a language's voice is preferred from, when the device has several. */
const homeRegion: Readonly<Record<string, string>> = { de: 'de', en: 'gb', ar: 'sa', ru: 'ru', uk: 'ua' };

/**
 * The voice that speaks `lang` on this device, or none. Only voices of the device itself
 * (`localService`): a browser's network voices (Chrome's "Google …" voices) send the text to
 * another company's server, which the site never does. Among the device's voices for the
 * language, the device's default voice wins, then one whose tag names the language's home
 * region (de-DE, ru-RU, uk-UA, en-GB, ar-SA), then the first.
 *
 * @example chooseVoice([{ name: 'Anna', lang: 'de-DE', localService: true, default: false }], 'de')?.name // 'Anna'
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const wanted = primaryLanguage(lang);
  const candidates = voices.filter((voice) => voice.localService && primaryLanguage(voice.lang) === wanted);
  const home = `${wanted}-${homeRegion[wanted] ?? ''}`;
  return (
    candidates.find((voice) => voice.default) ??
    candidates.find((voice) => voice.lang.replace('_', '-').toLowerCase() === home) ??
    candidates[0]
  );
}

/** A run of text in one language inside one block (paragraph, list item, heading) of the page. */
export interface TextPiece {
  text: string;
  /** The language of the element around the text (`lang` attribute). */
  lang: string;
  /** Which block it belongs to, counted in page order: utterances never span two blocks. */
  block: number;
}

export interface Utterance {
  text: string;
  /** Primary language tag (`ar`, `de`). */
  lang: string;
  block: number;
}

/**
 * The utterances that read the pieces aloud: one per block, in the page's main
 * language; a part in another language (a German term inside Arabic text) gets an
 * utterance of its own only when the device has a voice for it – otherwise the
 * main voice reads it with its sentence, rather than leaving a gap. Runs of only
 * spaces and punctuation stay with the text they stand in.
 *
 * @example planUtterances([{ text: 'تذهب إلى ', lang: 'ar', block: 0 }, { text: 'Berufsschule', lang: 'de', block: 0 }, { text: '. عادةً', lang: 'ar', block: 0 }], 'ar', () => true)
 * // [{ text: 'تذهب إلى', lang: 'ar', block: 0 }, { text: 'Berufsschule', lang: 'de', block: 0 }, { text: '. عادةً', lang: 'ar', block: 0 }]
 */
export function planUtterances(
  pieces: readonly TextPiece[],
  mainLang: string,
  hasVoice: (lang: string) => boolean,
): Utterance[] {
  const main = primaryLanguage(mainLang);
  const planned: Utterance[] = [];
  for (const piece of pieces) {
    const own = primaryLanguage(piece.lang);
    const lang = own !== main && hasVoice(own) ? own : main;
    const last = planned.at(-1);
    const sameBlock = last?.block === piece.block;
    if (last && sameBlock && (last.lang === lang || !/[\p{L}\p{N}]/u.test(piece.text))) last.text += piece.text;
    else planned.push({ text: piece.text, lang, block: piece.block });
  }
  return planned
    .map((utterance) => ({ ...utterance, text: utterance.text.replace(/\s+/g, ' ').trim() }))
    .filter((utterance) => /[\p{L}\p{N}]/u.test(utterance.text));
}
