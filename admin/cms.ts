/**
 * The editors' CMS: Decap bundled into the site's own build (never from a
 * CDN), configured from the content schemas (see `cmsConfig.ts`, passed in
 * by the admin page), with previews in the site's own styles.
 */
import CMS from 'decap-cms-app';
import { registerPreviews } from './previews';

const config = JSON.parse(document.getElementById('cms-config')!.textContent!);
registerPreviews(CMS);
CMS.init({ config });
