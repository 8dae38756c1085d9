package org.dangjian.core.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the line and column of every element of a document, read a second time with a streaming
 * parser; used only when a document was rejected, to locate each problem. Not API.
 */
public final class Locations {
  private Locations() {}

  /**
   * @param content the document
   * @param factory the factory of its syntax (JSON or YAML)
   * @return for each path in the format's names ({@code members[3].branch}), its 1-based line and column;
   *     as much as could be read if the document is malformed
   */
  public static Map<String, int[]> index(byte[] content, JsonFactory factory) {
    Map<String, int[]> locations = new HashMap<>();
    try (JsonParser parser = factory.createParser(content)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        JsonLocation at = parser.currentTokenLocation();
        String path = JacksonProblems.pathOf(parser.getParsingContext());
        locations.putIfAbsent(path, new int[] {at.getLineNr(), at.getColumnNr()});
      }
    } catch (IOException | RuntimeException e) {
      // Keep what was indexed before the document broke off.
    }
    return locations;
  }

  /**
   * Finds the elements problems name by reading a file again, keeping only their paths and the paths
   * enclosing them — what a rejected file of any size needs, without an index of every element.
   *
   * @param file the file
   * @param factory the factory of its syntax
   * @param problems the problems, with paths in the format's names
   * @return for each of their paths (and enclosing ones) found, its 1-based line and column
   */
  public static Map<String, int[]> find(java.nio.file.Path file, JsonFactory factory, java.util.Collection<org.dangjian.core.Problem> problems) {
    java.util.Set<String> wanted = new java.util.HashSet<>();
    for (org.dangjian.core.Problem problem : problems) {
      String path = problem.path();
      while (!path.isEmpty() && wanted.add(path)) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        path = cut <= 0 ? "" : path.substring(0, cut);
      }
    }
    wanted.add("");
    Map<String, int[]> locations = new HashMap<>();
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file); JsonParser parser = factory.createParser(in)) {
      JsonToken token;
      while (locations.size() < wanted.size() && (token = parser.nextToken()) != null) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        String path = JacksonProblems.pathOf(parser.getParsingContext());
        if (wanted.contains(path) && !locations.containsKey(path)) {
          JsonLocation at = parser.currentTokenLocation();
          locations.put(path, new int[] {at.getLineNr(), at.getColumnNr()});
        }
      }
    } catch (IOException | RuntimeException e) {
      // Keep what was found before the file broke off.
    }
    return locations;
  }
}
