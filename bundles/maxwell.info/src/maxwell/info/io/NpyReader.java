package maxwell.info.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads NumPy {@code .npy} files (format versions 1.0 and 2.0, as specified in NumPy's
 * {@code numpy.lib.format} documentation): magic {@code \x93NUMPY}, version bytes, header length
 * (2 bytes little-endian in v1, 4 bytes in v2), an ASCII dict with {@code descr},
 * {@code fortran_order} and {@code shape}, then the raw data. Supported: little-endian
 * {@code <f8 <f4 <i8 <i4} (and {@code |i1 |u1}), C order, 1-D (one column) or 2-D arrays.
 */
public final class NpyReader {

    private static final byte[] MAGIC = { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y' };
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyReader() {
    }

    public static DataTable read(Path file) throws IOException, DataFormatException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 10 || !java.util.Arrays.equals(java.util.Arrays.copyOf(bytes, 6), MAGIC)) {
            throw new DataFormatException(file + ": not a NumPy .npy file (bad magic)");
        }
        int major = bytes[6] & 0xff;
        int headerLength;
        int headerStart;
        if (major == 1) {
            headerLength = buffer.getShort(8) & 0xffff;
            headerStart = 10;
        } else if (major == 2 || major == 3) {
            if (bytes.length < 12) {
                throw new DataFormatException(file + ": truncated .npy header");
            }
            headerLength = buffer.getInt(8);
            headerStart = 12;
        } else {
            throw new DataFormatException(file + ": unsupported .npy format version " + major);
        }
        if (headerLength < 0 || headerStart + (long) headerLength > bytes.length) {
            throw new DataFormatException(file + ": truncated .npy header");
        }
        String header = new String(bytes, headerStart, headerLength, StandardCharsets.ISO_8859_1);
        String descr = group(DESCR, header, file, "descr");
        String fortran = group(FORTRAN, header, file, "fortran_order");
        String shapeText = group(SHAPE, header, file, "shape");
        if (fortran.equals("True")) {
            throw new DataFormatException(file + ": Fortran-order arrays are not supported; save with np.ascontiguousarray");
        }
        int itemSize;
        switch (descr) {
            case "<f8", "<i8" -> itemSize = 8;
            case "<f4", "<i4" -> itemSize = 4;
            case "|i1", "|u1" -> itemSize = 1;
            default -> throw new DataFormatException(file + ": unsupported dtype '" + descr
                    + "' (supported: little-endian <f8 <f4 <i8 <i4, |i1 |u1)");
        }
        long[] shape = parseShape(shapeText, file);
        long rows = shape[0];
        long cols = shape.length == 2 ? shape[1] : 1;
        long expected = rows * cols * itemSize;
        int dataStart = headerStart + headerLength;
        if (bytes.length - dataStart < expected) {
            throw new DataFormatException(file + ": truncated data: shape " + rows + "x" + cols + " needs " + expected
                    + " bytes, the file has " + (bytes.length - dataStart));
        }
        if (rows * cols > Integer.MAX_VALUE - 8 || cols == 0 || rows == 0) {
            throw new DataFormatException(file + ": cannot use an array of shape (" + shapeText.strip() + ")");
        }
        double[][] out = new double[(int) rows][(int) cols];
        int at = dataStart;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double v = switch (descr) {
                    case "<f8" -> buffer.getDouble(at);
                    case "<i8" -> buffer.getLong(at);
                    case "<f4" -> buffer.getFloat(at);
                    case "<i4" -> buffer.getInt(at);
                    case "|i1" -> bytes[at];
                    default -> bytes[at] & 0xff;
                };
                if (!Double.isFinite(v)) {
                    throw new DataFormatException(file + ": row " + i + ", column " + j + ": " + v
                            + " (NaN and infinite values cannot be estimated; remove or impute them)");
                }
                out[i][j] = v;
                at += itemSize;
            }
        }
        return new DataTable(out, List.of());
    }

    private static String group(Pattern p, String header, Path file, String key) throws DataFormatException {
        Matcher m = p.matcher(header);
        if (!m.find()) {
            throw new DataFormatException(file + ": corrupt .npy header (no '" + key + "')");
        }
        return m.group(1);
    }

    private static long[] parseShape(String text, Path file) throws DataFormatException {
        String[] parts = text.split(",");
        List<String> dims = java.util.Arrays.stream(parts).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (dims.isEmpty() || dims.size() > 2) {
            throw new DataFormatException(file + ": only 1-D and 2-D arrays are supported, shape is (" + text.strip() + ")");
        }
        long[] shape = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            try {
                shape[i] = Long.parseLong(dims.get(i));
            } catch (NumberFormatException e) {
                throw new DataFormatException(file + ": corrupt .npy header (shape " + text.strip() + ")");
            }
        }
        return shape;
    }
}
