package io.s3db.spi;

/** What generated codecs ask the runtime for when filling in values a record left null. */
public interface Defaults {

  /** A new password for a {@code @Secret} left null, as s3db.js generates one. */
  String password();
}
