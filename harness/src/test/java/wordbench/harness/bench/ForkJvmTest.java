package wordbench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import wordbench.harness.core.Corpus;

class ForkJvmTest {

    @Test
    void theLauncherAndTheBuildSetEveryNativeMemoryTunable() throws Exception {
        String launcher = Files.readString(Corpus.home().resolve("wordbench"));
        String pom = Files.readString(Corpus.home().resolve("harness/pom.xml"));
        for (String tunable : ForkJvm.NATIVE_MEMORY) {
            assertTrue(launcher.contains(tunable), "./wordbench sets " + tunable);
            assertTrue(pom.contains(tunable), "./mvnw verify sets " + tunable);
        }
    }

    @Test
    void aRunWithoutThemIsWarnedNamingWhatIsMissing() {
        String all = String.join(":", ForkJvm.NATIVE_MEMORY);
        assertEquals(Optional.empty(), ForkJvm.nativeMemoryWarning("Linux", all));
        assertEquals(Optional.empty(), ForkJvm.nativeMemoryWarning("Linux", "glibc.rtld.nns=2:" + all));
        assertEquals(Optional.empty(), ForkJvm.nativeMemoryWarning("Mac OS X", null), "glibc only");
        String warning = ForkJvm.nativeMemoryWarning("Linux", "glibc.malloc.hugetlb=1").orElseThrow();
        assertTrue(warning.contains("lacks glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=1073741824"), warning);
        assertTrue(ForkJvm.nativeMemoryWarning("Linux", null).orElseThrow().contains("glibc.malloc.hugetlb=1"));
        assertTrue(ForkJvm.nativeMemoryWarning("Linux", "glibc.malloc.hugetlb=0:glibc.malloc.mmap_threshold=33554432"
                + ":glibc.malloc.trim_threshold=1073741824").orElseThrow().contains("lacks glibc.malloc.hugetlb=1"));
    }
}
