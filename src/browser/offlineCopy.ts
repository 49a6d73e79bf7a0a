/**
 * "Save this language for reading without internet" and "delete the offline copy": loaded on the
 * first tap of either button (`src/components/OfflineCopy.astro`), never before. Saving registers the
 * service worker for the language folder and asks it to download the copy, showing its progress;
 * deleting removes the cache and unregisters the worker, so nothing of it is left on the device.
 */

/** What the component's element says about the copy (`data-*`). */
interface CopyElement extends HTMLElement {
  dataset: DOMStringMap & { scope: string; cache: string; manifest: string; worker: string; progress: string };
}

export type CopyState = 'idle' | 'saving' | 'saved' | 'failed' | 'deleted';
export type ShowState = (root: HTMLElement, state: CopyState) => void;

/** The service worker, once it runs (a new one activates at once: it calls skipWaiting). */
async function activated(registration: ServiceWorkerRegistration): Promise<ServiceWorker> {
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (!worker) throw new Error('no service worker');
  while (worker.state !== 'activated') {
    if (worker.state === 'redundant') throw new Error('the service worker did not start');
    await new Promise((resolve) => worker.addEventListener('statechange', resolve, { once: true }));
  }
  return worker;
}

async function removeCopy(root: CopyElement): Promise<void> {
  await caches.delete(root.dataset.cache);
  const registration = await navigator.serviceWorker.getRegistration(root.dataset.scope);
  await registration?.unregister();
}

export async function save(root: CopyElement, show: ShowState): Promise<void> {
  const progress = root.querySelector('progress')!;
  const count = root.querySelector<HTMLElement>('[data-offline-count]')!;
  progress.removeAttribute('value');
  count.textContent = '';
  show(root, 'saving');
  try {
    const address = `${root.dataset.worker}?manifest=${encodeURIComponent(root.dataset.manifest)}`;
    const worker = await activated(await navigator.serviceWorker.register(address, { scope: root.dataset.scope }));
    await new Promise<void>((resolve, reject) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = ({ data }: MessageEvent<{ done?: number; total?: number; saved?: true }>) => {
        if (data.saved) resolve();
        else if (data.total === undefined) reject(new Error('saving failed'));
        else {
          progress.max = data.total;
          progress.value = data.done ?? 0;
          count.textContent = root.dataset.progress
            .replace('{done}', String(data.done ?? 0))
            .replace('{total}', String(data.total));
        }
      };
      worker.postMessage({ type: 'save' }, [channel.port2]);
    });
    show(root, 'saved');
  } catch {
    await removeCopy(root).catch(() => undefined);
    show(root, 'failed');
  }
}

export async function remove(root: CopyElement, show: ShowState): Promise<void> {
  await removeCopy(root);
  show(root, 'deleted');
}
