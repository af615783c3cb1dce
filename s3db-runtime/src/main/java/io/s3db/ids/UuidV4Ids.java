package io.s3db.ids;

import java.util.UUID;

/** Random UUIDs (version 4), in their 36-character lower-case text form. */
public final class UuidV4Ids implements IdGenerator<Object> {

  @Override
  public String newId(Object record) {
    return UUID.randomUUID().toString();
  }
}
