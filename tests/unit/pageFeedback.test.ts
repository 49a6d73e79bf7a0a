import { describe, expect, it } from 'vitest';
import { feedbackMailto } from '../../src/lib/sharing/pageFeedback.ts';

const mail = {
  address: 'redaktion@example.org',
  title: 'Was ist eine Ausbildung? & mehr #1',
  url: 'https://example.org/ar/ausbildung/x/?a=1&b=2',
  lang: 'ar',
  languageName: 'العربية',
  prompt: 'هل تريد أن تخبرنا بشيء آخر؟',
};

describe('the prepared feedback e-mail', () => {
  it('names the answer, the page and its language in subject and body, each part intact', () => {
    const href = feedbackMailto({ ...mail, answer: 'no' });
    expect(href.startsWith('mailto:redaktion@example.org?subject=')).toBe(true);
    // Characters that end a mailto part (&, #, ?) and line breaks are encoded, so nothing spills over.
    expect(href.slice('mailto:'.length)).not.toMatch(/[#\s]|&(?!body=)/);
    // Letters stay letters in the page (a third of the bytes); the browser encodes them when it opens the link.
    expect(href).toContain('العربية');
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe(
      'Rückmeldung (ar): Nein, nicht hilfreich – Was ist eine Ausbildung? & mehr #1',
    );
    expect(url.searchParams.get('body')!.split('\r\n')).toEqual([
      mail.prompt,
      '',
      '',
      '',
      '---',
      'Für die Redaktion:',
      'Antwort: Nein, nicht hilfreich',
      `Seite: ${mail.url}`,
      'Sprache: العربية (ar)',
    ]);
  });

  it('says Yes as yes', () => {
    expect(new URL(feedbackMailto({ ...mail, answer: 'yes' })).searchParams.get('subject')).toMatch(
      /^Rückmeldung \(ar\): Ja, hilfreich – /,
    );
  });
});
