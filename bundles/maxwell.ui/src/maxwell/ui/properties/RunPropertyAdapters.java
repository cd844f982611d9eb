package maxwell.ui.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

import maxwell.ui.experiments.NavigatorRows.RunRow;

/** Lets the Properties view show a run selected in the Experiments navigator. */
public final class RunPropertyAdapters implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IPropertySource.class && adaptable instanceof RunRow run) {
            return adapterType.cast(new RunPropertySource(run));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }
}
