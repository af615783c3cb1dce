package io.s3db.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One record type the side by side runs, as each Java side needs it: B's resource and DAO, C's
 * resource name, codec and partition references. The wire name is what the coordinator sends to a
 * worker ({@code bench-node.mjs} knows the same names and declares the same attributes).
 */
final class Variant {
  static final Variant PLAIN =
      new Variant(
          "plain",
          "7 fields",
          new LibWorkload.Records<>(ItemDao.DESCRIPTOR, ItemDao::of, RecordShape.ITEM),
          new RawWorkload.Records<>("items", RecordShape.ITEM, RawCodec.ITEM, null),
          null);

  static final Variant PARTITIONS =
      new Variant(
          "partitions",
          "7 fields, 2 partitions",
          new LibWorkload.Records<>(PartItemDao.DESCRIPTOR, PartItemDao::of, RecordShape.PART_ITEM),
          // C keeps Item: the same fields, and the references' keys hold the values
          new RawWorkload.Records<>(
              "pitems",
              RecordShape.ITEM,
              RawCodec.ITEM,
              item ->
                  List.of("byStatus/status=" + item.status(), "byActive/active=" + item.active())),
          null);

  static final Variant WIDE =
      new Variant(
          "wide",
          "15 fields (id included: the codec benchmarks' Customer shape, with a list, a nested"
              + " record and 2 optional fields absent on some records)",
          new LibWorkload.Records<>(WideItemDao.DESCRIPTOR, WideItemDao::of, RecordShape.WIDE_ITEM),
          new RawWorkload.Records<>("witems", RecordShape.WIDE_ITEM, RawCodec.WIDE_ITEM, null),
          null);

  static final Variant SECRET =
      new Variant(
          "secret",
          "7 fields and a @Secret token (AES-256-GCM)",
          new LibWorkload.Records<>(
              SecretItemDao.DESCRIPTOR, SecretItemDao::of, RecordShape.SECRET_ITEM),
          new RawWorkload.Records<>("sitems", RecordShape.SECRET_ITEM, RawCodec.SECRET_ITEM, null),
          SecretItem.PASSPHRASE);

  /** Every variant, in the order a run takes them. */
  static final List<Variant> ALL = List.of(PLAIN, PARTITIONS, WIDE, SECRET);

  final String wire;

  /** What the results' headings say of the records. */
  final String records;

  final LibWorkload.Records<?> lib;
  final RawWorkload.Records<?> raw;
  private final @Nullable String passphrase;

  private Variant(
      String wire,
      String records,
      LibWorkload.Records<?> lib,
      RawWorkload.Records<?> raw,
      @Nullable String passphrase) {
    this.wire = wire;
    this.records = records;
    this.lib = lib;
    this.raw = raw;
    this.passphrase = passphrase;
  }

  /** The database passphrase every side is given; null when the records have no secret. */
  @Nullable String passphrase() {
    return passphrase;
  }

  static Variant ofWire(String name) {
    for (Variant v : ALL) {
      if (v.wire.equals(name.trim().toLowerCase(Locale.ROOT))) {
        return v;
      }
    }
    throw new IllegalArgumentException("variants are " + names() + ", not " + name);
  }

  /** The wire names, for messages: {@code plain, partitions}. */
  static String names() {
    return ALL.stream().map(v -> v.wire).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return wire;
  }
}
