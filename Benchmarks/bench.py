#!/usr/bin/env python3
"""geomap's benchmark: throughput against grep, growth with input and gazetteer size, start-up,
peak memory, and one core against both. Not a test: it asserts nothing and prints what it
measured, as ratios against a baseline timed in the same run (a machine's speed varies from
minute to minute; ratios within one run do not).

Run through Benchmarks/run.sh, which builds the release binary first:

    bash Benchmarks/run.sh [--mb 100] [--runs 3]

Everything it makes lives under .build-bench/ (ignored by git):
  corpus-N/     N MB of Arabic text in files of about 4 KB, made from the paragraphs of seeds/
                in a fixed pseudo-random order (the 1 and 10 MB corpora are prefixes of the
                largest, hard-linked)
  names.txt     every Arabic name and variant of the gazetteer, for grep -F -f
  gazetteer-x10.tsv   the gazetteer with ten times the rows: each row nine more times under new
                ids, with names made distinct by a made-up word, so the index is ten times larger
"""
import argparse
import csv
import glob
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, ".build-bench")
BIN = os.path.join(ROOT, ".build", "release", "geomap")
GAZ = os.path.join(ROOT, "Resources", "gazetteer.tsv")


def make_corpus(mb):
    """The largest corpus, written once; smaller ones are prefixes of it."""
    path = os.path.join(WORK, "corpus-%d" % mb)
    done = path + ".done"
    if os.path.exists(done):
        return path
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    random.seed(7)
    paras = [p for f in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))
             for p in open(f, encoding="utf-8").read().split("\n") if p.strip()]
    total, i = 0, 0
    while total < mb * 1024 * 1024:
        body = "\n".join(random.choice(paras) for _ in range(12)) + "\n"
        with open(os.path.join(path, "%06d.txt" % i), "w", encoding="utf-8") as f:
            f.write(body)
        total += len(body.encode("utf-8"))
        i += 1
    open(done, "w").close()
    return path


def prefix_corpus(big, mb):
    path = os.path.join(WORK, "corpus-%d" % mb)
    if os.path.exists(path + ".done"):
        return path
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    total = 0
    for name in sorted(os.listdir(big)):
        if total >= mb * 1024 * 1024:
            break
        src = os.path.join(big, name)
        os.link(src, os.path.join(path, name))
        total += os.path.getsize(src)
    open(path + ".done", "w").close()
    return path


def size_mb(path):
    return sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path)) / 1e6


def gazetteer_rows():
    with open(GAZ, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def make_names(rows):
    path = os.path.join(WORK, "names.txt")
    names = set()
    for r in rows:
        for n in [r["name_ar"]] + r["ar_variants"].split(";") + r["ar_derived"].split(";"):
            if n.strip():
                names.add(n.strip())
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(names)) + "\n")
    return path, len(names)


# Made-up words (not Arabic vocabulary) that keep the copies' names distinct from the originals.
FILLERS = ["زغطون", "قرمشيل", "طنبوزة", "خرنفيش", "دغموسة", "شلحوبة", "بزنقول", "فطرمون", "غلمصية"]


def make_big_gazetteer(rows, times=10):
    path = os.path.join(WORK, "gazetteer-x%d.tsv" % times)
    fields = list(rows[0].keys())
    with open(path, "w", encoding="utf-8", newline="") as f:
        def write(r):
            f.write("\t".join(r[k] or "" for k in fields) + "\n")
        f.write("\t".join(fields) + "\n")
        for r in rows:
            write(r)
        for k in range(times - 1):
            filler = FILLERS[k]
            for r in rows:
                c = dict(r)
                c["id"] = "%s-x%d" % (r["id"], k + 1)
                c["name_en"] = "%s %s" % (r["name_en"], k + 1)
                c["name_ar"] = "%s %s" % (r["name_ar"], filler) if r["name_ar"] else ""
                c["ar_variants"] = ";".join("%s %s" % (v, filler) for v in r["ar_variants"].split(";") if v)
                c["ar_derived"] = ";".join("%s %s" % (v, filler) for v in r["ar_derived"].split(";") if v)
                c["en_variants"] = ""
                c["ambiguous_ar"] = ""
                c["parent_id"] = ""
                write(c)
    return path


def timed(cmd, out, runs, env=None, taskset=None):
    """Best wall time of `runs` runs, in seconds, output written to a file (grep and geomap
    both stop early when they write to /dev/null)."""
    if taskset:
        cmd = ["taskset", "-c", taskset] + cmd
    best = None
    for _ in range(runs):
        with open(out, "wb") as f:
            t0 = time.perf_counter()
            subprocess.run(cmd, stdout=f, stderr=subprocess.DEVNULL, env=env, check=False)
            t = time.perf_counter() - t0
        best = t if best is None else min(best, t)
    return best


