package maxwell.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import maxwell.model.AdversaryFormulation;
import maxwell.train.graph.CodeDecoder;
import maxwell.train.graph.CodeReader;
import maxwell.train.graph.PartitionedModel;
import maxwell.train.graph.PartitionedModel.PartitionCode;
import maxwell.train.step.TrainerState;

class CodeDecoderTest {

    /** Decoding the codes a trained model reads gives the model's own reconstruction of them. */
    @Test
    void decodingTheCodesReproducesTheModelsReconstruction() {
        TinyProblem.Trained trained = TinyProblem.trainedOn(TinyProblem.experiment(AdversaryFormulation.GRADIENT_REVERSAL), 5);
        PartitionedModel model = trained.model();
        TinyProblem data = new TinyProblem(5);
        TrainerState state = trained.trainer().state();
        CodeReader.Codes codes = new CodeReader(model).read(data.input);

        List<INDArray> means = new ArrayList<>();
        for (PartitionCode p : model.partitions()) {
            means.add(Nd4j.create(codes.means().get(p.name()), new long[] { TinyProblem.SAMPLES, p.dimension() }, DataType.FLOAT));
        }
        float[] expected = model.decode(means).dup().ravel().toFloatVector();
        float[] decoded = new CodeDecoder(model.partitions(), state).decode(codes.means(), TinyProblem.SAMPLES);

        assertEquals(expected.length, decoded.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], decoded[i], 1e-4, "value " + i);
        }
    }

    @Test
    void aCheckpointOfAnotherModelIsRefused() {
        TrainerState empty = new TrainerState(0, Map.of(), Map.of(), Map.of());
        assertThrows(IllegalArgumentException.class,
                () -> new CodeDecoder(java.util.List.of(new PartitionCode("content", 4)), empty));
    }
}
