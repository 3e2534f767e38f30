#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + two icons, zipped) for upload in Teams or the Teams admin center.
#
#   deployment/teams/package.sh MICROSOFT_APP_ID [TEAMS_APP_ID] [WEBSITE_URL]
#
#   MICROSOFT_APP_ID  the Azure Bot's Microsoft App ID (the same value the host gets as MicrosoftAppId)
#   TEAMS_APP_ID      the Teams app's own id; defaults to MICROSOFT_APP_ID
#   WEBSITE_URL       https page about the bot (developer/privacy/terms links); defaults to https://www.example.com
#
# Output: deployment/teams/build/briefingbot-teams.zip
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
app_id="${1:-${MICROSOFT_APP_ID:-}}"
teams_id="${2:-${TEAMS_APP_ID:-$app_id}}"
website="${3:-${WEBSITE_URL:-https://www.example.com}}"

[[ "$app_id" =~ $guid ]] || { echo "usage: $0 MICROSOFT_APP_ID [TEAMS_APP_ID] [WEBSITE_URL]  (ids are GUIDs)" >&2; exit 2; }
[[ "$teams_id" =~ $guid ]] || { echo "TEAMS_APP_ID must be a GUID, got '$teams_id'" >&2; exit 2; }
[[ "$website" =~ ^https://[^[:space:]\"]+$ ]] || { echo "WEBSITE_URL must be an https URL, got '$website'" >&2; exit 2; }
command -v zip >/dev/null || { echo "zip is needed (apt-get install zip)" >&2; exit 2; }

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
sed -e "s|\${{MICROSOFT_APP_ID}}|$app_id|g" -e "s|\${{TEAMS_APP_ID}}|$teams_id|g" -e "s|\${{WEBSITE_URL}}|$website|g" \
  "$here/manifest.json" > "$stage/manifest.json"
if grep -q '\${{' "$stage/manifest.json"; then echo "manifest.json still has an unfilled \${{...}} placeholder" >&2; exit 1; fi
cp "$here/color.png" "$here/outline.png" "$stage/"

mkdir -p "$here/build"
rm -f "$here/build/briefingbot-teams.zip"
(cd "$stage" && zip -q -X "$here/build/briefingbot-teams.zip" manifest.json color.png outline.png)
echo "$here/build/briefingbot-teams.zip"
