#!/usr/bin/env node
/**
 * The benchmark: reports, never fails on numbers (budgets are tests in the suite).
 *
 * - Builds a generated corpus (scripts/bench/corpus.ts: ≥ 500 events, 60 guide pages, 80 glossary
 *   entries, 40 partners in each of five languages) and reports build wall time, ms per page, peak
 *   memory, dist/ size, the Pagefind index per language, bytes and requests at load per page type,
 *   the bytes of a first search per language, and the offline copy per language (scripts/bench-offline.ts).
 * - Builds the same corpus with Astro Starlight in the same five languages (the peer) and reports
 *   ratios ours ÷ peer.
 * - Lighthouse (mobile) for the German and Arabic start, event and guide pages of the real site
 *   (the median of three runs each).
 * - Build time at 1×, 2× and 4× the corpus.
 *
 * Usage: npm run bench [-- --json] [-- --skip-lighthouse --skip-peer --skip-growth]
 * Output: a table, and bench-results.json in node_modules/.cache/bench/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCorpus, languages, writePeerDocs } from './bench/corpus.ts';
import { measureFirstSearch } from './bench-search.ts';
import { measureOfflineCopies, printOfflineCopies } from './bench-offline.ts';
import { languagePageTypes, realExamples, type PageType } from './pageTypes.ts';
import { measurePage } from './size-report.ts';

const args = new Set(process.argv.slice(2));
const work = resolve('node_modules/.cache/bench');
mkdirSync(work, { recursive: true });
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

interface BuildRun {
  seconds: number;
  pages: number;
  msPerPage: number;
  peakMemoryMb: number;
}

/** Resident memory of a process and all its children, from /proc (Linux). */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while reading.
    }
  }
  let total = 0;
  const visit = (pid: number) => {
    total += rss.get(pid) ?? 0;
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return total;
}

const countFiles = (dir: string, suffix: string): number =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(suffix))
    .length;

const folderBytes = (dir: string): number =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);

/** Runs a build command, measuring wall time and the peak memory of its process tree. */
async function timedBuild(
  command: string[],
  cwd: string,
  env: Record<string, string>,
  outDir: string,
): Promise<BuildRun> {
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  let peak = 0;
  const poll = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  clearInterval(poll);
  if (code !== 0) throw new Error(`${command.join(' ')} failed:\n${stderr}`);
  const seconds = (performance.now() - started) / 1000;
  const pages = countFiles(outDir, '.html');
  return { seconds, pages, msPerPage: (seconds * 1000) / pages, peakMemoryMb: peak / 1024 / 1024 };
}

const astro = [process.execPath, resolve('node_modules/astro/bin/astro.mjs'), 'build'];
/** The corpus's preview images, apart from the site's: emptied before the first 1× build, so it draws them all. */
const imageCache = join(work, 'share-images');

async function buildOurs(factor: number, label: string) {
  const dir = join(work, `corpus-${factor}x`);
  const counts = generateCorpus(dir, factor);
  const outDir = join(dir, 'dist');
  log(`building ours at ${factor}× (${label}) …`);
  const run = await timedBuild(
    astro,
    process.cwd(),
    { CONTENT_DIR: join(dir, 'content'), OUT_DIR: outDir, SHARE_IMAGES_CACHE: imageCache },
    outDir,
  );
  return { dir, outDir, counts, run };
}

// The real content, as deployed (also what Lighthouse measures below).
const realOut = join(work, 'real-dist');
log('building the real content …');
const real = await timedBuild(astro, process.cwd(), { OUT_DIR: realOut }, realOut);

/** Ours at 1×: builds twice so the second run shows the daily rebuild with the image cache warm. */
rmSync(imageCache, { recursive: true, force: true });
const ours = await buildOurs(1, 'first run, preview images drawn');
const oursCached = await buildOurs(1, 'again, preview images from the cache');

