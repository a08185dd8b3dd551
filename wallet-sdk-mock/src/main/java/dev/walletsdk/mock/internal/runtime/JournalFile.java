package dev.walletsdk.mock.internal.runtime;

import dev.walletsdk.mock.internal.view.MockJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable journal of a standalone mock: a header line with the seed, then one record per line
 * as {@code <crc32 hex> <json>}. Each record is written in one {@code write} before the response it
 * belongs to is sent, so a killed process loses at most a record whose request was never answered.
 * On opening, a torn last record (no newline, bad checksum or bad JSON) is detected and cut off;
 * damage before the last record is refused.
 *
 * <p>Not thread-safe: appends happen under the engine's lock.
 */
public final class JournalFile implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JournalFile.class);
  private static final String MAGIC = "wallet-sdk-mock journal v1 seed=";

  private final Path path;
  private final FileChannel channel;
  private final long seed;
  private final List<Command> commands;

  private JournalFile(Path path, FileChannel channel, long seed, List<Command> commands) {
    this.path = path;
    this.channel = channel;
    this.seed = seed;
    this.commands = commands;
  }

  /**
   * Opens a journal, creating it with the given seed if it does not exist.
   *
   * @param path the file
   * @param seedIfNew the seed written into a new journal
   * @return the journal, with the commands it already holds
   * @throws UncheckedIOException if the file cannot be read or written
   * @throws IllegalStateException if a record before the last one is damaged
   */
  public static JournalFile open(Path path, long seedIfNew) {
    try {
      if (!Files.exists(path) || Files.size(path) == 0) {
        Files.writeString(path, MAGIC + seedIfNew + "\n", StandardCharsets.UTF_8);
      }
      byte[] bytes = Files.readAllBytes(path);
      Parsed parsed = parse(path, bytes);
      FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE);
      if (parsed.validLength() < bytes.length) {
        LOG.warn(
            "journal {}: dropped a torn last record ({} bytes)",
            path,
            bytes.length - parsed.validLength());
        channel.truncate(parsed.validLength());
      }
      channel.position(parsed.validLength());
      return new JournalFile(path, channel, parsed.seed(), parsed.commands());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open journal " + path, e);
    }
  }

  private record Parsed(long seed, List<Command> commands, long validLength) {}

  private static Parsed parse(Path path, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int headerEnd = text.indexOf('\n');
    if (headerEnd < 0 || !text.startsWith(MAGIC)) {
      throw new IllegalStateException("journal " + path + " does not start with \"" + MAGIC + "\"");
    }
    long seed = Long.parseLong(text.substring(MAGIC.length(), headerEnd));
    List<Command> commands = new ArrayList<>();
    int offset = headerEnd + 1;
    long validBytes = utf8Length(text, 0, offset);
    while (offset < text.length()) {
      int end = text.indexOf('\n', offset);
      Command command = end < 0 ? null : record(text.substring(offset, end));
      if (command == null) {
        if (end >= 0 && end + 1 < text.length()) {
          throw new IllegalStateException(
              "journal "
                  + path
                  + " is damaged before its last record (at byte "
                  + validBytes
                  + ")");
        }
        break;
      }
      commands.add(command);
      validBytes += utf8Length(text, offset, end + 1);
      offset = end + 1;
    }
    return new Parsed(seed, commands, validBytes);
  }

  private static long utf8Length(String text, int from, int to) {
    return text.substring(from, to).getBytes(StandardCharsets.UTF_8).length;
  }

  private static Command record(String line) {
    int space = line.indexOf(' ');
    if (space != 8) {
      return null;
    }
    String json = line.substring(space + 1);
    if (!line.substring(0, space).equals(crc(json))) {
      return null;
    }
    try {
      return CommandCodec.read(MockJson.parse(json.getBytes(StandardCharsets.UTF_8)));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String crc(String json) {
    CRC32 crc = new CRC32();
    crc.update(json.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().toHexDigits((int) crc.getValue());
  }

  /**
   * Returns the seed the journal was created with.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the commands read when the journal was opened.
   *
   * @return the commands, oldest first
   */
  public List<Command> commands() {
    return List.copyOf(commands);
  }

  /**
   * Appends a command in one write.
   *
   * @param command the command
   * @throws UncheckedIOException if the write fails
   */
  public void append(Command command) {
    String json = new String(MockJson.write(CommandCodec.write(command)), StandardCharsets.UTF_8);
    byte[] line = (crc(json) + " " + json + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      ByteBuffer buffer = ByteBuffer.wrap(line);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to journal " + path, e);
    }
  }

  /**
   * Replaces the journal's records, as after restoring a snapshot.
   *
   * @param records the commands to keep
   */
  public void rewrite(List<Command> records) {
    try {
      channel.truncate(0);
      channel.position(0);
      channel.write(ByteBuffer.wrap((MAGIC + seed + "\n").getBytes(StandardCharsets.UTF_8)));
      records.forEach(this::append);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite journal " + path, e);
    }
  }

  /** Forces the journal to disk and closes it. */
  @Override
  public void close() {
    try {
      channel.force(true);
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close journal " + path, e);
    }
  }
}
