/**
 * The real CMS, driven through its real UI, against the real decap-server on
 * a temporary copy of the content – then a real build of that copy. Screenshots
 * of the steps are the editors' guide's images (`docs/redaktion/`, `npm run docs:screenshots`), so it stays true.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readFrontMatter } from '../../src/lib/content/translationReport.ts';
import { withoutBlanks } from '../../src/lib/content/blankValues.ts';
// decap-server's port: a free one, DECAP_SERVER_PORT as chosen for this run (tests/e2e/servers.ts).
import { decapServerOrigin, decapServerPort } from '../../src/core/site.ts';
import { builtCmsOrigin, builtCmsPort, devServerPort } from './servers.ts';
import { parseHtml } from '../../src/lib/formats/htmlDocument.ts';

const root = resolve(import.meta.dirname, '../..');
// The editors' guide shows these screenshots. The suite writes them to test-results/ (it changes no tracked
// file); `npm run docs:screenshots` writes them into the guide.
const guideImages = process.env.UPDATE_GUIDE_IMAGES
  ? join(root, 'docs/redaktion')
  : join(root, 'test-results/redaktion');
let project: string;
let decapServer: ChildProcess;
let builtCms: ChildProcess;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: builtCmsOrigin });
// Editors work at a desk: the CMS is tried at a laptop's size.
test.use({
  viewport: { width: 1280, height: 900 },
  isMobile: false,
  hasTouch: false,
  deviceScaleFactor: 1,
  // A German editor's browser, in Berlin: dates show as they will for the campaign's staff.
  locale: 'de-DE',
  timezoneId: 'Europe/Berlin',
});

test.beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'sawd-cms-'));
  for (const entry of ['content', 'public', 'src', 'admin', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, entry), join(project, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  // The test's build checks the content pages; the CMS page (which bundles Decap) is dist/'s (builtSiteForThisRun).
  rmSync(join(project, 'src/pages/admin'), { recursive: true, force: true });
  mkdirSync(guideImages, { recursive: true });
  decapServer = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: project,
    env: {
      ...process.env,
      PORT: String(decapServerPort),
      BIND_HOST: '127.0.0.1',
      MODE: 'fs',
      GIT_REPO_DIRECTORY: project,
    },
    stdio: 'ignore',
    detached: true,
  });
  builtCms = spawn(
    process.execPath,
    [join(root, 'scripts/serve-static.ts'), builtSiteForThisRun(), `--port=${builtCmsPort}`],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  // decap-server answers GET /api/v1 with 404 once it listens.
  await expect
    .poll(async () => (await fetch(`${decapServerOrigin}/api/v1`).catch(() => undefined))?.status, { timeout: 30_000 })
    .toBe(404);
  await expect
    .poll(async () => (await fetch(`${builtCmsOrigin}/admin/`).catch(() => undefined))?.status, { timeout: 30_000 })
    .toBe(200);
});

/**
 * The built site (dist/) with its CMS page pointed at this run's decap-server, in a folder of the
 * test's own, served on loopback like dist/. The build wrote the decap-server address it was made
 * for (8081 unless DECAP_SERVER_PORT was set) into the page's CMS config and Content-Security-Policy;
 * this run's decap-server listens on a free port, so that address is swapped for it – the only
 * change. (Not swapped in the browser: Chromium lets only a page it loaded from loopback reach
 * decap-server on loopback.)
 */
function builtSiteForThisRun(): string {
  const dist = join(root, 'dist');
  const built = readFileSync(join(dist, 'admin/index.html'), 'utf8');
  const config = built.match(/<script type="application\/json" id="cms-config">(.*?)<\/script>/s)?.[1];
  const backend = config && (JSON.parse(config) as { local_backend?: { url: string } }).local_backend;
  if (!backend) throw new Error('dist/admin/ offers no local backend: build it for this machine (no public SITE_URL).');
  const site = join(project, 'built-site');
  mkdirSync(join(site, 'admin'), { recursive: true });
  for (const name of readdirSync(dist)) if (name !== 'admin') symlinkSync(join(dist, name), join(site, name));
  writeFileSync(join(site, 'admin/index.html'), built.replaceAll(new URL(backend.url).origin, decapServerOrigin));
  return site;
}

// The admin page's policy allows no inline script: any script Decap needed would be refused and
// reported here, so the policy can stay that strict only while this stays empty.
let policyViolations: string[] = [];
test.beforeEach(({ page }) => {
  policyViolations = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });
});
test.afterEach(() => {
  expect(policyViolations).toEqual([]);
});

