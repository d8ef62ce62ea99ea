package wordbench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import wordbench.impls.java.JavaFastCounter;
import wordbench.spi.RuntimeKind;
import wordbench.spi.StrategyTraits;
import wordbench.spi.TopWords;
import wordbench.spi.WarmUp;
import wordbench.spi.WordCounter;

/**
 * Strategies of every kind the traits can describe, registered for {@link java.util.ServiceLoader}
 * only while a test runs {@link #registered}: a services file in a temporary folder, seen through
 * the thread's context class loader. Their names follow no convention the harness could guess
 * from; they answer right (through java-fast) so they pass every agreement check. A harness that
 * reads traits takes them in with no edit anywhere else.
 */
public final class FakeStrategies {

    /** Native code through JNI, parallel: thread scaling must time it. */
    public static final String PARALLEL_NATIVE = "zeta";
    /** Native code through FFM. */
    public static final String FFM = "kappa";
    /** JVM code. */
    public static final String JVM = "omicron";
    /** An interpreter in the JVM with a long warm-up and its own fork options; the most preferred baseline. */
    public static final String INTERPRETER = "lambda";
    /** Another process; first in the declared order of count's default. */
    public static final String PROCESS = "mu";
    public static final List<String> ALL = List.of(PARALLEL_NATIVE, FFM, JVM, INTERPRETER, PROCESS);
    /** The JVM option the interpreter's forks must get. */
    public static final String INTERPRETER_FORK_OPTION = "-Dfake.interpreter.jit=on";

    private FakeStrategies() {
    }

    /** What a test does with the fakes registered. */
    public interface Body {
        void run() throws Exception;
    }

    /** Runs {@code body} with the fakes registered beside the real strategies, then unregisters them. */
    public static void registered(Path tempDir, Body body) throws Exception {
        Path services = tempDir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(WordCounter.class.getName()), Stream.of(
                ParallelNative.class, Ffm.class, Jvm.class, Interpreter.class, Process.class)
                .map(Class::getName).collect(Collectors.joining("\n", "", "\n")));
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader withFakes = new URLClassLoader(new URL[] {url(tempDir)}, before)) {
            thread.setContextClassLoader(withFakes);
            body.run();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static URL url(Path dir) {
        try {
            return dir.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fake: a name, traits, and java-fast's (right) answers. */
    abstract static class Fake implements WordCounter {
        private final String name;
        private final StrategyTraits traits;
        private final JavaFastCounter counting = new JavaFastCounter();

        Fake(String name, StrategyTraits traits) {
            this.name = name;
            this.traits = traits;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return "a test double of kind " + traits.runtime().label();
        }

        @Override
        public StrategyTraits traits() {
            return traits;
        }

        @Override
        public TopWords count(List<Path> files, int n) throws IOException {
            return counting.count(files, n);
        }
    }

    public static final class ParallelNative extends Fake {
        public ParallelNative() {
            super(PARALLEL_NATIVE, StrategyTraits.of(RuntimeKind.NATIVE_JNI, WarmUp.QUICK, "test double", 30).inParallel());
        }
    }

    public static final class Ffm extends Fake {
        public Ffm() {
            super(FFM, StrategyTraits.of(RuntimeKind.NATIVE_FFM, WarmUp.QUICK, "test double", 31));
        }
    }

    public static final class Jvm extends Fake {
        public Jvm() {
            super(JVM, StrategyTraits.of(RuntimeKind.JVM, WarmUp.STANDARD, "test double", 32));
        }
    }

    public static final class Interpreter extends Fake {
        public Interpreter() {
            super(INTERPRETER, StrategyTraits.of(RuntimeKind.JVM_INTERPRETER, WarmUp.EXTENDED, "test double", 200)
                    .asBaseline(0).withForkJvmOptions(List.of(INTERPRETER_FORK_OPTION)));
        }
    }

    public static final class Process extends Fake {
        public Process() {
            super(PROCESS, StrategyTraits.of(RuntimeKind.EXTERNAL_PROCESS, WarmUp.QUICK, "test double", -1));
        }
    }
}
