#!/usr/bin/env bash
# Installs the Signpost kiosk on a Debian 12 machine that is to be a kiosk: it
# starts full screen on tty1 under cage at every boot, and updates its content
# every 4 hours. Safe to run again (to install a new binary, for example):
# it never overwrites /etc/signpost/kiosk.json.
#   sudo kiosk/deploy/install.sh [BINARY]   (default: build/native/bin/signpost-kiosk; `make native` builds it)
# Steps: Debian packages (cage, the libraries the binary needs, fonts, voices);
# the user signpost-kiosk; /usr/local/bin/signpost-kiosk; /etc/signpost/kiosk.json
# from kiosk/kiosk.json if absent; the systemd units, enabled. It does not
# start the kiosk (it would take over tty1): reboot, or systemctl start signpost-kiosk.
set -euo pipefail
cd "$(dirname "$0")/../.."

USER_NAME=signpost-kiosk
STATE=/var/lib/signpost-kiosk
CONFIG=/etc/signpost/kiosk.json
UNITS=/etc/systemd/system
binary=${1:-build/native/bin/signpost-kiosk}

say() { echo "install: $*"; }
die() { echo "install: $*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || die "run as root (sudo $0)"
[[ -x "$binary" ]] || die "$binary: no kiosk binary there (make native builds it)"
command -v systemctl >/dev/null 2>&1 || die "systemd is needed: systemctl is missing"

# --- Debian packages: the compositor, the libraries the binary links, and
# what it reads at run time (Mesa's drivers, Noto fonts, espeak-ng's voices).
packages=(
  cage libpam-systemd
  libsdl2-2.0-0 libgl1 libegl1 libgl1-mesa-dri
  libespeak-ng1 espeak-ng-data
  libharfbuzz0b libfreetype6 libicu72 libcairo2 librsvg2-2 libpng16-16 libstb0
  libcups2 libqrencode4 libcurl4 libssl3
  fonts-noto-core
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- the user: no password, no shell, no home of its own beyond the state folder.
if ! getent passwd "$USER_NAME" >/dev/null; then
  say "creating the user $USER_NAME"
  useradd --system --user-group --home-dir "$STATE" --no-create-home --shell /usr/sbin/nologin \
    --comment "Signpost kiosk" "$USER_NAME"
fi
for group in video input audio render; do
  if getent group "$group" >/dev/null; then
    id -nG "$USER_NAME" | tr ' ' '\n' | grep -qx "$group" || usermod -a -G "$group" "$USER_NAME"
  else
    say "no group $group on this machine: skipped (logind still hands the session its devices)"
  fi
done

# --- the binary, and every library it needs present.
install -D -m 0755 "$binary" /usr/local/bin/signpost-kiosk
if ldd /usr/local/bin/signpost-kiosk | grep -q 'not found'; then
  ldd /usr/local/bin/signpost-kiosk | grep 'not found' >&2
  die "/usr/local/bin/signpost-kiosk: the libraries above are missing"
fi
install -D -m 0644 kiosk/README.md /usr/local/share/doc/signpost-kiosk/README.md

# --- the settings, only if there are none yet: content and printouts go under the state folder.
if [[ ! -e "$CONFIG" ]]; then
  say "writing $CONFIG from kiosk/kiosk.json"
  install -d -m 0755 "$(dirname "$CONFIG")"
  sed -E -e "s#(\"dir\"[[:space:]]*:[[:space:]]*)\"[^\"]*\"#\1\"$STATE/content\"#" \
         -e "s#(\"folder\"[[:space:]]*:[[:space:]]*)\"[^\"]*\"#\1\"$STATE/prints\"#" \
    kiosk/kiosk.json > "$CONFIG.new"
  chmod 0644 "$CONFIG.new"
  mv "$CONFIG.new" "$CONFIG"
fi
if grep -Eq '"web_checker_url"[[:space:]]*:[[:space:]]*"https?://(127\.0\.0\.1|localhost)[:/]' "$CONFIG"; then
  say "NOTE: $CONFIG: web_checker_url points at this machine; families' phones open it from the QR code:"
  say "      set it to your council's web checker (https://...)"
fi

# --- the units. cage's Wayland socket lives in /run/user/<uid>, which the
# kiosk's sandbox keeps read-only unless named: a drop-in names it.
install -m 0644 kiosk/deploy/signpost-kiosk.service kiosk/deploy/signpost-kiosk-update.service \
  kiosk/deploy/signpost-kiosk-update.timer "$UNITS/"
install -d -m 0755 "$UNITS/signpost-kiosk.service.d"
uid=$(id -u "$USER_NAME")
printf '# Written by kiosk/deploy/install.sh: the session runtime folder of %s (uid %s).\n[Service]\nReadWritePaths=-/run/user/%s\n' \
  "$USER_NAME" "$uid" "$uid" > "$UNITS/signpost-kiosk.service.d/runtime-dir.conf"
systemctl daemon-reload
systemctl enable signpost-kiosk.service
if grep -Eq '"update_url"[[:space:]]*:[[:space:]]*""' "$CONFIG"; then
  say "content.update_url is empty in $CONFIG: content updates stay off (set it, then"
  say "      systemctl enable --now signpost-kiosk-update.timer)"
else
  systemctl enable --now signpost-kiosk-update.timer
fi
if [[ $(systemctl get-default) != graphical.target ]]; then
  say "NOTE: the default boot target is $(systemctl get-default); the kiosk starts with graphical.target"
  say "      (systemctl set-default graphical.target)"
fi
say "done: the kiosk starts on tty1 at the next boot (or now: systemctl start signpost-kiosk)"
