/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable journal of a standalone mock (format in {@link JournalFormat}). Each record is
 * written in one {@code write} before the response it belongs to is sent, so a killed process loses
 * at most a record whose request was never answered; with {@link Options#fsyncEachRecord()} the
 * record is also forced to disk first, so a machine crash loses nothing acknowledged.
 *
 * <p>The file is held for the journal's lifetime under an exclusive lock on a sibling {@code
 * <file>.lock}: a second opener, in this or another process, is refused. Every rewrite writes a new
 * file next to the journal, forces it to disk, renames it over the journal and forces the
 * directory, so a crash at any point leaves the old journal or the new one, never a mix or nothing.
 *
 * <p>Writers that wait together are written together (group commit): {@link #enqueue} puts a record
 * in line, in the order of the calls, and {@link #awaitDurable} returns once that record is written
 * (and forced); the first waiter writes, in one {@code write} and one force, every record in line,
 * and the others wait for it. A failed write or force fails every waiter of its batch and every
 * later one: the file may end in a torn record, so nothing after it may be acknowledged.
 *
 * <p>Thread-safe for {@link #enqueue}, {@link #awaitDurable}, {@link #flush} and {@link #append};
 * {@link #rewrite} and {@link #close} happen under the runtime's locks, with no writer waiting.
 */
public final class JournalFile implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JournalFile.class);

  /** Journals held by this process: a second lock on the same file must not even be tried. */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  /**
   * How to open a journal.
   *
   * @param startNew whether to replace an existing journal with a new, empty one instead of
   *     replaying it
   * @param fsyncEachRecord whether every record is forced to disk before it is acknowledged
   */
  public record Options(boolean startNew, boolean fsyncEachRecord) {
    /** Replay an existing journal; records are written, not forced, one by one. */
    public static final Options DEFAULTS = new Options(false, false);
  }

  private final Path path;
  private final Path held;
  private final FileChannel lockChannel;
  private final Options options;
  private final long seed;
  private final List<Command> commands;
  private FileChannel channel;
  private boolean closed;
  private Consumer<String> steps = step -> {};

  /** Guards {@link #queue} and {@link #enqueued}. */
  private final Object line = new Object();

  private List<byte[]> queue = new ArrayList<>();
  private long enqueued;

  /** Held by the one thread writing a batch. */
  private final ReentrantLock writer = new ReentrantLock();

  /** The sequence number of the last record written (and forced, when asked) to the file. */
  private volatile long durable;

  private volatile @Nullable IOException failure;

  private JournalFile(
      Path path,
      Path held,
      FileChannel lockChannel,
      Options options,
      JournalFormat.Parsed parsed,
      FileChannel channel) {
    this.path = path;
    this.held = held;
    this.lockChannel = lockChannel;
    this.options = options;
    this.seed = parsed.seed();
    this.commands = parsed.commands();
    this.channel = channel;
  }

  /**
   * Opens a journal with the {@link Options#DEFAULTS defaults}.
   *
   * @param path the file
   * @param seedIfNew the seed written into a new journal
   * @return the journal, with the commands it already holds
   * @see #open(Path, long, Options)
   */
  public static JournalFile open(Path path, long seedIfNew) {
    return open(path, seedIfNew, Options.DEFAULTS);
  }

  /**
   * Opens a journal and locks it. A file that does not exist is created with a new journal; an
   * existing one is read and must be intact, except for a torn last record, which is cut off.
   *
   * @param path the file
   * @param seedIfNew the seed written into a new journal
   * @param options whether to start new and whether to force every record to disk
   * @return the journal, with the commands it already holds
   * @throws IllegalStateException if another mock holds the journal, or the file is empty or
   *     damaged (the message names the file, what is wrong and how to start new)
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public static JournalFile open(Path path, long seedIfNew, Options options) {
    Path lockPath = path.resolveSibling(path.getFileName() + ".lock");
    Path held = lock(path, lockPath);
    FileChannel lockChannel = null;
    try {
      lockChannel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = lockChannel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw inUse(path, lockPath);
      }
      JournalFormat.Parsed parsed = read(path, seedIfNew, options);
      FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE);
      channel.position(parsed.validLength());
      return new JournalFile(path, held, lockChannel, options, parsed, channel);
    } catch (IOException e) {
      release(held, lockChannel);
      throw new UncheckedIOException("cannot open journal " + path + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      release(held, lockChannel);
      throw e;
    }
  }

  private static Path lock(Path path, Path lockPath) {
    Path held;
    try {
      Path dir = path.toAbsolutePath().getParent();
      held = dir.toRealPath().resolve(path.getFileName());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open journal " + path + ": " + e.getMessage(), e);
    }
    // Closing any channel on a locked file may drop the process's lock on it: check first.
    if (!HELD.add(held)) {
      throw inUse(path, lockPath);
    }
    return held;
  }

  private static IllegalStateException inUse(Path path, Path lockPath) {
    return new IllegalStateException(
        "journal "
            + path
            + " is in use by another mock server (its lock file "
            + lockPath
            + " is held); stop that server first");
  }

  private static void release(Path held, @Nullable FileChannel lockChannel) {
    try {
      if (lockChannel != null) {
        lockChannel.close();
      }
    } catch (IOException e) {
      LOG.warn("cannot close the lock of journal {}", held, e);
    } finally {
      HELD.remove(held);
    }
  }

  private static JournalFormat.Parsed read(Path path, long seedIfNew, Options options)
      throws IOException {
    Path temp = temp(path);
    if (Files.deleteIfExists(temp)) {
      LOG.warn("journal {}: removed {} left by a rewrite that did not finish", path, temp);
    }
    if (options.startNew() || !Files.exists(path)) {
      replace(path, JournalFormat.header(seedIfNew), List.of(), step -> {}).close();
    }
    byte[] bytes = Files.readAllBytes(path);
    JournalFormat.Parsed parsed = JournalFormat.parse(path, bytes);
    if (parsed.validLength() < bytes.length) {
      LOG.warn(
          "journal {}: cut off a torn last record ({} bytes)",
          path,
          bytes.length - parsed.validLength());
      try (FileChannel cut = FileChannel.open(path, StandardOpenOption.WRITE)) {
        cut.truncate(parsed.validLength());
        cut.force(true);
      }
    }
    if (parsed.version() < JournalFormat.VERSION) {
      LOG.warn(
          "journal {}: written by an earlier mock (version {}); its personal data is in plain and an"
              + " erasure cannot shred it. It now gets a version {} header; start a new journal"
              + " (--journal-new) to have every record sealed",
          path,
          parsed.version(),
          JournalFormat.VERSION);
      replace(path, JournalFormat.header(parsed.seed()), parsed.commands(), step -> {}).close();
      long length = Files.size(path);
      return new JournalFormat.Parsed(
          JournalFormat.VERSION, parsed.seed(), parsed.commands(), length);
    }
    return parsed;
  }

  private static Path temp(Path path) {
    return path.resolveSibling(path.getFileName() + ".rewrite.tmp");
  }

  /**
   * Writes a whole new journal next to the old one, forces it, renames it over the old one and
   * forces the directory; returns the new journal open for appending.
   */
  private static FileChannel replace(
      Path path, byte[] header, List<Command> records, Consumer<String> steps) throws IOException {
    Path temp = temp(path);
    FileChannel out =
        FileChannel.open(
            temp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
    boolean renamed = false;
    try {
      writeFully(out, header);
      for (Command record : records) {
        writeFully(out, JournalFormat.record(record));
      }
      steps.accept("temp-written");
      out.force(true);
      steps.accept("temp-synced");
      Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
      renamed = true;
      steps.accept("renamed");
      forceDirectory(path);
      steps.accept("directory-synced");
      return out;
    } catch (IOException e) {
      out.close();
      if (!renamed) {
        Files.deleteIfExists(temp);
      }
      throw e;
    } catch (RuntimeException e) {
      // Only a test's crash point throws here: leave the files as a killed process would.
      out.close();
      throw e;
    }
  }

  private static void forceDirectory(Path path) {
    Path dir = path.toAbsolutePath().getParent();
    try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
      directory.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some platforms (Windows) cannot open or force a directory; the rename is still atomic.
      LOG.debug("cannot force directory {} to disk", dir, e);
    }
  }

  private static void writeFully(FileChannel out, byte[] bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
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
   * Appends a command as one record, written whole, and forced to disk if the options say so; with
   * every record put in line before it.
   *
   * @param command the command
   * @throws UncheckedIOException if the write fails
   */
  public void append(Command command) {
    awaitDurable(enqueue(command));
  }

  /**
   * As {@link #append(Command)}, for a command already turned into its JSON.
   *
   * @param json the command's JSON ({@link JournalFormat#json})
   */
  void appendJson(byte[] json) {
    awaitDurable(enqueueJson(json));
  }

  /**
   * Puts a command in line to be written: the journal's order is the order of these calls.
   *
   * @param command the command
   * @return its sequence number, for {@link #awaitDurable}
   */
  public long enqueue(Command command) {
    return enqueueJson(JournalFormat.json(command));
  }

  /**
   * As {@link #enqueue(Command)}, for a command already turned into its JSON.
   *
   * @param json the command's JSON ({@link JournalFormat#json})
   * @return its sequence number, for {@link #awaitDurable}
   */
  long enqueueJson(byte[] json) {
    byte[] record = JournalFormat.record(json);
    synchronized (line) {
      queue.add(record);
      return ++enqueued;
    }
  }

  /**
   * Waits until every command put in line so far is written (and forced, when the options say so).
   *
   * @throws UncheckedIOException if a write failed
   */
  public void flush() {
    long last;
    synchronized (line) {
      last = enqueued;
    }
    awaitDurable(last);
  }

  /**
   * Returns once the record with this sequence number, and every one before it, is written (and
   * forced, when the options say so). If none is being written, this thread writes, in one batch,
   * every record in line.
   *
   * @param sequence a number {@link #enqueue} returned
   * @throws UncheckedIOException if the batch holding the record, or an earlier one, failed
   */
  public void awaitDurable(long sequence) {
    while (durable < sequence) {
      writer.lock();
      try {
        if (durable < sequence) {
          writeBatch();
        }
      } finally {
        writer.unlock();
      }
    }
  }

  /** Writes every record in line as one batch; under {@link #writer}. */
  private void writeBatch() {
    IOException earlier = failure;
    if (earlier != null) {
      throw new UncheckedIOException("cannot append to journal " + path, earlier);
    }
    List<byte[]> batch;
    long last;
    synchronized (line) {
      batch = queue;
      last = enqueued;
      queue = new ArrayList<>();
    }
    try {
      writeFully(channel, concat(batch));
      if (options.fsyncEachRecord()) {
        channel.force(false);
        steps.accept("appended-synced");
      }
    } catch (IOException e) {
      failure = e;
      throw new UncheckedIOException("cannot append to journal " + path, e);
    } catch (RuntimeException e) {
      IOException cause = new IOException(e.getMessage(), e);
      failure = cause;
      throw new UncheckedIOException("cannot append to journal " + path, cause);
    }
    durable = last;
  }

  private static byte[] concat(List<byte[]> records) {
    if (records.size() == 1) {
      return records.get(0);
    }
    int length = 0;
    for (byte[] record : records) {
      length += record.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] record : records) {
      System.arraycopy(record, 0, all, at, record.length);
      at += record.length;
    }
    return all;
  }

  /**
   * Replaces the journal's records, as after restoring a snapshot: atomically, so a crash leaves
   * either the old records or the new ones. Records still in line are dropped (the new records are
   * the whole journal), and a failed earlier write no longer fails later ones.
   *
   * @param records the commands to keep
   * @throws UncheckedIOException if the new journal cannot be written; the old one is then kept
   */
  public void rewrite(List<Command> records) {
    writer.lock();
    try {
      FileChannel replaced = replace(path, JournalFormat.header(seed), records, steps);
      FileChannel old = channel;
      channel = replaced;
      old.close();
      // The new file holds every record to keep: what was in line, or failed, is replaced too.
      synchronized (line) {
        queue = new ArrayList<>();
        durable = enqueued;
      }
      failure = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite journal " + path + ": " + e.getMessage(), e);
    } finally {
      writer.unlock();
    }
  }

  /** Sets what runs after each step of a write: tests stop there to stand for a crash. */
  void onStep(Consumer<String> hook) {
    this.steps = hook;
  }

  /** Lets go of the files as a killed process would: nothing more is written or forced. */
  void abandon() throws IOException {
    closed = true;
    channel.close();
    release(held, lockChannel);
  }

  /** Forces the journal to disk, closes it and releases its lock. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (failure == null) {
        flush();
      }
      channel.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close journal " + path, e);
    } finally {
      try {
        channel.close();
      } catch (IOException e) {
        LOG.warn("cannot close journal {}", path, e);
      }
      release(held, lockChannel);
    }
  }
}
