package wordbench.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ThreadCountTest {

    @Test
    void unsetOrBlankMeansEveryProcessor() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(cores, ThreadCount.parse(null));
        assertEquals(cores, ThreadCount.parse(" "));
    }

    @Test
    void wholeNumbersFromOneToTheMaximumAreTaken() {
        assertEquals(1, ThreadCount.parse("1"));
        assertEquals(3, ThreadCount.parse(" 3 "));
        assertEquals(ThreadCount.MAX, ThreadCount.parse(Integer.toString(ThreadCount.MAX)));
    }

    @Test
    void anythingElseIsRefusedWithTheValueInTheMessage() {
        for (String bad : new String[] {"0", "-2", "many", "1.5", "1025", "99999999999"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThreadCount.parse(bad));
            assertEquals("-Dwordbench.threads must be a whole number from 1 to 1024, not '" + bad + "'", e.getMessage());
        }
    }
}
