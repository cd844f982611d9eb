package maxwell.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import maxwell.data.api.Batch;
import maxwell.data.api.Batches;
import maxwell.data.api.Dataset;
import maxwell.data.api.Split;
import maxwell.data.api.Subset;
import maxwell.data.maptiles.MapSources;
import maxwell.data.maptiles.MapTileDataset;

class SplitAndBatchesTest {

	private final Dataset data = new MapTileDataset(5, 32, 3, MapSources.ALL, 60, 20);

	@Test
	void trainAndProbeNeverShareAPlace() {
		Split split = data.split();
		assertEquals(60, split.train().itemCount());
		assertEquals(20, split.probe().itemCount());
		Set<String> trainKeys = keys(split.train());
		Set<String> probeKeys = keys(split.probe());
		assertEquals(60, trainKeys.size());
		assertEquals(20, probeKeys.size());
		probeKeys.retainAll(trainKeys);
		assertTrue(probeKeys.isEmpty(), "shared: " + probeKeys);
		assertEquals(240, split.train().size(), "every place in every domain");
	}

	private Set<String> keys(Subset subset) {
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < subset.size(); i++) {
			keys.add(data.pairingKey(subset.sample(i)));
		}
		return keys;
	}

	@Test
	void theSplitDependsOnTheSeedOnly() {
		Dataset again = new MapTileDataset(5, 32, 3, MapSources.ALL, 60, 20);
		Dataset other = new MapTileDataset(6, 32, 3, MapSources.ALL, 60, 20);
		assertArrayEquals(data.split().probe().items(), again.split().probe().items());
		assertFalse(Arrays.equals(data.split().probe().items(), other.split().probe().items()));
	}

	@Test
	void shufflingIsSeededAndDiffersByEpoch() {
		Subset train = data.split().train();
		int[] first = train.order(42, 0);
		assertArrayEquals(first, train.order(42, 0));
		assertFalse(Arrays.equals(first, train.order(42, 1)));
		assertFalse(Arrays.equals(first, train.order(43, 0)));
		int[] sorted = first.clone();
		Arrays.sort(sorted);
		int[] natural = new int[train.size()];
		for (int i = 0; i < natural.length; i++) {
			natural[i] = train.sample(i);
		}
		Arrays.sort(natural);
		assertArrayEquals(natural, sorted, "a permutation of the subset");
	}

	@Test
	void aPairedOrderKeepsEachItemsRenderingsTogetherAndCoversTheSubset() {
		Subset train = data.split().train();
		int domains = data.domainCount();
		int[] paired = train.pairedOrder(42, 0);
		assertArrayEquals(paired, train.pairedOrder(42, 0));
		assertFalse(Arrays.equals(paired, train.pairedOrder(42, 1)));
		for (int i = 0; i < paired.length; i += domains) {
			for (int d = 0; d < domains; d++) {
				assertEquals(data.itemOf(paired[i]), data.itemOf(paired[i + d]), "item at " + i);
				assertEquals(d, paired[i + d] % domains, "every domain once");
			}
		}
		int[] sorted = paired.clone();
		Arrays.sort(sorted);
		int[] shuffled = train.order(42, 0);
		Arrays.sort(shuffled);
		assertArrayEquals(shuffled, sorted, "a permutation of the subset");
	}

	@Test
	void batchesVisitEverySampleOnceInReusedBuffers() {
		Subset probe = data.split().probe();
		int[] order = probe.order(1, 0);
		Batches batches = probe.batches(order, 32);
		assertEquals(3, batches.batchCount()); // 80 samples
		Set<Integer> seen = new HashSet<>();
		float[] buffer = null;
		int length = data.shape().length();
		float[] expected = new float[length];
		int position = 0;
		while (batches.hasNext()) {
			Batch batch = batches.next();
			if (buffer != null) {
				assertSame(buffer, batch.images(), "the batch buffer is reused");
			}
			buffer = batch.images();
			for (int i = 0; i < batch.size(); i++) {
				int sample = batch.samples()[i];
				assertEquals(order[position++], sample);
				assertTrue(seen.add(sample));
				assertEquals(data.domainLabel(sample), batch.domainLabels()[i]);
				assertEquals(data.contentLabel(sample), batch.contentLabels()[i]);
				data.image(sample, expected, 0);
				assertArrayEquals(expected, Arrays.copyOfRange(batch.images(), i * length, (i + 1) * length));
			}
		}
		assertEquals(80, seen.size());
	}

	@Test
	void aSmallerDatasetSplitsInProportion() {
		assertArrayEquals(new int[] { 8, 2 }, maxwell.data.api.ItemSplits.fit(10, 40, 10));
		assertArrayEquals(new int[] { 1, 1 }, maxwell.data.api.ItemSplits.fit(2, 4000, 1000));
	}
}
