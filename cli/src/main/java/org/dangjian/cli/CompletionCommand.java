package org.dangjian.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dangjian completion bash|zsh}: a shell completion script for the commands and their options. */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = "Prints a completion script for bash or zsh: source <(./dangjian completion bash) in a bash shell, "
        + "or the same with zsh in a zsh shell.")
final class CompletionCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
  String shell;

  @Override
  public Integer call() {
    String chosen = Options.oneOf(spec, "SHELL", shell, "bash", "zsh");
    String script = AutoComplete.bash("dangjian", spec.root().commandLine());
    // zsh reads bash completion scripts through its bashcompinit.
    spec.commandLine().getOut().print(chosen.equals("zsh") ? "autoload -U +X compinit && compinit\n"
        + "autoload -U +X bashcompinit && bashcompinit\n" + script : script);
    return 0;
  }
}
