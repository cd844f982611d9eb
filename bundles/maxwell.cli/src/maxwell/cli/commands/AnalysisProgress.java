package maxwell.cli.commands;

import java.io.PrintStream;

import maxwell.core.analysis.RunAnalysis;

/** One line per evaluation point while the demon table is computed (cached points are skipped silently). */
final class AnalysisProgress implements RunAnalysis.Progress {

    private final PrintStream out;
    private final String run;

    AnalysisProgress(PrintStream out, String run) {
        this.out = out;
        this.run = run;
    }

    @Override
    public void computing(int row, int rows) {
        out.println("analysing " + run + ": evaluation point " + (row + 1) + " of " + rows);
    }
}
