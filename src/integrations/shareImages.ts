/**
 * Renders every page's link-preview image (1200×630 PNG) after the build, from
 * what the built page says: `og:title`, the `data-detail` of its `og:image`
 * (an event's date and town), `<html lang dir>`. So the image can never show
 * another title than the page, and a page without its own image is a build
 * error, not a broken preview in a chat.
 *
 * Images are cached by their content in `node_modules/.cache/share-images/`:
 * an unchanged card is copied, not drawn again.
 * Drawing: `shareCardRenderer.ts`.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { designVersion, shareCardSvg, shareImageFonts } from './shareCardRenderer.ts';
import { shareImagePath, type ShareCard } from '../lib/sharing/shareImage.ts';
import { uiStrings } from '../i18n/translator.ts';
import { isLocaleCode } from '../core/locales.ts';
import { parseHtmlHead, type HtmlDocument } from '../lib/formats/htmlDocument.ts';

/** The card a built page asks for, if the image it points to is its own (not another page's). */
export function cardOfPage(head: HtmlDocument, pagePath: string, address: string): ShareCard | undefined {
  const imageTag = head.first('meta[property="og:image"]');
  const imageUrl = imageTag?.attribute('content');
  if (!imageUrl || new URL(imageUrl).pathname !== shareImagePath(pagePath)) return undefined;
  const lang = head.root.attribute('lang') ?? 'de';
  const title = head.meta('og:title');
  if (!title) throw new Error(`${pagePath}: og:title is missing; the link preview needs it.`);
  const detail = imageTag!.attribute('data-detail');
  const strings = uiStrings[isLocaleCode(lang) ? lang : 'de'];
  return {
    lang,
    dir: head.root.attribute('dir') === 'rtl' ? 'rtl' : 'ltr',
    title,
    ...(detail ? { detail } : {}),
    kicker: strings['site.tagline'] ?? '',
    address,
  };
}

function* htmlFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/**
 * Draws SVGs into PNG files with a pool of worker threads (one per core). Each worker is
 * replaced after a batch: resvg's native memory is only returned when its thread ends
 * (drawing thousands of cards in one thread grew the build to gigabytes).
 */
async function drawAll(jobs: { svg: string; file: string }[]): Promise<void> {
  const batch = 150;
  const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / 20)));
  let next = 0;
  const runWorker = async () => {
    while (next < jobs.length) {
      const mine = jobs.slice(next, next + batch);
      next += mine.length;
      const worker = new Worker(new URL('./shareCardWorker.mjs', import.meta.url), {
        workerData: { fontFiles: shareImageFonts },
      });
      let pending: { done: (png: Uint8Array) => void; fail: (error: Error) => void } | undefined;
      worker.on('message', (message: { png: Uint8Array }) => pending?.done(message.png));
      worker.on('error', (error) => pending?.fail(error));
      try {
        for (const job of mine) {
          const png = await new Promise<Uint8Array>((done, fail) => {
            pending = { done, fail };
            worker.postMessage({ svg: job.svg });
          });
          writeFileSync(job.file, png);
        }
      } finally {
        await worker.terminate();
      }
    }
  };
  await Promise.all(Array.from({ length: threads }, runWorker));
}

export function shareImages(options: { cacheDir?: string } = {}): AstroIntegration {
  let address = '';
  return {
    name: 'sawd-share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        address = new URL(config.site ?? 'http://localhost').host;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const cacheDir = options.cacheDir ?? join('node_modules', '.cache', 'share-images');
        mkdirSync(cacheDir, { recursive: true });
        const owners = new Map<string, string>();
        const wanted = new Set<string>();
        const toDraw = new Map<string, string>();
        const copies: { cached: string; target: string }[] = [];
        for (const file of htmlFiles(outDir)) {
          if (relative(outDir, file).startsWith('admin')) continue;
          // The link preview is all in the head: the rest of the page need not be parsed.
          const head = parseHtmlHead(readFileSync(file, 'utf8'));
          const imageUrl = head.first('meta[property="og:image"]')?.attribute('content');
          if (!imageUrl) continue;
          wanted.add(new URL(imageUrl).pathname);
          const pagePath = `/${relative(outDir, file)
            .replace(/index\.html$/, '')
            .replace(/\.html$/, '/')}`;
          const card = cardOfPage(head, pagePath, address);
          if (!card) continue;
          const imagePath = shareImagePath(pagePath);
          owners.set(imagePath, pagePath);
          const key = createHash('sha256').update(JSON.stringify({ designVersion, card })).digest('hex').slice(0, 32);
          const cached = join(cacheDir, `${key}.png`);
          if (!existsSync(cached) && !toDraw.has(cached)) toDraw.set(cached, shareCardSvg(card));
          copies.push({ cached, target: join(outDir, imagePath) });
        }
        const orphans = [...wanted].filter((path) => !owners.has(path));
        if (orphans.length > 0) {
          throw new Error(`Link previews point to images no page draws: ${orphans.slice(0, 5).join(', ')}`);
        }
        await drawAll([...toDraw].map(([file, svg]) => ({ file, svg })));
        for (const { cached, target } of copies) {
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(cached, target);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${toDraw.size} preview images drawn, ${copies.length - toDraw.size} taken from the cache (${seconds} s)`,
        );
      },
    },
  };
}
