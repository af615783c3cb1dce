package io.s3db.bench;

/** The codec results file's method section: how each path was measured, and what it includes. */
final class CodecsMethod {
  private CodecsMethod() {}

  private static final String TEXT =
      """
      ## Method

      - The record (`io.s3db.bench.codec.Customer`): 15 fields — id (the object's key, not in the \
      metadata), name, e-mail, city and bio with non-ASCII text (`Ana Luíza Gonçalves`, \
      `São Paulo`, `☕`, `€`, `—`), an int, a long, a double, a boolean, an `Instant`, a \
      `LocalDate`, a `List<String>` of 3, a nested record of 3 text fields, and two optional fields \
      left absent (`nickname`, `rating`). The secret variant (`SecretCustomer`) has the same \
      fields with `rating` replaced by a `@Secret` API key of 32 characters. Both as \
      `io.s3db.bench.codec.Shapes` makes them; the same values go to s3db.js as JSON.
      - **s3db** (`CodecBench.s3db*`): the engine's own step, through \
      `io.s3db.internal.RecordMetadata` (a small public entry into the package-private \
      `CodecBridge`, added for this benchmark): encode = what an insert does between the record \
      and the PUT — defaults, the generated validator, the generated codec writing through \
      `EncodingMetadataWriter` (type encoding, client encoding, key mapping), `_v`, and the \
      behavior's layout (user-managed: the 2 KB check); decode = what a head's reply goes \
      through — the generated codec reading through `DecodingMetadataReader` (key mapping, client \
      and type decoding, every value checked). Keys as a fresh catalog assigns them.
      - **Jackson** (`CodecBench.jackson*`, `JacksonPath`): databind 2.23 with its java.time \
      module: encode = `convertValue(record, Map)`, flattened to dotted paths, then the same key \
      mapping and value encoding as s3db's (base62 numbers and dates, pipe-joined list, the \
      client encoding, the same AES-GCM cipher) and the same 2 KB check; decode = the same \
      decoding into a nested map, then `convertValue(map, Customer.class)`. It does not validate \
      (s3db's encode does), so it is a little lighter than the step it stands in for.
      - **s3db.js 21.6.2** (`s3db-bench/src/main/node/bench-codecs.mjs`, Node, the interop \
      module's npm install): its `Schema` built from the same attributes the catalog holds (the \
      generated codec's rules); encode = `schema.mapper(record)` (what its resource's insert \
      calls) then its S3 client's loop over the result (key sanitising, `metadataEncode` of each \
      value); decode = the client's `metadataDecode` of each value, then `schema.unmapper` (what \
      its get/head calls). Its validation is not counted (an insert runs it before mapping). \
      Secrets: an insert's validator encrypts them before the mapper sees them and the mapper's \
      hook then checks that they decrypt (one PBKDF2 of 100 000 iterations a value, as s3db.js \
      uses a fresh salt for each); the mapper is given the record as the validator leaves it, so \
      the validator's own encryption (a second PBKDF2) is not counted either. Its string analysis \
      cache (`metadataEncode`, 500 entries) is warm, as the same values repeat.
      - Every path is checked once before timing: each gives the record back from its own \
      metadata, Jackson's decode reads s3db's metadata too, and s3db.js's gives back the fields \
      it was given.
      - Timing assertions: none; this is a benchmark, not a test.
      """;

  static void append(StringBuilder md) {
    md.append(TEXT);
  }
}
