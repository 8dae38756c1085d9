package org.dangjian.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.dangjian.cli.render.Messages;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.rules.RuleSet;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options several commands share, as picocli mixins. */
final class SharedOptions {
  private SharedOptions() {}

  /** {@code --data FILE}: the dataset, the embedded sample county by default. */
  static final class Data {
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec command;

    @Option(names = "--data", paramLabel = "FILE", description = "The dataset (default: the embedded sample county).")
    @Nullable Path file;

    Dataset read() {
      return Progress.of(command).step("reading " + (file == null ? "the sample county" : file), () -> Inputs.data(file));
    }
  }

  /** {@code --locale zh-CN|en}: the language of the command's texts and of findings, Chinese by default. */
  static final class Language {
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec command;

    @Option(names = "--locale", defaultValue = "zh-CN", description = "zh-CN (default, also zh) or en.")
    String tag = "zh-CN";

    Messages messages() {
      // Another language is an error, not a silent fall-back to one of these.
      if (!java.util.Set.of("zh-cn", "zh", "en").contains(tag.toLowerCase(Locale.ROOT))) {
        throw new picocli.CommandLine.ParameterException(command.commandLine(), "--locale is zh-CN or en, not " + tag);
      }
      return Messages.forLocale(Locale.forLanguageTag(tag.equalsIgnoreCase("zh") ? "zh-CN" : tag));
    }
  }

  /** {@code --rules ID|FILE}: the rule set, the national baseline by default. */
  static final class Rules {
    @Option(names = "--rules", defaultValue = "cn-national", paramLabel = "ID|FILE",
        description = "The rule set: a built-in id (default: ${DEFAULT-VALUE}) or a rule-set file.")
    String rules = "cn-national";

    RuleSet resolve(LocalDate date) {
      return Inputs.ruleSet(rules, date);
    }
  }
}
