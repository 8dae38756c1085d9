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
    subcommands = {DemoCommand.class, EvaluateCommand.class, ScoreCommand.class, LettersCommand.class, StatisticsCommand.class, TestCommand.class, DiffCommand.class,
        CalendarCommand.class, SchemaCommand.class, GenerateCommand.class, BenchCommand.class,
        ValidateCommand.class, SetsCommand.class, RulesCommand.class,
        FormatCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Exit status: the input was rejected (or a test failed). */
  static final int REJECTED = 1;
  /** Exit status: the command line itself was wrong. */
  static final int USAGE = 2;
  /** Exit status: the input is legitimate but needs more memory than the JVM was given. */
  static final int OUT_OF_MEMORY = 3;
  /** Exit status: the output could not be written (a full disk, a closed pipe). */
  static final int OUTPUT_FAILED = 4;
  /** Exit status: something went wrong inside dangjian (a bug). */
  static final int INTERNAL_ERROR = 5;

  /**
   * Runs the command line and exits with its status: 0 for success, 1 when the input was rejected, 2 for a
   * usage error, 3 when the JVM ran out of memory, 4 when the output could not be written, 5 for an internal
   * error. No exception's class or stack trace is printed (unless {@code DANGJIAN_DEBUG=1} is set).
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Straight to the file descriptors, not through System.out: a PrintStream would swallow a failed write.
    PrintWriter out = new PrintWriter(new java.io.BufferedWriter(new OutputStreamWriter(
        new java.io.FileOutputStream(java.io.FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new java.io.FileOutputStream(java.io.FileDescriptor.err),
        StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /**
   * @param rawOut where results go
   * @param rawErr where errors go
   * @param args the arguments
   * @return the exit status
   */
  public static int run(PrintWriter rawOut, PrintWriter rawErr, String... args) {
    // Names and notes come from the input: control characters in them are shown, not obeyed.
    PrintWriter out = new PrintWriter(new TerminalSafeWriter(rawOut), true); // a line is shown as it is printed
    PrintWriter err = new PrintWriter(new TerminalSafeWriter(rawErr), true);
    CommandLine commandLine = new CommandLine(new Main())
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          if (e instanceof DangjianException) {
            cmd.getErr().println(e.getMessage());
            cmd.getErr().flush();
            return REJECTED;
          }
          return failed(e, err, args);
        });
    int status;
    try {
      status = commandLine.execute(args);
    } catch (RuntimeException | Error e) { // an Error picocli lets through: out of memory, a stack overflow
      status = failed(e, err, args);
    }
    if (out.checkError() | rawOut.checkError()) { // flushes, and tells whether any write failed
      err.println("dangjian: cannot write the output (is the disk full, or the reading end of a pipe closed?); "
          + "what was written is incomplete");
      status = status == 0 ? OUTPUT_FAILED : status;
    }
    err.flush();
    rawErr.flush();
    return status;
  }

  /** Reports a failure that is not a rejection of the input, in words, and returns its status. */
  static int failed(Throwable e, PrintWriter err, String... args) {
    if (Boolean.parseBoolean(System.getenv("DANGJIAN_DEBUG")) || "1".equals(System.getenv("DANGJIAN_DEBUG"))) {
      e.printStackTrace(err);
    }
    if (e instanceof OutOfMemoryError) {
      long max = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      err.println("dangjian: out of memory: the input needs more than the " + max + " MiB this JVM may use; "
          + "run again with more, for example JAVA_TOOL_OPTIONS=-Xmx" + Math.max(2, 2 * max / 1024 + 1) + "g");
      err.flush();
      return OUT_OF_MEMORY;
    }
    err.println("dangjian: internal error while running '" + (args.length == 0 ? "" : args[0])
        + "' (a bug in dangjian, not a problem with the input); please report it with the "
        + "command and its input files (DANGJIAN_DEBUG=1 shows the details)");
    err.flush();
    return INTERNAL_ERROR;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reports the version the build wrote into {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws java.io.IOException {
      java.util.Properties properties = new java.util.Properties();
      try (java.io.InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
      }
      return new String[] {"dangjian " + properties.getProperty("version", "(version unknown: built without its resources)")};
    }
  }
}
