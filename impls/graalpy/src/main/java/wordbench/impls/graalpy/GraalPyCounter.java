package wordbench.impls.graalpy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.kohsuke.MetaInfServices;
import wordbench.impls.cpython.TopWordsScript;
import wordbench.spi.Availability;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.PythonWordRule;
import wordbench.spi.RuntimeKind;
import wordbench.spi.StrategyTraits;
import wordbench.spi.TopWords;
import wordbench.spi.WarmUp;
import wordbench.spi.WholeTextLimit;
import wordbench.spi.WordCount;
import wordbench.spi.WordCounter;

/**
 * Python 3 on the JVM: the cpython strategy's very {@code top_words.py}, run by GraalPy in this
 * JVM. GraalPy's Unicode is newer than CPython 3.11's, so the script gets CPython's own tables
 * ({@code use_word_rule}) for text that is not pure ASCII, as Jython does.
 *
 * <p>GraalPy is fast only on the Graal JIT, which a stock JDK runs with
 * {@code -XX:+EnableJVMCI} and the compiler jars on {@code --upgrade-module-path}: the build puts
 * them in {@code graal-compiler/} beside this module's classes or jar, and the strategy's traits ask
 * every benchmark fork for those options. In a JVM started without them GraalPy interprets: its
 * answers are the same, its times are not GraalPy's, so the benchmarks never time it that way.
 */
@MetaInfServices(WordCounter.class)
public final class GraalPyCounter implements WordCounter {

    static final String COMPILER_DIR = "graal-compiler";
    private static final int ENOENT = 2;

    /** Wraps top_words so the script's own exceptions come back as plain values, not host exceptions. */
    private static final String CALL = String.join("\n",
            "def counted(paths, n):",
            "    try:",
            "        return ('ok', top_words(list(paths), n))",
            "    except InvalidUtf8 as e:",
            "        return ('utf8', e.index, e.start)",
            "    except ReadFailed as e:",
            "        return ('read', e.index, -1 if e.errno is None else e.errno, str(e.strerror))",
            "counted");

    private Context context;
    private Value counted;

    @Override
    public String name() {
        return "graalpy";
    }

    @Override
    public String description() {
        return "the cpython strategy's top_words.py run by GraalPy 25 in the JVM (Graal JIT in benchmark forks; CPython 3.11 tables for non-ASCII text)";
    }

    @Override
    public StrategyTraits traits() {
        StrategyTraits traits = StrategyTraits.of(RuntimeKind.JVM_INTERPRETER, WarmUp.EXTENDED,
                "Truffle compiles the Python loop with Graal only after about a hundred seconds of calls", 90);
        return compilerDir().map(dir -> traits.withForkJvmOptions(List.of("-XX:+UnlockExperimentalVMOptions",
                "-XX:+EnableJVMCI", "--upgrade-module-path=" + modulePath(dir)))).orElse(traits);
    }

    @Override
    public Availability availability() {
        try {
            Class.forName("org.graalvm.polyglot.Context", false, GraalPyCounter.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Availability.unavailable("GraalPy (org.graalvm.polyglot) is not on the classpath");
        }
        if (compilerDir().isEmpty()) {
            return Availability.unavailable("the Graal compiler jars (" + COMPILER_DIR + "/ beside "
                    + codeSource().map(Path::toString).orElse("the graalpy module") + ") are missing: without the JIT"
                    + " GraalPy only interprets; ./mvnw package puts them there");
        }
        return Availability.AVAILABLE;
    }

    /** Whether this JVM runs GraalPy compiled (the Graal JIT is on) rather than interpreted. */
    public static boolean jitEnabled() {
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
            return !engine.getImplementationName().toLowerCase(java.util.Locale.ROOT).contains("interpreted");
        }
    }

