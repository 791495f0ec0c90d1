#!/usr/bin/env bash
# Installs the Debian tools that the tests use to check the site and posters as a person would meet them:
# poppler-utils renders PDFs (pdftoppm, pdftotext, pdffonts), zbar-tools decodes QR codes (zbarimg), and
# chromium runs the browser tests and Lighthouse (playwright-core cannot download a browser here).
# chromium depends on no font package, so fonts-dejavu-core is added for page text to render.
# Run once on a Debian or Ubuntu machine, as root or with sudo. Installs only what is missing.
set -euo pipefail

missing=()
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)

if [ ${#missing[@]} -eq 0 ]; then
  echo "Test tools already installed (pdftoppm, zbarimg, chromium, DejaVu fonts)."
  exit 0
fi

sudo=''
[ "$(id -u)" -eq 0 ] || sudo='sudo'
echo "Installing ${missing[*]}…"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
