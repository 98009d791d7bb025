#!/usr/bin/env bash
# Installs, from Debian, what the report checks need: Jupyter nbconvert + a Python 3 kernel with
# pandas, matplotlib and nbformat (used through /usr/bin/python3), headless Chromium, the fonts
# Java draws the charts with (DejaVu, through fontconfig), and Node.js with npm for the browser
# test of report.html (src/test/browser; only when no node/npm is on the PATH, which may come
# from elsewhere, e.g. NodeSource, whose nodejs bundles npm). Idempotent: installs only what
# is missing, and does nothing (not even apt-get update) when everything is there.
set -euo pipefail

PACKAGES=(
  jupyter-nbconvert
  python3-ipykernel
  python3-pandas
  python3-matplotlib
  python3-nbformat
  chromium
  fontconfig
  fonts-dejavu-core
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-report-tools: everything already installed"
  exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  SUDO=(sudo -n)
fi
export DEBIAN_FRONTEND=noninteractive
echo "install-report-tools: installing ${missing[*]}"
timeout 600 "${SUDO[@]}" apt-get update -qq
timeout 1800 "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Java finds fonts through fontconfig: make sure the cache knows the new ones.
if command -v fc-cache >/dev/null 2>&1; then
  timeout 120 fc-cache -s >/dev/null 2>&1 || true
fi
if ! fc-list 2>/dev/null | grep -qi 'DejaVu Sans'; then
  echo "install-report-tools: DejaVu Sans not visible to fontconfig" >&2
  exit 1
fi
echo "install-report-tools: done"
