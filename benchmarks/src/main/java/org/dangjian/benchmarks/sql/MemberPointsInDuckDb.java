package org.dangjian.benchmarks.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.assessment.Commitment;
import org.dangjian.core.assessment.CommitmentItem;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Subject;
import org.dangjian.testkit.baseline.MemberPointsByHand;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The {@code member-points} scheme as SQL in an embedded, in-memory DuckDB: what a data team would
 * write first. {@link #load} copies the dataset into seven plain tables (members, their status at each
 * month's end, attendance, the point ledger, dues, commitment items, and the findings the scheme reads);
 * {@link #score} runs one query ({@code member-points.sql} beside this class) and reads its rows as the
 * hand-written loop's cards, so that a test can hold the three ways equal. Only the query is timed.
 */
public final class MemberPointsInDuckDb implements AutoCloseable {
  private final Connection connection;
  private final String query;
  private final Map<String, OrganisationId> branches;

  private MemberPointsInDuckDb(Connection connection, String query, Map<String, OrganisationId> branches) {
    this.connection = connection;
    this.query = query;
    this.branches = branches;
  }

  /**
   * @param dataset the records
   * @param report the year's compliance report
   * @param year the year to score
   * @return a database holding the year's tables, ready to score
   */
  public static MemberPointsInDuckDb load(Dataset dataset, ComplianceReport report, int year) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(report, "report");
    try {
      DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE members (member VARCHAR, branch VARCHAR, place INTEGER)");
        statement.execute("CREATE TABLE member_months (member VARCHAR, month INTEGER, status VARCHAR)");
        statement.execute("CREATE TABLE attendance (member VARCHAR, day DATE, type VARCHAR)");
        statement.execute("CREATE TABLE ledger (member VARCHAR, day DATE, category VARCHAR, points BIGINT, seq BIGINT)");
        statement.execute("CREATE TABLE dues (member VARCHAR, month DATE, paid_on DATE)");
        statement.execute("CREATE TABLE commitment_items (member VARCHAR, year INTEGER, outcome VARCHAR)");
        statement.execute("CREATE TABLE findings (member VARCHAR, rule VARCHAR)");
      }
      Map<OrganisationId, Integer> places = new HashMap<>();
      List<Organisation> inPathOrder = new ArrayList<>(dataset.organisations());
      inPathOrder.sort(java.util.Comparator.comparing(Organisation::id, dataset.tree().pathOrder()));
      inPathOrder.forEach(o -> places.put(o.id(), places.size()));
      Map<String, OrganisationId> branches = new HashMap<>();
      try (DuckDBAppender members = connection.createAppender("members");
          DuckDBAppender months = connection.createAppender("member_months")) {
        for (Member member : dataset.members()) {
          branches.put(member.id().value(), member.branch());
          members.beginRow().append(member.id().value()).append(member.branch().value()).append(places.get(member.branch())).endRow();
          for (int m = 1; m <= 12; m++) {
            String status = member.factsOn(YearMonth.of(year, m).atEndOfMonth()).status().code();
            months.beginRow().append(member.id().value()).append(m).append(status).endRow();
          }
        }
      }
      try (DuckDBAppender attendance = connection.createAppender("attendance")) {
        for (Activity activity : dataset.activities()) {
          for (MemberId attendee : activity.attendees()) {
            attendance.beginRow().append(attendee.value()).append(activity.date()).append(activity.type().code()).endRow();
          }
        }
      }
      try (DuckDBAppender ledger = connection.createAppender("ledger")) {
        long seq = 0;
        for (LedgerEntry entry : dataset.ledger()) {
          ledger.beginRow().append(entry.member().value()).append(entry.date()).append(entry.category())
              .append(entry.points().movePointRight(2).longValueExact()).append(seq++).endRow();
        }
      }
      try (DuckDBAppender dues = connection.createAppender("dues")) {
        for (DuesPayment payment : dataset.duesPayments()) {
          dues.beginRow().append(payment.member().value()).append(payment.month().atDay(1)).append(payment.paidOn()).endRow();
        }
      }
      try (DuckDBAppender items = connection.createAppender("commitment_items")) {
        for (Commitment commitment : dataset.commitments()) {
          for (CommitmentItem item : commitment.items()) {
            items.beginRow().append(commitment.member().value()).append(commitment.year());
            if (item.outcome().isPresent()) {
              items.append(item.outcome().get().code());
            } else {
              items.appendNull();
            }
            items.endRow();
          }
        }
      }
      try (DuckDBAppender findings = connection.createAppender("findings")) {
        for (Finding finding : report.findings()) {
          if (finding.subject().kind() == Subject.Kind.MEMBER) {
            findings.beginRow().append(finding.subject().id()).append(finding.ruleId()).endRow();
          }
        }
      }
      return new MemberPointsInDuckDb(connection, query().replace("$year", Integer.toString(year)), branches);
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB refused the member-points tables: " + e.getMessage(), e);
    }
  }

  private static String query() {
    try (InputStream in = MemberPointsInDuckDb.class.getResourceAsStream("member-points.sql")) {
      if (in == null) {
        throw new IllegalStateException("member-points.sql is missing beside " + MemberPointsInDuckDb.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the cards the query gives, in the board's order */
  public List<MemberPointsByHand.Card> score() {
    List<MemberPointsByHand.Card> cards = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        String member = rows.getString(1);
        long[] blocks = {rows.getLong(3), rows.getLong(4), rows.getLong(5), rows.getLong(6)};
        String grade = rows.getString(7);
        int rank = rows.getInt(8);
        cards.add(new MemberPointsByHand.Card(member, branches.get(member), rows.getLong(2), blocks, grade == null ? "" : grade,
            rows.wasNull() ? 0 : rank, rows.getBoolean(9), rows.getBoolean(10)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB refused the member-points query: " + e.getMessage(), e);
    }
    return cards;
  }

  /** Closes the database. */
  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB could not close: " + e.getMessage(), e);
    }
  }
}