def peak_of(cmd):
    # A fresh interpreter per measurement: RUSAGE_CHILDREN keeps the maximum over all children.
    code = ("import resource,subprocess,sys;"
            "subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    r = subprocess.run([sys.executable, "-c", code] + cmd, capture_output=True, text=True)
    return int(r.stdout.strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=100, help="size of the largest corpus (default 100)")
    ap.add_argument("--runs", type=int, default=3, help="runs per timing; the best is kept (default 3)")
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    out = os.path.join(WORK, "out")
    env_c = dict(os.environ, LC_ALL="C")

    rows = gazetteer_rows()
    names, n_names = make_names(rows)
    big = make_corpus(args.mb)
    sizes = sorted({s for s in (1, 10, args.mb) if s <= args.mb})
    corpora = {s: (big if s == args.mb else prefix_corpus(big, s)) for s in sizes}
    gaz10 = make_big_gazetteer(rows)
    print("corpus: %s; %d Arabic names for grep; gazetteer %d rows, x10 %d rows"
          % (", ".join("%.1f MB" % size_mb(corpora[s]) for s in sizes), n_names, len(rows), 10 * len(rows)))

    def grep(corpus, **kw):
        return timed(["grep", "-o", "-F", "-f", names, "-r", corpus], out, args.runs, env=env_c, **kw)

    def geomap(layer, corpus, extra=(), **kw):
        return timed([BIN, layer, *extra, corpus], out, args.runs, **kw)

    # 1. Throughput against grep on the largest corpus, both tools on one core and geomap on both.
    top = corpora[args.mb]
    g1 = grep(top, taskset="0")
    m1 = geomap("mentions", top, taskset="0")
    e1 = geomap("events", top, taskset="0")
    m2 = geomap("mentions", top)
    e2 = geomap("events", top)
    mb = size_mb(top)
    print()
    print("## Throughput on %.0f MB (best of %d)" % (mb, args.runs))
    print("| run | time | MB/s | ratio to grep |")
    print("| --- | --- | --- | --- |")
    for label, t in [("grep -o -F -f NAMES (one core, LC_ALL=C)", g1),
                     ("geomap mentions, one core", m1), ("geomap events, one core", e1),
                     ("geomap mentions, both cores", m2), ("geomap events, both cores", e2)]:
        print("| %s | %.0f ms | %.1f | %.2fx |" % (label, t * 1000, mb / t, t / g1))

    # 2. Growth with input size: time per MB should stay flat.
    print()
    print("## Growth with input (events, both cores)")
    print("| input | time | ms per MB |")
    print("| --- | --- | --- |")
    for s in sizes:
        c = corpora[s]
        t = e2 if s == args.mb else geomap("events", c)
        print("| %.1f MB | %.0f ms | %.1f |" % (size_mb(c), t * 1000, t * 1000 / size_mb(c)))

    # 3. Growth with gazetteer size: ten times the rows should cost loading time only, not time
    # per MB of text. The per-MB cost is the slope between the smallest and the middle corpus.
    small = corpora[sizes[0]]
    mid = corpora[10] if 10 in corpora else top
    print()
    print("## Growth with gazetteer (events, both cores)")
    print("| gazetteer | %.1f MB | %.1f MB | ms per MB (slope) | load (intercept) |" % (size_mb(small), size_mb(mid)))
    print("| --- | --- | --- | --- | --- |")
    slopes = []
    for label, extra in [("%d rows" % len(rows), ()), ("%d rows" % (10 * len(rows)), ("--gazetteer", gaz10))]:
        ts = geomap("events", small, extra=extra)
        tm = geomap("events", mid, extra=extra)
        slope = (tm - ts) * 1000 / (size_mb(mid) - size_mb(small))
        slopes.append(slope)
        print("| %s | %.0f ms | %.0f ms | %.1f | %.0f ms |" % (label, ts * 1000, tm * 1000, slope, ts * 1000 - slope * size_mb(small)))
    print("Per-MB cost with ten times the rows: %.2fx" % (slopes[1] / slopes[0]))

    # 4. Start-up: one short article, whole process, median of 30 runs.
    short = os.path.join(WORK, "short.txt")
    with open(short, "w", encoding="utf-8") as f:
        f.write("قصف مدفعي على بلدة هجين بريف دير الزور الشرقي أمس أدى إلى مقتل ثلاثة مدنيين.\n")
    times = []
    for _ in range(30):
        t0 = time.perf_counter()
        subprocess.run([BIN, "events", "--date", "2019-02-12", short], stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    v = []
    for _ in range(30):
        t0 = time.perf_counter()
        subprocess.run([BIN, "--version"], stdout=subprocess.DEVNULL)
        v.append(time.perf_counter() - t0)
    print()
    print("## Start-up (whole process, median of 30)")
    print("| run | time |")
    print("| --- | --- |")
    print("| geomap events, one short article | %.1f ms |" % (statistics.median(times) * 1000))
    print("| geomap --version (process and runtime only) | %.1f ms |" % (statistics.median(v) * 1000))

    # 5. Peak memory: flat as the input grows.
    print()
    print("## Peak memory (events, both cores)")
    print("| input | peak RSS |")
    print("| --- | --- |")
    for s in sizes:
        kb = peak_of([BIN, "events", corpora[s]])
        print("| %.1f MB | %.1f MB |" % (size_mb(corpora[s]), kb / 1024))

    # 6. One core against both on the folder of many files.
    print()
    print("## Both cores against one (events, %.0f MB, %d files)" % (mb, len(os.listdir(top))))
    print("| cores | time | speed-up |")
    print("| --- | --- | --- |")
    print("| 1 | %.0f ms | 1 |" % (e1 * 1000))
    print("| 2 | %.0f ms | %.2fx |" % (e2 * 1000, e1 / e2))


if __name__ == "__main__":
    main()
