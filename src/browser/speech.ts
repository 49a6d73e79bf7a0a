/**
 * Reading aloud with the device's own voices (Web Speech API), loaded on the
 * first click of a speech button (the page's few-hundred-byte loader in
 * `SpeechLoader.astro` imports it). Two kinds of button:
 *
 * - `data-speak="page"` reads the page's `[data-read]` parts in their own
 *   language (the `lang` around them); German terms inside other text get a
 *   German voice when the device has one. It toggles read / pause / go on;
 *   `data-speak="stop"` ends. Pausing cancels and going on starts the current
 *   paragraph again: `speechSynthesis.pause()` is unreliable on phones.
 * - `data-speak="word"` says its `data-word` with a German voice.
 *
 * Only the device's voices are used (see `chooseVoice`): the text goes to no server.
 * When there is no voice for the language, the page's status line says so.
 */
import {
  chooseVoice,
  planUtterances,
  primaryLanguage,
  type TextPiece,
  type Utterance,
} from '../lib/speech/speechPlan.ts';

const blocks = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd, th, td, caption, figcaption, blockquote, summary, pre';
/** Parts of a readable area that are not text to read: controls, hidden things, pictures. */
const notRead = 'button, script, style, noscript, template, svg, textarea, select, [hidden], [aria-hidden="true"]';

/** The text of the readable parts as pieces, each with its language and block, and the blocks in order. */
function collectPieces(parts: readonly Element[]): { pieces: TextPiece[]; elements: Element[] } {
  const pieces: TextPiece[] = [];
  const elements: Element[] = [];
  for (const part of parts) {
    const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest(notRead)) continue;
      const block = parent.closest(blocks) ?? part;
      if (!elements.includes(block)) elements.push(block);
      pieces.push({
        text: node.textContent ?? '',
        lang: parent.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang,
        block: elements.indexOf(block),
      });
    }
  }
  return { pieces, elements };
}

const readableParts = () => [...document.querySelectorAll('main [data-read]')];
/** The language of the page's text: `<main lang>` (German on a page that shows the German text). */
const contentLanguage = () =>
  primaryLanguage(readableParts()[0]?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);

let voicesLoaded: Promise<SpeechSynthesisVoice[]> | undefined;

/** The device's voices. Browsers load them after the page (`voiceschanged`); a device without any never says so. */
const voices = (synth: SpeechSynthesis) =>
  (voicesLoaded ??= new Promise((resolve) => {
    const now = synth.getVoices();
    if (now.length > 0) return resolve(now);
    const done = () => resolve(synth.getVoices());
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1500);
  }));

/** The page's status line, which also holds the words this script says (`SpeechStatus.astro`). */
const status = document.querySelector<HTMLElement>('[data-speech-status]');
const words = status?.dataset ?? {};
const say = (text = '') => {
  if (status) status.textContent = text;
};
/** "This device has no voice for …" (`data-no-voice-ar`): the page text's language, and German for words. */
const noVoice = (lang: string) => say(words[`noVoice${lang[0]!.toUpperCase()}${lang.slice(1)}`]);
/** The read-aloud button's own label, to put back when reading ends. */
const startLabel = document.querySelector('button[data-speak="page"]')?.textContent ?? '';

/** The reading of the page, if one started: its utterances, where it is, and its buttons. */
let reading:
  { queue: Utterance[]; voices: Map<string, SpeechSynthesisVoice>; elements: Element[]; at: number } | undefined;
let state: 'idle' | 'reading' | 'paused' = 'idle';
/** Counts starts and stops, so an utterance ended by a stop does not go on to the next. */
let run = 0;
/** Held, so the browser does not collect the utterance (and its `end` event) while it speaks. */
let current: SpeechSynthesisUtterance | undefined;

