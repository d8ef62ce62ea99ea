package wordbench.impls.java;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import wordbench.conformance.CPythonOracle;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.PythonWordRule;
import wordbench.spi.TopWords;
import wordbench.spi.Utf8;

/**
 * Expected answers for the tests: CPython itself (the conformance module's {@link CPythonOracle}) when it is here, else
 * {@link PythonWordRule#forEachWord}, the reference the shared conformance suite checks against
 * CPython. Either way the answer is never produced by the code under test.
 */
final class Oracle {
    private static final boolean PYTHON = CPythonOracle.available();
    /** Answers by file names and contents: a count map or the InvalidUtf8Exception. */
    private static final Map<List<Object>, Object> CACHE = new ConcurrentHashMap<>();

    private Oracle() {
    }

    static boolean hasPython() {
        return PYTHON;
    }

    /** What every strategy must answer for these files, or the InvalidUtf8Exception (or NoSuchFileException) it must throw. */
    static TopWords expected(List<Path> files, int n) throws IOException {
        return TopWords.of(counts(files), n);
    }

    /** Every word's count over {@code files}; throws the InvalidUtf8Exception CPython's decode implies. */
    static Map<String, Long> counts(List<Path> files) throws IOException {
        // Starting python3 is slow and every strategy variant asks about the same files.
        List<Object> key = new ArrayList<>();
        for (Path file : files) {
            key.add(file.toAbsolutePath().toString());
            key.add(Files.exists(file) ? ByteBuffer.wrap(Files.readAllBytes(file)) : "missing");
        }
        Object answer = CACHE.get(key);
        if (answer == null) {
            try {
                answer = PYTHON ? cpython(files) : reference(files);
            } catch (InvalidUtf8Exception | NoSuchFileException e) {
                answer = e;
            }
            CACHE.put(key, answer);
        }
        if (answer instanceof InvalidUtf8Exception e) {
            throw new InvalidUtf8Exception(e.file(), e.byteOffset());
        }
        if (answer instanceof NoSuchFileException e) {
            throw new NoSuchFileException(e.getFile());
        }
        @SuppressWarnings("unchecked")
        Map<String, Long> counts = (Map<String, Long>) answer;
        return counts;
    }

    private static Map<String, Long> reference(List<Path> files) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        for (Path file : files) {
            String text = Utf8.decode(Files.readAllBytes(file), file);
            PythonWordRule.forEachWord(text, word -> counts.merge(word, 1L, Long::sum));
        }
        return counts;
    }

    private static Map<String, Long> cpython(List<Path> files) throws IOException {
        return switch (CPythonOracle.ask(files, CPythonOracle.ALL)) {
            case CPythonOracle.Top top -> {
                Map<String, Long> counts = new HashMap<>();
                top.entries().forEach(entry -> counts.put(entry.word(), entry.count()));
                yield counts;
            }
            case CPythonOracle.InvalidUtf8 invalid -> throw new InvalidUtf8Exception(files.get(invalid.fileIndex()),
                    invalid.byteOffset());
            case CPythonOracle.Missing missing -> throw new NoSuchFileException(files.get(missing.fileIndex()).toString());
        };
    }
}
