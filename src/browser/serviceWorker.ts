/**
 * The service worker of the offline copy, served at `/sw.js` and registered only when a reader asks
 * to save a language, once per language folder (scope `/<lang>/`), with that language's manifest in
 * its address (`/sw.js?manifest=/ar/offline.json`). It knows nothing else of the site: the manifest
 * names the cache, the files and the offline page. The build strips the types from this file
 * (`src/integrations/offlineCopy.ts`), so it keeps one address and imports nothing.
 *
 * - "save" (a message from the page): download what the manifest lists into the language's cache,
 *   reporting progress; on failure a first copy is removed again.
 * - Pages: from the network when there is one (so nothing stale is shown online), and the saved copy
 *   of a saved page refreshed with it; from the copy when the network fails or takes over 4 s; the
 *   offline page for a page not saved. At most once an hour, after a page came from the network, the
 *   copy is brought up to date with the manifest: changed files only, ended events dropped.
 * - Other files (icon, scripts): from the copy if saved there, else from the network.
 */

interface CopyFile {
  url: string;
  hash: string;
}
interface Manifest {
  version: string;
  cacheName: string;
  offlinePage: string;
  files: CopyFile[];
}
interface LifetimeEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface PageFetchEvent extends LifetimeEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface PageMessageEvent extends LifetimeEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  location: Location;
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: LifetimeEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: PageFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: PageMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const manifestUrl = new URL(
  new URL(worker.location.href).searchParams.get('manifest') ?? './offline.json',
  worker.location.href,
).href;
/** When the copy was last compared with the manifest: a header on the saved manifest. */
const checkedHeader = 'x-offline-checked';
const refreshEvery = 60 * 60 * 1000;
const networkPatience = 4000;

async function savedManifest(): Promise<{ manifest: Manifest; checked: number } | undefined> {
  const response = await caches.match(manifestUrl);
  if (!response) return undefined;
  return { manifest: (await response.json()) as Manifest, checked: Number(response.headers.get(checkedHeader)) };
}

/** Bring the copy in line with the manifest on the server: download what is new or changed, drop the rest. */
async function sync(report: (done: number, total: number) => void = () => undefined): Promise<void> {
  const before = await savedManifest();
  const response = await fetch(manifestUrl, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${manifestUrl}: ${response.status}`);
  const manifest = (await response.json()) as Manifest;
  const cache = await caches.open(manifest.cacheName);
  try {
    const known = new Map(before?.manifest.files.map((file) => [file.url, file.hash]));
    const wanted: CopyFile[] = [];
    for (const file of manifest.files) {
      if (known.get(file.url) !== file.hash || !(await cache.match(file.url))) wanted.push(file);
    }
    const total = manifest.files.length;
    let done = total - wanted.length;
    report(done, total);
    // A few at a time: quick on a good line, and a slow one is not flooded.
    const queue = [...wanted];
    const download = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const fileResponse = await fetch(file.url);
        if (!fileResponse.ok) throw new Error(`${file.url}: ${fileResponse.status}`);
        await cache.put(file.url, fileResponse);
        report(++done, total);
      }
    };
    await Promise.all([download(), download(), download()]);
    const listed = new Set([manifestUrl, ...manifest.files.map((file) => new URL(file.url, manifestUrl).href)]);
    for (const request of await cache.keys()) if (!listed.has(request.url)) await cache.delete(request);
    await cache.put(
      manifestUrl,
      new Response(JSON.stringify(manifest), {
        headers: { 'Content-Type': 'application/json', [checkedHeader]: String(Date.now()) },
      }),
    );
  } catch (error) {
    // A first copy that could not be completed is not kept half; an older complete one stays.
    if (!before) await caches.delete(manifest.cacheName);
    throw error;
  }
}

async function refreshIfDue(): Promise<void> {
  const saved = await savedManifest();
  if (saved && Date.now() - saved.checked > refreshEvery) await sync();
}

/** The address a page is saved under: without query or fragment, with its final slash. */
function pageKey(address: string): string {
  const url = new URL(address);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/') && !url.pathname.split('/').at(-1)!.includes('.')) url.pathname += '/';
  return url.href;
}

/** A fresh page from the network replaces its saved copy (pages not saved are not added). */
async function keepFresh(key: string, response: Response): Promise<void> {
  if (!response.ok || response.type !== 'basic' || response.redirected) return;
  const saved = await savedManifest();
  if (!saved || !(await caches.match(key))) return;
  await (await caches.open(saved.manifest.cacheName)).put(key, response);
}

function page(event: PageFetchEvent): Promise<Response> {
  const key = pageKey(event.request.url);
  let stored: Promise<void> = Promise.resolve();
  const network = fetch(event.request).then((response) => {
    stored = keepFresh(key, response.clone());
    return response;
  });
  event.waitUntil(
    network
      .then(() => stored)
      .then(refreshIfDue)
      .catch(() => undefined),
  );
  return (async () => {
    const cached = await caches.match(key);
    try {
      if (!cached) return await network;
      const late = new Promise<Response>((resolve) => setTimeout(() => resolve(cached), networkPatience));
      return await Promise.race([network, late]);
    } catch {
      const saved = await savedManifest();
      const offline = saved && (await caches.match(new URL(saved.manifest.offlinePage, manifestUrl).href));
      return cached ?? offline ?? Response.error();
    }
  })();
}

worker.addEventListener('install', () => void worker.skipWaiting());
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));

worker.addEventListener('message', (event) => {
  const port = event.ports[0];
  if ((event.data as { type?: string } | null)?.type !== 'save' || !port) return;
  event.waitUntil(
    sync((done, total) => port.postMessage({ done, total })).then(
      () => port.postMessage({ saved: true }),
      (error: unknown) => port.postMessage({ failed: String(error) }),
    ),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== worker.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(event));
  } else {
    event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
  }
});
