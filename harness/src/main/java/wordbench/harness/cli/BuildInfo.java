package wordbench.harness.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code wordbench --version}: the project version and the git commit it was built from, both
 * written into {@code build-info.properties} by the Maven build (harness/pom.xml), plus the JVM
 * and machine it runs on.
 */
final class BuildInfo implements IVersionProvider {

    static final String RESOURCE = "/wordbench/harness/cli/build-info.properties";

    @Override
    public String[] getVersion() {
        Properties info = read();
        String version = info.getProperty("version", "").strip();
        String commit = info.getProperty("commit", "").strip();
        return new String[] {
                "wordbench " + (version.isEmpty() ? "(version unknown: not built by Maven)" : version)
                        + (commit.isEmpty() ? "" : " (git commit " + commit + ")"),
                "Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + "), "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        };
    }

    static Properties read() {
        Properties info = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                info.load(in);
            }
        } catch (IOException e) {
            // An unreadable resource is an unknown version, said as such by getVersion.
        }
        return info;
    }
}
