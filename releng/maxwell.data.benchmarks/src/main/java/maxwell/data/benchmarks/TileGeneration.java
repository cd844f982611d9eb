package maxwell.data.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import maxwell.data.image.RgbImage;
import maxwell.data.maptiles.LayoutGenerator;
import maxwell.data.maptiles.MapSource;
import maxwell.data.maptiles.MapSources;
import maxwell.data.maptiles.TileLayout;

/**
 * Synthetic map tiles per second on one thread. One operation = one new layout rendered by all
 * four sources, i.e. four 64×64 RGB tiles; tiles/s = 4 × ops/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
public class TileGeneration {

	@Param({ "64" })
	int size;

	private long next;
	private RgbImage[] out;

	@org.openjdk.jmh.annotations.Setup
	public void setup() {
		out = new RgbImage[MapSources.ALL.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = new RgbImage(size);
		}
	}

	@Benchmark
	public RgbImage[] layoutAndFourSources() {
		TileLayout layout = LayoutGenerator.generate(next++, size);
		for (int i = 0; i < out.length; i++) {
			MapSource source = MapSources.ALL.get(i);
			source.render(layout, next * 31 + i, out[i]);
		}
		return out;
	}
}
