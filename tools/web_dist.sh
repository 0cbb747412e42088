#!/usr/bin/env bash
# Assembles the web checker in build/web/dist: the WebAssembly module, the page
# (its start screen rendered ahead of time by the native signpost, so it paints
# before any WebAssembly arrives), styles, script and service worker.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=build/web/dist
mkdir -p "$dist"
cp build/web/bin/signpost.js build/web/bin/signpost.wasm "$dist/"
cp web/app.js web/signpost.css web/embed-example.html "$dist/"
# Easy read pictures, and every language but English, fetched when a family picks it (English is built in).
rm -rf "$dist/pictures"
mkdir -p "$dist/pictures"
cp easyread/pictures/*.svg "$dist/pictures/"
rm -rf "$dist/i18n"
for dir in i18n/*/; do
  locale=$(basename "$dir")
  [[ $locale == en-GB ]] && continue
  mkdir -p "$dist/i18n/$locale"
  cp "$dir"*.json "$dist/i18n/$locale/"
  rm -f "$dist/i18n/$locale/kiosk.json"  # the kiosk's own words
done
# Easy read wording, fetched when a family turns easy read on.
rm -rf "$dist/easyread"
for dir in easyread/*/; do
  locale=$(basename "$dir")
  [[ $locale == pictures ]] && continue
  mkdir -p "$dist/easyread/$locale"
  cp "$dir"*.json "$dist/easyread/$locale/"
  rm -f "$dist/easyread/$locale/kiosk.json"
done
build/native/bin/signpost page --offer leicestershire --template web/index.html > "$dist/index.html.tmp"
mv "$dist/index.html.tmp" "$dist/index.html"
# The service worker's cache name changes whenever any file it keeps changes.
version=$(cat "$dist"/index.html "$dist"/app.js "$dist"/signpost.js "$dist"/signpost.wasm "$dist"/signpost.css | sha256sum | cut -c1-16)
sed "s/__VERSION__/$version/" web/sw.js > "$dist/sw.js"
