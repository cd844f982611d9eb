package maxwell.data.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import maxwell.data.api.DataException;
import maxwell.data.fashion.FashionMnistFiles;

/**
 * Reading all 70,000 Fashion-MNIST images and labels (gunzip, header checks, label checks). The
 * warm-up iterations are the "first read" that brings the files into the page cache.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class FashionLoad {

	@Benchmark
	public int loadAll70000() throws DataException {
		FashionMnistFiles files = new FashionMnistFiles(FashionMnistFiles.DEFAULT_FOLDER);
		return files.train().images().count() + files.test().images().count();
	}
}
