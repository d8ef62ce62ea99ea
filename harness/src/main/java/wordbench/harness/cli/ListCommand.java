package wordbench.harness.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import wordbench.harness.core.Strategies;
import wordbench.spi.Availability;
import wordbench.spi.WordCounter;

/** {@code wordbench list}: every strategy, available or not, and why not. */
@Command(name = "list",
        footer = {"", ExitCodes.SUMMARY},
        description = "Lists every strategy with what it is, and whether it can run here (and if not, why). "
                + "'(default)' marks the one count uses when none is named.")
final class ListCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        try (Strategies strategies = Strategies.load()) {
            if (strategies.all().isEmpty()) {
                throw CliError.input("no strategies found on the classpath (is the build complete?)");
            }
            int width = strategies.names().stream().mapToInt(String::length).max().orElse(0);
            String fastest = strategies.preferred(CountCommand.measuredFastestFirst()).map(WordCounter::name).orElse("");
            for (WordCounter counter : strategies.all()) {
                Availability availability = Strategies.availability(counter);
                String state = availability.available()
                        ? (counter.name().equals(fastest) ? "available (default)" : "available")
                        : "unavailable: " + availability.reason();
                System.out.printf("%-" + width + "s  %s%n%" + width + "s  %s%n",
                        counter.name(), counter.description(), "", state);
            }
        }
        return ExitCodes.OK;
    }
}
