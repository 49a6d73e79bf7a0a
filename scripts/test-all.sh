#!/usr/bin/env bash
# The whole test suite, as the README's test command and CI run it.
# Runs through npm, so `node` is the project's Node 24 (node_modules/.bin).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Browser and web server for the tests"
bash scripts/ensure-test-tools.sh

step "Types (astro check)"
astro check

step "Lint (ESLint with Astro and accessibility rules) and formatting (Prettier)"
eslint .
prettier --check . --log-level warn

step "Logical CSS only"
node scripts/check-logical-css.mjs

step "Translations: missing, empty or older than German (fails on gaps in guide, glossary, pages)"
node scripts/check-translations.ts

step "Plain language in the German source (sentence length, long words)"
node scripts/check-readability.ts

step "Unit tests (Vitest)"
vitest run tests/unit

step "Build"
astro build

step "Build with the example events (dist-examples/, for the event browser tests)"
EXAMPLE_EVENTS=1 astro build

step "Built site: links, page shell, sitemap, size budget (Vitest)"
vitest run tests/build
node scripts/size-report.ts | tail -n 2

step "Valid HTML: the W3C Nu Html Checker over the built pages (0 errors)"
bash scripts/check-html.sh

step "Browser tests: e2e and accessibility (Playwright, Debian Chromium)"
playwright test
