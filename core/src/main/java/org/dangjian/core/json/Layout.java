package org.dangjian.core.json;

/** How a JSON document is laid out. Both read back the same; YAML is always written in block style. */
public enum Layout {
  /** Every value on its own line, indented: best for small files read by people. */
  INDENTED,
  /**
   * One record per line: the document's top level and its lists are indented, each record in them
   * (a unit, a member with its history, an activity, a payment) is written on a single line. Best for
   * large datasets: a change to one record is a change to one line.
   */
  RECORD_PER_LINE
}
