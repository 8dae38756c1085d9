package org.dangjian.core.supervision;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.ValidationException;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.Formats;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.RecordId;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.Ref;
import org.dangjian.core.record.UniqueKey;
import org.dangjian.core.record.ValueFormat;

/**
 * A bulletin (通报) an organisation issued on a day, naming organisations for a reason — the poor performers
 * of a county-wide check, the last-ranked of the year's ranking — and the statements (末位表态发言) those named
 * made since, each on a day.
 *
 * @param id the record's stable id
 * @param issuedBy the organisation that issued it (the bureau's committee)
 * @param date the day it was issued
 * @param named the organisations it names, each once
 * @param reason why they are named
 * @param statements the statements made by organisations it names, each once, none before the bulletin
 */
public record Bulletin(RecordId id, OrganisationId issuedBy, LocalDate date, List<OrganisationId> named, String reason,
    List<Statement> statements) {

  /**
   * A statement (表态发言) an organisation named in a bulletin made on a day.
   *
   * @param organisation the organisation named
   * @param date the day of its statement
   */
  public record Statement(OrganisationId organisation, LocalDate date) {
    /** Checks for null. */
    public Statement {
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(date, "date");
    }
  }

  /** The kind's index by the organisation that issued it. */
  public static final Index<Bulletin, OrganisationId> BY_ISSUER = Index.on("issuedBy", Bulletin::issuedBy);
  /** The kind's index by stable id. */
  public static final Index<Bulletin, RecordId> BY_ID = Index.on("id", Bulletin::id);

  private static final Field<Statement, OrganisationId> STATEMENT_BY = Field.required("organisation", Formats.ORGANISATION_ID,
      Statement::organisation);
  private static final Field<Statement, LocalDate> STATEMENT_DATE = Field.required("date", ValueFormat.date(), Statement::date);
  private static final RecordFormat<Statement> STATEMENT = RecordFormat.of(Statement.class,
      v -> new Statement(v.get(STATEMENT_BY), v.get(STATEMENT_DATE)), STATEMENT_BY, STATEMENT_DATE);

  private static final Field<Bulletin, RecordId> ID = Field.required("id", Formats.RECORD_ID, Bulletin::id);
  private static final Field<Bulletin, OrganisationId> ISSUED_BY = Field.required("issuedBy", Formats.ORGANISATION_ID, Bulletin::issuedBy);
  private static final Field<Bulletin, LocalDate> DATE = Field.required("date", ValueFormat.date(), Bulletin::date);
  private static final Field<Bulletin, OrganisationId> NAMED = Field.list("named", Formats.ORGANISATION_ID, Bulletin::named);
  private static final Field<Bulletin, String> REASON = Field.required("reason", ValueFormat.text(), Bulletin::reason);
  private static final Field<Bulletin, Statement> STATEMENTS = Field.list("statements", ValueFormat.object(STATEMENT), Bulletin::statements);

  /** How a record is written in the format. */
  public static final RecordFormat<Bulletin> FORMAT = RecordFormat.of(Bulletin.class,
      v -> new Bulletin(v.get(ID), v.get(ISSUED_BY), v.get(DATE), v.list(NAMED), v.get(REASON), v.list(STATEMENTS)),
      ID, ISSUED_BY, DATE, NAMED, REASON, STATEMENTS);

  /** Bulletins (通报), {@code bulletins} in the format: by day and id; each id once. */
  public static final RecordKind<Bulletin> KIND = RecordKind.of(Bulletin.class).format(FORMAT).names("bulletins", "bulletin")
      .unique(UniqueKey.recordId((Bulletin r) -> Optional.of(r.id()), BY_ID))
      .order(Comparator.comparing(Bulletin::date).thenComparing(Bulletin::id))
      .refs(Ref.toOrganisation("issuedBy", Bulletin::issuedBy), Ref.toOrganisations("named", Bulletin::named),
          Ref.toOrganisations("statements", (Bulletin r) -> r.statements().stream().map(Statement::organisation).toList()))
      .organisation(Bulletin::issuedBy)
      .indexes(BY_ISSUER, BY_ID).build();

  /**
   * @throws ValidationException ({@code invalid-value}) for a bulletin naming nobody or one organisation
   *     twice, a statement by an organisation it does not name or a second by one, or a statement before it
   */
  public Bulletin {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(issuedBy, "issuedBy");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
    named = List.copyOf(named);
    statements = List.copyOf(statements);
    if (named.isEmpty() || Set.copyOf(named).size() < named.size()) {
      throw ValidationException.of("named", "invalid-value", "a bulletin names one or more organisations, each once");
    }
    Set<OrganisationId> stated = new HashSet<>();
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      if (!named.contains(statement.organisation()) || !stated.add(statement.organisation())) {
        throw ValidationException.of("statements[" + i + "]", "invalid-value", "'" + statement.organisation()
            + "' is not named by the bulletin, or has made its statement already");
      }
      if (statement.date().isBefore(date)) {
        throw ValidationException.of("statements[" + i + "].date", "end-before-start", "a statement on " + statement.date()
            + ", before the bulletin of " + date);
      }
    }
  }

  /**
   * @param id the stable id
   * @param issuedBy the issuer
   * @param date the day
   * @param named the organisations named
   * @param reason why
   * @return a bulletin without statements yet
   */
  public static Bulletin of(RecordId id, OrganisationId issuedBy, LocalDate date, List<OrganisationId> named, String reason) {
    return new Bulletin(id, issuedBy, date, named, reason, List.of());
  }

  /**
   * @param organisation an organisation it names
   * @param day the day of its statement
   * @return this bulletin with that statement
   * @throws ValidationException ({@code invalid-value}, {@code end-before-start}) as the constructor
   */
  public Bulletin withStatement(OrganisationId organisation, LocalDate day) {
    List<Statement> more = new java.util.ArrayList<>(statements);
    more.add(new Statement(organisation, day));
    return new Bulletin(id, issuedBy, date, named, reason, more);
  }

  /**
   * @param organisation an organisation
   * @return its statement, if it made one
   */
  public Optional<Statement> statementOf(OrganisationId organisation) {
    return statements.stream().filter(s -> s.organisation().equals(organisation)).findFirst();
  }

  /** @return the bulletin as evidence names it: {@code bulletin:<id>} */
  public String evidence() {
    return "bulletin:" + id.value();
  }
}