function setState(next: typeof state) {
  state = next;
  for (const button of document.querySelectorAll<HTMLElement>('button[data-speak="page"]')) {
    button.textContent = next === 'reading' ? words.pause! : next === 'paused' ? words.resume! : startLabel;
  }
  for (const stop of document.querySelectorAll<HTMLElement>('[data-speak-stop]')) stop.hidden = next === 'idle';
  for (const block of document.querySelectorAll('[data-reading]')) block.removeAttribute('data-reading');
}

function speak(synth: SpeechSynthesis, text: string, voice: SpeechSynthesisVoice, onEnd: () => void) {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  const ended = () => {
    if (current === utterance) current = undefined;
    onEnd();
  };
  utterance.addEventListener('end', ended);
  // A cancelled utterance ends with an error ("interrupted"); `run` tells the two apart.
  utterance.addEventListener('error', ended);
  current = utterance;
  synth.speak(utterance);
}

function speakNext(synth: SpeechSynthesis) {
  if (!reading) return;
  const utterance = reading.queue[reading.at];
  if (!utterance) {
    setState('idle');
    reading = undefined;
    return;
  }
  const mine = run;
  for (const block of document.querySelectorAll('[data-reading]')) block.removeAttribute('data-reading');
  reading.elements[utterance.block]?.setAttribute('data-reading', '');
  speak(synth, utterance.text, reading.voices.get(utterance.lang)!, () => {
    if (mine !== run || !reading) return;
    reading.at += 1;
    speakNext(synth);
  });
}

function stop(synth: SpeechSynthesis) {
  run += 1;
  synth.cancel();
  current = undefined;
}

async function readPage(synth: SpeechSynthesis) {
  say();
  if (state === 'reading') {
    stop(synth);
    setState('paused');
    return;
  }
  if (state === 'paused' && reading) {
    setState('reading');
    speakNext(synth);
    return;
  }
  const parts = readableParts();
  const mainLang = contentLanguage();
  const available = await voices(synth);
  const voiceFor = new Map<string, SpeechSynthesisVoice>();
  const has = (lang: string) => {
    if (!voiceFor.has(lang)) {
      const voice = chooseVoice(available, lang);
      if (voice) voiceFor.set(lang, voice);
    }
    return voiceFor.has(lang);
  };
  if (!has(mainLang)) {
    noVoice(mainLang);
    return;
  }
  const { pieces, elements } = collectPieces(parts);
  reading = { queue: planUtterances(pieces, mainLang, has), voices: voiceFor, elements, at: 0 };
  stop(synth);
  setState('reading');
  speakNext(synth);
}

async function sayWord(synth: SpeechSynthesis, word: string) {
  say();
  const voice = chooseVoice(await voices(synth), 'de');
  if (!voice) {
    noVoice('de');
    return;
  }
  // A word interrupts the page; the page goes on from its paragraph with its own button.
  if (state === 'reading') setState('paused');
  stop(synth);
  speak(synth, word, voice, () => undefined);
}

let stopOnLeave = false;

/** Handles a click on a speech button. */
async function onSpeechButton(button: HTMLElement): Promise<void> {
  const synth = window.speechSynthesis as SpeechSynthesis | undefined;
  const kind = button.dataset.speak;
  if (!synth || typeof SpeechSynthesisUtterance !== 'function') {
    // No speech in this browser: for the reader, the same as no voice.
    noVoice(kind === 'word' ? 'de' : contentLanguage());
    return;
  }
  if (!stopOnLeave) {
    stopOnLeave = true;
    // Some browsers go on speaking after the reader has left the page.
    addEventListener('pagehide', () => stop(synth));
  }
  if (kind === 'page') await readPage(synth);
  else if (kind === 'word') await sayWord(synth, button.dataset.word ?? '');
  else if (kind === 'stop') {
    stop(synth);
    reading = undefined;
    setState('idle');
    document.querySelector<HTMLElement>('button[data-speak="page"]')?.focus();
  }
}

// The loader passes every click on a speech button on, once this script has loaded.
document.addEventListener('speech', (event) => void onSpeechButton((event as CustomEvent<HTMLElement>).detail));
