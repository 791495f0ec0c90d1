#!/usr/bin/env bash
# Installs the Debian tools that the tests use to check posters as a person would meet them:
# poppler-utils renders PDFs (pdftoppm, pdftotext, pdffonts) and zbar-tools decodes QR codes (zbarimg).
# Run once on a Debian or Ubuntu machine, as root or with sudo. Installs only what is missing.
set -euo pipefail

missing=()
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)

if [ ${#missing[@]} -eq 0 ]; then
  echo "Test tools already installed (pdftoppm, zbarimg)."
  exit 0
fi

sudo=''
[ "$(id -u)" -eq 0 ] || sudo='sudo'
echo "Installing ${missing[*]}…"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
