package maxwell.ui.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import maxwell.model.RunRecord;
import maxwell.ui.experiments.NavigatorRows.RunRow;

/**
 * A run in the Properties view, read-only: where it lives and how far it got (category Run), and
 * every field of its run record — versions, seed, dataset fingerprint, host, times, failure —
 * read reflectively from the EMF model, so a new field appears without changes here (category Record).
 */
public final class RunPropertySource implements IPropertySource {

    private static final String RUN = "Run";
    private static final String RECORD = "Record";

    /** Property id → (category, label, value), in display order. */
    private final Map<String, Object[]> properties = new LinkedHashMap<>();

    public RunPropertySource(RunRow run) {
        put("folder", RUN, "folder", run.run().folder().toString());
        put("status", RUN, "status (effective)", run.status() == null ? "unreadable: " + run.summary().problem()
                : run.status().getName().toLowerCase(Locale.ROOT));
        if (run.stepsDone() >= 0) {
            put("progress", RUN, "steps done", run.totalSteps() > 0 ? run.stepsDone() + " of " + run.totalSteps()
                    + " (" + run.percent() + "%)" : String.valueOf(run.stepsDone()));
        }
        put("trainingHere", RUN, "trains in this workbench", run.trainingHere() ? "yes" : "no");
        RunRecord record = run.summary().record();
        if (record != null) {
            for (EAttribute attribute : record.eClass().getEAllAttributes()) {
                Object value = record.eGet(attribute);
                put("record." + attribute.getName(), RECORD, Labels.words(attribute.getName()), Labels.format(value));
            }
        }
    }

    private void put(String id, String category, String label, String value) {
        properties.put(id, new Object[] { category, label, value });
    }

    /** The properties' labels and values in display order, for tests and copying. */
    public Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        properties.values().forEach(p -> out.put((String) p[1], (String) p[2]));
        return out;
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        properties.forEach((id, p) -> {
            PropertyDescriptor descriptor = new PropertyDescriptor(id, (String) p[1]);
            descriptor.setCategory((String) p[0]);
            descriptor.setAlwaysIncompatible(true); // a property of one run says nothing about another
            descriptors.add(descriptor);
        });
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        Object[] p = properties.get(id);
        return p == null ? null : p[2];
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only: a run's record is what happened
    }
}