test.afterAll(() => {
  if (decapServer?.pid) process.kill(-decapServer.pid, 'SIGTERM');
  if (builtCms?.pid) process.kill(-builtCms.pid, 'SIGTERM');
  rmSync(project, { recursive: true, force: true });
});

async function openEditor(page: Page, hash: string) {
  await page.goto(`/admin/${hash}`);
  // The local backend has no accounts: its login button just enters.
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByText('Aktuelle Sprache: DE')).toBeVisible({ timeout: 30_000 });
}

async function publish(page: Page) {
  // Decap asks before it publishes; the editor confirms.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByText('Veröffentlichen', { exact: true }).click();
  await page.getByText('Jetzt veröffentlichen', { exact: true }).click();
}

const filesIn = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);
const frontMatterOf = (file: string) => withoutBlanks(readFrontMatter(readFileSync(file, 'utf8')) ?? {});
const bodyOf = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/^---[\s\S]*?\n---\n?/, '')
    .trim();

test('an editor publishes a new event in German and Arabic, and the next build shows it', async ({ page }) => {
  test.setTimeout(240_000);
  const before = new Set(filesIn(join(project, 'content/events/de')));
  await page.goto('/admin/');
  await page.screenshot({ path: join(guideImages, '1-anmelden.png') });
  await openEditor(page, '#/collections/events/new');

  // German, on the left.
  await page.getByLabel('Titel der Veranstaltung').first().fill('Informationstag zur Ausbildung in Köthen');
  await page
    .getByLabel('Kurzbeschreibung der Veranstaltung')
    .first()
    .fill('Vortrag zum Ausbildungssystem und Beratung an vier Stationen, mit Sprachmittlung auf Arabisch.');
  // Date and time as on the poster, typed the German way; the field reads the day back.
  await page
    .getByLabel(/^Beginn/)
    .first()
    .fill('02.04.2030 15:00');
  await expect(page.getByText('Dienstag, 2. April 2030, 15:00 Uhr').first()).toBeVisible();
  await page.getByLabel(/^Ende/).first().fill('02.04.2030 18:00');
  // A select: type the choice and confirm it, as a keyboard user would.
  await page.getByLabel('Präsenz oder online').first().click();
  await page.keyboard.type('Online');
  await page.keyboard.press('Enter');

  // Arabic, on the right: choose the language, then write the translation.
  await page.getByText('Aktuelle Sprache: EN').click();
  await page.getByRole('menuitem', { name: 'ar', exact: true }).click();
  await expect(page.getByText('Aktuelle Sprache: AR')).toBeVisible();
  // Arabic is typed right to left; German stays left to right.
  await expect(page.getByLabel('Titel der Veranstaltung').nth(1)).toHaveCSS('direction', 'rtl');
  await expect(page.getByLabel('Titel der Veranstaltung').first()).toHaveCSS('direction', 'ltr');
  await page.getByLabel('Titel der Veranstaltung').nth(1).fill('يوم معلومات عن التدريب المهني في كوتن');
  await page
    .getByLabel('Kurzbeschreibung der Veranstaltung')
    .nth(1)
    .fill('محاضرة عن نظام التدريب المهني واستشارة في أربع محطات، مع ترجمة إلى العربية.');
  await page.screenshot({ path: join(guideImages, '2-veranstaltung-anlegen.png') });

  // The preview in the site's styles: switched to Arabic, it reads right to left.
  await page.getByRole('button', { name: 'Vorschau' }).click();
  await page.getByText('Aktuelle Sprache: DE').click();
  await page.getByRole('menuitem', { name: 'ar', exact: true }).click();
  const preview = page.locator('iframe').first().contentFrame().locator('main');
  await expect(preview).toHaveAttribute('dir', 'rtl');
  await expect(preview).toHaveAttribute('lang', 'ar');
  await expect(preview.locator('h1')).toHaveText('يوم معلومات عن التدريب المهني في كوتن');
  await page.screenshot({ path: join(guideImages, '3-vorschau-arabisch.png') });

  await publish(page);
  await expect(page.getByText('Veröffentlicht', { exact: true })).toBeVisible({ timeout: 30_000 });
  // Published means saved: no „unsaved changes“ left, and the editor stays in the language she chose.
  await page.getByRole('button', { name: 'Übersetzungen', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Aktuelle Sprache:/ }).nth(1)).toHaveText('Aktuelle Sprache: AR');
  await page.waitForTimeout(1_000);
  await expect(page.getByText('Ungespeicherte Änderungen', { exact: false })).toHaveCount(0);
  await expect(page.getByText('Änderungen gespeichert', { exact: false })).toBeVisible();
  await page.screenshot({ path: join(guideImages, '4-veroeffentlicht.png') });

  const created = filesIn(join(project, 'content/events/de')).filter((f) => !before.has(f));
  expect(created).toHaveLength(1);
  const file = created[0]!;
  const slug = file.replace(/\.md$/, '');
  expect(frontMatterOf(join(project, 'content/events/de', file))).toMatchObject({
    title: 'Informationstag zur Ausbildung in Köthen',
    format: 'online',
    start: '2030-04-02T15:00',
    end: '2030-04-02T18:00',
  });
  expect(frontMatterOf(join(project, 'content/events/ar', file)).title).toBe('يوم معلومات عن التدريب المهني في كوتن');

  // The next build: German and Arabic pages, and German with a notice for English, Russian, Ukrainian.
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  const pageOf = (lang: string) =>
    readFileSync(join(project, 'dist', lang, 'veranstaltungen', slug, 'index.html'), 'utf8');
  expect(pageOf('de')).toContain('Informationstag zur Ausbildung in Köthen');
  expect(pageOf('de')).toMatch(/2\. April 2030/);
  expect(pageOf('de')).toContain('15:00');
  expect(pageOf('ar')).toContain('يوم معلومات عن التدريب المهني في كوتن');
  expect(pageOf('ar')).toContain('dir="rtl"');
  for (const lang of ['en', 'ru', 'uk']) {
    expect(pageOf(lang)).toContain('Informationstag zur Ausbildung in Köthen');
    expect(pageOf(lang)).toContain('class="fallback-notice"');
  }
});

