package maxwell.info.flow;

/**
 * Column names of the demon table. Partition columns use the partition's name, e.g.
 * {@code I(Z_content;D)}. "c" and "s" are the content and style partitions chosen in
 * {@link FlowSettings}.
 */
public final class Columns {

    public static final String H_D = "H(D)";
    public static final String H_C = "H(C)";
    public static final String I_ZC_ZS = "I(Z_c;Z_s)";
    public static final String SIGMA_D = "sigma_D";
    public static final String SIGMA_C = "sigma_C";
    /** Change of I(Z_c;Z_s) from the previous point. */
    public static final String DELTA_I_ZC_ZS = "dI(Z_c;Z_s)";
    public static final String L_C = "l_c";
    public static final String L_S = "l_s";
    public static final String TE_C_TO_S = "TE(c->s)";
    public static final String TE_S_TO_C = "TE(s->c)";
    public static final String MIG = "MIG";
    public static final String DCI_D = "DCI disentanglement";
    public static final String DCI_C = "DCI completeness";
    public static final String DCI_I = "DCI informativeness";

    private Columns() {
    }

    public static String domainInformation(String partition) {
        return "I(Z_" + partition + ";D)";
    }

    public static String contentInformation(String partition) {
        return "I(Z_" + partition + ";C)";
    }

    public static String rateLower(String partition) {
        return "I(X;Z_" + partition + ") lower";
    }

    public static String rateUpper(String partition) {
        return "I(X;Z_" + partition + ") upper";
    }

    /** Change from the previous point of a per-partition column. */
    public static String delta(String column) {
        return "d" + column;
    }
}
