package io.s3db.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The RFC 9562 layout of {@link UuidV7Ids}, and the order its ids sort in. */
class UuidV7IdsTest {
  private static final Pattern TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  private final UuidV7Ids ids = new UuidV7Ids();

  @Test
  void layoutIsVersion7WithTheRfcVariant() {
    String id = ids.newId("any record");
    assertTrue(TEXT.matcher(id).matches(), id);
    UUID uuid = UUID.fromString(id);
    assertEquals(7, uuid.version());
    assertEquals(2, uuid.variant()); // the RFC 9562 variant, bits 10
    assertEquals(id, uuid.toString());
  }

  @Test
  void theFirst48BitsAreTheUnixTimeInMilliseconds() {
    long before = System.currentTimeMillis();
    String id = ids.newId(new Object());
    long after = System.currentTimeMillis();
    long millis = Long.parseLong(id.substring(0, 8) + id.substring(9, 13), 16);
    assertTrue(before <= millis && millis <= after, before + " <= " + millis + " <= " + after);
    assertEquals(Instant.ofEpochMilli(millis), UuidV7Ids.timestamp(id));
  }

  @Test
  void idsMadeInQuickSuccessionSortAsTheyWereMade() {
    List<String> made = IntStream.range(0, 100_000).mapToObj(i -> ids.newId(i)).toList();
    List<String> sorted = new ArrayList<>(made);
    sorted.sort(null);
    assertEquals(made, sorted);
    assertEquals(made.size(), new HashSet<>(made).size());
    List<UUID> uuids = made.stream().map(UUID::fromString).toList();
    for (int i = 1; i < uuids.size(); i++) {
      assertTrue(uuids.get(i - 1).compareTo(uuids.get(i)) < 0, uuids.get(i).toString());
    }
    // many share a millisecond, which is what the counter is for
    assertTrue(made.stream().map(UuidV7Ids::timestamp).distinct().count() < made.size());
  }

  @Test
  void idsFromManyThreadsAndInstancesAreUnique() throws InterruptedException {
    ConcurrentLinkedQueue<String> all = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      UuidV7Ids own = new UuidV7Ids();
      Thread thread =
          new Thread(
              () -> {
                String last = "";
                for (int i = 0; i < 20_000; i++) {
                  String id = own.newId(i);
                  if (id.compareTo(last) <= 0) {
                    throw new AssertionError(id + " after " + last);
                  }
                  last = id;
                  all.add(id);
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(80_000, new HashSet<>(all).size());
  }

  @Test
  void aClockThatStandsOrStepsBackDoesNotBreakTheOrder() {
    AtomicLong clock = new AtomicLong(1_700_000_000_000L);
    MonotonicUuidV7 sequence = new MonotonicUuidV7(clock::get, new Random(42));
    String first = sequence.next().toString();
    String second = sequence.next().toString();
    clock.addAndGet(-5_000);
    String third = sequence.next().toString();
    assertTrue(first.compareTo(second) < 0);
    assertTrue(second.compareTo(third) < 0);
    assertEquals(Instant.ofEpochMilli(1_700_000_000_000L), UuidV7Ids.timestamp(third));
    clock.set(1_700_000_000_001L);
    String fourth = sequence.next().toString();
    assertTrue(third.compareTo(fourth) < 0);
    assertEquals(Instant.ofEpochMilli(1_700_000_000_001L), UuidV7Ids.timestamp(fourth));
  }

  @Test
  void whenTheCounterRunsOutTheTimestampMovesOn() {
    // a rigged source: the first seed puts all 74 bits at their maximum, so the next id overflows
    Random exhausted =
        new Random() {
          private static final long serialVersionUID = 1L;
          private boolean first = true;

          @Override
          public int nextInt(int bound) {
            int value = first ? 0xfff : 0;
            first = false;
            return value;
          }

          @Override
          public long nextLong() {
            return -1;
          }
        };
    MonotonicUuidV7 sequence = new MonotonicUuidV7(() -> 1_000L, exhausted);
    UUID last = sequence.next();
    assertEquals("00000000-03e8-7fff-bfff-ffffffffffff", last.toString());
    UUID next = sequence.next();
    assertEquals(Instant.ofEpochMilli(1_001), UuidV7Ids.timestamp(next.toString()));
    assertTrue(last.toString().compareTo(next.toString()) < 0);
    assertEquals(7, next.version());
    assertEquals(2, next.variant());
  }

  @Test
  void timestampRefusesOtherUuids() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> UuidV7Ids.timestamp(UUID.randomUUID().toString()));
    assertTrue(e.getMessage().startsWith("not a version 7 UUID: "));
    assertFalse(TEXT.matcher(new UuidV4Ids().newId("")).matches());
  }
}
