package wordbench.harness.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmOptionsTest {

    @Test
    void commentsAndBlankLinesAreNotOptions() {
        assertEquals(List.of("--a=b", "-Xmx1g", "-Dx=y"),
                JvmOptions.parse("# heading\n\n--a=b   # why\n  -Xmx1g -Dx=y\n#--not-this\n"));
    }

    @Test
    void theRepositoryFileHoldsTheJdk25Flags() throws IOException {
        List<String> options = JvmOptions.read(Corpus.home());
        assertTrue(options.stream().anyMatch(o -> o.startsWith("--enable-native-access=")), options.toString());
        assertTrue(options.stream().anyMatch(o -> o.startsWith("--sun-misc-unsafe-memory-access=")), options.toString());
    }

    @Test
    void mavenStartsThisJvmWithTheFile() throws IOException {
        // The pom passes jvm.options as @FILE; java expands it into the input arguments.
        List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (String option : JvmOptions.read(Corpus.home())) {
            assertTrue(arguments.contains(option), option + " missing from " + arguments);
        }
        assertEquals(Corpus.home().resolve(JvmOptions.FILE_NAME),
                Path.of(System.getProperty("wordbench.jvm.options")).toAbsolutePath().normalize());
    }
}
