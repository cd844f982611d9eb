package maxwell.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Builds a dataset fingerprint: SHA-256 over named parameters and input bytes. Every field is
 * length-prefixed so that {@code ("ab","c")} and {@code ("a","bc")} cannot collide.
 */
public final class Fingerprint {

	private final MessageDigest digest;

	public Fingerprint(String kind) {
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
		add("kind", kind);
	}

	public Fingerprint add(String name, Object value) {
		field(name.getBytes(StandardCharsets.UTF_8));
		field(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
		return this;
	}

	public Fingerprint addBytes(String name, byte[] bytes) {
		field(name.getBytes(StandardCharsets.UTF_8));
		field(bytes);
		return this;
	}

	/** Streams a file into the digest (Fashion-MNIST is 30 MB; no need to hold it twice). */
	public Fingerprint addFile(String name, Path file) throws IOException {
		field(name.getBytes(StandardCharsets.UTF_8));
		digest.update(longBytes(Files.size(file)));
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		return this;
	}

	private void field(byte[] bytes) {
		digest.update(longBytes(bytes.length));
		digest.update(bytes);
	}

	private static byte[] longBytes(long value) {
		byte[] b = new byte[8];
		for (int i = 0; i < 8; i++) {
			b[i] = (byte) (value >>> (56 - 8 * i));
		}
		return b;
	}

	public String hex() {
		return HexFormat.of().formatHex(digest.digest());
	}
}
