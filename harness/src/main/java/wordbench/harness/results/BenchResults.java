package wordbench.harness.results;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JMH JSON results file (a plain JMH array, so jmh-visualizer loads it too) with its metadata,
 * and the questions the charts ask of it.
 *
 * @param source the results file name, for the footer
 */
public record BenchResults(List<Measurement> measurements, RunMetadata metadata, String source) {

    public static final String WORD_COUNT = "WordCountBenchmark.count";
    public static final String COLD_CALL = "ColdFirstCallBenchmark.firstCall";
    public static final String FLOOR = "FloorBenchmark.readAndFindWords";
    public static final String THREAD_SCALING = "ThreadScalingBenchmark.count";
    public static final String CALL_OVERHEAD_CLASS = "DoubleCallBenchmark";
    /** An empty request across a strategy's boundary (the pipe to a worker process), per strategy. */
    public static final String EMPTY_REQUEST = "BoundaryBenchmark.emptyRequest";
    public static final String ALLOCATION = "gc.alloc.rate.norm";
    /** The {@code input} parameter of big.txt and its copies (results from before it existed have none). */
    public static final String BIG_TXT = "big.txt";

    /** Reads {@code results/X.json} and, when present, {@code results/X.meta.json}. */
    public static BenchResults load(Path json) throws IOException {
        Path meta = RunMetadata.besides(json);
        RunMetadata metadata = Files.isRegularFile(meta) ? RunMetadata.read(meta) : RunMetadata.unknown();
        return read(json, metadata, json.getFileName().toString());
    }

    public static BenchResults read(Path json, RunMetadata metadata, String source) throws IOException {
        if (!Files.isRegularFile(json)) {
            throw new NoSuchFileException(json.toString());
        }
        List<Measurement> measurements = new ArrayList<>();
        try {
            JsonElement root = JsonParser.parseString(Files.readString(json));
            if (!root.isJsonArray()) {
                throw new IOException(json + " is not a JMH JSON results file (no top-level array)");
            }
            for (JsonElement element : root.getAsJsonArray()) {
                measurements.add(measurement(element.getAsJsonObject()));
            }
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException
                 | ClassCastException | NumberFormatException e) {
            throw new IOException(json + " is not a JMH JSON results file: " + jsonProblem(e), e);
        }
        return new BenchResults(List.copyOf(measurements), metadata, source);
    }

    private static Measurement measurement(JsonObject o) {
        String benchmark = o.get("benchmark").getAsString();
        int method = benchmark.lastIndexOf('.');
        int type = benchmark.lastIndexOf('.', method - 1);
        Map<String, String> params = new TreeMap<>();
        if (o.has("params")) {
            o.getAsJsonObject("params").entrySet().forEach(e -> params.put(e.getKey(), e.getValue().getAsString()));
        }
        Map<String, Measurement.Metric> secondary = new LinkedHashMap<>();
        if (o.has("secondaryMetrics")) {
            o.getAsJsonObject("secondaryMetrics").entrySet()
                    .forEach(e -> secondary.put(e.getKey(), metric(e.getValue().getAsJsonObject())));
        }
        JsonObject primary = o.getAsJsonObject("primaryMetric");
        List<List<Double>> forks = new ArrayList<>();
        if (primary.has("rawData")) {
            for (JsonElement fork : primary.getAsJsonArray("rawData")) {
                List<Double> iterations = new ArrayList<>();
                fork.getAsJsonArray().forEach(v -> iterations.add(number(v)));
                forks.add(iterations);
            }
        }
        return new Measurement(benchmark.substring(type + 1), o.get("mode").getAsString(), params,
                metric(primary), secondary, forks);
    }

    private static Measurement.Metric metric(JsonObject o) {
        return new Measurement.Metric(number(o.get("score")), number(o.get("scoreError")), o.get("scoreUnit").getAsString());
    }

    private static final Pattern JSON_POSITION = Pattern.compile("line (\\d+) column (\\d+)");

    /**
     * What is wrong with a JSON file, in our words: Gson's messages name its own classes and
     * advise calling its API ("Use JsonReader.setStrictness..."), which helps no user.
     */
    static String jsonProblem(RuntimeException e) {
        if (e instanceof NumberFormatException) {
            return "a value that should be a number is not one (" + e.getMessage().replaceFirst("^For input string: ", "") + ")";
        }
        if (e instanceof JsonParseException && e.getCause() instanceof NumberFormatException notANumber) {
            return jsonProblem(notANumber);
        }
        if (e instanceof JsonParseException) {
            // A syntax error comes with an IOException inside (malformed, or the file ends early);
            // anything else is valid JSON with a value of the wrong kind (text where a number goes).
            String what = e.getCause() instanceof IOException || e.getCause() == null
                    ? "not valid JSON" : "a value of the wrong kind";
            Matcher at = JSON_POSITION.matcher(String.valueOf(e.getMessage()));
            return at.find() ? what + " at line " + at.group(1) + ", column " + at.group(2) : what;
        }
        return "valid JSON, but not in the shape JMH writes (a list of results, each with benchmark, mode, params "
                + "and primaryMetric)";
    }

    // JMH writes a number, or the string "NaN" when it has no value (e.g. an error from one sample).
    private static double number(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return Double.NaN;
        }
        return e.getAsJsonPrimitive().isNumber() ? e.getAsDouble() : Double.parseDouble(e.getAsString());
    }

    /** Every result of one benchmark ("Class.method"), in file order. */
    public List<Measurement> of(String benchmark) {
        return measurements.stream().filter(m -> m.benchmark().equals(benchmark)).toList();
    }

    /** The smallest copies value timed: one big.txt in a normal run. */
    public Optional<Integer> smallestCopies() {
        return of(WORD_COUNT).stream().map(m -> m.intParam("copies")).min(Integer::compare);
    }

    /** Strategy name to its warm word-count result at {@code copies}. */
    public Map<String, Measurement> wordCountAt(int copies) {
        return byStrategy(WORD_COUNT, copies);
    }

    /** Strategy name to its cold first-call result at {@code copies}. */
    public Map<String, Measurement> coldCallAt(int copies) {
        return byStrategy(COLD_CALL, copies);
    }

    public Optional<Measurement> floorAt(int copies) {
        return of(FLOOR).stream().filter(m -> m.intParam("copies") == copies).findFirst();
    }

    private Map<String, Measurement> byStrategy(String benchmark, int copies) {
        Map<String, Measurement> result = new TreeMap<>();
        for (Measurement m : bigTxt(benchmark)) {
            if (m.intParam("copies") == copies) {
                result.put(m.param("strategy"), m);
            }
        }
        return result;
    }

    /**
     * The results of {@code benchmark} on big.txt and its copies only: other inputs (the adversarial
     * text and its control, one copy each) answer another question and must not join big.txt's series.
     */
    public List<Measurement> bigTxt(String benchmark) {
        return of(benchmark).stream().filter(m -> {
            String input = m.param("input");
            return input == null || input.equals(BIG_TXT);
        }).toList();
    }

    /** What every chart says at the bottom: where and when these numbers come from. */
    public String footer() {
        RunMetadata m = metadata;
        if (m.equals(RunMetadata.unknown())) {
            return "machine, JDK, date and commit unknown (no .meta.json beside it) · " + source;
        }
        String date = m.date().length() >= 10 ? m.date().substring(0, 10) : m.date();
        return m.cpu() + " (" + m.cores() + " cores) · " + m.jdk() + " · " + date + " · commit " + m.commit()
                + " · " + m.profile() + " profile · " + source;
    }

}
