#!/bin/sh
# rebuild.sh - regenerates extract/lexicon/*.tsv (all but cues.tsv, which is
# hand-written) from Debian packages.  Needs, on the machine that runs it (not
# for building newskg): iso-codes unicode-cldr-core libgeonames-dev wordnet-base
# wamerican miscfiles rig python3 gcc pkg-config.  Output is byte-identical for
# the same package versions (everything is sorted).
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
PYTHONDONTWRITEBYTECODE=1 python3 "$here/build.py" "$tmp/cities.tsv" "$out"
