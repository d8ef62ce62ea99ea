package wordbench.harness.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StringHashCollisionsTest {

    @Test
    void everyCollidingWordSharesOneHashAndTheControlsSpread() {
        List<String> colliding = StringHashCollisions.words(10, true, 1);
        List<String> random = StringHashCollisions.words(10, false, 1);
        assertEquals(1024, new HashSet<>(colliding).size());
        assertEquals(1024, new HashSet<>(random).size());
        assertEquals(1, colliding.stream().map(String::hashCode).distinct().count(), "one bucket");
        assertTrue(random.stream().map(String::hashCode).distinct().count() > 1000, "the control's hashes spread");
        assertTrue(colliding.stream().allMatch(w -> w.length() == 20) && random.stream().allMatch(w -> w.length() == 20),
                "same shape");
    }

    @Test
    void theTextHoldsEachWordOnceAndTheWordRuleKeepsThemWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.txt");
        StringHashCollisions.write(file, 8, true, 1);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Set<String> words = java.util.Arrays.stream(text.split("[ \n]")).collect(Collectors.toSet());
        assertEquals(Set.copyOf(StringHashCollisions.words(8, true, 1)), words);
        assertEquals(text.toLowerCase(java.util.Locale.ROOT), text, "already lowercase: lower() changes nothing");
        assertTrue(text.codePoints().filter(c -> c != ' ' && c != '\n').allMatch(wordbench.spi.PythonWordRule::isWordChar),
                "every letter is a word character");
    }
}
