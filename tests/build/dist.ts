/**
 * Reading the built site in `dist/` for the build tests: each page's markup, and the page parsed
 * (`src/lib/formats/htmlDocument.ts`) when a test first asks a question of it – a test file that
 * looks at a few pages parses only those, and a page is parsed at most once a file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseHtml, parseHtmlHead, type HtmlDocument } from '../../src/lib/formats/htmlDocument.ts';

export const distDir = resolve(import.meta.dirname, '../../dist');

export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}. Run "npm run build" first (the test command does).`);
  }
}

export interface BuiltPage {
  /** The URL path: `/de/`, `/404.html`. */
  path: string;
  html: string;
  /** The whole page, parsed. */
  readonly doc: HtmlDocument;
  /** Its head only, parsed (a few times faster: for questions about meta tags on every page). */
  readonly head: HtmlDocument;
}

function builtPage(path: string, html: string): BuiltPage {
  let doc: HtmlDocument | undefined;
  let head: HtmlDocument | undefined;
  return {
    path,
    html,
    get doc() {
      return (doc ??= parseHtml(html));
    },
    get head() {
      return (head ??= doc ?? parseHtmlHead(html));
    },
  };
}

let cache: BuiltPage[] | undefined;

/** Every built HTML page, by URL path. */
export function builtPages(): BuiltPage[] {
  assertBuilt();
  if (cache) return cache;
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.html')) {
        const rel = '/' + relative(distDir, file);
        pages.push(
          builtPage(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, readFileSync(file, 'utf8')),
        );
      }
    }
  };
  walk(distDir);
  cache = pages.sort((a, b) => a.path.localeCompare(b.path));
  return cache;
}

/** The built pages by URL path, and a reader for one that fails when it was not built. */
export function builtPageMap(): { pages: Map<string, BuiltPage>; page: (path: string) => BuiltPage } {
  const pages = new Map(builtPages().map((p) => [p.path, p]));
  const page = (path: string) => {
    const found = pages.get(path);
    if (!found) throw new Error(`${path} was not built`);
    return found;
  };
  return { pages, page };
}

/** A page of another build folder (`dist-examples/`), parsed. */
export function readPage(folder: string, path: string): HtmlDocument {
  return parseHtml(readFileSync(join(folder, path, 'index.html'), 'utf8'));
}
