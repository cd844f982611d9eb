#!/usr/bin/python3
"""Benchmark data for maxwell.info vs scikit-learn (fixed seed). Writes into the folder given
(default target/data): for N in 2,000 / 10,000 / 50,000 and d in 8 / 16:
  label_N.npy   5 content classes (int64)
  z_N_d.npy     code: class centre (N(0, 1.5^2) per dimension) + N(0, 1) noise
  zs_N_d.npy    a second code: 0.6 * (z with its dimensions reversed) + 0.8 * N(0, 1)
"""
import os
import sys

import numpy as np

SIZES = [2000, 10000, 50000]
DIMS = [8, 16]


def main(out):
    os.makedirs(out, exist_ok=True)
    for n in SIZES:
        rng = np.random.default_rng(1000 + n)
        label = rng.integers(0, 5, n)
        np.save(os.path.join(out, "label_%d.npy" % n), label.astype("<i8"))
        for d in DIMS:
            centres = 1.5 * rng.standard_normal((5, d))
            z = centres[label] + rng.standard_normal((n, d))
            zs = 0.6 * z[:, ::-1] + 0.8 * rng.standard_normal((n, d))
            np.save(os.path.join(out, "z_%d_%d.npy" % (n, d)), np.ascontiguousarray(z, dtype="<f8"))
            np.save(os.path.join(out, "zs_%d_%d.npy" % (n, d)), np.ascontiguousarray(zs, dtype="<f8"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/data")
