#!/usr/bin/env bash
# What the web checker sends, in compressed bytes (gzip -9, and brotli -q 11 when
# the brotli command is there), against its budget: first paint (the page and
# its styles) at most 14 KB; a complete check (everything) at most 150 KB.
set -euo pipefail
dist=${1:-build/web/dist}
have_brotli=$(command -v brotli >/dev/null 2>&1 && echo 1 || echo 0)

gz() { gzip -9 -c "$1" | wc -c; }
br() { if [[ $have_brotli == 1 ]]; then brotli -c -q 11 "$1" | wc -c; else echo "-"; fi; }

printf '\nweb checker transfer sizes (%s)\n' "$dist"
printf '  %-16s %9s %9s %9s\n' file raw gzip brotli
first=0; total=0
for f in index.html signpost.css app.js signpost.js signpost.wasm sw.js; do
  raw=$(wc -c < "$dist/$f"); g=$(gz "$dist/$f"); b=$(br "$dist/$f")
  printf '  %-16s %9d %9d %9s\n' "$f" "$raw" "$g" "$b"
  total=$((total + g))
  [[ $f == index.html || $f == signpost.css ]] && first=$((first + g))
done
printf '  first paint (index.html + signpost.css): %d bytes gzip  (budget 14336: %s)\n' "$first" \
  "$([[ $first -le 14336 ]] && echo within || echo OVER)"
printf '  a complete check (every file):           %d bytes gzip  (budget 153600: %s, %.0f%% of it)\n' "$total" \
  "$([[ $total -le 153600 ]] && echo within || echo OVER)" "$(awk "BEGIN { print $total * 100 / 153600 }")"