    @Override
    public TopWords count(List<Path> files, int n) throws IOException {
        WordCounter.requireValidRequest(files, n);
        Availability availability = availability();
        if (!availability.available()) {
            throw new IllegalStateException(name() + " is unavailable: " + availability.reason());
        }
        // GraalPy holds a file's bytes, its text, the lowered copy and a str object per word: with a
        // 700 MiB heap 52 MB of big.txt copies did not finish in 5 minutes (all GC), with 1,200 MiB it
        // did. Refused before the script starts rather than left to thrash.
        WholeTextLimit.require(files, WholeTextLimit.bytesFor(24), name());
        start();
        Value reply;
        try {
            reply = counted.execute(ProxyArray.fromArray(files.stream().map(HostFileNames::pythonName).toArray()), n);
        } catch (PolyglotException e) {
            throw new IllegalStateException(name() + ": the Python script failed: " + e.getMessage(), e);
        }
        String kind = reply.getArrayElement(0).asString();
        switch (kind) {
            case "ok" -> {
                Value top = reply.getArrayElement(1);
                List<WordCount> entries = new ArrayList<>((int) top.getArraySize());
                for (long i = 0; i < top.getArraySize(); i++) {
                    Value pair = top.getArrayElement(i);
                    entries.add(new WordCount(pair.getArrayElement(0).asString(), pair.getArrayElement(1).asLong()));
                }
                return new TopWords(entries);
            }
            case "utf8" -> throw new InvalidUtf8Exception(files.get(reply.getArrayElement(1).asInt()),
                    reply.getArrayElement(2).asLong());
            default -> {
                Path file = files.get(reply.getArrayElement(1).asInt());
                if (reply.getArrayElement(2).asInt() == ENOENT) {
                    throw new NoSuchFileException(file.toString());
                }
                throw new IOException(file + ": " + reply.getArrayElement(3).asString());
            }
        }
    }

    private void start() {
        if (context != null) {
            return;
        }
        Context python = Context.newBuilder("python")
                // The script opens the files itself, as the talk's did, by names as Python spells them.
                .allowIO(IOAccess.newBuilder().fileSystem(new HostFileNames()).build())
                .option("engine.WarnInterpreterOnly", "false")
                .build();
        try {
            python.eval(Source.newBuilder("python", PythonWordRule.pythonSource(), "python_word_rule.py").buildLiteral());
            python.eval(Source.newBuilder("python", TopWordsScript.source(), TopWordsScript.FILE_NAME).buildLiteral());
            Value bindings = python.getBindings("python");
            bindings.getMember("use_word_rule").execute(PythonWordRule.tableText());
            counted = python.eval(Source.create("python", CALL));
        } catch (RuntimeException e) {
            python.close();
            throw e;
        }
        context = python;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
            counted = null;
        }
    }

    /**
     * The folder with the compiler jars: {@code graal-compiler/} in the folder of this module's jar
     * (the launcher's lib/) or beside its classes folder (target/, in the build).
     */
    static Optional<Path> compilerDir() {
        return codeSource().flatMap(source -> Stream.of(source.resolveSibling(COMPILER_DIR),
                        source.getParent() == null ? null : source.getParent().resolveSibling(COMPILER_DIR))
                .filter(dir -> dir != null && Files.isRegularFile(dir.resolve("compiler-" + version() + ".jar")))
                .findFirst());
    }

    private static String modulePath(Path dir) {
        try (Stream<Path> jars = Files.list(dir)) {
            return String.join(java.io.File.pathSeparator, jars.filter(j -> j.toString().endsWith(".jar"))
                    .map(Path::toString).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The polyglot version on the class path, which the compiler jar must match. */
    private static String version() {
        String version = Engine.class.getPackage() == null ? null : Engine.class.getPackage().getImplementationVersion();
        return version != null ? version : polyglotJarVersion();
    }

    private static String polyglotJarVersion() {
        try {
            Path jar = Path.of(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String name = jar.getFileName().toString(); // polyglot-25.0.3.jar
            return name.replaceFirst("^polyglot-", "").replaceFirst("\\.jar$", "");
        } catch (URISyntaxException | RuntimeException e) {
            return "?";
        }
    }

    private static Optional<Path> codeSource() {
        try {
            return Optional.of(Path.of(GraalPyCounter.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
