/** Reading the built site in `dist/` for the build tests. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const distDir = resolve(import.meta.dirname, '../../dist');

export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}. Run "npm run build" first (the test command does).`);
  }
}

/** Every built HTML page as its URL path and markup. */
export function builtPages(): { path: string; html: string }[] {
  assertBuilt();
  const pages: { path: string; html: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.html')) {
        const rel = '/' + relative(distDir, file);
        pages.push({
          path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel,
          html: readFileSync(file, 'utf8'),
        });
      }
    }
  };
  walk(distDir);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

export const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
export const tags = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[0]);

/** The built pages by URL path, and a reader for one that fails when it was not built. */
export function builtPageMap(): { pages: Map<string, string>; page: (path: string) => string } {
  const pages = new Map(builtPages().map((p) => [p.path, p.html]));
  const page = (path: string) => {
    const html = pages.get(path);
    if (!html) throw new Error(`${path} was not built`);
    return html;
  };
  return { pages, page };
}

/** A page's `<main>`: what the reader came for. */
export const mainOf = (html: string) => html.match(/<main[^>]*>[\s\S]*<\/main>/)![0];
