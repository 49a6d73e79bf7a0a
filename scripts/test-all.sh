#!/usr/bin/env bash
# The whole test suite, as the README's test command and CI run it.
# Runs through npm, so `node` is the project's Node 24 (node_modules/.bin).
#
# In stages; the steps of a stage do not depend on each other and run side by side. Each step's
# output is kept and printed in one piece when the step ends, so parallel steps do not interleave.
# After a stage with a failed step the suite stops and names every failed step.
set -euo pipefail
cd "$(dirname "$0")/.."

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
failed=()

# One step: "name::command" (a bash command line).
checks=(
  "Browser and web server for the tests::bash scripts/ensure-test-tools.sh"
  "Types (astro check)::astro check"
  "Lint (ESLint with Astro and accessibility rules) and formatting (Prettier)::eslint . && prettier --check . --log-level warn"
  "Logical CSS only (stylelint)::stylelint \"src/**/*.{css,astro}\""
  "Translations: missing, empty or older than German (fails on gaps in guide, glossary, pages)::node scripts/check-translations.ts"
  "Plain language in the German source (sentence length, long words)::node scripts/check-readability.ts"
  "Unit tests (Vitest)::vitest run tests/unit"
)
# One after the other, not side by side: the second build takes the first's preview images from
# the cache instead of drawing them again, and both would write Astro's generated types in .astro/.
builds=(
  "Build, and the build with the example events (dist-examples/, for the event browser tests)::astro build && EXAMPLE_EVENTS=1 astro build"
)
built_site_checks=(
  "Built site: links, page shell, sitemap, size budget; bad content stops the build (Vitest)::vitest run tests/build && node scripts/size-report.ts | tail -n 2"
  "Valid HTML: the W3C Nu Html Checker over the built pages (0 errors)::bash scripts/check-html.sh"
  "Component examples rendered with Astro's Container API (Vitest; writes dist-components/ for the axe check)::vitest run --config vitest.components.config.ts"
)
# Alone: its two workers take both cores, and a browser test starved of time would fail.
browser_tests=(
  "Browser tests: e2e and accessibility (Playwright, Debian Chromium)::playwright test"
)

heading() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# How a step ended: its time since the stage began, and whether it failed.
ended() {
  local name="$1" status="$2" started="$3"
  if [ "$status" -eq 0 ]; then
    printf '(done after %ss)\n' $((SECONDS - started))
  else
    printf '\033[1mFAILED\033[0m (exit %s, after %ss)\n' "$status" $((SECONDS - started))
    failed+=("$name")
  fi
}

# Runs a stage's steps side by side (a single step with its output as it comes).
stage() {
  local started=$SECONDS status pid step i=0
  if [ $# -eq 1 ]; then
    heading "${1%%::*}"
    status=0
    bash -c "set -euo pipefail; ${1#*::}" || status=$?
    ended "${1%%::*}" "$status" "$started"
  else
    local -A name_of=() log_of=()
    for step in "$@"; do
      bash -c "set -euo pipefail; ${step#*::}" >"$logs/$i" 2>&1 &
      name_of[$!]="${step%%::*}"
      log_of[$!]="$logs/$i"
      i=$((i + 1))
    done
    while [ ${#name_of[@]} -gt 0 ]; do
      status=0
      wait -n -p pid "${!name_of[@]}" || status=$?
      heading "${name_of[$pid]}"
      cat "${log_of[$pid]}"
      ended "${name_of[$pid]}" "$status" "$started"
      unset "name_of[$pid]"
    done
  fi
  if [ ${#failed[@]} -gt 0 ]; then
    printf '\n\033[1mFailed:\033[0m\n'
    printf '  - %s\n' "${failed[@]}"
    exit 1
  fi
}

stage "${checks[@]}"
stage "${builds[@]}"
stage "${built_site_checks[@]}"
stage "${browser_tests[@]}"
