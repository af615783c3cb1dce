package io.s3db.internal;

import io.s3db.CodecException;
import io.s3db.S3dbException;
import io.s3db.spi.MetadataReader;
import io.s3db.spi.ResourceCodec;

/**
 * Runs a generated codec's {@code decode} so that every way a stored object fails to be the record
 * is a {@link CodecException} naming the resource and the record: the JSON-array field readers do
 * not know them, and a record's own constructor may refuse what was stored.
 */
final class RecordDecoding {
  private RecordDecoding() {}

  static <T> T decode(ResourceCodec<T> codec, String resource, String id, MetadataReader reader) {
    try {
      return codec.decode(id, reader);
    } catch (CodecException e) {
      throw e.at(resource, id);
    } catch (S3dbException e) {
      throw e; // a secret that does not decrypt, a missing passphrase: they say so themselves
    } catch (RuntimeException e) {
      // only the class: the constructor's message may quote any stored value, a secret's too
      throw new CodecException(
          "Cannot read resource '"
              + resource
              + "' id '"
              + id
              + "': the record's constructor"
              + " refused the stored values ("
              + e.getClass().getName()
              + ").",
          resource,
          id,
          e);
    }
  }
}
