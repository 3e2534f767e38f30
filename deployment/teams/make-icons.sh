#!/usr/bin/env bash
# Draws the Teams app icons with ImageMagick (apt-get install imagemagick): a speech bubble holding a briefing page.
#   color.png   192x192, full colour
#   outline.png  32x32, white on a transparent background (Teams' rule for outline icons)
set -euo pipefail
cd "$(dirname "$0")"
# Debian's ImageMagick 6 lives in /usr/bin; prefer it over any other `convert` earlier on PATH.
convert=$( [ -x /usr/bin/convert ] && echo /usr/bin/convert || command -v magick || echo convert )

"$convert" -size 192x192 xc:'#1F4E79' \
  -fill white -draw "roundrectangle 36,40 156,128 14,14" \
  -draw "polygon 62,126 62,156 92,126" \
  -fill '#1F4E79' -draw "rectangle 56,60 136,68" -draw "rectangle 56,78 136,86" -draw "rectangle 56,96 112,104" \
  -depth 8 -strip PNG24:color.png

"$convert" -size 32x32 xc:none \
  -fill none -stroke white -strokewidth 2 -draw "roundrectangle 4,5 27,21 3,3" \
  -fill white -stroke none -draw "polygon 9,21 9,28 15,21" \
  -draw "rectangle 8,9 23,10" -draw "rectangle 8,13 23,14" -draw "rectangle 8,17 18,18" \
  -strip PNG32:outline.png

"$convert" color.png outline.png -format "%f %wx%h %[channels]\n" info:
