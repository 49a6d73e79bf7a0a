/**
 * Where editors' changes go, chosen at build time by environment variables (`docs/cms.md`), so no
 * code changes between hosts: a Git host in production (GitLab with PKCE, or GitHub through an
 * OAuth proxy), the local files through decap-server on a laptop.
 */
import { decapServerOrigin, isLocalSite } from '../../src/core/site.ts';

export interface CmsEnvironment {
  /** `gitlab` (default in production), `github`, or unset for local editing only. */
  CMS_BACKEND?: string;
  CMS_REPO?: string;
  CMS_BRANCH?: string;
  /** Self-hosted GitLab, e.g. https://gitlab.example.org */
  CMS_BASE_URL?: string;
  CMS_API_ROOT?: string;
  /** GitLab PKCE: the OAuth application's id. */
  CMS_APP_ID?: string;
  /** GitHub: the OAuth proxy's address. */
  CMS_AUTH_ENDPOINT?: string;
  /** `editorial_workflow` (draft → in review → ready; GitLab and GitHub) or `simple`. */
  CMS_PUBLISH_MODE?: string;
  /** The site's public address; unset (a local build) switches on the local backend. */
  SITE_URL?: string;
}

/** The Git host editors publish to. */
export function cmsBackend(env: CmsEnvironment) {
  const name = env.CMS_BACKEND ?? 'gitlab';
  return {
    name,
    repo: env.CMS_REPO ?? 'ministerium/sachsen-anhalt-will-dich',
    branch: env.CMS_BRANCH ?? 'main',
    ...(name === 'gitlab' ? { auth_type: 'pkce', app_id: env.CMS_APP_ID ?? '' } : {}),
    ...(env.CMS_BASE_URL ? { base_url: env.CMS_BASE_URL } : {}),
    ...(env.CMS_API_ROOT ? { api_root: env.CMS_API_ROOT } : {}),
    ...(env.CMS_AUTH_ENDPOINT ? { auth_endpoint: env.CMS_AUTH_ENDPOINT } : {}),
    commit_messages: {
      create: 'Neu: {{collection}} „{{slug}}“',
      update: 'Geändert: {{collection}} „{{slug}}“',
      delete: 'Gelöscht: {{collection}} „{{slug}}“',
      uploadMedia: 'Bild hochgeladen: „{{path}}“',
      deleteMedia: 'Bild gelöscht: „{{path}}“',
    },
  };
}

/**
 * The backend settings of the config: the Git host; in a local build (no `SITE_URL`) also decap-server
 * on this machine, for trying the CMS against the local files (`npm start`), publishing directly.
 */
export function cmsBackendSettings(env: CmsEnvironment) {
  const local = isLocalSite(env.SITE_URL);
  return {
    backend: cmsBackend(env),
    ...(local
      ? { local_backend: { url: `${decapServerOrigin}/api/v1`, allowed_hosts: ['127.0.0.1', 'localhost'] } }
      : {}),
    publish_mode: env.CMS_PUBLISH_MODE ?? (local ? 'simple' : 'editorial_workflow'),
  };
}
