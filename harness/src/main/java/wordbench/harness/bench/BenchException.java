package wordbench.harness.bench;

/** A benchmark run that cannot go on, for a reason the user can act on; the message is the whole story. */
public final class BenchException extends RuntimeException {
    public BenchException(String message) {
        super(message);
    }
}
