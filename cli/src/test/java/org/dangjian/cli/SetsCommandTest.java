package org.dangjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sets list} and {@code sets show}: the sets there are, and a resolved set with where each value came from. */
class SetsCommandTest {

  private static MainTest.Run run(String... args) {
    return MainTest.run(args);
  }

  @Test
  void listNamesEveryBuiltInSetWithWhatItExtends() {
    MainTest.Run run = run("sets", "list");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("id ").contains("cn-national").containsPattern("county-first-topic +2024\\.1 +2024-01-01 – +cn-national +10 ")
        .contains("county-study-training");
  }

  @Test
  void showGivesEachValueTheSetItCameFrom() {
    MainTest.Run run = run("sets", "show", "county-first-topic", "--on", "2024-12-31");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("county-first-topic 2024.1 — 县教育系统党建工作规则（第一议题）, as in effect on 2024-12-31\n"
        + "chain: cn-national@2024.1 → county-first-topic@2024.1\n");
    // The overlay changes record-completeness's severity; its parameters stay the baseline's.
    assertThat(run.out()).contains("record-completeness: record-completeness [cn-national], warning [county-first-topic], ")
        .contains("  require = [\"host\",\"recorder\",\"attendees\",\"absence-reasons\",\"lecturer\"] [cn-national]\n")
        .contains("first-topic: first-topic [county-first-topic], violation [county-first-topic], 凤县2023 [county-first-topic]\n")
        .contains("  minFullMembers = 3 [cn-national]\n");
    // What no set states is the rule type's declared default, said to be one.
    assertThat(run.out()).contains("committee-required: committee-required [cn-national], violation [cn-national], ")
        .contains("  minFullMembers = 7 [cn-national]\n  minCommitteeSize = 3 [default]\n");
  }

  @Test
  void anOverlayFileIsShownAgainstTheSetItExtends(@TempDir Path dir) throws IOException {
    Path overlay = Files.writeString(dir.resolve("tighter.yaml"), "schema: dangjian/rule-set@1\nid: tighter\nversion: \"1\"\n"
        + "title: 更严的支部规模\nextends: cn-national\neffective: {from: 2025-01-01}\n"
        + "rules:\n  - id: branch-size\n    parameters: {max: 40}\ndisable: [work-coverage]\n");
    MainTest.Run run = run("sets", "show", overlay.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("as in effect on 2025-01-01").contains("chain: cn-national@2024.1 → tighter@1")
        .contains("branch-size: branch-size [cn-national], warning [cn-national], 支部条例 第四条 [cn-national]\n"
            + "  党支部党员人数一般不超过50人 [cn-national]\n  max = 40 [tighter]\n")
        .doesNotContain("\nwork-coverage:").endsWith("turned off by tighter: work-coverage\n");
  }

  @Test
  void anUnknownSetOrADayBeforeItIsRefusedInWords() {
    MainTest.Run unknown = run("sets", "show", "nope");
    assertThat(unknown.status()).isEqualTo(1);
    assertThat(unknown.err()).contains("unknown-rule-set: rule set 'nope' is not known; known: [cn-national, ");
    MainTest.Run early = run("sets", "show", "cn-national", "--on", "2018-01-01");
    assertThat(early.status()).isEqualTo(1);
    assertThat(early.err()).contains("not-effective");
    assertThat(run("sets").status()).as("no subcommand").isEqualTo(2);
  }

  @Test
  void exportWritesTheDecisionTableAndImportBringsAChangedThresholdBackIntoTheFile(@TempDir Path dir) throws IOException {
    Path overlay = Files.writeString(dir.resolve("tighter.yaml"), "schema: dangjian/rule-set@1\nid: tighter\nversion: \"1\"\n"
        + "title: 更严的支部规模\nextends: cn-national\neffective: {from: 2025-01-01}\n"
        + "rules:\n  # 支部规模\n  - id: branch-size\n    parameters: {max: 40}\n");
    String before = Files.readString(overlay);
    Path table = dir.resolve("tighter.csv");
    MainTest.Run export = run("sets", "export", overlay.toString(), "--out", table.toString());
    assertThat(export.status()).isZero();
    assertThat(export.err()).contains("wrote " + table);
    String csv = Files.readString(table);
    assertThat(csv).startsWith("rule,type,parameter,value,stated by,default,allowed,含义,meaning\r\n")
        .contains("\r\nbranch-size,branch-size,max,40,tighter,required,whole number from 1 to 1000,");
    assertThat(run("sets", "export", overlay.toString()).out()).isEqualTo(csv);

    MainTest.Run unchanged = run("sets", "import", table.toString(), "--into", overlay.toString());
    assertThat(unchanged.status()).isZero();
    assertThat(unchanged.out()).contains("no value changed");
    assertThat(Files.readString(overlay)).isEqualTo(before);

    Files.writeString(table, csv.replace("\r\nbranch-size,branch-size,max,40,", "\r\nbranch-size,branch-size,max,35,"));
    MainTest.Run dry = run("sets", "import", table.toString(), "--into", overlay.toString(), "--dry-run");
    assertThat(dry.out()).contains("branch-size max: 40 → 35").contains("not written");
    assertThat(Files.readString(overlay)).isEqualTo(before);
    MainTest.Run changed = run("sets", "import", table.toString(), "--into", overlay.toString());
    assertThat(changed.status()).isZero();
    assertThat(changed.out()).contains("1 value(s) changed in ");
    assertThat(Files.readString(overlay)).isEqualTo(before.replace("{max: 40}", "{max: 35}"));

    Files.writeString(table, csv.replace("\r\nbranch-size,branch-size,max,40,", "\r\nbranch-size,branch-size,max,0,"));
    MainTest.Run refused = run("sets", "import", table.toString(), "--into", overlay.toString());
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.err()).contains("tighter.csv:").contains("must be a whole number from 1 to 1000, not 0");
    assertThat(Files.readString(overlay)).as("nothing written").isEqualTo(before.replace("{max: 40}", "{max: 35}"));
    assertThat(run("sets", "export", "cn-national", "--format", "xlsx").status()).isEqualTo(2);
    assertThat(run("sets", "import", table.toString(), "--into", dir.resolve("x.json").toString()).status()).isEqualTo(2);
  }
}
