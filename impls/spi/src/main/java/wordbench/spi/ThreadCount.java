package wordbench.spi;

/**
 * The one thread-count setting every parallel strategy honours: the system property
 * {@value #PROPERTY}, read at every count so the thread-scaling benchmark can change it between
 * trials in one JVM, else the number of available processors. Parsed and validated here only,
 * so every strategy rejects the same bad value with the same message.
 */
public final class ThreadCount {

    /** The system property, e.g. {@code -Dwordbench.threads=1}. */
    public static final String PROPERTY = "wordbench.threads";

    /** More threads than this is a typo, not a machine. */
    public static final int MAX = 1024;

    private ThreadCount() {
    }

    /**
     * The thread count a parallel strategy uses now.
     *
     * @throws IllegalArgumentException when the property is set but is not a whole number from 1 to {@value #MAX}
     */
    public static int configured() {
        return parse(System.getProperty(PROPERTY));
    }

    /** {@code value} as a thread count; {@code null} or blank means all available processors. */
    public static int parse(String value) {
        if (value == null || value.isBlank()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int threads = Integer.parseInt(value.strip());
            if (threads >= 1 && threads <= MAX) {
                return threads;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value as given
        }
        throw new IllegalArgumentException("-D" + PROPERTY + " must be a whole number from 1 to " + MAX
                + ", not '" + value + "'");
    }
}
