#!/usr/bin/python3
"""Per domain, how much content z_c holds and how well a fresh probe recognises the domain.

For the last snapshot of each run folder given: a k-NN (k = 15, five-fold, standardised means; codes
for deterministic partitions) reads the content class and the domain from the content partition,
and the script prints, for each domain, the content accuracy and the domain's recall, with their
Spearman rank correlation. Reference analysis only (scikit-learn); the product never uses Python.

    /usr/bin/python3 releng/maxwell.train.benchmarks/per_domain_probe.py RUN_FOLDER...
"""
import glob
import struct
import sys

import numpy as np
from scipy.stats import spearmanr
from sklearn.model_selection import cross_val_predict
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler

HAS_MEANS, HAS_LOG_VARIANCES = 1, 2


def read_snapshot(path):
    """The snapshot format of maxwell.core's SnapshotFiles (big-endian): header, labels, partitions."""
    data = open(path, "rb").read()
    offset = 7  # magic (6 bytes) and format version
    _step, _epoch, samples, partitions = struct.unpack(">qdii", data[offset:offset + 24])
    offset += 24
    domains = np.frombuffer(data[offset:offset + 4 * samples], ">i4")
    offset += 4 * samples
    contents = np.frombuffer(data[offset:offset + 4 * samples], ">i4")
    offset += 4 * samples
    codes = {}
    for _ in range(partitions):
        (length,) = struct.unpack(">H", data[offset:offset + 2])
        offset += 2
        name = data[offset:offset + length].decode()
        offset += length
        dimension, flags = struct.unpack(">iB", data[offset:offset + 5])
        offset += 5
        size = 4 * samples * dimension
        arrays = {"codes": np.frombuffer(data[offset:offset + size], ">f4").reshape(samples, dimension)}
        offset += size
        for flag, key in ((HAS_MEANS, "means"), (HAS_LOG_VARIANCES, "log_variances")):
            if flags & flag:
                arrays[key] = np.frombuffer(data[offset:offset + size], ">f4").reshape(samples, dimension)
                offset += size
        codes[name] = arrays
    return domains, contents, codes


def main(runs):
    for run in runs:
        snapshots = sorted(glob.glob(run.rstrip("/") + "/snapshots/*.snapshot"))
        if not snapshots:
            sys.exit(f"{run}: no snapshots")
        domains, contents, codes = read_snapshot(snapshots[-1])
        content = codes["content"]
        z = StandardScaler().fit_transform(content.get("means", content["codes"]))
        probe = KNeighborsClassifier(15)
        content_read = cross_val_predict(probe, z, contents, cv=5)
        domain_read = cross_val_predict(probe, z, domains, cv=5)
        by_domain = range(domains.max() + 1)
        content_accuracy = [(content_read[domains == d] == contents[domains == d]).mean() for d in by_domain]
        recall = [(domain_read[domains == d] == d).mean() for d in by_domain]
        print(f"{run.rstrip('/').split('/')[-1]}: content accuracy by domain "
              + " ".join(f"{v:.2f}" for v in content_accuracy) + " | domain recall "
              + " ".join(f"{v:.2f}" for v in recall)
              + f" | Spearman {spearmanr(content_accuracy, recall).correlation:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
