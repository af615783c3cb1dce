package io.s3db.reliability;

import io.s3db.S3AccessException;

/**
 * What a write reported: done, not done, or that its outcome is unknown. Only the last makes no
 * claim: the library says so ("whether it was stored is unknown") when even the check of an
 * unanswered write got no answer. Every other failure claims the write was not applied, and the
 * server must agree.
 */
enum Reported {
  DONE,
  NOT_DONE,
  UNKNOWN;

  static Reported of(Throwable failure) {
    if (failure == null) {
      return DONE;
    }
    if (failure instanceof S3AccessException
        && String.valueOf(failure.getMessage()).contains("is unknown")) {
      return UNKNOWN;
    }
    return NOT_DONE;
  }
}
