package maxwell.info.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import maxwell.info.estimate.Entropy;
import maxwell.info.flow.Columns;
import maxwell.info.flow.DemonAnalysis;
import maxwell.info.flow.FlowRow;
import maxwell.info.flow.FlowSettings;
import maxwell.info.flow.FlowTable;
import maxwell.info.flow.FlowTableCsv;
import maxwell.info.flow.PartitionSnapshot;
import maxwell.info.flow.Snapshot;
import maxwell.info.significance.SignificanceSettings;

/**
 * Constructed latent sequences with a known answer (4 content classes, 3 domains, 2-D codes whose
 * class clusters are 6 σ apart):
 * <ol start="0">
 * <li>sorted: z_c carries C, z_s carries D, independent: σ_D ≈ σ_C ≈ +1, I(Z_c;Z_s) ≈ 0;</li>
 * <li>only the content code moves: z_c := z_s + small noise, z_s unchanged. Domain information
 * flows into the content chamber (ΔI(Z_c;D) ≈ +H(D), ΔI(Z_c;C) ≈ −H(C)), the whole change of
 * I(Z_c;Z_s) is the content update (l_c &gt; 0, l_s = 0 exactly), information flows s → c
 * (TE_{s→c} large, TE_{c→s} ≈ 0);</li>
 * <li>only the style code moves: z_s := a fresh content code. Now the chambers are swapped
 * (σ_D ≈ σ_C ≈ −1) and the change of I(Z_c;Z_s) is all style update (l_c = 0, l_s &lt; 0).</li>
 * </ol>
 */
class DemonAnalysisTest {

    private static final int N = 1000;
    private static FlowTable table;
    private static double hd;
    private static double hc;

