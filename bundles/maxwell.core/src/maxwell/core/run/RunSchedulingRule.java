package maxwell.core.run;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** One job at a time per run folder; runs in different folders train side by side. */
public record RunSchedulingRule(Path folder) implements ISchedulingRule {

    public RunSchedulingRule {
        folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public boolean contains(ISchedulingRule rule) {
        return isConflicting(rule);
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return rule instanceof RunSchedulingRule other && other.folder.equals(folder);
    }
}
