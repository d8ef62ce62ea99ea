package wordbench.impls.java;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.PythonWordRule;
import wordbench.spi.TopWords;
import wordbench.spi.Utf8;

/**
 * Expected answers for the tests: CPython itself ({@code python3}) when it is installed, else
 * {@link PythonWordRule#forEachWord}, the reference the shared conformance suite checks against
 * CPython. Either way the answer is never produced by the code under test.
 */
final class Oracle {
    private static final String SCRIPT = """
            import re, sys, collections
            counts = collections.Counter()
            for index, path in enumerate(sys.argv[1:]):
                try:
                    data = open(path, 'rb').read()
                except FileNotFoundError:
                    print('MISSING', index, sep='\t')
                    sys.exit(0)
                try:
                    text = data.decode('utf-8')
                except UnicodeDecodeError as e:
                    print('INVALID', index, e.start, sep='\\t')
                    sys.exit(0)
                counts.update(re.findall(r'\\w+', text.lower()))
            for word, count in counts.items():
                print(word, count, sep='\\t')
            """;
    private static final Boolean PYTHON = probePython();
    /** Answers by file names and contents: a count map or the InvalidUtf8Exception. */
    private static final Map<List<Object>, Object> CACHE = new ConcurrentHashMap<>();

    private Oracle() {
    }

    static boolean hasPython() {
        return PYTHON;
    }

    private static boolean probePython() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import sys; assert sys.version_info >= (3, 11)")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
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
        List<String> command = new ArrayList<>(List.of("python3", "-c", SCRIPT));
        files.forEach(f -> command.add(f.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("python3 failed on " + files);
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Long> counts = new HashMap<>();
        for (String line : out.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].equals("MISSING")) {
                throw new NoSuchFileException(files.get(Integer.parseInt(f[1])).toString());
            }
            if (f[0].equals("INVALID")) {
                throw new InvalidUtf8Exception(files.get(Integer.parseInt(f[1])), Long.parseLong(f[2]));
            }
            counts.put(f[0], Long.parseLong(f[1]));
        }
        return counts;
    }
}
