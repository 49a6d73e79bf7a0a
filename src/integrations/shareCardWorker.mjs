// Draws link-preview cards (SVG → PNG) in a worker thread: the build's main thread
// lays out the cards, a few workers draw them in parallel. Plain JavaScript so that
// Node runs it as is. resvg's native memory is freed when a worker ends, so the
// pool replaces each worker after a batch (src/integrations/shareImages.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

const options = { font: { fontFiles: workerData.fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' } };

parentPort.on('message', ({ svg }) => {
  const png = new Resvg(svg, options).render().asPng();
  parentPort.postMessage({ png });
});
