#!/usr/bin/env bash
# What the web checker sends, in compressed bytes: the gzip and brotli copies
# `make dist` made of each file, which the server sends (a file too small to
# have them is weighed by gzip -9 and brotli -q 11), against its budgets: first paint (the page and
# its styles) at most 14 KB; a whole English check for one offer (its page,
# styles, scripts, module, service worker and the offer's own content) at most
# 110 KB gzip. Every offer is weighed: a family downloads only its own.
set -euo pipefail
dist=${1:-build/web/dist}
have_brotli=$(command -v brotli >/dev/null 2>&1 && echo 1 || echo 0)
budget=$((110 * 1024))

gz() { if [[ -f $1.gz ]]; then wc -c < "$1.gz"; else gzip -9 -c "$1" | wc -c; fi; }
br() {
  if [[ -f $1.br ]]; then wc -c < "$1.br"
  elif [[ $have_brotli == 1 ]]; then brotli -c -q 11 "$1" | wc -c
  else echo 0; fi
}

printf '\nweb checker transfer sizes (%s)\n' "$dist"
printf '  %-28s %9s %9s %9s\n' file raw gzip brotli
shared_gz=0; shared_br=0
for f in signpost.css app.js signpost.js signpost.wasm sw.js; do
  raw=$(wc -c < "$dist/$f"); g=$(gz "$dist/$f"); b=$(br "$dist/$f")
  printf '  %-28s %9d %9d %9s\n' "$f" "$raw" "$g" "$b"
  shared_gz=$((shared_gz + g)); shared_br=$((shared_br + b))
done
css_gz=$(gz "$dist/signpost.css")
for content in "$dist"/content/*.json; do
  offer=$(basename "$content" .json)
  page="$dist/$offer/index.html"
  [[ $offer == leicestershire ]] && page="$dist/index.html"
  for f in "$page" "$content"; do
    printf '  %-28s %9d %9d %9s\n' "${f#"$dist"/}" "$(wc -c < "$f")" "$(gz "$f")" "$(br "$f")"
  done
done
printf '\n'
for content in "$dist"/content/*.json; do
  offer=$(basename "$content" .json)
  page="$dist/$offer/index.html"
  [[ $offer == leicestershire ]] && page="$dist/index.html"
  first=$(($(gz "$page") + css_gz))
  whole=$((shared_gz + $(gz "$page") + $(gz "$content")))
  whole_br=$((shared_br + $(br "$page") + $(br "$content")))
  printf '  %-15s first paint %6d bytes gzip (budget 14336: %s); a whole English check %6d bytes gzip (budget %d: %s, %.0f%% of it), %6d brotli\n' \
    "$offer" "$first" "$([[ $first -le 14336 ]] && echo within || echo OVER)" "$whole" "$budget" \
    "$([[ $whole -le $budget ]] && echo within || echo OVER)" "$(awk "BEGIN { print $whole * 100 / $budget }")" "$whole_br"
done
