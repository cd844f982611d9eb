package maxwell.cli.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small .npy files the way NumPy lays them out (format 1.0 or 2.0). */
final class Npy {

    private Npy() {
    }

    static void write(Path file, int version, String descr, String shape, double[] values) throws IOException {
        int item = descr.endsWith("8") ? 8 : 4;
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int prefix = version == 1 ? 10 : 12;
        int total = prefix + dict.length() + 1;
        int padded = (total + 63) / 64 * 64;
        StringBuilder header = new StringBuilder(dict);
        while (prefix + header.length() + 1 < padded) {
            header.append(' ');
        }
        header.append('\n');
        ByteBuffer b = ByteBuffer.allocate(padded + values.length * item).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) version, 0 });
        if (version == 1) {
            b.putShort((short) header.length());
        } else {
            b.putInt(header.length());
        }
        b.put(header.toString().getBytes(StandardCharsets.ISO_8859_1));
        for (double v : values) {
            switch (descr) {
                case "<f8" -> b.putDouble(v);
                case "<f4" -> b.putFloat((float) v);
                case "<i8" -> b.putLong((long) v);
                default -> b.putInt((int) v);
            }
        }
        Files.write(file, b.array());
    }
}