test('an editor adds an image with its description in German and Arabic; without one the CMS refuses, and the next build shows both', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const guide = 'was-ist-eine-ausbildung';
  const fileOf = (lang: string) => join(project, 'content/guides', lang, `${guide}.md`);
  await openEditor(page, `#/collections/guides/entries/${guide}`);
  const chooseImage = async (pane: number, upload: boolean) => {
    await page.locator('[data-slate-editor="true"]').nth(pane).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.getByRole('button', { name: 'Komponente hinzufügen' }).nth(pane).click();
    await page.getByRole('menuitem', { name: 'Bild', exact: true }).click();
    await page.getByText('Wähle ein Bild').last().click();
    if (upload)
      await page
        .locator('input[type="file"]')
        .setInputFiles(join(root, 'tests/fixtures/uploads/stand-der-beratung.png'));
    // A new upload is selected at once; an earlier one is chosen from the library.
    else await page.getByText('stand-der-beratung.png').click();
    await page.getByRole('button', { name: 'Ausgewähltes Element verwenden' }).click();
  };

  // German: the image without its description is refused at the field, and nothing is written.
  const germanBefore = readFileSync(fileOf('de'), 'utf8');
  await chooseImage(0, true);
  await publish(page);
  await expect(page.getByText('Nicht gespeichert: Bitte die rot markierten Felder prüfen.').last()).toBeVisible();
  await expect(page.getByText(/Die Bildbeschreibung \(Alternativtext\) fehlt/).first()).toBeVisible();
  await page.screenshot({ path: join(guideImages, '7-bild-ohne-beschreibung.png') });
  expect(readFileSync(fileOf('de'), 'utf8')).toBe(germanBefore);
  await page
    .getByLabel(/^Bildbeschreibung/)
    .first()
    .fill('Beratung an einem Stand der Kampagne');

  // Arabic, on the right: the same image, described in Arabic, typed right to left.
  await page.getByText('Aktuelle Sprache: EN').click();
  await page.getByRole('menuitem', { name: 'ar', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Aktuelle Sprache:/ }).nth(1)).toHaveText('Aktuelle Sprache: AR');
  await chooseImage(1, false);
  const arabicAlt = page.getByLabel(/^Bildbeschreibung/).nth(1);
  await expect(arabicAlt).toHaveCSS('direction', 'rtl');
  await arabicAlt.fill('استشارة عند أحد أكشاك الحملة');
  await publish(page);
  await expect(page.getByText('Veröffentlicht', { exact: true })).toBeVisible({ timeout: 30_000 });
  expect(bodyOf(fileOf('de'))).toContain('![Beratung an einem Stand der Kampagne](/uploads/stand-der-beratung.png)');
  expect(bodyOf(fileOf('ar'))).toContain('![استشارة عند أحد أكشاك الحملة](/uploads/stand-der-beratung.png)');
  expect(existsSync(join(project, 'public/uploads/stand-der-beratung.png'))).toBe(true);

  // The next build shows the image with its description in each language.
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  const pageOf = (lang: string) => readFileSync(join(project, 'dist', lang, 'ausbildung', guide, 'index.html'), 'utf8');
  const imagesOf = (html: string) =>
    parseHtml(html)
      .all('img')
      .map((img) => ({ src: img.attribute('src'), alt: img.attribute('alt') }));
  expect(imagesOf(pageOf('de'))).toContainEqual({
    src: '/uploads/stand-der-beratung.png',
    alt: 'Beratung an einem Stand der Kampagne',
  });
  expect(imagesOf(pageOf('ar'))).toContainEqual({
    src: '/uploads/stand-der-beratung.png',
    alt: 'استشارة عند أحد أكشاك الحملة',
  });
  expect(existsSync(join(project, 'dist/uploads/stand-der-beratung.png'))).toBe(true);
});

