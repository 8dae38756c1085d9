#!/usr/bin/env bash
# Renders the demo's HTML report to PNG images with headless Chromium (Debian's 'chromium' package).
# Installs chromium, and fonts-noto-cjk for the Chinese text, when they are missing (needs root or sudo
# and Debian's package mirror).
#
#   tools/render-demo-report.sh [OUT_DIR]     # default OUT_DIR: target/demo-report
#
# Writes OUT_DIR/qinghe-2024.zh.html and .en.html (./dangjian demo --html FILE) and a full-page PNG of each.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$here/target/demo-report}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

if ! command -v chromium >/dev/null || [ -z "$(fc-list :lang=zh family 2>/dev/null || true)" ]; then
  echo "render-demo-report: installing Debian's chromium and fonts-noto-cjk packages..." >&2
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi

for locale in zh en; do
  html="$out/qinghe-2024.$locale.html"
  tag="zh-CN"; [ "$locale" = en ] && tag="en"
  "$here/dangjian" demo --locale "$tag" --html "$html" > /dev/null
  # The report is one column 1200 pixels wide; Chromium cuts the screenshot at the window's height.
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1280,"${HEIGHT:-9000}" --screenshot="$out/qinghe-2024.$locale.png" "file://$html" 2>/dev/null
  echo "render-demo-report: $out/qinghe-2024.$locale.png"
done
