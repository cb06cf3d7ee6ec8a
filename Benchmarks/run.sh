#!/usr/bin/env bash
# geomap's benchmark (not a test): builds the release binary, then Benchmarks/bench.py times it
# against `grep -o -F -f NAMES` (every Arabic name of the gazetteer) on the same generated Arabic
# text, and reports growth with input and gazetteer size, start-up, peak memory and one core
# against both, as ratios within the one run.
#
#   bash Benchmarks/run.sh [--mb 100] [--runs 3]
#
# Needs python3 and taskset (util-linux). Corpora and outputs go under .build-bench/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product geomap >/dev/null
swift build -c release --product geomap-bench >/dev/null
python3 Benchmarks/bench.py "$@"
echo
echo "## Gazetteer load and index, in process"
.build/release/geomap-bench load
