package maxwell.train.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Gradients of named parameters, accumulated over every use of a parameter in one pass. */
public final class Gradients {

    private final Map<String, INDArray> parameters;
    private final Map<String, INDArray> gradients = new LinkedHashMap<>();

    Gradients(Map<String, INDArray> parameters) {
        this.parameters = parameters;
    }

    /** The gradient of a parameter, zero until something adds to it. */
    INDArray of(String parameter) {
        return gradients.computeIfAbsent(parameter, name -> {
            INDArray value = parameters.get(name);
            return Nd4j.zeros(value.dataType(), value.shape());
        });
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