// A generated event and partner: pages as the corpus makes them, beside the real guide page.
const corpusPageTypes = languagePageTypes({ ...realExamples, event: 'bench-event-1', partner: 'bench-partner-18' });
const measuredTypes: PageType[] = ['start', 'eventList', 'event', 'guide', 'partner', 'search'];
const perPageType = measuredTypes.flatMap((type) =>
  (['de', 'ar'] as const).map((lang) => {
    const page = measurePage(oursCached.outDir, corpusPageTypes[type](lang));
    return {
      type,
      lang,
      html: page.html,
      css: { raw: page.css.raw, gzip: page.css.gzip },
      js: page.js,
      requests: page.requests,
      totalGzip: page.html.gzip + page.css.gzip + page.js.gzip,
    };
  }),
);
const pagefindIndex = Object.fromEntries(
  languages.map((lang) => [
    lang,
    readdirSync(join(oursCached.outDir, 'pagefind'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && new RegExp(`(^|[._])${lang}[._]`).test(e.name))
      .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0),
  ]),
);
log('first search per language …');
const firstSearch = await measureFirstSearch(oursCached.outDir, 4393);
// "Save this language for reading without internet": what one language's copy downloads and stores.
const offlineCopy = { realContent: measureOfflineCopies(realOut), corpus: measureOfflineCopies(oursCached.outDir) };

// The peer: Astro Starlight with the same corpus, the same five languages (Arabic right to left).
let peer: (BuildRun & { pageBytesGzip: number }) | undefined;
if (!args.has('--skip-peer')) {
  const peerDir = join(work, 'peer');
  if (!existsSync(join(peerDir, 'node_modules/@astrojs/starlight'))) {
    log('installing the peer (Astro Starlight) once …');
    mkdirSync(peerDir, { recursive: true });
    writeFileSync(
      join(peerDir, 'package.json'),
      JSON.stringify({
        name: 'bench-peer',
        private: true,
        type: 'module',
        dependencies: { astro: '^7.3.5', '@astrojs/starlight': '^0.42.4' },
      }),
    );
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: peerDir,
      stdio: 'inherit',
    });
    if (install.status !== 0) throw new Error('npm install of the peer failed');
  }
  writeFileSync(
    join(peerDir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({
    title: 'Sachsen-Anhalt will dich',
    defaultLocale: 'de',
    locales: {
      de: { label: 'Deutsch', lang: 'de' }, en: { label: 'English', lang: 'en' },
      ar: { label: 'العربية', lang: 'ar', dir: 'rtl' }, ru: { label: 'Русский', lang: 'ru' },
      uk: { label: 'Українська', lang: 'uk' },
    },
  })],
});
`,
  );
  mkdirSync(join(peerDir, 'src'), { recursive: true });
  writeFileSync(
    join(peerDir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writePeerDocs(join(ours.dir, 'content'), join(peerDir, 'src/content/docs'));
  log('building the peer …');
  const outDir = join(peerDir, 'dist');
  const run = await timedBuild(
    [process.execPath, join(peerDir, 'node_modules/astro/bin/astro.mjs'), 'build'],
    peerDir,
    {},
    outDir,
  );
  // One content page at load: its HTML, stylesheets and module scripts, gzip.
  const page = readFileSync(join(outDir, 'de/events/bench-event-1/index.html'), 'utf8');
  const assets = [...page.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
  const pageBytesGzip =
    gzipSync(page).length +
    [...new Set(assets)].reduce((sum, a) => sum + gzipSync(readFileSync(join(outDir, a))).length, 0);
  peer = { ...run, pageBytesGzip };
}

// Lighthouse, mobile, on the real content's build, served on loopback.

/** Lighthouse runs per page; the table shows the median run. */
const lighthouseRuns = 3;

/** One Lighthouse run (mobile) with the system Chromium. */
function lighthouseRun(url: string) {
  const result = spawnSync(
    'npx',
    [
      '--yes',
      'lighthouse@13.5.0',
      url,
      '--output=json',
      '--quiet',
      '--form-factor=mobile',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ],
    { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed: ${result.stderr}`);
  const report = JSON.parse(result.stdout);
  const score = (category: string) => Math.round(report.categories[category].score * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
    cls: Number(report.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
  };
}

const lighthouse: ({ page: string } & ReturnType<typeof lighthouseRun>)[] = [];
if (!args.has('--skip-lighthouse')) {
  const port = 4394;
  const server = spawn(process.execPath, ['scripts/serve-static.ts', realOut, `--port=${port}`], { stdio: 'ignore' });
  await new Promise((done) => setTimeout(done, 800));
  try {
    for (const lang of ['de', 'ar']) {
      for (const [name, path] of [
        ['start', `/${lang}/`],
        ['event', `/${lang}/veranstaltungen/online-beratung/`],
        ['guide', `/${lang}/ausbildung/was-ist-eine-ausbildung/`],
      ] as const) {
        log(`lighthouse ${lang} ${name} (${lighthouseRuns} runs) …`);
        const runs = Array.from({ length: lighthouseRuns }, () => lighthouseRun(`http://127.0.0.1:${port}${path}`));
        // The median run by performance: one run on a busy two-core machine varies by a few points.
        const median = runs.sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]!;
        lighthouse.push({ page: `${name} (${lang})`, ...median });
      }
    }
  } finally {
    server.kill();
  }
}

