/**
 * `npm start` only: the CMS page without Vite's live-reload client. Under the
 * dev server every page reloads when a content file changes – and the CMS
 * changes content files itself, so each publish reloaded /admin/ (Decap's
 * leave-page prompt, then a white page). This serves /admin/ as a plain page
 * that loads the same CMS code (`admin/cms.ts`, compiled by Vite on request)
 * with the same configuration and policy as the built page
 * (`src/pages/admin/index.astro`); the site's pages keep their live reload.
 */
import type { AstroIntegration } from 'astro';
import { cmsConfig } from '../../admin/cmsConfig.ts';
import { isLocalBuild } from '../core/site.ts';
import { adminContentSecurityPolicy } from '../lib/securityPolicy.ts';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function adminDevPage(): AstroIntegration {
  return {
    name: 'sawd-admin-dev-page',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'sawd-admin-dev-page',
                configureServer(server) {
                  server.middlewares.use((request, response, next) => {
                    const path = (request.url ?? '').split('?')[0];
                    if (path !== '/admin' && path !== '/admin/' && path !== '/admin/index.html') return next();
                    const config = JSON.stringify(cmsConfig(process.env)).replace(/</g, '\\u003c');
                    const policy = adminContentSecurityPolicy(isLocalBuild());
                    response.setHeader('Content-Type', 'text/html; charset=utf-8');
                    response.end(`<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <title>Redaktion – Sachsen-Anhalt will dich</title>
  </head>
  <body>
    <script type="application/json" id="cms-config">${config}</script>
    <script type="module" src="/admin/cms.ts"></script>
  </body>
</html>`);
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