test('under `npm start` publishing does not reload the CMS (the dev server reloads only the site’s pages)', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // The dev server on a port of its own, on the same copy of the content decap-server writes to.
  const dev = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(devServerPort)],
    { cwd: project, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore', detached: true },
  );
  try {
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${devServerPort}/admin/`).catch(() => undefined))?.status, {
        timeout: 60_000,
      })
      .toBe(200);
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(`http://127.0.0.1:${devServerPort}/admin/#/collections/partners/entries/lamsa`);
    // The first visit compiles Decap for the dev server: it may take a while.
    await page.getByRole('button', { name: 'Login' }).click({ timeout: 120_000 });
    await expect(page.getByText('Aktuelle Sprache: DE')).toBeVisible({ timeout: 60_000 });
    await page
      .getByLabel('Was die Organisation für Leserinnen und Leser tut, in einfachen Worten')
      .first()
      .fill('LAMSA bringt Sie mit Migrantenorganisationen und Gemeinschaften in Ihrer Nähe zusammen.');
    await publish(page);
    await expect(page.getByText('Veröffentlicht', { exact: true })).toBeVisible({ timeout: 30_000 });
    // The dev server has seen the changed files by now (it reloads its content within a second).
    await page.waitForTimeout(5_000);
    expect(loads).toBe(1);
    await expect(page.getByText('Aktuelle Sprache: DE')).toBeVisible();
    await expect(page.getByText('Ungespeicherte Änderungen', { exact: false })).toHaveCount(0);
  } finally {
    if (dev.pid) process.kill(-dev.pid, 'SIGTERM');
  }
});

test('a change of the German text offers to mark the translations as older; each translation shows where it stands', async ({
  page,
}) => {
  const guide = 'geld-in-der-ausbildung';
  const fileOf = (lang: string) => join(project, 'content/guides', lang, `${guide}.md`);
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
  const todayShown = today.split('-').reverse().join('.');
  await openEditor(page, `#/collections/guides/entries/${guide}`);
  // Where each translation stands, and plain-language hints on the German text, in the German pane.
  const status = page.locator('[data-translation-status]');
  await expect(status.locator('li[data-locale="ar"]')).toHaveText(
    'Arabisch: aktuell, maschinell unterstützt – noch von keinem Menschen geprüft',
  );
  await expect(page.locator('[data-readability]')).toContainText('Einfache Sprache im deutschen Text');
  await expect(page.locator('[data-outdated-offer]')).toHaveCount(0);

  // German: the content changes – the CMS offers to say so; accepted, every translation is older than German.
  await page
    .getByLabel(/^Zusammenfassung in einem Absatz/)
    .first()
    .fill(
      'In einer dualen Ausbildung zahlt der Betrieb jeden Monat Geld. Das Gesetz legt einen Mindestbetrag fest. Kindergeld und BAB können helfen.',
    );
  const offer = page.locator('[data-outdated-offer]');
  await expect(offer).toContainText('Sie haben den deutschen Text geändert.');
  await offer.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(guideImages, '8-stand-auf-heute.png') });
  await offer.getByRole('button', { name: `Stand auf heute setzen (${todayShown})` }).click();
  await expect(page.getByLabel(/^Stand des Textes/).first()).toHaveValue(todayShown);
  await expect(status.locator('li[data-locale="ar"]')).toContainText('Arabisch: älter als der deutsche Text');

  // Arabic: the translation pane says it is older, and offers to mark it up to date once it is.
  await page.getByText('Aktuelle Sprache: EN').click();
  await page.getByRole('menuitem', { name: 'ar', exact: true }).click();
  const translationOffer = page.locator('[data-translation-offer]');
  await expect(translationOffer).toContainText(
    `Diese Übersetzung ist älter als der deutsche Text (Stand vom ${todayShown})`,
  );
  await publish(page);
  await expect(page.getByText('Veröffentlicht', { exact: true })).toBeVisible({ timeout: 30_000 });
  expect(frontMatterOf(fileOf('de')).updated).toBe(today);
  expect(frontMatterOf(fileOf('ar')).translatedFrom).not.toBe(today);

  await translationOffer.getByRole('button', { name: `Übersetzung ist auf dem Stand vom ${todayShown}` }).click();
  await expect(translationOffer).toHaveCount(0);
  await publish(page);
  await expect(page.getByText('Veröffentlicht', { exact: true })).toBeVisible({ timeout: 30_000 });
  expect(frontMatterOf(fileOf('ar')).translatedFrom).toBe(today);
  await expect(status.locator('li[data-locale="ar"]')).toContainText('Arabisch: aktuell');
});

