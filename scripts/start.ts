#!/usr/bin/env node
/**
 * `npm start`: the site (Astro's dev server) and the CMS's local backend
 * (decap-server, writing to this folder's content/), both on 127.0.0.1 only.
 * The site is at http://127.0.0.1:4321/, the CMS at http://127.0.0.1:4321/admin/ (`src/core/site.ts`).
 * Ctrl+C stops both.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { decapServerPort, localSitePort } from '../src/core/site.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

const children = [
  spawn(bin('decap-server'), [], {
    cwd: root,
    stdio: 'inherit',
    // BIND_HOST: decap-server listens on every interface unless told otherwise.
    env: {
      ...process.env,
      PORT: String(decapServerPort),
      BIND_HOST: '127.0.0.1',
      MODE: 'fs',
      GIT_REPO_DIRECTORY: root,
    },
  }),
  spawn(bin('astro'), ['dev', '--host', '127.0.0.1', '--port', String(localSitePort)], { cwd: root, stdio: 'inherit' }),
];

const stop = () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children)
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
