package org.dangjian.cli.demo;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.cli.render.Messages;
import org.dangjian.core.member.Gender;
import org.dangjian.core.statistics.StatisticsReport;

/**
 * The statistics' charts, drawn as SVG: a pyramid of a table keyed {@code <gender>/<band>} (men to the left,
 * women to the right, the highest band on top), and bars of a table beside an earlier year's, each with its change.
 */
final class StatisticsCharts {
  private static final String MEN = "#1f5f99";
  private static final String WOMEN = "#b0413e";
  private static final String EARLIER = "#c0c4c8";

  private StatisticsCharts() {}

  /**
   * @param table a table keyed {@code <gender>/<band>}
   * @param bands the table of its bands alone (members by age for members by gender and age), for their order and names
   * @param messages the texts
   * @return the pyramid
   */
  static String pyramid(StatisticsReport.Table table, StatisticsReport.Table bands, Messages messages) {
    int max = Math.max(1, table.rows().stream().mapToInt(StatisticsReport.Row::count).max().orElse(1));
    int half = 300;
    int middle = 120;
    int rowHeight = 20;
    int height = bands.rows().size() * rowHeight + 30;
    Html svg = new Html();
    svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", 2 * half + middle, "height", height, "role", "img", "aria-label",
        messages.label(table.labels()));
    svg.element("text", Gender.MALE.label(messages.locale()), "x", half - 4, "y", height - 6, "text-anchor", "end", "class", "tick");
    svg.element("text", Gender.FEMALE.label(messages.locale()), "x", half + middle + 4, "y", height - 6, "class", "tick");
    List<StatisticsReport.Row> highestFirst = new ArrayList<>(bands.rows());
    java.util.Collections.reverse(highestFirst);
    for (int i = 0; i < highestFirst.size(); i++) {
      String band = highestFirst.get(i).key();
      String bandLabel = messages.label(highestFirst.get(i).labels());
      int y = i * rowHeight;
      int men = table.count(Gender.MALE.code() + "/" + band);
      int women = table.count(Gender.FEMALE.code() + "/" + band);
      int menWidth = half * men / max;
      int womenWidth = half * women / max;
      svg.element("text", bandLabel, "x", half + middle / 2, "y", y + 14, "text-anchor", "middle", "class", "label");
      svg.open("rect", "x", half - menWidth, "y", y + 3, "width", menWidth, "height", rowHeight - 6, "fill", MEN)
          .element("title", Gender.MALE.label(messages.locale()) + " " + bandLabel + ": " + men).close("rect");
      svg.element("text", String.valueOf(men), "x", half - menWidth - 4, "y", y + 14, "text-anchor", "end", "class", "value");
      svg.open("rect", "x", half + middle, "y", y + 3, "width", womenWidth, "height", rowHeight - 6, "fill", WOMEN)
          .element("title", Gender.FEMALE.label(messages.locale()) + " " + bandLabel + ": " + women).close("rect");
      svg.element("text", String.valueOf(women), "x", half + middle + womenWidth + 4, "y", y + 14, "class", "value");
    }
    return svg.close("svg").toString();
  }

  /**
   * @param now a table
   * @param earlier the same table of an earlier year
   * @param messages the texts
   * @return a bar a row, the earlier year's behind it in grey, with the count and the change
   */
  static String bars(StatisticsReport.Table now, StatisticsReport.Table earlier, Messages messages) {
    int max = Math.max(1, java.util.stream.Stream.of(now, earlier).flatMap(t -> t.rows().stream()).mapToInt(StatisticsReport.Row::count)
        .max().orElse(1));
    int labelWidth = 160;
    int barWidth = 480;
    int rowHeight = 22;
    int height = now.rows().size() * rowHeight + 8;
    Html svg = new Html();
    svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", labelWidth + barWidth + 140, "height", height, "role", "img",
        "aria-label", messages.label(now.labels()));
    int y = 0;
    for (StatisticsReport.Row row : now.rows()) {
      int previous = earlier.count(row.key());
      int change = row.count() - previous;
      svg.element("text", messages.label(row.labels()), "x", 0, "y", y + 15, "class", "label");
      svg.empty("rect", "x", labelWidth, "y", y + 2, "width", barWidth * previous / max, "height", rowHeight - 4, "fill", EARLIER);
      svg.open("rect", "x", labelWidth, "y", y + 6, "width", barWidth * row.count() / max, "height", rowHeight - 12, "fill", MEN)
          .element("title", messages.label(row.labels()) + ": " + row.count() + " (" + previous + ")").close("rect");
      svg.element("text", row.count() + "  (" + (change > 0 ? "+" : "") + change + ")", "x",
          labelWidth + barWidth * Math.max(row.count(), previous) / max + 6, "y", y + 15, "class", "value");
      y += rowHeight;
    }
    return svg.close("svg").toString();
  }
}
