#!/usr/bin/env bash
# Assembles the web checker in build/web/dist: the WebAssembly module, a page
# per offer (its start screen rendered ahead of time by the native signpost, so
# it paints before any WebAssembly arrives: index.html for Leicestershire,
# <offer>/index.html for each), each offer's content as one file
# (content/<offer>.json), styles, script and service worker.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=build/web/dist
mkdir -p "$dist"
cp build/web/bin/signpost.js build/web/bin/signpost.wasm "$dist/"
# The page's script and styles go out minified: what a family downloads, not what we read.
esbuild --minify --log-level=warning web/app.js --outfile="$dist/app.js"
esbuild --minify --log-level=warning web/signpost.css --outfile="$dist/signpost.css"
cp web/embed-example.html "$dist/"
# JSON goes out compact, and words without the statement's (tools/dist_json.mjs).
# Easy read pictures, and every language but English, fetched when a family
# picks it (English comes with each offer's content).
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
node tools/dist_json.mjs compact "$dist"/i18n/*/*.json
# Easy read wording and the pictures' descriptions, fetched when a family turns easy read on.
rm -rf "$dist/easyread"
for dir in easyread/*/; do
  locale=$(basename "$dir")
  [[ $locale == pictures ]] && continue
  mkdir -p "$dist/easyread/$locale"
  cp "$dir"*.json "$dist/easyread/$locale/"
  rm -f "$dist/easyread/$locale/kiosk.json"
done
mkdir -p "$dist/easyread/pictures"
cp easyread/pictures/pictures.json "$dist/easyread/pictures/"  # what each picture shows, its alternative text
node tools/dist_json.mjs compact "$dist"/easyread/*/*.json
# Each offer's content, fetched by its page: {"files": {path: text}} with its
# rules, questions, pathway, places, directory and English words.
rm -rf "$dist/content"
mkdir -p "$dist/content"
for dir in offers/*/; do
  offer=$(basename "$dir")
  node tools/dist_json.mjs content "$offer" "$dist/content/$offer.json"
  rm -rf "${dist:?}/$offer"
  mkdir -p "$dist/$offer"
  build/native/bin/signpost page --offer "$offer" --base ../ --statement statement/ --template web/index.html > "$dist/$offer/index.html.tmp"
  mv "$dist/$offer/index.html.tmp" "$dist/$offer/index.html"
done
build/native/bin/signpost page --offer leicestershire --statement statement/ --template web/index.html > "$dist/index.html.tmp"
mv "$dist/index.html.tmp" "$dist/index.html"
# Each offer's Short Breaks Services Statement, in every language and in easy
# read, linked from its start page: <offer>/statement/, and Leicestershire's
# at statement/ too, beside the page at / that is its.
for dir in offers/*/; do
  offer=$(basename "$dir")
  build/native/bin/signpost statement --offer "$offer" --out "$dist/$offer/statement" > /dev/null
done
rm -rf "$dist/statement"
build/native/bin/signpost statement --offer leicestershire --out "$dist/statement" > /dev/null
# The version: it changes whenever any file the worker may keep changes. The
# worker's cache is named by it, and each page says it, so that the worker
# keeps only a page and files of its own version.
version=$(find "$dist" -type f ! -name sw.js ! -name '*.br' ! -name '*.gz' -print0 | sort -z | xargs -0 cat | sha256sum | cut -c1-16)
sed "s/__VERSION__/$version/" web/sw.js | esbuild --minify --loader=js --log-level=warning > "$dist/sw.js"
for page in "$dist"/index.html "$dist"/*/index.html; do
  sed -i "s/__VERSION__/$version/" "$page"
done
# Each file also compressed ahead of time, as a council's host would serve it
# (brotli, and gzip by zopfli): the server sends these when a browser asks.
node tools/compress_dist.mjs "$dist" build/web/compressed