// Growth: the corpus at 2× and 4× (preview images cached from the smaller runs where they repeat).
const growth: (BuildRun & { factor: number })[] = [{ factor: 1, ...oursCached.run }];
if (!args.has('--skip-growth')) {
  for (const factor of [2, 4]) {
    await buildOurs(factor, 'first run');
    const { run } = await buildOurs(factor, 'with the image cache warm');
    growth.push({ factor, ...run });
  }
}

const results = {
  realContent: { ...real, distBytes: folderBytes(realOut) },
  corpus: ours.counts,
  build: { firstRun: ours.run, cachedImages: oursCached.run },
  distBytes: folderBytes(oursCached.outDir),
  pagefindIndexBytes: pagefindIndex,
  perPageType,
  firstSearch,
  offlineCopy,
  peer,
  ratios: peer
    ? {
        msPerPage: oursCached.run.msPerPage / peer.msPerPage,
        pageBytesGzip:
          Math.max(...perPageType.filter((p) => p.type === 'event').map((p) => p.totalGzip)) / peer.pageBytesGzip,
      }
    : undefined,
  lighthouse,
  growth,
};
writeFileSync(join(work, 'bench-results.json'), JSON.stringify(results, null, 2));

if (args.has('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  console.log(`\nCorpus per language: ${JSON.stringify(ours.counts)}`);
  console.table({
    'real content': {
      pages: real.pages,
      seconds: real.seconds.toFixed(1),
      'ms/page': real.msPerPage.toFixed(1),
      'peak MB': real.peakMemoryMb.toFixed(0),
    },
    'ours, first build': {
      pages: ours.run.pages,
      seconds: ours.run.seconds.toFixed(1),
      'ms/page': ours.run.msPerPage.toFixed(1),
      'peak MB': ours.run.peakMemoryMb.toFixed(0),
    },
    'ours, images cached': {
      pages: oursCached.run.pages,
      seconds: oursCached.run.seconds.toFixed(1),
      'ms/page': oursCached.run.msPerPage.toFixed(1),
      'peak MB': oursCached.run.peakMemoryMb.toFixed(0),
    },
    ...(peer
      ? {
          'peer (Starlight)': {
            pages: peer.pages,
            seconds: peer.seconds.toFixed(1),
            'ms/page': peer.msPerPage.toFixed(1),
            'peak MB': peer.peakMemoryMb.toFixed(0),
          },
        }
      : {}),
  });
  console.log(
    `dist/: ${kb(results.distBytes)}; Pagefind index per language: ${Object.entries(pagefindIndex)
      .map(([l, b]) => `${l} ${kb(b)}`)
      .join(', ')}`,
  );
  console.table(
    perPageType.map((p) => ({
      type: p.type,
      lang: p.lang,
      'HTML raw': p.html.raw,
      'HTML gz': p.html.gzip,
      'CSS raw': p.css.raw,
      'CSS gz': p.css.gzip,
      'JS raw': p.js.raw,
      'JS gz': p.js.gzip,
      requests: p.requests,
    })),
  );
  console.table(
    firstSearch.map((s) => ({
      lang: s.lang,
      'first search': kb(s.bytes),
      requests: s.requests,
      'search bytes before typing': s.beforeSearch,
    })),
  );
  printOfflineCopies('real content', offlineCopy.realContent);
  printOfflineCopies('1× corpus', offlineCopy.corpus);
  if (peer && results.ratios) {
    console.log(
      `Ours ÷ peer: build ms/page ${results.ratios.msPerPage.toFixed(2)}, event page bytes at load ${results.ratios.pageBytesGzip.toFixed(2)} (peer ${kb(peer.pageBytesGzip)})`,
    );
  }
  if (lighthouse.length) console.table(lighthouse);
  console.table(
    growth.map((g) => ({
      factor: `${g.factor}×`,
      pages: g.pages,
      seconds: g.seconds.toFixed(1),
      'ms/page': g.msPerPage.toFixed(1),
      'peak memory': `${(g.peakMemoryMb / 1024).toFixed(1)} GB`,
    })),
  );
}
