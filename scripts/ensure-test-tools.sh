#!/usr/bin/env bash
# What the browser and server tests need from the system: Debian's Chromium
# (Playwright's own browser downloads fail on the project's machines), with
# Noto fonts so Arabic and Cyrillic render as on readers' phones, and nginx
# (the shipped server configuration is tested with the real server), and Java
# for the W3C Nu Html Checker (npm vnu-jar; its own Java download is denied). Finds
# them; as root on Debian installs what is missing; otherwise says how and
# fails – never lets the tests pass without them.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
nginx="${NGINX_PATH:-/usr/sbin/nginx}"
java="${JAVA_PATH:-$(command -v java || echo /usr/bin/java)}"

missing=()
[ -x "$chromium" ] || missing+=(chromium fonts-noto-core)
[ -x "$nginx" ] || missing+=(nginx-light)
[ -x "$java" ] || missing+=(default-jre-headless)

if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-test-tools: installing ${missing[*]} with apt-get …"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  # The package starts a server on port 80; the tests run their own on loopback.
  if [ -x "$nginx" ] && command -v service >/dev/null 2>&1; then service nginx stop >/dev/null 2>&1 || true; fi
fi

status=0
if [ -x "$chromium" ]; then
  echo "ensure-test-tools: using $chromium ($("$chromium" --version 2>/dev/null | grep -o 'Chromium [0-9.]*' || echo 'version unknown'))"
else
  echo "ensure-test-tools: no Chromium at $chromium – install it with: sudo apt-get install chromium fonts-noto-core (or set CHROMIUM_PATH)" >&2
  status=1
fi
if [ -x "$nginx" ]; then
  echo "ensure-test-tools: using $nginx ($("$nginx" -v 2>&1 | grep -o 'nginx/[0-9.]*'))"
else
  echo "ensure-test-tools: no nginx at $nginx – install it with: sudo apt-get install nginx-light (or set NGINX_PATH)" >&2
  status=1
fi
if [ -x "$java" ]; then
  echo "ensure-test-tools: using $java for the Nu Html Checker ($("$java" -version 2>&1 | head -n 1))"
else
  echo "ensure-test-tools: no Java at $java – install it with: sudo apt-get install default-jre-headless (or set JAVA_PATH)" >&2
  status=1
fi
exit $status
