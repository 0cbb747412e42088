#!/usr/bin/env bash
# Installs what the build needs from Debian's packages, and nothing else.
# Idempotent: silent when everything is already there.
# Usage: tools/setup.sh [native|web|all]   (default: all)
set -euo pipefail

want=${1:-all}
packages=(g++ cmake make pkg-config libicu-dev nlohmann-json3-dev doctest-dev)
case "$want" in
  web|all) packages+=(emscripten) ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# node runs the WebAssembly tests; any node 18 or newer will do, Debian's or not.
if [[ "$want" != native ]] && ! command -v node >/dev/null 2>&1; then
  missing+=(nodejs)
fi
[[ ${#missing[@]} -eq 0 ]] && exit 0

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