test('editing a partner in German loses nothing: other languages and fields the CMS does not show stay', async ({
  page,
}) => {
  const folder = (lang: string) => join(project, 'content/partners', lang, 'lamsa.md');
  // A field that only the files know (e.g. added by a developer): it must survive the CMS.
  const german = readFileSync(folder('de'), 'utf8').replace(/^stations:/m, 'nurImDokument: bleibt erhalten\nstations:');
  spawnSync('bash', ['-c', `cat > '${folder('de')}'`], { input: german });
  const before = frontMatterOf(folder('de'));
  const others = ['en', 'ar', 'ru', 'uk'].map((lang) => ({
    lang,
    data: frontMatterOf(folder(lang)),
    body: bodyOf(folder(lang)),
    text: readFileSync(folder(lang), 'utf8'),
  }));

  await openEditor(page, '#/collections/partners/entries/lamsa');
  const description = page.getByLabel('Was die Organisation für Leserinnen und Leser tut, in einfachen Worten').first();
  await description.fill('LAMSA bringt Sie mit Migrantenorganisationen und Gemeinschaften in Ihrer Nähe in Kontakt.');
  await publish(page);
  await expect(page.getByText('Veröffentlicht', { exact: true })).toBeVisible({ timeout: 30_000 });

  const after = frontMatterOf(folder('de'));
  expect(after.description).toBe(
    'LAMSA bringt Sie mit Migrantenorganisationen und Gemeinschaften in Ihrer Nähe in Kontakt.',
  );
  expect(after.nurImDokument).toBe('bleibt erhalten');
  // Facts entered before – the website, the contact details and their source – stay as they were.
  expect(after.website).toBe(before.website);
  expect(after.address).toEqual(before.address);
  expect(after.contactSource).toEqual(before.contactSource);
  for (const { lang, data, body, text } of others) {
    expect(frontMatterOf(folder(lang)), lang).toEqual(data);
    expect(bodyOf(folder(lang)), lang).toBe(body);
    // Not even rewritten: the files stay byte for byte as they were (no `null`s, no folded lines).
    expect(readFileSync(folder(lang), 'utf8'), lang).toBe(text);
  }
});

