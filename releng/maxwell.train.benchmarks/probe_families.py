#!/usr/bin/python3
"""How much of the domain each family of fresh probe reads from the content partition.

For the last snapshot of each run folder given, five-fold cross-validated accuracy of probes that
were never part of training, from the weakest to the most flexible: multinomial logistic
regression (the product's linear probe), one-hidden-layer MLPs of 16 and 64 units, k-NN (k = 10,
as the product's fresh probe) and an MLP of two layers of 256. Inputs are the standardised means (codes for deterministic
partitions); the folds are drawn at random, as the product draws its held-out part, so the
renderings of one place may fall on both sides. Chance is the largest domain's share.
Reference analysis only (scikit-learn); the product never uses Python.

    /usr/bin/python3 releng/maxwell.train.benchmarks/probe_families.py RUN_FOLDER...
"""
import glob
import os
import sys
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from per_domain_probe import read_snapshot  # noqa: E402

PROBES = [
    ("linear", lambda: LogisticRegression(max_iter=2000)),
    ("MLP 16", lambda: MLPClassifier((16,), max_iter=2000, early_stopping=True, random_state=0)),
    ("MLP 64", lambda: MLPClassifier((64,), max_iter=2000, early_stopping=True, random_state=0)),
    ("k-NN 10", lambda: KNeighborsClassifier(10)),
    ("MLP 256-256", lambda: MLPClassifier((256, 256), max_iter=2000, early_stopping=True, random_state=0)),
]


def last_snapshot(run):
    found = sorted(glob.glob(os.path.join(run, "**", "snapshots", "*.snapshot"), recursive=True))
    if not found:
        sys.exit(f"{run}: no snapshot (is it a run folder?)")
    return found[-1]


def main(runs):
    if not runs:
        sys.exit(__doc__)
    warnings.filterwarnings("ignore", category=ConvergenceWarning)
    print("| run | chance | " + " | ".join(name for name, _ in PROBES) + " |")
    print("|---|---|" + "---|" * len(PROBES))
    for run in runs:
        domains, _contents, codes = read_snapshot(last_snapshot(run))
        content = codes["content"]
        z = StandardScaler().fit_transform(content.get("means", content["codes"]).astype(float))
        folds = StratifiedKFold(5, shuffle=True, random_state=0)
        chance = np.bincount(domains).max() / len(domains)
        scores = [cross_val_score(make(), z, domains, cv=folds).mean() for _, make in PROBES]
        print(f"| {os.path.basename(os.path.normpath(run))} | {chance:.3f} | " + " | ".join(f"{s:.3f}" for s in scores) + " |",
              flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
