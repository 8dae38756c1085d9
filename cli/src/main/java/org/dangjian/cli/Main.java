package org.dangjian.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.dangjian.core.DangjianException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dangjian} command line. Run it through the {@code ./dangjian} script at the project
 * root, which builds the jar on first use.
 */
@Command(
    name = "dangjian",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Party-building work (党建) in the education system: organisations, members, compliance and scoring.",
    subcommands = {DemoCommand.class, EvaluateCommand.class, ScoreCommand.class, TestCommand.class, DiffCommand.class,
        CalendarCommand.class, SchemaCommand.class, GenerateCommand.class, BenchCommand.class,
        ValidateCommand.class,
        FormatCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its status: 0 for success, 1 when the input was rejected,
   * 2 for a usage error.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args));
  }

  /**
   * @param out where results go
   * @param err where errors go
   * @param args the arguments
   * @return the exit status
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new Main())
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          if (e instanceof DangjianException) {
            cmd.getErr().println(e.getMessage());
            cmd.getErr().flush();
            return 1;
          }
          throw e;
        });
    int status = commandLine.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reports the version from the jar's manifest, where present. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"dangjian " + (version == null ? "(development build)" : version)};
    }
  }
}
