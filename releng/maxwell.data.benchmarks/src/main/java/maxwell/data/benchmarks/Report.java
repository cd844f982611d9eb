package maxwell.data.benchmarks;

import java.util.Collection;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import maxwell.data.api.Dataset;
import maxwell.data.maptiles.MapSources;
import maxwell.data.maptiles.MapTileDataset;

/** Runs the JMH benchmarks and measures the memory cached tiles take, then prints the three figures. */
public final class Report {

	private Report() {
	}

	public static void main(String[] args) throws Exception {
		Collection<RunResult> tiles = new Runner(new OptionsBuilder().include(TileGeneration.class.getName()).build()).run();
		Collection<RunResult> fashion = new Runner(new OptionsBuilder().include(FashionLoad.class.getName()).build()).run();
		double layoutsPerSecond = tiles.iterator().next().getPrimaryResult().getScore();
		double loadMillis = fashion.iterator().next().getPrimaryResult().getScore();
		long bytes = memoryOf10000Tiles();
		System.out.println();
		System.out.println("== maxwell.data benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, "
				+ System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ")");
		System.out.printf("synthetic 64x64 RGB tiles, one thread: %.0f tiles/s (%.0f layouts/s, each rendered by 4 sources)%n",
				4 * layoutsPerSecond, layoutsPerSecond);
		System.out.printf("Fashion-MNIST, all 70,000 images after the first read: %.0f ms%n", loadMillis);
		System.out.printf("memory per 10,000 cached 64x64 RGB tiles: %.1f MB (%.0f bytes per tile; 12,288 are pixels)%n",
				bytes / 1e6, bytes / 10_000.0);
	}

	/** Heap growth from rendering 10,000 tiles (2,500 places × 4 sources) into a dataset's cache. */
	private static long memoryOf10000Tiles() {
		Runtime runtime = Runtime.getRuntime();
		settle();
		long before = runtime.totalMemory() - runtime.freeMemory();
		Dataset data = new MapTileDataset(1, 64, 3, MapSources.ALL, 2000, 500);
		float[] scratch = new float[data.shape().length()];
		for (int sample = 0; sample < data.size(); sample++) {
			data.image(sample, scratch, 0);
		}
		settle();
		long after = runtime.totalMemory() - runtime.freeMemory();
		if (data.size() != 10_000) {
			throw new IllegalStateException("expected 10,000 tiles, made " + data.size());
		}
		return after - before;
	}

	private static void settle() {
		for (int i = 0; i < 3; i++) {
			System.gc();
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
