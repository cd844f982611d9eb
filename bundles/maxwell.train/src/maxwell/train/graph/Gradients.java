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
