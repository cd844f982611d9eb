package maxwell.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** A small DL4J network trains inside OSGi: the loss goes down. */
class Dl4jTrainingInsideOsgiTest {

    @Test
    void lossDecreasesOnALearnableTask() {
        // Two Gaussian blobs with a linear boundary: any working optimiser must fit them.
        Nd4j.getRandom().setSeed(7);
        int n = 256;
        INDArray features = Nd4j.randn(DataType.FLOAT, n, 4);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, n, 2);
        for (int i = 0; i < n; i++) {
            int cls = i % 2;
            features.getRow(i).addi(cls == 0 ? -1.5 : 1.5);
            labels.putScalar(i, cls, 1.0);
        }
        DataSet data = new DataSet(features, labels);

        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(7)
                .updater(new Adam(1e-2))
                .weightInit(WeightInit.XAVIER)
                .list()
                .layer(new DenseLayer.Builder().nIn(4).nOut(16).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .nIn(16).nOut(2).activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();

        double before = network.score(data);
        for (int step = 0; step < 30; step++) {
            network.fit(data);
        }
        double after = network.score(data);

        assertTrue(Double.isFinite(after), "loss became " + after);
        assertTrue(after < 0.5 * before, "loss went from " + before + " to " + after);
    }
}
