/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.mock.internal.view.MockJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal file keeps what it acknowledged: through crashes, damage and a second opener. */
class JournalFileTest {
  private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

  @TempDir Path dir;

  /** Stands for the process dying at a step: nothing after it runs. */
  private static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Crash(String step) {
      super("crashed at " + step, null, false, false);
    }
  }

  private static List<Command> commands(int from, int to) {
    List<Command> commands = new ArrayList<>();
    for (int i = from; i < to; i++) {
      commands.add(
          new Command.Control(AT.plusSeconds(i), "test.op", MockJson.object().put("n", i)));
    }
    return commands;
  }

  private Path journalWith(String name, List<Command> commands) {
    Path path = dir.resolve(name);
    JournalFile journal = JournalFile.open(path, 7);
    commands.forEach(journal::append);
    journal.close();
    return path;
  }

  private List<String> rewriteSteps() throws IOException {
    Path path = journalWith("steps.journal", commands(0, 5));
    List<String> steps = new ArrayList<>();
    JournalFile journal = JournalFile.open(path, 7);
    journal.onStep(steps::add);
    journal.rewrite(commands(0, 2));
    journal.close();
    return steps;
  }

  @Test
  void killDuringEveryStepOfARewriteLeavesTheOldOrTheNewRecords() throws IOException {
    List<String> steps = rewriteSteps();
    List<Command> old = commands(0, 5);
    List<Command> rewritten = commands(0, 2);
    List<String> outcomes = new ArrayList<>();

    for (String step : steps) {
      Path path = journalWith("crash-" + step + ".journal", old);
      JournalFile journal = JournalFile.open(path, 7);
      Consumer<String> crashAt =
          reached -> {
            if (reached.equals(step)) {
              throw new Crash(step);
            }
          };
      journal.onStep(crashAt);
      assertThatThrownBy(() -> journal.rewrite(rewritten)).isInstanceOf(Crash.class);
      journal.abandon();

      JournalFile restarted = JournalFile.open(path, 99);
      List<Command> recovered = restarted.commands();
      restarted.close();

      assertThat(recovered).as("after a crash at %s", step).isIn(old, rewritten);
      assertThat(restarted.seed()).isEqualTo(7);
      outcomes.add(step + "=" + (recovered.equals(old) ? "old" : "new"));
    }
    assertThat(outcomes)
        .containsExactly(
            "temp-written=old", "temp-synced=old", "renamed=new", "directory-synced=new");
  }

  @Test
  void leftoverTempFileOfAKilledRewriteIsRemovedOnOpen() throws IOException {
    Path path = journalWith("left.journal", commands(0, 3));
    Path temp = dir.resolve("left.journal.rewrite.tmp");
    Files.writeString(temp, "half a rewrite", StandardCharsets.UTF_8);

    JournalFile journal = JournalFile.open(path, 7);
    journal.close();

    assertThat(journal.commands()).isEqualTo(commands(0, 3));
    assertThat(temp).doesNotExist();
  }

  @Test
  void emptyJournalFileRefusesToStart() throws IOException {
    Path path = dir.resolve("empty.journal");
    Files.write(path, new byte[0]);

    assertThatThrownBy(() -> JournalFile.open(path, 7))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "journal "
                + path
                + " is empty (0 bytes) where a journal was expected; it may have been cut short"
                + " by a crash. Restore it from a backup, or delete it (or pass --journal-new)"
                + " to start with a new, empty mock");
    assertThat(path).isEmptyFile();
  }

  @Test
  void startingNewReplacesAnEmptyJournalWhenAskedTo() throws IOException {
    Path path = dir.resolve("asked.journal");
    Files.write(path, new byte[0]);

    JournalFile journal = JournalFile.open(path, 7, new JournalFile.Options(true, false));
    journal.append(commands(0, 1).get(0));
    journal.close();

    assertThat(JournalFile.open(path, 8).commands()).isEqualTo(commands(0, 1));
  }

  @Test
  void secondOpenOfAJournalInUseIsRefused() {
    Path path = dir.resolve("shared.journal");
    JournalFile first = JournalFile.open(path, 7);
    try {
      assertThatThrownBy(() -> JournalFile.open(path, 7))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "journal "
                  + path
                  + " is in use by another mock server (its lock file "
                  + path
                  + ".lock is held); stop that server first");
    } finally {
      first.close();
    }
    JournalFile.open(path, 7).close();
  }

  @Test
  void completeLastRecordWithABadChecksumRefusesToStart() throws IOException {
    Path path = journalWith("corrupt.journal", commands(0, 3));
    List<String> lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
    long offset = 0;
    for (int i = 0; i < lines.size() - 1; i++) {
      offset += lines.get(i).getBytes(StandardCharsets.UTF_8).length + 1;
    }
    String last = lines.get(lines.size() - 1);
    lines.set(lines.size() - 1, last.replace("\"n\":2", "\"n\":3"));
    Files.write(path, lines, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> JournalFile.open(path, 7))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "journal "
                + path
                + ": record 3 (at byte "
                + offset
                + ") is complete but fails its checksum; the file is damaged (a torn write"
                + " would have no line end). Restore it from a backup, or pass --journal-new to"
                + " start with a new, empty mock");
  }

  @Test
  void tornLastRecordIsCutOffAndTheRestKept() throws IOException {
    Path path = journalWith("torn.journal", commands(0, 3));
    long intact = Files.size(path);
    Files.writeString(
        path,
        "0a1b2c3d {\"at\":\"2026-11-23T09:10:00Z\",\"t\":\"con",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    JournalFile journal = JournalFile.open(path, 7);
    journal.close();

    assertThat(journal.commands()).isEqualTo(commands(0, 3));
    assertThat(Files.size(path)).isEqualTo(intact);
  }

  @Test
  void changedSeedInTheHeaderRefusesToStartWithAHeaderChecksumMessage() throws IOException {
    Path path = journalWith("header.journal", commands(0, 2));
    String text = Files.readString(path, StandardCharsets.UTF_8);
    String header = text.substring(0, text.indexOf('\n'));
    Files.writeString(path, text.replaceFirst("seed=7", "seed=8"), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> JournalFile.open(path, 7))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "journal "
                + path
                + ": the header fails its checksum (\""
                + header.replace("seed=7", "seed=8")
                + "\"); the file is damaged. Restore it from a backup, or pass --journal-new to"
                + " start with a new, empty mock");
  }

  @Test
  void journalOfTheFirstFormatIsStillRead() throws IOException {
    Path path = dir.resolve("v1.journal");
    String json =
        "{\"at\":\"2026-11-23T09:00:00Z\",\"t\":\"control\",\"op\":\"test.op\",\"args\":{\"n\":0}}";
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(json.getBytes(StandardCharsets.UTF_8));
    Files.writeString(
        path,
        "wallet-sdk-mock journal v1 seed=5\n"
            + java.util.HexFormat.of().toHexDigits((int) crc.getValue())
            + " "
            + json
            + "\n",
        StandardCharsets.UTF_8);

    JournalFile journal = JournalFile.open(path, 7);
    journal.close();

    assertThat(journal.seed()).isEqualTo(5);
    assertThat(journal.commands()).isEqualTo(commands(0, 1));
  }

  @Test
  void everyRecordIsForcedToDiskWhenAskedTo() throws IOException {
    Path path = dir.resolve("fsync.journal");
    JournalFile journal = JournalFile.open(path, 7, new JournalFile.Options(false, true));
    List<String> steps = new ArrayList<>();
    journal.onStep(steps::add);

    commands(0, 3).forEach(journal::append);
    journal.close();

    assertThat(steps).containsExactly("appended-synced", "appended-synced", "appended-synced");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("fsync.journal", "fsync.journal.lock");
    }
  }

  @Test
  void recordsInLineAreWrittenAndForcedInOneBatch() throws IOException {
    Path path = dir.resolve("batch.journal");
    JournalFile journal = JournalFile.open(path, 7, new JournalFile.Options(false, true));
    List<String> steps = new ArrayList<>();
    journal.onStep(steps::add);

    List<Long> sequences = commands(0, 5).stream().map(journal::enqueue).toList();
    journal.awaitDurable(sequences.get(4));
    journal.awaitDurable(sequences.get(0));

    assertThat(sequences).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(steps).containsExactly("appended-synced");
    journal.abandon();
    JournalFile reopened = JournalFile.open(path, 7);
    assertThat(reopened.commands()).isEqualTo(commands(0, 5));
    reopened.close();
  }

  @Test
  void concurrentWritersWithFsyncGetDurableRecordsInExecutionOrder() throws Exception {
    Path path = dir.resolve("writers.journal");
    JournalFile journal = JournalFile.open(path, 7, new JournalFile.Options(false, true));
    long header = Files.size(path);
    int writers = 6;
    int each = 40;
    Object engineLock = new Object();
    long[] end = {header};
    int[] next = {0};
    List<String> notDurable = new CopyOnWriteArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<?>> work = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      work.add(
          pool.submit(
              () -> {
                for (int i = 0; i < each; i++) {
                  long sequence;
                  long endOfRecord;
                  synchronized (engineLock) {
                    Command command = commands(next[0], next[0] + 1).get(0);
                    next[0]++;
                    sequence = journal.enqueue(command);
                    end[0] += JournalFormat.record(command).length;
                    endOfRecord = end[0];
                  }
                  journal.awaitDurable(sequence);
                  long size = sizeOf(path);
                  if (size < endOfRecord) {
                    notDurable.add(sequence + ": file has " + size + " < " + endOfRecord);
                  }
                }
                return null;
              }));
    }
    for (Future<?> future : work) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    journal.abandon();

    assertThat(notDurable).isEmpty();
    JournalFile reopened = JournalFile.open(path, 7);
    assertThat(reopened.commands()).isEqualTo(commands(0, writers * each));
    reopened.close();
  }

  private static long sizeOf(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void failedBatchFailsEveryWaiterOfItAndEveryLaterOne() throws Exception {
    Path path = dir.resolve("failing.journal");
    JournalFile journal = JournalFile.open(path, 7, new JournalFile.Options(false, true));
    AtomicBoolean failed = new AtomicBoolean();
    journal.onStep(
        step -> {
          if (!failed.getAndSet(true)) {
            throw new UncheckedIOException(new IOException("no space left on device"));
          }
        });
    List<Long> sequences = commands(0, 3).stream().map(journal::enqueue).toList();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<Future<?>> waiters = new ArrayList<>();
    for (long sequence : sequences) {
      waiters.add(pool.submit(() -> journal.awaitDurable(sequence)));
    }
    Map<Long, String> failures = new ConcurrentHashMap<>();
    for (int i = 0; i < waiters.size(); i++) {
      try {
        waiters.get(i).get(10, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        failures.put(sequences.get(i), e.getCause().getMessage());
      }
    }
    pool.shutdown();

    String message = "cannot append to journal " + path;
    assertThat(failures)
        .containsOnlyKeys(1L, 2L, 3L)
        .allSatisfy((sequence, failure) -> assertThat(failure).isEqualTo(message));
    assertThatThrownBy(() -> journal.append(commands(3, 4).get(0)))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage(message)
        .hasRootCauseMessage("no space left on device");
    journal.abandon();
  }
}
