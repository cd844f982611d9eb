package maxwell.ui.runs;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells the navigator that experiments or runs may have appeared, changed or gone: a run started
 * or stopped, an experiment was created or saved. Listeners are called on any thread and must
 * only schedule work.
 */
public final class WorkspaceChanges {

    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    private WorkspaceChanges() {
    }

    public static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    public static void fire() {
        LISTENERS.forEach(Runnable::run);
    }
}
