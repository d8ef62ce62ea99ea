package wordbench.harness.results;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a results file was measured on, kept beside it as {@code <results>.meta.json}: enough to
 * judge the numbers later and to print the footer of every chart.
 *
 * @param excluded strategy name to why it is not in the results (unavailable, disagreed, failed)
 */
public record RunMetadata(String date, String host, String profile, String jdk, String rustc, String jython,
                          String cpu, int cores, String os, String commit, String corpusSha256,
                          List<String> strategies, Map<String, String> excluded) {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** {@code results/X.json} → {@code results/X.meta.json}. */
    public static Path besides(Path results) {
        String name = results.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return results.resolveSibling(base + ".meta.json");
    }

    public static RunMetadata read(Path file) throws IOException {
        try {
            RunMetadata metadata = GSON.fromJson(Files.readString(file), RunMetadata.class);
            if (metadata == null) {
                throw new IOException(file + " is empty");
            }
            return metadata;
        } catch (JsonParseException | NumberFormatException e) {
            throw new IOException(file + " is not a wordbench metadata file: " + BenchResults.jsonProblem(e), e);
        }
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, GSON.toJson(this) + "\n");
    }

    /** For a results file that lost its metadata: the footer says so instead of guessing. */
    public static RunMetadata unknown() {
        return new RunMetadata("?", "?", "?", "?", "?", "?", "unknown machine", 0, "?", "?", "?", List.of(), Map.of());
    }
}
