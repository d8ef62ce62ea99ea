package wordbench.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StrategyTraitsTest {

    @Test
    void theShortFormIsSingleThreadedWithoutOptionsAndNoBaseline() {
        StrategyTraits traits = StrategyTraits.of(RuntimeKind.JVM, WarmUp.STANDARD, "C2", 7);
        assertFalse(traits.parallel());
        assertEquals(List.of(), traits.forkJvmOptions());
        assertEquals(OptionalInt.empty(), traits.baselinePriority());
        assertEquals(7, traits.countOrder());
        assertFalse(traits.streaming(), "a strategy holds whole texts unless it says it streams");
        assertFalse(traits.garbagePerWord(), "and leaves no garbage per word unless it says so");
        assertFalse(traits.keyedTable(), "and counts in a table of its own only if it says so");
    }

    @Test
    void eachAdditionKeepsTheRest() {
        StrategyTraits traits = StrategyTraits.of(RuntimeKind.JVM_INTERPRETER, WarmUp.EXTENDED, "Truffle", 9)
                .inParallel().asBaseline(3).withForkJvmOptions(List.of("-XX:+EnableJVMCI")).streamingInput().leavingGarbagePerWord().countingInKeyedTable();
        assertEquals(new StrategyTraits(RuntimeKind.JVM_INTERPRETER, true, WarmUp.EXTENDED, "Truffle",
                List.of("-XX:+EnableJVMCI"), OptionalInt.of(3), 9, true, true, true), traits);
        assertEquals(traits, traits.countingInKeyedTable().leavingGarbagePerWord().streamingInput().inParallel().asBaseline(3));
    }

    @Test
    void aWarmUpClassNeedsItsReasonAndOptionsMustBeReal() {
        assertThrows(IllegalArgumentException.class, () -> StrategyTraits.of(RuntimeKind.JVM, WarmUp.QUICK, " ", 1));
        assertThrows(IllegalArgumentException.class, () -> StrategyTraits.of(RuntimeKind.JVM, WarmUp.QUICK, "x", 1)
                .withForkJvmOptions(List.of("")));
    }

    @Test
    void onlyInterpretersOnTheJitHaveSlowCallsAndOnlyTheHeapIsVisible() {
        assertTrue(WarmUp.LONG.slowCalls());
        assertTrue(WarmUp.EXTENDED.slowCalls());
        assertFalse(WarmUp.STANDARD.slowCalls());
        assertTrue(RuntimeKind.JVM.heapAllocationVisible());
        assertFalse(RuntimeKind.NATIVE_FFM.heapAllocationVisible());
        assertFalse(RuntimeKind.EXTERNAL_PROCESS.heapAllocationVisible());
    }
}
