package maxwell.core.provider;

/**
 * Told when a run has new metrics, snapshots or a new status. Called on the thread that noticed
 * the change (never the trainer's): a view re-reads the provider on its own UI thread.
 */
@FunctionalInterface
public interface RunListener {

    void runChanged(RunDataProvider run);
}
