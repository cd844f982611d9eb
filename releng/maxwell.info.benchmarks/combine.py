#!/usr/bin/python3
"""Joins JMH results, Maxwell's values and scikit-learn's into one markdown table."""
import csv
import sys


def main(jmh, values, sk):
    times = {}
    for row in csv.DictReader(open(jmh)):
        name = row["Benchmark"].rsplit(".", 1)[-1]
        if name not in ("rossZLabel", "ksgZcZs"):
            continue
        q = "I(Z;label)" if name == "rossZLabel" else "I(Z_c;Z_s)"
        times[(int(row["Param: n"]), int(row["Param: d"]), q)] = float(row["Score"]) / 1000.0
    ours = {(int(r["n"]), int(r["d"]), r["quantity"]): float(r["bits"]) for r in csv.DictReader(open(values))}
    print("| quantity | N | d | Maxwell bits | sklearn bits | diff % | Maxwell s | sklearn s | speed-up |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in csv.DictReader(open(sk)):
        key = (int(r["n"]), int(r["d"]), r["quantity"])
        sb, st = float(r["bits"]), float(r["seconds"])
        mb, mt = ours.get(key), times.get(key)
        diff = "" if mb is None else "%.2f" % (100 * (mb - sb) / sb)
        print("| %s | %d | %d | %s | %.4f | %s | %s | %.3f | %s |" % (
            key[2], key[0], key[1], "" if mb is None else "%.4f" % mb, sb, diff,
            "" if mt is None else "%.3f" % mt, st, "" if mt is None else "%.1f×" % (st / mt)))


if __name__ == "__main__":
    main(*sys.argv[1:4])
