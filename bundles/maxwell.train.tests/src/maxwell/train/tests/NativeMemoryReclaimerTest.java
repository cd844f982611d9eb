package maxwell.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import maxwell.train.step.NativeMemoryReclaimer;

class NativeMemoryReclaimerTest {

    @Test
    void collectsOnceEveryIntervalOfSteps() {
        AtomicInteger collections = new AtomicInteger();
        NativeMemoryReclaimer reclaimer = new NativeMemoryReclaimer(50, collections::incrementAndGet);
        for (int step = 1; step <= 149; step++) {
            reclaimer.stepDone();
        }
        assertEquals(2, collections.get(), "after steps 50 and 100, not yet at 149");
        reclaimer.stepDone();
        assertEquals(3, collections.get(), "and at step 150");
    }

    @Test
    void anIntervalOfZeroNeverCollects() {
        AtomicInteger collections = new AtomicInteger();
        NativeMemoryReclaimer reclaimer = new NativeMemoryReclaimer(0, collections::incrementAndGet);
        for (int step = 0; step < 500; step++) {
            reclaimer.stepDone();
        }
        assertEquals(0, collections.get());
    }
}
