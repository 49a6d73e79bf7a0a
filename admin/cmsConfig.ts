/**
 * The Decap CMS configuration, generated from the content schemas the site validates with
 * (`src/schemas/`), so the CMS and the build cannot disagree. Its parts live in `config/`:
 * `fields.ts` (schema field → CMS field) with `widgets.ts` (a value's widget), `collections.ts`
 * (which collections, languages, folders, file names) and `backend.ts` (where editors' changes go,
 * from environment variables at build time – see `docs/cms.md`).
 */
import { localSiteOrigin } from '../src/core/site.ts';
import { uploadsAddress, uploadsFolder } from '../src/lib/content/uploads.ts';
import { cmsBackendSettings, type CmsEnvironment } from './config/backend.ts';
import { cmsCollections, cmsI18n, cmsSlug } from './config/collections.ts';

export function cmsConfig(env: CmsEnvironment) {
  return {
    load_config_file: false,
    ...cmsBackendSettings(env),
    locale: 'de',
    site_url: env.SITE_URL ?? localSiteOrigin,
    media_folder: uploadsFolder,
    public_folder: uploadsAddress,
    slug: cmsSlug,
    i18n: cmsI18n,
    collections: cmsCollections(),
  };
}
