package io.s3db.bench;

import io.s3db.bench.codec.Customer;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Side C's codec of one record type: its fields in declaration order through {@link
 * RawMetadataWriter} and back through {@link RawMetadataReader}, written by hand as a client of the
 * layout would write them.
 */
record RawCodec<T>(
    BiConsumer<T, RawMetadataWriter> writer, BiFunction<String, RawMetadataReader, T> reader) {

  // the readers name the fields in declaration order: Java evaluates arguments left to right
  static final RawCodec<Item> ITEM =
      new RawCodec<>(
          (r, out) ->
              out.text(r.name())
                  .text(r.city())
                  .text(r.status())
                  .integer(r.quantity())
                  .integer(r.counter())
                  .decimal(r.price())
                  .bool(r.active()),
          (id, in) ->
              new Item(
                  id,
                  in.text(),
                  in.text(),
                  in.text(),
                  (int) in.integer(),
                  in.integer(),
                  in.decimal(),
                  in.bool()));

  private static final RawSecrets SECRETS = new RawSecrets(SecretItem.PASSPHRASE);

  // Item's fields, then the token
  static final RawCodec<SecretItem> SECRET_ITEM =
      new RawCodec<>(
          (r, out) -> {
            ITEM.writer().accept(r.item(), out);
            out.secret(r.token(), SECRETS);
          },
          (id, in) -> SecretItem.of(ITEM.reader().apply(id, in), in.secret(SECRETS)));

  static final RawCodec<WideItem> WIDE_ITEM =
      new RawCodec<>(
          (r, out) ->
              out.text(r.name())
                  .text(r.email())
                  .text(r.city())
                  .text(r.bio())
                  .integer(r.age())
                  .integer(r.visits())
                  .decimal(r.balance())
                  .bool(r.active())
                  .datetime(r.signedUp())
                  .date(r.birthday())
                  .texts(r.tags())
                  .text(r.address().street()) // a nested record's leaves in place, as paths
                  .text(r.address().city())
                  .text(r.address().postcode())
                  .optionalText(r.nickname())
                  .optionalDecimal(r.rating()),
          (id, in) ->
              new WideItem(
                  id,
                  in.text(),
                  in.text(),
                  in.text(),
                  in.text(),
                  (int) in.integer(),
                  in.integer(),
                  in.decimal(),
                  in.bool(),
                  in.datetime(),
                  in.date(),
                  in.texts(),
                  new Customer.Address(in.text(), in.text(), in.text()),
                  in.optionalText(),
                  in.optionalDecimal()));

  /** The user metadata of {@code record}. */
  Map<String, String> encode(T record) {
    RawMetadataWriter out = new RawMetadataWriter();
    writer.accept(record, out);
    return out.values();
  }

  /** The record of object {@code id} from its user metadata. */
  T decode(String id, Map<String, String> metadata) {
    return reader.apply(id, new RawMetadataReader(metadata));
  }
}
