package wordbench.impls.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wordbench.conformance.Processes;

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
    void theBuildAndTheLoaderNameEachMachineAlike(String osName, String osArch, String rustTarget, String expected) {
        assertEquals(expected, NativePlatform.of(osName, osArch), "loader");
        assertEquals(expected, buildScriptPlatform(rustTarget), "build-native.sh");
    }

    @ParameterizedTest
    @CsvSource({"arm64, aarch64", "AARCH64, aarch64", "amd64, x86_64", "x86_64, x86_64", "riscv64, riscv64"})
    void architecturesHaveOneSpelling(String reported, String expected) {
        assertEquals(expected, NativePlatform.arch(reported));
    }

    private static String buildScriptPlatform(String rustTarget) {
        // Surefire runs in the module folder, where build-native.sh lives.
        return Processes.run(List.of("sh", Path.of("build-native.sh").toString(), "platform", rustTarget),
                Duration.ofSeconds(30)).requireSuccess().stdout().strip();
    }
}
