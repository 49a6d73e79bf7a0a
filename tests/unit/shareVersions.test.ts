import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/core/locales.ts';
import { routes } from '../../src/lib/routes.ts';
import { perLanguage, shareVersions } from '../../src/lib/sharing/shareVersions.ts';

describe('"send this page in another language"', () => {
  const texts = perLanguage((lang) => `title in ${lang}`);
  const versions = shareVersions('/de/ausbildung/was-ist-eine-ausbildung/', 'https://example.org', texts, (lang) =>
    routes.guideQrCode(lang, 'was-ist-eine-ausbildung'),
  );

  it('offers the page in every language, each with its own address, message and QR code', () => {
    expect(versions.map((v) => v.lang)).toEqual([...localeCodes]);
    const arabic = versions.find((v) => v.lang === 'ar')!;
    expect(arabic).toMatchObject({
      name: 'العربية',
      dir: 'rtl',
      text: 'title in ar',
      url: 'https://example.org/ar/ausbildung/was-ist-eine-ausbildung/',
      qrCode: '/ar/ausbildung/was-ist-eine-ausbildung/qr-code.svg',
    });
  });

  it('keeps the rest of the address and only swaps the language', () => {
    const event = shareVersions('/uk/veranstaltungen/x/', 'https://example.org/', texts, (l) =>
      routes.eventQrCode(l, 'x'),
    );
    expect(event.map((v) => v.url)).toEqual(localeCodes.map((l) => `https://example.org/${l}/veranstaltungen/x/`));
  });

  it('refuses a page outside the language folders, which has no language versions', () => {
    expect(() => shareVersions('/404.html', 'https://example.org', texts, routes.homeQrCode)).toThrow(
      /language folder/,
    );
  });
});
