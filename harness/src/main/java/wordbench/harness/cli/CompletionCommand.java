package wordbench.harness.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wordbench completion}: a bash/zsh completion script for every command and option, made by picocli from the same definitions. */
@Command(name = "completion",
        description = {
                "Prints a completion script for bash and zsh: commands, options and file names complete with Tab.",
                "Use it with: source <(./wordbench completion)   (or save it in your shell's completion folder).",
        },
        footer = {"", ExitCodes.SUMMARY})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        System.out.print(AutoComplete.bash("wordbench", spec.root().commandLine()));
        System.out.flush();
        return ExitCodes.OK;
    }
}
