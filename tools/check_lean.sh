#!/usr/bin/env bash
# Checks a build made with SIGNPOST_KIOSK=OFF: it found none of the kiosk's
# libraries, built no kiosk, and its signpost links none of them.
# Usage: tools/check_lean.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: tools/check_lean.sh BUILD_DIR}
kiosk_libraries='SDL2|libGL|espeak|cups|harfbuzz|freetype|cairo|rsvg|qrencode|imgui'
if grep -Eiq "^(KIOSK_DEPS|KIOSK_TAKEAWAY|KIOSK_PICTURES|IMGUI|ESPEAK_NG|CUPS_LIB)[A-Z_]*:" "$build/CMakeCache.txt"; then
  echo "check_lean: $build looked for the kiosk's libraries with SIGNPOST_KIOSK=OFF" >&2
  exit 1
fi
if [[ -e "$build/bin/signpost-kiosk" || -e "$build/bin/signpost_kiosk_tests" ]]; then
  echo "check_lean: $build built the kiosk with SIGNPOST_KIOSK=OFF" >&2
  exit 1
fi
if linked=$(ldd "$build/bin/signpost" | grep -Ei "$kiosk_libraries"); then
  echo "check_lean: $build/bin/signpost links the kiosk's libraries:" >&2
  echo "$linked" >&2
  exit 1
fi
