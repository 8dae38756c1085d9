package org.dangjian.core.json;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The header every versioned definition file starts with — a rule set, a scoring scheme, a letter template:
 * {@code schema} (the format's tag), {@code id}, {@code version}, {@code title} and {@code effective: {from, to}}.
 * Read once, the same way for each: every part missing or wrong is reported on the object it was read from.
 *
 * @param id the file's id, if it read
 * @param version its version, if it read
 * @param title its title, if it read
 * @param from the first day it is in effect, if it read
 * @param to the last day it is in effect, if it ends
 */
public record FileHeader(Optional<String> id, Optional<String> version, Optional<String> title, Optional<LocalDate> from,
    Optional<LocalDate> to) {

  /** Checks for nulls. */
  public FileHeader {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** The names the header takes of a file's top-level object. */
  public static final Set<String> FIELDS = Set.of("schema", "id", "version", "title", "effective");

  /**
   * Reads the header, reporting on {@code top}: {@code unsupported-schema} for another tag, {@code missing-field}
   * for a part left out, {@code end-before-start} for an end before the start, and what the values' own reading
   * finds (an id that is not one, a day that is not a day).
   *
   * @param top the file's top-level object
   * @param schema the tag the format reads, for example {@code dangjian/scoring-scheme@1}
   * @param what what the id names, for the problem of an id that is not one (for example {@code scheme})
   * @return the header, as far as it reads
   */
  public static FileHeader read(StrictObject top, String schema, String what) {
    Objects.requireNonNull(top, "top");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(what, "what");
    top.requiredText("schema").filter(s -> !s.equals(schema)).ifPresent(s -> top.problem("schema", "unsupported-schema",
        "schema '" + s + "' is not supported; this version reads '" + schema + "'"));
    Optional<String> id = top.requiredId("id", what);
    Optional<String> version = top.requiredText("version");
    Optional<String> title = top.requiredText("title");
    Optional<StrictObject> effective = top.object("effective", Set.of("from", "to"));
    if (effective.isEmpty() && !top.hasField("effective")) {
      top.missing("effective");
    }
    Optional<LocalDate> from = Optional.empty();
    Optional<LocalDate> to = Optional.empty();
    if (effective.isPresent()) {
      StrictObject e = effective.get();
      if (!e.hasField("from")) {
        e.missing("from");
      }
      from = e.date("from");
      to = e.date("to");
      if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
        e.problem("to", "end-before-start", "effective.to " + to.get() + " is before effective.from " + from.get());
      }
    }
    return new FileHeader(id, version, title, from, to);
  }

  /** @return whether the id, version, title and start day all read */
  public boolean complete() {
    return id.isPresent() && version.isPresent() && title.isPresent() && from.isPresent();
  }
}
