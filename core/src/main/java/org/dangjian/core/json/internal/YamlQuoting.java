package org.dangjian.core.json.internal;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.regex.Pattern;

/**
 * Quotes text that a YAML reader would take for a number: Jackson's own check misses forms the YAML
 * 1.1 reader still resolves to numbers ({@code 1e3}, {@code 0x1F}, {@code 1_000}, {@code 1:30}), so
 * such text written plain would read back as a number and be refused.
 */
public final class YamlQuoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;
  private static final Pattern NUMBER_LIKE = Pattern.compile(
      "[-+]?(0x[0-9a-f_]+|0o?[0-7_]+|0b[01_]+|[0-9][0-9_]*(\\.[0-9_]*)?(e[-+]?[0-9]+)?|\\.[0-9_]+(e[-+]?[0-9]+)?"
          + "|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?|\\.inf|\\.nan)",
      Pattern.CASE_INSENSITIVE);

  @Override
  public boolean needToQuoteValue(String value) {
    return super.needToQuoteValue(value) || NUMBER_LIKE.matcher(value).matches();
  }

  @Override
  public boolean needToQuoteName(String name) {
    return super.needToQuoteName(name) || NUMBER_LIKE.matcher(name).matches();
  }
}