    @BeforeAll
    static void analyse() {
        int[] contents = Samples.uniformLabels(N, 4, 1L);
        int[] domains = Samples.uniformLabels(N, 3, 2L);
        hd = Entropy.ofLabels(domains);
        hc = Entropy.ofLabels(contents);
        double[][] zc0 = Samples.clusteredCode(contents, 2, 6, 3L);
        double[][] zs0 = Samples.clusteredCode(domains, 2, 6, 4L);
        double[][] zc1 = new double[N][2];
        Random r = new Random(5L);
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < 2; j++) {
                zc1[i][j] = zs0[i][j] + 0.1 * r.nextGaussian();
            }
        }
        double[][] zs2 = Samples.clusteredCode(contents, 2, 6, 6L);
        int[][] factors = new int[N][2];
        for (int i = 0; i < N; i++) {
            factors[i][0] = contents[i];
            factors[i][1] = domains[i];
        }
        List<Snapshot> snapshots = List.of(
                new Snapshot("epoch 0", List.of(PartitionSnapshot.deterministic("content", zc0),
                        PartitionSnapshot.deterministic("style", zs0)), domains, contents, factors),
                new Snapshot("epoch 1", List.of(PartitionSnapshot.deterministic("content", zc1),
                        PartitionSnapshot.deterministic("style", zs0)), domains, contents, factors),
                new Snapshot("epoch 2", List.of(PartitionSnapshot.deterministic("content", zc1),
                        PartitionSnapshot.deterministic("style", zs2)), domains, contents, factors));
        FlowSettings settings = FlowSettings.defaults(SignificanceSettings.of(5, 0, 1L)).withNoiseVariance(0.5);
        table = DemonAnalysis.analyse(snapshots, settings);
    }

    @Test
    void sortedChambersHavePositiveSegregation() {
        FlowRow t0 = table.row(0);
        assertEquals(hc, t0.value(Columns.contentInformation("content")), 0.15);
        assertEquals(hd, t0.value(Columns.domainInformation("style")), 0.15);
        assertEquals(0, t0.value(Columns.domainInformation("content")), 0.05);
        assertEquals(0, t0.value(Columns.contentInformation("style")), 0.05);
        assertTrue(t0.value(Columns.SIGMA_D) > 0.85, "sigma_D " + t0.value(Columns.SIGMA_D));
        assertTrue(t0.value(Columns.SIGMA_C) > 0.85, "sigma_C " + t0.value(Columns.SIGMA_C));
        assertEquals(0, t0.value(Columns.I_ZC_ZS), 0.05);
        assertTrue(t0.estimate(Columns.I_ZC_ZS).insideSurrogateBand(), t0.estimate(Columns.I_ZC_ZS).toString());
        assertTrue(Double.isNaN(t0.value(Columns.L_C)));
        assertTrue(Double.isNaN(t0.value(Columns.delta(Columns.domainInformation("content")))));
    }

    @Test
    void aContentUpdateMovesDomainBitsIntoTheContentChamber() {
        FlowRow t1 = table.row(1);
        assertEquals(hd, t1.value(Columns.delta(Columns.domainInformation("content"))), 0.2);
        assertEquals(-hc, t1.value(Columns.delta(Columns.contentInformation("content"))), 0.2);
        assertEquals(0, t1.value(Columns.delta(Columns.domainInformation("style"))), 1e-12);
        assertEquals(0, t1.value(Columns.SIGMA_D), 0.15);
        assertTrue(t1.value(Columns.L_C) > 1, "l_c " + t1.value(Columns.L_C));
        assertEquals(0, t1.value(Columns.L_S), 1e-12);
        assertEquals(t1.value(Columns.DELTA_I_ZC_ZS), t1.value(Columns.L_C) + t1.value(Columns.L_S), 1e-9);
        assertTrue(t1.value(Columns.TE_S_TO_C) > 1, "TE s->c " + t1.value(Columns.TE_S_TO_C));
        assertEquals(0, t1.value(Columns.TE_C_TO_S), 0.1);
    }

    @Test
    void swappedChambersHaveNegativeSegregationAndAStyleUpdate() {
        FlowRow t2 = table.row(2);
        assertTrue(t2.value(Columns.SIGMA_D) < -0.85, "sigma_D " + t2.value(Columns.SIGMA_D));
        assertTrue(t2.value(Columns.SIGMA_C) < -0.85, "sigma_C " + t2.value(Columns.SIGMA_C));
        assertEquals(0, t2.value(Columns.L_C), 1e-12);
        assertTrue(t2.value(Columns.L_S) < -1, "l_s " + t2.value(Columns.L_S));
        assertEquals(t2.value(Columns.DELTA_I_ZC_ZS), t2.value(Columns.L_C) + t2.value(Columns.L_S), 1e-9);
    }

    @Test
    void rateBoundsAndDisentanglementColumnsArePresent() {
        FlowRow t0 = table.row(0);
        double lower = t0.value(Columns.rateLower("content"));
        double upper = t0.value(Columns.rateUpper("content"));
        assertTrue(lower > 0 && lower <= upper, lower + " .. " + upper);
        // both dimensions of a partition carry the same factor, so MIG's gap is small by construction
        assertTrue(t0.value(Columns.MIG) >= 0 && t0.value(Columns.MIG) < 0.5, "MIG " + t0.value(Columns.MIG));
        assertTrue(t0.value(Columns.DCI_D) > 0.5, "DCI D " + t0.value(Columns.DCI_D));
        assertTrue(t0.value(Columns.DCI_I) > 0.9, "DCI I " + t0.value(Columns.DCI_I));
        assertEquals("content", table.metadata().get("content partition"));
    }

    @Test
    void csvHasMetadataHeaderAndOneLinePerPoint() throws Exception {
        StringWriter out = new StringWriter();
        FlowTableCsv.write(table, out);
        List<String> lines = out.toString().lines().toList();
        List<String> data = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(4, data.size());
        assertTrue(data.get(0).startsWith("index,point,I(Z_content;D),I(Z_content;D) surrogate mean"), data.get(0));
        assertTrue(data.get(0).contains(",sigma_D,"), data.get(0));
        assertTrue(data.get(1).startsWith("0,epoch 0,"), data.get(1));
        int columns = data.get(0).split(",", -1).length;
        for (String line : data) {
            assertEquals(columns, line.split(",", -1).length, line);
        }
        assertFalse(lines.get(0).isEmpty());
    }

    @Test
    void snapshotsOfDifferentProbeSetsAreRefused() {
        int[] l = new int[10];
        Snapshot a = new Snapshot("a", List.of(PartitionSnapshot.deterministic("c", new double[10][1]),
                PartitionSnapshot.deterministic("s", new double[10][1])), l, l, null);
        int[] m = new int[11];
        Snapshot b = new Snapshot("b", List.of(PartitionSnapshot.deterministic("c", new double[11][1]),
                PartitionSnapshot.deterministic("s", new double[11][1])), m, m, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemonAnalysis.analyse(List.of(a, b), FlowSettings.defaults(SignificanceSettings.NONE)));
        assertTrue(e.getMessage().contains("same 10 probe samples"), e.getMessage());
    }
}
