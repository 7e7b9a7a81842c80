#!/usr/bin/env bash
# Installs the Debian tools the tests and benchmarks call (PDF checkers, native Tesseract to compare
# against, Debian's Russian OCR data, Redis for the queue tests) when they are missing. Nothing else is fetched at run time.
set -euo pipefail
declare -A package_of=(
  [qpdf]=qpdf
  [pdffonts]=poppler-utils
  [mutool]=mupdf-tools
  [tesseract]=tesseract-ocr
  [redis-server]=redis-server
)
missing=()
for tool in "${!package_of[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("${package_of[$tool]}")
done
[ -e /usr/share/tesseract-ocr/5/tessdata/fra.traineddata ] || missing+=(tesseract-ocr-fra)
[ -e /usr/share/tesseract-ocr/5/tessdata/eng.traineddata ] || missing+=(tesseract-ocr-eng)
# Russian OCR reads Debian's data (rus+eng): no npm package ships rus.traineddata for tesseract.js.
[ -e /usr/share/tesseract-ocr/5/tessdata/rus.traineddata ] || missing+=(tesseract-ocr-rus)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "missing system tools: ${missing[*]} (install them with apt-get as root)" >&2
  exit 1
fi
echo "installing system tools: ${missing[*]}" >&2
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
