package wordbench.spi;

import java.util.Objects;

/** Whether a strategy can run on this machine, with the reason when it cannot. */
public record Availability(boolean available, String reason) {

    public static final Availability AVAILABLE = new Availability(true, "");

    public Availability {
        Objects.requireNonNull(reason, "reason");
        if (!available && reason.isBlank()) {
            throw new IllegalArgumentException("an unavailable strategy must say why");
        }
    }

    public static Availability unavailable(String reason) {
        return new Availability(false, reason);
    }
}
