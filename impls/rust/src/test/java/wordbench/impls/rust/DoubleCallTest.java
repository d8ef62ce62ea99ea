package wordbench.impls.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class DoubleCallTest {

    @Test
    void allThreeWaysDoubleWithJavaOverflow() {
        assumeTrue(DoubleCall.availability().available());
        for (int x : new int[] {0, 1, -1, 21, 1 << 30, Integer.MAX_VALUE, Integer.MIN_VALUE, -123_456_789}) {
            assertEquals(x * 2, DoubleCall.plain(x));
            assertEquals(x * 2, DoubleCall.jni(x), "jni " + x);
            assertEquals(x * 2, DoubleCall.ffm(x), "ffm " + x);
        }
    }

    @Test
    void ffmSaysWhyWhenUnavailable() {
        assumeTrue(!DoubleCall.availability().available());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DoubleCall.ffm(1));
        assertEquals("Rust library unavailable: " + PackedLibrary.BUILT_WITHOUT_CARGO, e.getMessage());
        assertEquals(2, DoubleCall.plain(1));
    }
}
