package maxwell.dl4j.internal;

import org.nd4j.common.config.ND4JClassLoading;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import maxwell.dl4j.NativeBinary;

/**
 * Makes ND4J find its backend inside OSGi, before any other bundle touches it.
 *
 * <p>ND4J discovers its backend and ops with {@link java.util.ServiceLoader} through a class
 * loader it captures in a static initializer (from the thread context class loader). Under
 * OSGi that loader is not the one that sees the embedded jars, so the backend is "missing".
 * The bundle is lazily activated, so this runs as soon as any bundle loads a DL4J/ND4J class,
 * and no consumer has to know about it. It is also the moment to choose the native build for this
 * CPU, before anything loads it.
 */
public final class Nd4jOsgiActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        NativeBinary.choose();
        ClassLoader embedded = Nd4jOsgiActivator.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(embedded);
        try {
            ND4JClassLoading.setNd4jClassloader(embedded);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void stop(BundleContext context) {
        // Native memory is released by JavaCPP's deallocator thread; nothing to undo here.
    }
}
