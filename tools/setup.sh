#!/usr/bin/env bash
# Installs what the build needs, from Debian's packages and npm only.
# Idempotent: silent when everything is already there.
# Usage: tools/setup.sh [native|web|all|fuzz]   (default: all)
#   native  compiler, CMake, ICU, nlohmann/json, doctest, libcurl, and the kiosk's:
#           Dear ImGui, SDL2 (and Mesa, for its OpenGL renderer on a GPU), HarfBuzz, FreeType, Noto fonts,
#           espeak-ng, CUPS, cairo, libqrencode, libpng, OpenSSL
#   web     + emscripten and node (the WebAssembly build and its tests), esbuild
#           (the page's script, styles and service worker minified), zopfli
#           (their gzip copies)
#   all     + Debian's Chromium and the npm test packages (the browser tests),
#           Xvfb (the kiosk's tests), hb-view and pdftotext (its references)
#   fuzz    only what the core needs (CMake, ICU, nlohmann/json, doctest), with
#           clang 14 and its runtimes (libFuzzer, ASan, UBSan) for `make fuzz`
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-all}
packages=(g++ cmake make pkg-config libicu-dev nlohmann-json3-dev doctest-dev libcurl4-openssl-dev
  libimgui-dev libsdl2-dev libgl-dev libgl1-mesa-dri libharfbuzz-dev libfreetype-dev fonts-noto-core
  libespeak-ng-dev espeak-ng-data libcups2-dev libcairo2-dev librsvg2-dev libqrencode-dev libpng-dev libssl-dev)
case "$want" in
  fuzz) packages=(cmake make pkg-config libicu-dev nlohmann-json3-dev doctest-dev clang-14 libclang-rt-14-dev) ;;
  web) packages+=(emscripten esbuild zopfli) ;;
  all) packages+=(emscripten esbuild zopfli chromium brotli xvfb libharfbuzz-bin poppler-utils) ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# Any node 18 or newer will do, Debian's or not; npm comes with Debian's.
if [[ "$want" == web || "$want" == all ]]; then
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  [[ "$want" == all ]] && ! command -v npm >/dev/null 2>&1 && missing+=(npm)
fi

if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $(id -u) -eq 0 ]]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "setup: these Debian packages are missing: ${missing[*]}" >&2
    echo "setup: run as root, or install sudo, or install them yourself with apt-get." >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The browser tests' npm packages (playwright-core, axe-core), pinned by package-lock.json.
if [[ "$want" == all && ( ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ) ]]; then
  echo "setup: installing the browser tests' npm packages"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
