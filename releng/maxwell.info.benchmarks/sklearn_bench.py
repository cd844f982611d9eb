#!/usr/bin/python3
"""scikit-learn on the benchmark data: the same two quantities as the JMH benchmark, k = 3.

scikit-learn's public mutual_info_regression / mutual_info_classif estimate one feature at a time,
so for a d-dimensional code this script runs the same algorithms those functions use (KSG
algorithm 1; Ross 2014) on the whole code with scikit-learn's own neighbour machinery
(NearestNeighbors.kneighbors and KDTree.query_radius, max-norm 'chebyshev' as in Maxwell), after
scaling each column to unit variance as scikit-learn does. No jitter is added (continuous data).
Default n_jobs (one thread). Prints CSV: n,d,quantity,bits,seconds (best of --repeat runs).
"""
import argparse
import os
import time

import numpy as np
from scipy.special import digamma
from sklearn.neighbors import KDTree, NearestNeighbors
from sklearn.preprocessing import scale

K = 3


def ksg(x, y, k=K):
    n = len(x)
    x = scale(x, with_mean=False)
    y = scale(y, with_mean=False)
    xy = np.hstack((x, y))
    radius = NearestNeighbors(metric="chebyshev", n_neighbors=k).fit(xy).kneighbors()[0][:, -1]
    radius = np.nextafter(radius, 0)
    nx = KDTree(x, metric="chebyshev").query_radius(x, radius, count_only=True) - 1
    ny = KDTree(y, metric="chebyshev").query_radius(y, radius, count_only=True) - 1
    return (digamma(n) + digamma(k) - np.mean(digamma(nx + 1)) - np.mean(digamma(ny + 1))) / np.log(2)


def ross(c, d, k=K):
    c = scale(c, with_mean=False)
    n = len(c)
    radius = np.empty(n)
    counts = np.empty(n)
    for label in np.unique(d):
        mask = d == label
        nn = NearestNeighbors(metric="chebyshev", n_neighbors=k).fit(c[mask])
        radius[mask] = np.nextafter(nn.kneighbors()[0][:, -1], 0)
        counts[mask] = np.sum(mask)
    m = KDTree(c, metric="chebyshev").query_radius(c, radius, count_only=True)
    return (digamma(n) + digamma(k) - np.mean(digamma(counts)) - np.mean(digamma(m))) / np.log(2)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="target/data")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("cases", nargs="*", default=["2000x8", "2000x16", "10000x8", "10000x16", "50000x8", "50000x16"])
    a = p.parse_args()
    print("n,d,quantity,bits,seconds")
    for case in a.cases:
        n, d = (int(v) for v in case.split("x"))
        z = np.load(os.path.join(a.data, "z_%d_%d.npy" % (n, d)))
        zs = np.load(os.path.join(a.data, "zs_%d_%d.npy" % (n, d)))
        label = np.load(os.path.join(a.data, "label_%d.npy" % n))
        for name, f in (("I(Z;label)", lambda: ross(z, label)), ("I(Z_c;Z_s)", lambda: ksg(z, zs))):
            best = float("inf")
            repeat = a.repeat if n <= 10000 else 1
            for _ in range(repeat):
                t = time.perf_counter()
                v = f()
                best = min(best, time.perf_counter() - t)
            print("%d,%d,%s,%.6f,%.4f" % (n, d, name, v, best), flush=True)


if __name__ == "__main__":
    main()
