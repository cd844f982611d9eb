#!/usr/bin/python3
"""Independent reference values for maxwell.info's kNN estimators, from scikit-learn.

Generates data with a fixed seed, writes it as a NumPy fixture and, for each case, the value
scikit-learn's public estimators give:
  - sklearn.feature_selection.mutual_info_regression: KSG (Kraskov et al. 2004, algorithm 1),
    one continuous feature against a continuous target;
  - sklearn.feature_selection.mutual_info_classif (discrete_features=False): Ross 2014, one
    continuous feature against a discrete label.
scikit-learn works in nats, scales features to unit variance, adds 1e-10-scale noise (we fix
random_state) and clips negative values to 0; the Java test compares in bits and applies the
same clipping. Its API estimates one feature at a time, so the reference cases are 1-D; the
multivariate estimators are checked against closed forms instead.

Run with Debian's interpreter (python3-sklearn, python3-numpy):
    /usr/bin/python3 releng/maxwell.info.reference/make_reference.py
It rewrites bundles/maxwell.info.tests/fixtures/reference_data.npy and reference_values.csv.
"""
import math
import os
import sys

import numpy as np
import sklearn
from sklearn.feature_selection import mutual_info_classif, mutual_info_regression

SEED = 20261123
N = 1000
K = 3
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "bundles", "maxwell.info.tests", "fixtures")


def data():
    rng = np.random.default_rng(SEED)
    cols = []
    # 0,1: correlated Gaussians, rho = 0.6 (closed form -1/2 ln(1 - rho^2))
    x = rng.standard_normal(N)
    cols += [x, 0.6 * x + 0.8 * rng.standard_normal(N)]
    # 2,3: non-linear, non-monotone dependence (zero correlation, positive MI)
    x = rng.uniform(-2, 2, N)
    cols += [x, x ** 2 + 0.5 * rng.standard_normal(N)]
    # 4,5: independent
    cols += [rng.standard_normal(N), rng.standard_normal(N)]
    # 6,7: 3 classes, Gaussian code per class, overlapping
    label = rng.integers(0, 3, N)
    cols += [label + 0.7 * rng.standard_normal(N), label.astype(float)]
    # 8,9: a label that is a deterministic function of the code (4 equiprobable bins): MI = H(label)
    x = rng.uniform(0, 4, N)
    cols += [x, np.floor(x)]
    # 10,11: weak dependence: 2 classes, heavily overlapping
    label = rng.integers(0, 2, N)
    cols += [0.3 * label + rng.standard_normal(N), label.astype(float)]
    return np.column_stack(cols).astype("<f8")


CASES = [
    # name, x column, y column, sklearn estimator
    ("gaussian_rho0.6", 0, 1, "regression"),
    ("quadratic", 2, 3, "regression"),
    ("independent", 4, 5, "regression"),
    ("three_classes", 6, 7, "classif"),
    ("deterministic_label", 8, 9, "classif"),
    ("weak_label", 10, 11, "classif"),
]


def main():
    d = data()
    os.makedirs(OUT, exist_ok=True)
    np.save(os.path.join(OUT, "reference_data.npy"), d)
    with open(os.path.join(OUT, "reference_values.csv"), "w") as f:
        f.write("# scikit-learn %s, numpy %s, seed %d, N %d, n_neighbors %d, random_state 0\n"
                % (sklearn.__version__, np.__version__, SEED, N, K))
        f.write("case,x,y,estimator,nats,bits\n")
        for name, xc, yc, kind in CASES:
            X = d[:, [xc]]
            if kind == "regression":
                mi = mutual_info_regression(X, d[:, yc], n_neighbors=K, random_state=0)[0]
            else:
                mi = mutual_info_classif(X, d[:, yc].astype(int), discrete_features=False,
                                         n_neighbors=K, random_state=0)[0]
            f.write("%s,%d,%d,%s,%.12g,%.12g\n" % (name, xc, yc, kind, mi, mi / math.log(2)))
            print("%-20s %-10s %.6f nats  %.6f bits" % (name, kind, mi, mi / math.log(2)))


if __name__ == "__main__":
    sys.exit(main())
