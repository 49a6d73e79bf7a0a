#!/usr/bin/env node
/**
 * Serves a built site folder on loopback the way a plain static host does:
 * `/x/` → `/x/index.html`, `/x` → redirect to `/x/` when that is a folder,
 * unknown paths → `/404.html` with status 404. Used by the browser tests
 * (Astro's preview allows only one server per project; the tests need two).
 *
 * Usage: node scripts/serve-static.ts <dir> [--port=4321] [--host=127.0.0.1]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const root = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const port = Number(args.find((a) => a.startsWith('--port='))?.slice(7) ?? 4321);
const host = args.find((a) => a.startsWith('--host='))?.slice(7) ?? '127.0.0.1';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

function send(response: ServerResponse, status: number, file: string): void {
  response.writeHead(status, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}

if (!existsSync(root)) {
  console.error(`serve-static: ${root} does not exist – build first.`);
  process.exit(1);
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://${host}`);
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '/';
  }
  const file = normalize(join(root, pathname));
  if (!file.startsWith(root)) return send(response, 404, join(root, '404.html'));
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      return response.end();
    }
    const index = join(file, 'index.html');
    if (existsSync(index)) return send(response, 200, index);
  } else if (existsSync(file)) {
    return send(response, 200, file);
  }
  return send(response, 404, join(root, '404.html'));
}).listen(port, host, () => console.log(`serve-static: ${root} at http://${host}:${port}/`));
