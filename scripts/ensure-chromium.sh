#!/usr/bin/env bash
# The browser tests need Debian's Chromium (Playwright's own browser downloads
# fail on the project's machines). Finds it; as root on Debian installs it
# (with Noto fonts, so Arabic and Cyrillic render as on readers' phones);
# otherwise says how and fails – never lets the tests pass without a browser.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  echo "ensure-chromium: using $chromium ($("$chromium" --version 2>/dev/null | grep -o 'Chromium [0-9.]*' || echo 'version unknown'))"
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $chromium not found; installing Debian's chromium and fonts-noto-core with apt-get …"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-core >/dev/null
  if [ -x "$chromium" ]; then
    echo "ensure-chromium: installed $chromium"
    exit 0
  fi
fi

cat >&2 <<MSG
ensure-chromium: no Chromium at $chromium.
The browser tests run in Debian's Chromium. Install it with
    sudo apt-get install chromium fonts-noto-core
or point CHROMIUM_PATH at another Chromium binary, then run the tests again.
MSG
exit 1
