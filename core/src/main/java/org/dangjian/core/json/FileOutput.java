package org.dangjian.core.json;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.dangjian.core.DangjianException;

/**
 * Writes a file so that a failure never leaves it cut off: the text goes to a temporary file beside the
 * target, which is forced to the disk and then renamed over the target in one step. On a full disk, a
 * closed pipe or any other failure the target keeps what it held before (or stays absent) and the
 * temporary file is removed. {@link DatasetFormat}'s file writers use it; so does the command line for
 * every file it writes.
 */
public final class FileOutput {
  private FileOutput() {}

  /** What writes the content, given a writer (UTF-8, buffered). */
  @FunctionalInterface
  public interface Content {
    /**
     * @param out where the content goes
     * @throws IOException if it cannot be written
     */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * @param file the target, replaced if it exists
   * @param text its new content, written as UTF-8
   * @throws DangjianException naming the file if it cannot be written (the target is then unchanged)
   */
  public static void replace(Path file, String text) {
    Objects.requireNonNull(text, "text");
    replace(file, out -> out.write(text));
  }

  /**
   * @param file the target, replaced if it exists
   * @param content writes the new content
   * @throws DangjianException naming the file if it cannot be written (the target is then unchanged)
   */
  public static void replace(Path file, Content content) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(content, "content");
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    Path name = target.getFileName();
    if (folder == null || name == null) {
      throw new DangjianException("cannot write " + file + ": not a file name");
    }
    Path temporary = null;
    try {
      temporary = Files.createTempFile(folder, "." + name, ".part");
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
          Writer out = new java.io.BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
      throw new DangjianException("cannot write " + file + ": " + describe(cause) + "; the file is unchanged", e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // the failure reported is the write's
        }
      }
    }
  }

  /** @return what went wrong, in words (the disk is full, a folder is missing), never an exception's class name */
  static String describe(Throwable e) {
    if (e instanceof java.nio.file.NoSuchFileException missing) {
      return "no such folder or file: " + missing.getFile();
    } else if (e instanceof java.nio.file.AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    } else if (e instanceof java.nio.file.FileSystemException system && system.getReason() != null) {
      return system.getReason();
    }
    return e.getMessage() == null ? "an input or output error" : e.getMessage();
  }
}
