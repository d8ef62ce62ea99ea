package wordbench.spi;

import java.io.IOException;

/**
 * Optional for a {@link WordCounter} whose calls cross a boundary worth timing on its own (a pipe
 * to a worker process). The benchmarks find the strategies implementing it and time the probe
 * beside their counts. (A foreign call timed by the strategy's own language is {@link SelfTimedCall}.)
 */
public interface BoundaryProbe {

    /** One empty request across the boundary and back, nothing counted: the fixed cost every count pays. */
    void emptyRequest() throws IOException;
}
