package wordbench.impls.rust;

import java.util.Locale;

/**
 * The name of the folder the native library is packed in, {@code <os>-<arch>} such as
 * {@code linux-x86_64} or {@code darwin-aarch64}. {@code build-native.sh} names the folder it
 * packs from the compiler's target and this class names the folder it loads from the JVM's
 * {@code os.name}/{@code os.arch}; both spell each machine one way, because the same Mac is
 * {@code arm64} to {@code uname -m} and {@code aarch64} to the JVM (and the same PC
 * {@code x86_64} and {@code amd64}). {@code NativePlatformTest} holds the two spellings together.
 */
final class NativePlatform {

    private NativePlatform() {
    }

    /** This JVM's platform name. */
    static String current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** The platform name for a JVM's {@code os.name} and {@code os.arch}. */
    static String of(String osName, String osArch) {
        return os(osName) + "-" + arch(osArch);
    }

    /** {@code darwin}, {@code linux}, {@code windows}, else the name lowercased without spaces. */
    static String os(String name) {
        String os = name.toLowerCase(Locale.ROOT).replace(" ", "");
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return "darwin";
        }
        if (os.startsWith("windows")) {
            return "windows";
        }
        return os;
    }

    /** {@code x86_64} for amd64/x86_64/x64, {@code aarch64} for arm64/aarch64, else the name lowercased. */
    static String arch(String name) {
        String arch = name.toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64", "x86-64", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch;
        };
    }
}
