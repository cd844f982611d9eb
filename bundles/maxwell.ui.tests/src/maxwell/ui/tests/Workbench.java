package maxwell.ui.tests;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/** Drives the running workbench the way a user would, from the UI thread the tests run on. */
final class Workbench {

    private Workbench() {
    }

    static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    static Path workspace() {
        return Paths.get(Platform.getInstanceLocation().getURL().getPath());
    }

    /** Runs a command as its menu item or key would, with the current selection and active part. */
    static Object execute(String commandId) throws Exception {
        return window().getService(IHandlerService.class).executeCommand(commandId, null);
    }

    /** Lets the UI work (events, async updates, painting) for a while. */
    static void pump(long millis) {
        long until = System.currentTimeMillis() + millis;
        Display display = display();
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Keeps the UI running until {@code condition} holds; fails with {@code what} after {@code timeoutMillis}. */
    static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
        waitUntil(() -> what, timeoutMillis, condition);
    }

    static void waitUntil(Supplier<String> what, long timeoutMillis, BooleanSupplier condition) {
        long until = System.currentTimeMillis() + timeoutMillis;
        Display display = display();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for: " + what.get());
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted waiting for " + what.get());
                }
            }
        }
    }

    static void join(Job job, long timeoutMillis) {
        waitUntil("job '" + job.getName() + "' to finish", timeoutMillis,
                () -> job.getState() == Job.NONE && job.getResult() != null);
    }

    /** How long a text field waits after typing before it hands its value to the model. */
    static final long FIELD_COMMIT_MS = 900;

    /** Types into a field the way a user does: replace its text, then press Enter. */
    static void type(org.eclipse.swt.widgets.Text field, String text) {
        field.setFocus();
        field.setText(text);
        field.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        pump(FIELD_COMMIT_MS);
    }

    /** Types into a field and presses Enter, which hands the value to the model at once. */
    static void enter(org.eclipse.swt.widgets.Text field, String text) {
        field.setFocus();
        field.setText(text);
        field.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        pump(50);
    }

    /** The control whose field name (see maxwell.ui.editor.FieldNames) is {@code name}, or null. */
    static Control field(Composite root, String name) {
        for (Control child : root.getChildren()) {
            if (name.equals(child.getData("maxwell.field"))) {
                return child;
            }
            if (child instanceof Composite composite) {
                Control found = field(composite, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
