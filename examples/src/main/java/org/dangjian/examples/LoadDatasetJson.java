package org.dangjian.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Syntax;

/**
 * Reads the interchange format ({@code dangjian/dataset@1}) from JSON, writes the same dataset as
 * YAML, and shows what a file with mistakes gets: every problem, located to file, line and column.
 */
public final class LoadDatasetJson {
  private LoadDatasetJson() {}

  static final String SCHOOL = """
      {
        "schema": "dangjian/dataset@1",
        "region": {"code": "demo", "name": "某县"},
        "units": [{"id": "u1", "name": "实验小学", "kind": "primary-school"}],
        "organisations": [
          {"id": "root", "name": "某县教育局党委", "kind": "grassroots-committee", "established": "2000-01-01"},
          {"id": "b1", "name": "实验小学党支部", "kind": "branch", "parent": "root", "units": ["u1"], "established": "2000-01-01"}
        ],
        "members": [
          {"id": "m1", "name": "王芳", "gender": "female", "birthDate": "1980-01-01", "category": "teacher", "branch": "b1", "unit": "u1",
           "history": [{"type": "transferred-in", "date": "2001-09-01", "from": "师范学院",
                        "letter": {"number": "X1", "issued": "2001-08-01", "validUntil": "2001-10-01"},
                        "status": "full", "fullSince": "2000-06-01"}]}
        ],
        "activities": [
          {"id": "a1", "organisation": "b1", "type": "branch-committee-meeting", "date": "2024-03-05", "attendees": ["m1"]}
        ]
      }
      """;

  /** Prints to standard output. */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  /** @param out where the example writes what it shows */
  public static void run(PrintWriter out) {
    Dataset dataset = DatasetFormat.read(SCHOOL, "school.json", Syntax.JSON);
    out.println("read " + dataset.units().size() + " unit, " + dataset.organisations().size() + " organisations, "
        + dataset.members().size() + " member, " + dataset.activities().size() + " activity");
    String yaml = DatasetFormat.write(dataset, Syntax.YAML);
    Dataset back = DatasetFormat.read(yaml, "school.yaml", Syntax.YAML);
    out.println("YAML, " + yaml.lines().count() + " lines; read back and written as JSON, the same bytes: "
        + DatasetFormat.write(back, Syntax.JSON).equals(DatasetFormat.write(dataset, Syntax.JSON)));

    // Three files with a mistake each: an impossible date, a branch nobody declared, a field the format does not have.
    reject(SCHOOL.replace("\"2024-03-05\"", "\"2024-02-30\""), out);
    reject(SCHOOL.replace("\"branch\": \"b1\"", "\"branch\": \"b9\""), out);
    reject(SCHOOL.replace("\"gender\": \"female\"", "\"gender\": \"female\", \"nickname\": \"芳芳\""), out);
  }

  private static void reject(String json, PrintWriter out) {
    try {
      DatasetFormat.read(json, "school.json", Syntax.JSON);
      out.println("read (unexpected)");
    } catch (ValidationException e) {
      e.problems().forEach(p -> out.println("refused: " + p));
    }
  }
}
