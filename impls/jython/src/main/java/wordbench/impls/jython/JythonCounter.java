package wordbench.impls.jython;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import jnr.constants.platform.Errno;
import org.kohsuke.MetaInfServices;
import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyFile;
import org.python.core.PyList;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.io.FileIO;
import org.python.util.PythonInterpreter;
import wordbench.spi.Availability;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.PythonWordRule;
import wordbench.spi.ResourceText;
import wordbench.spi.TopWords;
import wordbench.spi.WordCount;
import wordbench.spi.WholeTextLimit;
import wordbench.spi.WordCounter;
import wordbench.spi.RuntimeKind;
import wordbench.spi.StrategyTraits;
import wordbench.spi.WarmUp;

/**
 * The talk's Python ({@code Counter(re.findall(r'\w+', text.lower())).most_common(n)}) run by
 * Jython 2.7 in this JVM: the slow baseline. The script, {@code top_words.py}, reads the files
 * itself, since reading is part of the measured job. The interpreter is made on the first count
 * (it takes seconds) and kept until {@link #close()}.
 */
@MetaInfServices(WordCounter.class)
public final class JythonCounter implements WordCounter {

    private static final String SCRIPT = "top_words.py";
    /** errno of "No such file or directory", as Jython's IOError reports it. */
    private static final int ENOENT = 2;

    private PythonInterpreter interpreter;
    private PyObject topWords;
    private PyObject invalidUtf8;
    private PyObject readFailed;
    /** The script's open_file: {@link #open}, bound to this. */
    private PyObject openFile;

    @Override
    public String name() {
        return "jython";
    }

    @Override
    public StrategyTraits traits() {
        return StrategyTraits.of(RuntimeKind.JVM_INTERPRETER, WarmUp.LONG,
                "Python compiled to JVM bytecode, then by C2: the first calls of seconds each run slow", 100)
                .asBaseline(2);
    }

    @Override
    public String description() {
        return "the talk's Counter(re.findall(r'\\w+', text.lower())) under Jython 2.7 (CPython 3.11 tables for non-ASCII text)";
    }

    @Override
    public Availability availability() {
        try {
            Class.forName("org.python.util.PythonInterpreter", false, JythonCounter.class.getClassLoader());
            return Availability.AVAILABLE;
        } catch (ClassNotFoundException | LinkageError e) {
            return Availability.unavailable("Jython (org.python:jython-standalone) is not on the classpath");
        }
    }

    @Override
    public TopWords count(List<Path> files, int n) throws IOException {
        WordCounter.requireValidRequest(files, n);
        // The script holds a file's bytes, its text, the lowered copy and the list of words at once:
        // about 16 times the file in the heap. Refused before the interpreter starts, not as its stack trace.
        WholeTextLimit.require(files, WholeTextLimit.bytesFor(16), name());
        start();
        PyList paths = new PyList();
        for (Path file : files) {
            paths.append(Py.java2py(file));
        }
        PyObject result;
        try {
            result = topWords.__call__(paths, Py.newInteger(n), openFile);
        } catch (PyException e) {
            throw translate(e, files);
        }
        List<WordCount> entries = new ArrayList<>();
        for (PyObject item : result.asIterable()) {
            // Words are str (ASCII path) or unicode: both are PyString, whose getString() is the Java text.
            String word = ((PyString) item.__getitem__(0)).getString();
            entries.add(new WordCount(word, item.__getitem__(1).asLong()));
        }
        return new TopWords(entries);
    }

    /**
     * Opens {@code file} for the script as Jython's {@code open(name, 'rb')} would, but by its
     * {@link Path}, whose bytes are the name the OS knows: Jython's open() takes text, and a name that is
     * not UTF-8 (bad\xffname.txt) has no text that names it. Failures are the IOError open() raises.
     */
    public PyFile open(Path file) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw Py.IOError(Errno.ENOENT, file.toString());
        } catch (AccessDeniedException e) {
            throw Py.IOError(Errno.EACCES, file.toString());
        } catch (IOException e) {
            throw Py.IOError(e);
        }
        return new PyFile(new FileIO(channel, "r"), file.toString(), "rb", -1);
    }

    /** The script's own exceptions become the SPI's; anything else is a bug, with the Python traceback. */
    private IOException translate(PyException e, List<Path> files) {
        if (e.match(invalidUtf8)) {
            return new InvalidUtf8Exception(files.get(e.value.__getattr__("index").asInt()),
                    e.value.__getattr__("start").asLong());
        }
        if (e.match(readFailed)) {
            Path file = files.get(e.value.__getattr__("index").asInt());
            PyObject errno = e.value.__getattr__("errno");
            if (errno != Py.None && errno.asInt() == ENOENT) {
                return new NoSuchFileException(file.toString());
            }
            return new IOException(file + ": " + e.value.__getattr__("strerror"));
        }
        throw new IllegalStateException("the jython script failed: " + e, e);
    }

    private void start() {
        if (interpreter != null) {
            return;
        }
        initializeRuntime();
        PythonInterpreter python = new PythonInterpreter();
        try {
            python.exec(python.compile(PythonWordRule.pythonSource(), "python_word_rule.py"));
            python.exec(python.compile(ResourceText.of(JythonCounter.class, SCRIPT), SCRIPT));
            python.get("load_word_rule").__call__(Py.newUnicode(PythonWordRule.tableText()));
            topWords = python.get("top_words");
            invalidUtf8 = python.get("InvalidUtf8");
            readFailed = python.get("ReadFailed");
            openFile = Py.java2py(this).__getattr__("open");
        } catch (RuntimeException e) {
            python.close();
            throw e;
        }
        interpreter = python;
    }

    @Override
    public void close() {
        if (interpreter != null) {
            interpreter.close();
            interpreter = null;
            topWords = null;
            invalidUtf8 = null;
            readFailed = null;
            openFile = null;
        }
    }

    private static boolean runtimeInitialized;

    /**
     * Sets up this JVM's one Jython runtime before its first interpreter: no site module (the script
     * needs nothing from it) and no package cache written next to the jar (it imports no Java packages).
     */
    private static synchronized void initializeRuntime() {
        if (runtimeInitialized) {
            return;
        }
        Properties settings = new Properties();
        settings.setProperty("python.import.site", "false");
        settings.setProperty("python.cachedir.skip", "true");
        settings.setProperty("python.console.encoding", "UTF-8");
        PythonInterpreter.initialize(System.getProperties(), settings, new String[0]);
        runtimeInitialized = true;
    }
}
