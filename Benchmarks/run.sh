#!/usr/bin/env bash
# geomap's benchmark (not a test): times a release build on generated Arabic text against
# `grep -o -F -f NAMES` with every Arabic name of the gazetteer on the same input, and prints
# the ratio. Both write their matches to a file (grep stops early when it writes to /dev/null).
#
#   bash Benchmarks/run.sh [MB]        default 100 MB
#
# The corpus is made of the paragraphs of seeds/ in a fixed pseudo-random order, cut into files
# of about 4 KB like news articles, under .build-bench/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-100}
WORK=.build-bench
mkdir -p "$WORK"

swift build -c release --product geomap >/dev/null
swift build -c release --product geomap-bench >/dev/null
BIN=.build/release/geomap

if [ ! -f "$WORK/corpus-$MB.done" ]; then
  rm -rf "$WORK/corpus"
  python3 - "$MB" "$WORK/corpus" <<'PY'
import os, random, sys, glob
mb, out = int(sys.argv[1]), sys.argv[2]
random.seed(7)
paras = [p for f in sorted(glob.glob('seeds/*.txt')) for p in open(f, encoding='utf-8').read().split('\n') if p.strip()]
os.makedirs(out, exist_ok=True)
total, i = 0, 0
while total < mb * 1024 * 1024:
    body = '\n'.join(random.choice(paras) for _ in range(12)) + '\n'
    with open(os.path.join(out, '%05d.txt' % i), 'w', encoding='utf-8') as f:
        f.write(body)
    total += len(body.encode('utf-8'))
    i += 1
print('corpus: %d files, %.1f MB' % (i, total / 1e6))
PY
  touch "$WORK/corpus-$MB.done"
fi

python3 - "$WORK/names.txt" <<'PY'
import csv, sys
names = set()
for r in csv.DictReader(open('Resources/gazetteer.tsv', encoding='utf-8'), delimiter='\t'):
    for n in [r['name_ar']] + r['ar_variants'].split(';') + r['ar_derived'].split(';'):
        if n.strip():
            names.add(n.strip())
open(sys.argv[1], 'w', encoding='utf-8').write('\n'.join(sorted(names)) + '\n')
print('names: %d Arabic names' % len(names))
PY

best() {  # best wall time of 3 runs, in seconds
  local best=999999
  for _ in 1 2 3; do
    local t0 t1 ms
    t0=$(date +%s%N); "$@"; t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 ))
    [ "$ms" -lt "$best" ] && best=$ms
  done
  echo "$best"
}

grep_ms=$(best sh -c "LC_ALL=C grep -o -F -f $WORK/names.txt -r $WORK/corpus > $WORK/grep.out")
mentions_ms=$(best sh -c "$BIN mentions $WORK/corpus > $WORK/mentions.out")
events_ms=$(best sh -c "$BIN events $WORK/corpus > $WORK/events.out")
peak_kb=$( { /usr/bin/time -f '%M' "$BIN" mentions "$WORK/corpus" > /dev/null; } 2>&1 | tail -1 )

echo "grep -o -F -f NAMES:   ${grep_ms} ms"
echo "geomap mentions:       ${mentions_ms} ms   ratio $(python3 -c "print(f'{$mentions_ms/$grep_ms:.2f}')")x grep"
echo "geomap events:         ${events_ms} ms   ratio $(python3 -c "print(f'{$events_ms/$grep_ms:.2f}')")x grep"
echo "peak memory (mentions): ${peak_kb} KB"
.build/release/geomap-bench load
