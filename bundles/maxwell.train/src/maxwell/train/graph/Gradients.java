package maxwell.train.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Gradients of named parameters, accumulated over every use of a parameter in one pass. A pass
 * writes into arrays kept from the previous pass instead of new ones: fresh arrays of a few
 * megabytes each cost page faults on every step (a tenth of a step of the default model). The
 * gradients of a pass are therefore valid until the next pass over the same buffers.
 */
public final class Gradients {

    private final Map<String, INDArray> parameters;
    private final Map<String, INDArray> buffers;
    private final Map<String, INDArray> gradients = new LinkedHashMap<>();

    /** @param buffers arrays kept between passes, filled on demand */
    Gradients(Map<String, INDArray> parameters, Map<String, INDArray> buffers) {
        this.parameters = parameters;
        this.buffers = buffers;
    }

    /** The gradient of a parameter, zero until something adds to it. */
    INDArray of(String parameter) {
        return gradients.computeIfAbsent(parameter, name -> {
            INDArray kept = buffers.get(name);
            if (kept == null) {
                kept = zerosLike(name);
                buffers.put(name, kept);
                return kept;
            }
            return kept.assign(0);
        });
    }

    /**
     * Adds op(a)·op(b) to a parameter's gradient. The first contribution of a pass overwrites the
     * kept buffer (BLAS with β = 0 does not read it), which saves zeroing megabytes every step.
     */
    void addProduct(String parameter, INDArray a, INDArray b, boolean transposeA, boolean transposeB) {
        INDArray current = gradients.get(parameter);
        if (current != null) {
            Nd4j.gemm(a, b, current, transposeA, transposeB, 1.0, 1.0);
            return;
        }
        INDArray target = buffers.computeIfAbsent(parameter, this::zerosLike);
        Nd4j.gemm(a, b, target, transposeA, transposeB, 1.0, 0.0);
        gradients.put(parameter, target);
    }

    /**
     * Adds the column sums of a batch of rows to a 1 × columns gradient (a bias's), as a product
     * with a row of ones: ND4J's {@code sum(true, 0)} took 0.76 ms on a 128 × 3072 float gradient
     * on this machine kind, the product a tenth of that.
     */
    void addColumnSums(String parameter, INDArray rows) {
        addProduct(parameter, Nd4j.ones(rows.dataType(), 1, rows.size(0)), rows, false, false);
    }

    private INDArray zerosLike(String name) {
        INDArray value = parameters.get(name);
        return Nd4j.zeros(value.dataType(), value.shape());
    }

    /** @return the gradient, or null if nothing in the pass depended on the parameter */
    public INDArray get(String parameter) {
        return gradients.get(parameter);
    }

    public Map<String, INDArray> restrictedTo(List<String> names) {
        Map<String, INDArray> subset = new LinkedHashMap<>();
        for (String name : names) {
            if (gradients.containsKey(name)) {
                subset.put(name, gradients.get(name));
            }
        }
        return subset;
    }
}
