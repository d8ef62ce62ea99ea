package wordbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import wordbench.harness.core.Corpus;

/**
 * README.md's command-line reference is the --help of every command, word for word: this test
 * fails when they differ. To refresh the README after changing an option, run
 * {@code ./mvnw -B -q test -pl harness -am -Dtest=CommandLineDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dwordbench.readme.write=true}.
 */
class CommandLineDocTest {

    static final String BEGIN = "<!-- BEGIN wordbench --help: written by CommandLineDocTest from the picocli usage; do not edit -->";
    static final String END = "<!-- END wordbench --help -->";

    /** {@code ./wordbench --help} and every command's {@code --help}, as the README shows them. */
    static String usageBlock() {
        CommandLine root = Main.commandLine();
        StringBuilder block = new StringBuilder(BEGIN).append("\n```text\n");
        block.append("$ ./wordbench --help\n").append(root.getUsageMessage(CommandLine.Help.Ansi.OFF));
        for (CommandLine command : root.getSubcommands().values()) {
            block.append("\n$ ./wordbench ").append(command.getCommandName()).append(" --help\n")
                    .append(command.getUsageMessage(CommandLine.Help.Ansi.OFF));
        }
        return block.append("```\n").append(END).toString();
    }

    @Test
    void readmeShowsTheUsageOfEveryCommand() throws IOException {
        Path readme = Corpus.home().resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "README.md has no block between\n" + BEGIN + "\n" + END);
        String current = text.substring(begin, end + END.length());
        String expected = usageBlock();
        if (!current.equals(expected) && Boolean.getBoolean("wordbench.readme.write")) {
            Files.writeString(readme, text.substring(0, begin) + expected + text.substring(end + END.length()),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, current, "README.md's command-line reference differs from the --help output; "
                + "refresh it with -Dwordbench.readme.write=true (see this test's comment)");
    }
}
