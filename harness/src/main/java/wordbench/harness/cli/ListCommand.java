package wordbench.harness.cli;

import java.util.List;
import wordbench.harness.core.Strategies;
import wordbench.spi.Availability;
import wordbench.spi.WordCounter;

/** {@code wordbench list}: every strategy, available or not, and why not. */
final class ListCommand {
    private ListCommand() {
    }

    static int run(List<String> args) {
        if (!args.isEmpty()) {
            System.err.println("wordbench: list takes no arguments\n" + Main.USAGE);
            return 2;
        }
        try (Strategies strategies = Strategies.load()) {
            int width = strategies.names().stream().mapToInt(String::length).max().orElse(0);
            String fastest = strategies.fastestAvailable().map(WordCounter::name).orElse("");
            for (WordCounter counter : strategies.all()) {
                Availability availability = Strategies.availability(counter);
                String state = availability.available()
                        ? (counter.name().equals(fastest) ? "available (default)" : "available")
                        : "unavailable: " + availability.reason();
                System.out.printf("%-" + width + "s  %s%n%" + width + "s  %s%n",
                        counter.name(), counter.description(), "", state);
            }
            if (strategies.all().isEmpty()) {
                System.err.println("wordbench: no strategies found on the classpath (is the build complete?)");
                return 1;
            }
        }
        return 0;
    }
}