test('the CMS refuses, in German, an event without a title, an in-person event without its venue, a reserved file name', async ({
  page,
}) => {
  const before = filesIn(join(project, 'content/events/de')).length;
  await openEditor(page, '#/collections/events/new');
  await page
    .getByLabel('Kurzbeschreibung der Veranstaltung')
    .first()
    .fill('Eine Veranstaltung ohne Titel darf nicht gespeichert werden.');
  await publish(page);
  await expect(page.getByText('Nicht gespeichert: Bitte die rot markierten Felder prüfen.').last()).toBeVisible();
  await expect(page.getByText('Titel der Veranstaltung ist erforderlich.').first()).toBeVisible();
  await page.screenshot({ path: join(guideImages, '5-pflichtfeld-fehlt.png') });

  // A rule Decap cannot express – an in-person event needs its venue – is checked by the site's own
  // schema before saving: the CMS refuses, in German, instead of letting the build fail later.
  await page.getByLabel('Titel der Veranstaltung').first().fill('Beratungstag ohne Ort');
  await page.getByLabel('Präsenz oder online').first().click();
  await page.keyboard.type('Präsenz');
  await page.keyboard.press('Enter');
  await publish(page);
  // At the field, in German, and still there after the notice has gone.
  await expect(page.getByText('Nicht gespeichert: Bitte die rot markierten Felder prüfen.').last()).toBeVisible();
  const venueProblem = page.getByText(/Bei Präsenzveranstaltungen den Veranstaltungsort/).first();
  await expect(venueProblem).toBeVisible();
  await page.waitForTimeout(9_000);
  await expect(venueProblem).toBeVisible();

  // The file name comes from the title: "Archiv" would take the address of the event archive.
  const title = page.getByLabel('Titel der Veranstaltung').first();
  // Decap keeps its own caret in text fields: clear by keyboard, as an editor would.
  await title.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type('Archiv');
  await expect(title).toHaveValue('Archiv');
  await publish(page);
  await expect(page.getByText(/„Archiv“ ergäbe die Adresse \/veranstaltungen\/archiv\//)).toBeVisible();
  expect(filesIn(join(project, 'content/events/de'))).toHaveLength(before);
});

test('in the Arabic translation a refusal names the language at the field, and the facts from German are shown there', async ({
  page,
}) => {
  const event = 'auftakt-magdeburg-2025';
  const arabicFile = join(project, 'content/events/ar', `${event}.md`);
  const before = readFileSync(arabicFile, 'utf8');
  await openEditor(page, `#/collections/events/entries/${event}`);
  await page.getByText('Aktuelle Sprache: EN').click();
  await page.getByRole('menuitem', { name: 'ar', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Aktuelle Sprache:/ }).nth(1)).toHaveText('Aktuelle Sprache: AR');
  // The place comes from German: its closed group says what it holds, in both panes.
  await expect(page.getByText('Jugendberufsagentur Magdeburg · Magdeburg · Magdeburg')).toHaveCount(2);
  // …and the stations it offers are shown as chosen, in German and in the translation.
  await expect(page.getByText('Station 4 – Weiterbildung', { exact: true })).toHaveCount(2);
  const description = page.getByLabel('Kurzbeschreibung der Veranstaltung').nth(1);
  await expect(description).toHaveCSS('direction', 'rtl');
  await description.fill('قصير');
  await publish(page);
  await expect(page.getByText('Nicht gespeichert: Bitte die rot markierten Felder prüfen.').last()).toBeVisible();
  const problem = page.getByText(/mindestens 20 Zeichen.*\(Arabisch\)/).first();
  await expect(problem).toBeVisible();
  await page.waitForTimeout(6_000);
  await expect(problem).toBeVisible();
  await page.screenshot({ path: join(guideImages, '9-arabisch-zu-kurz.png') });
  expect(readFileSync(arabicFile, 'utf8')).toBe(before);
});

test('a date that does not exist is refused at the field, in German, and nothing is written; a date alone is kept', async ({
  page,
}) => {
  const folder = join(project, 'content/events/de');
  const before = filesIn(folder).length;
  await openEditor(page, '#/collections/events/new');
  await page.getByLabel('Titel der Veranstaltung').first().fill('Beratungstag mit unmöglichem Datum');
  await page
    .getByLabel('Kurzbeschreibung der Veranstaltung')
    .first()
    .fill('Ein Beratungstag, dessen Datum es im Kalender nicht gibt.');
  await page.getByLabel('Präsenz oder online').first().click();
  await page.keyboard.type('Online');
  await page.keyboard.press('Enter');
  const start = page.getByLabel(/^Beginn/).first();
  await start.fill('30.02.2027 10:00');
  await publish(page);
  await expect(page.getByText('Nicht gespeichert: Bitte die rot markierten Felder prüfen.').last()).toBeVisible();
  await expect(page.getByText('Beginn: Den 30.02.2027 gibt es nicht.').first()).toBeVisible();
  // What was typed stays in the field, and no file was written.
  await expect(start).toHaveValue('30.02.2027 10:00');
  await page.waitForTimeout(2_000);
  expect(filesIn(folder)).toHaveLength(before);
  await page.screenshot({ path: join(guideImages, '6-datum-gibt-es-nicht.png') });

  // The time is not known yet: the date alone is saved, as the hint says.
  await start.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('14.03.2027');
  await expect(page.getByText('Sonntag, 14. März 2027').first()).toBeVisible();
  await publish(page);
  await expect(page.getByText('Veröffentlicht', { exact: true })).toBeVisible({ timeout: 30_000 });
  const file = join(folder, 'beratungstag-mit-unmoglichem-datum.md');
  expect(frontMatterOf(file).start).toBe('2027-03-14');
});
