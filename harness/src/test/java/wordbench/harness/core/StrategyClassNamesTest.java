package wordbench.harness.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import wordbench.spi.WordCounter;

/**
 * One naming rule for every strategy class, whatever its language: the strategy's name, its
 * hyphen-separated parts each starting with a capital, then {@code Counter} ({@code java-fast} →
 * {@code JavaFastCounter}, {@code rust-jni-talk} → {@code RustJniTalkCounter}). A part keeps the
 * capitals of its usual spelling ({@code cpython-rust} → {@code CPythonRustCounter},
 * {@code java-hashmap} → {@code JavaHashMapCounter}), so letters are compared ignoring case.
 */
class StrategyClassNamesTest {

    static boolean follows(String strategy, String className) {
        if (!className.endsWith("Counter")) {
            return false;
        }
        String stem = className.substring(0, className.length() - "Counter".length());
        if (!stem.toLowerCase(Locale.ROOT).equals(strategy.replace("-", ""))) {
            return false;
        }
        int at = 0;
        for (String part : strategy.split("-")) {
            if (part.isEmpty() || !Character.isUpperCase(stem.charAt(at))) {
                return false;
            }
            at += part.length();
        }
        return true;
    }

    @Test
    void theRuleTakesTheNameInOrderAndRefusesOtherOrders() {
        assertTrue(follows("java-fast", "JavaFastCounter"));
        assertTrue(follows("cpython-rust", "CPythonRustCounter"));
        assertTrue(follows("rust-jni-talk", "RustJniTalkCounter"));
        assertFalse(follows("java-fast", "FastJavaCounter"), "parts in another order");
        assertFalse(follows("java-hashmap", "HashMapCounter"), "a part left out");
        assertFalse(follows("rust-jni", "RustjniCounter"), "a part without its capital");
        assertFalse(follows("jython", "Jython"), "no Counter");
    }

    @Test
    void everyStrategyClassIsNamedAfterItsStrategy() {
        List<String> wrong = new ArrayList<>();
        try (Strategies strategies = Strategies.load()) {
            for (WordCounter counter : strategies.all()) {
                String className = counter.getClass().getSimpleName();
                if (!follows(counter.name(), className)) {
                    wrong.add(counter.name() + " is " + counter.getClass().getName());
                }
            }
            assertFalse(strategies.all().isEmpty(), "no strategy on the test class path");
        }
        assertEquals(List.of(), wrong, "strategy classes not named after their strategy (" + StrategyClassNamesTest.class.getSimpleName() + ")");
    }
}
