package wordbench.impls.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The build packs the library under a folder named from the Rust target (build-native.sh) and
 * the loader looks for it under a name made from os.name/os.arch (NativePlatform): on every
 * machine a speaker might bring the two must be the same word, or every Rust strategy says
 * "built for X, this is Y".
 */
class NativePlatformTest {

    /** What each machine's JVM reports, what rustc calls it, and the one name both must give. */
    @ParameterizedTest(name = "{0} / {1} = {2} = {3}")
    @CsvSource({
            "Mac OS X, aarch64, aarch64-apple-darwin,      darwin-aarch64", // Apple Silicon
            "Mac OS X, x86_64,  x86_64-apple-darwin,       darwin-x86_64", // Intel Mac
            "Linux,    aarch64, aarch64-unknown-linux-gnu, linux-aarch64",
            "Linux,    amd64,   x86_64-unknown-linux-gnu,  linux-x86_64",
    })
    void theBuildAndTheLoaderNameEachMachineAlike(String osName, String osArch, String rustTarget, String expected)
            throws IOException, InterruptedException {
        assertEquals(expected, NativePlatform.of(osName, osArch), "loader");
        assertEquals(expected, buildScriptPlatform(rustTarget), "build-native.sh");
    }

    @ParameterizedTest
    @CsvSource({"arm64, aarch64", "AARCH64, aarch64", "amd64, x86_64", "x86_64, x86_64", "riscv64, riscv64"})
    void architecturesHaveOneSpelling(String reported, String expected) {
        assertEquals(expected, NativePlatform.arch(reported));
    }

    private static String buildScriptPlatform(String rustTarget) throws IOException, InterruptedException {
        // Surefire runs in the module folder, where build-native.sh lives.
        Process process = new ProcessBuilder("sh", Path.of("build-native.sh").toString(), "platform", rustTarget)
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("build-native.sh platform " + rustTarget + " failed: " + out);
        }
        return out;
    }
}
