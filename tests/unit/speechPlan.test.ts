import { describe, expect, it } from 'vitest';
import { chooseVoice, planUtterances, primaryLanguage, type VoiceLike } from '../../src/lib/speech/speechPlan.ts';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({
  name,
  lang,
  localService,
  default: isDefault,
});

describe('choosing a voice of the device', () => {
  const voices = [
    voice('Google العربية', 'ar-SA', false),
    voice('Maged', 'ar-SA'),
    voice('Anna (Österreich)', 'de-AT'),
    voice('Anna', 'de_DE'),
    voice('Milena', 'ru-RU', true, true),
  ];

  it('takes only voices on the device: a network voice would send the text to another server', () => {
    expect(chooseVoice(voices, 'ar')?.name).toBe('Maged');
    expect(chooseVoice([voice('Google Deutsch', 'de-DE', false)], 'de')).toBeUndefined();
  });

  it('prefers the default voice, then the home region, whatever the tag spelling', () => {
    expect(chooseVoice(voices, 'de')?.name).toBe('Anna');
    expect(chooseVoice(voices, 'ru-RU')?.name).toBe('Milena');
    expect(chooseVoice([voice('Lesya', 'uk'), voice('Other', 'uk-UA')], 'uk')?.name).toBe('Other');
  });

  it('finds none for a language the device does not speak', () => {
    expect(chooseVoice(voices, 'uk')).toBeUndefined();
    expect(chooseVoice([], 'de')).toBeUndefined();
  });

  it('reads the language of a tag', () => {
    expect(primaryLanguage('de-DE')).toBe('de');
    expect(primaryLanguage('AR_sa')).toBe('ar');
    expect(primaryLanguage('uk')).toBe('uk');
  });
});

describe('planning what is read aloud', () => {
  const pieces = [
    { text: 'خلال التدريب تذهب إلى ', lang: 'ar', block: 0 },
    { text: 'Berufsschule', lang: 'de', block: 0 },
    { text: ')، ', lang: 'ar', block: 0 },
    { text: 'عادةً يوماً في الأسبوع.', lang: 'ar', block: 0 },
    { text: '\n  ', lang: 'ar', block: 1 },
    { text: 'العنوان   الثاني', lang: 'ar', block: 2 },
  ];

  it('gives a German term its own utterance when the device has a German voice', () => {
    expect(planUtterances(pieces, 'ar', () => true)).toEqual([
      { text: 'خلال التدريب تذهب إلى', lang: 'ar', block: 0 },
      { text: 'Berufsschule)،', lang: 'de', block: 0 },
      { text: 'عادةً يوماً في الأسبوع.', lang: 'ar', block: 0 },
      { text: 'العنوان الثاني', lang: 'ar', block: 2 },
    ]);
  });

  it('reads the German term with its sentence in the main voice when there is no German voice', () => {
    expect(planUtterances(pieces, 'ar-SA', (lang) => lang === 'ar')).toEqual([
      { text: 'خلال التدريب تذهب إلى Berufsschule)، عادةً يوماً في الأسبوع.', lang: 'ar', block: 0 },
      { text: 'العنوان الثاني', lang: 'ar', block: 2 },
    ]);
  });

  it('never joins two blocks and leaves out blocks with nothing to say', () => {
    const plan = planUtterances(
      [
        { text: 'Titel', lang: 'de', block: 0 },
        { text: ' – ', lang: 'de', block: 1 },
        { text: 'Text', lang: 'de', block: 2 },
      ],
      'de',
      () => true,
    );
    expect(plan).toEqual([
      { text: 'Titel', lang: 'de', block: 0 },
      { text: 'Text', lang: 'de', block: 2 },
    ]);
  });
});
