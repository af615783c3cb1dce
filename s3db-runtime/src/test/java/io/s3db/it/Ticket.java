package io.s3db.it;

import io.s3db.annotations.Default;
import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/** Ids derived from the record ({@link TicketIds}), defaults applied. */
@S3Resource(name = "tickets", idGenerator = TicketIds.class, paranoid = false)
public record Ticket(
    @Nullable String id, String project, String title, @Default("triage") @Nullable String queue) {

  public static Ticket of(String project, String title) {
    return new Ticket(null, project, title, null);
  }
}
