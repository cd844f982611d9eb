package maxwell.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import maxwell.model.AdversaryFormulation;
import maxwell.model.Experiment;
import maxwell.train.graph.CodeReader;
import maxwell.train.graph.PartitionedModel;

/** What the code reader says each demon and the ensemble predict on a batch. */
class CodeReaderTest {

    @Test
    void eachDemonOfAnEnsembleGetsItsOwnPredictionsAndTheEnsembleVotesWithMeanProbabilities() {
        PartitionedModel model = trained(3);
        TinyProblem data = new TinyProblem(5);
        CodeReader.Codes read = new CodeReader(model).read(data.input);

        INDArray watched = Nd4j.create(read.codes().get(model.watchedPartition()),
                new long[] { TinyProblem.SAMPLES, dimensionOfWatched(model) }, DataType.FLOAT);
        List<INDArray> logits = model.demonLogits(watched);
        assertEquals(3, read.demonPredictions().size());
        int disagreements = 0;
        for (int row = 0; row < TinyProblem.SAMPLES; row++) {
            double[] meanProbability = new double[TinyProblem.DOMAINS];
            for (int d = 0; d < 3; d++) {
                double[] p = softmax(logits.get(d).getRow(row).toDoubleVector());
                assertEquals(argMax(p), read.demonPredictions().get(d)[row], "demon " + d + ", row " + row);
                for (int k = 0; k < p.length; k++) {
                    meanProbability[k] += p[k] / 3;
                }
            }
            assertEquals(argMax(meanProbability), read.adversaryPredictions()[row], "ensemble, row " + row);
            if (read.demonPredictions().get(0)[row] != read.demonPredictions().get(1)[row]
                    || read.demonPredictions().get(1)[row] != read.demonPredictions().get(2)[row]) {
                disagreements++;
            }
        }
        // demons with their own initial weights: were they all alike the test would not tell them apart
        assertEquals(true, disagreements > 0, "the three demons disagree somewhere");
    }

    @Test
    void aSingleDemonsPredictionsAreTheAdversarys() {
        PartitionedModel model = trained(1);
        CodeReader.Codes read = new CodeReader(model).read(new TinyProblem(5).input);

        assertEquals(1, read.demonPredictions().size());
        assertArrayEquals(read.adversaryPredictions(), read.demonPredictions().get(0));
    }

    private static PartitionedModel trained(int demons) {
        Experiment experiment = TinyProblem.experiment(AdversaryFormulation.GRADIENT_REVERSAL);
        experiment.getAdversary().setDemons(demons);
        return TinyProblem.trainedOn(experiment, 3).model();
    }

    private static int dimensionOfWatched(PartitionedModel model) {
        return model.partitions().stream().filter(p -> p.name().equals(model.watchedPartition())).findFirst()
                .orElseThrow().dimension();
    }

    private static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        double[] p = new double[logits.length];
        for (int k = 0; k < logits.length; k++) {
            p[k] = Math.exp(logits[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    private static int argMax(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }
}
