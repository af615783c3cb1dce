package io.s3db.it;

import io.s3db.ids.IdGenerator;
import io.s3db.ids.NanoIds;
import java.util.Objects;

/** {@code <project>-<queue>-<nanoid>}: the queue shows that the generator sees the defaults. */
public final class TicketIds implements IdGenerator<Ticket> {
  @Override
  public String newId(Ticket ticket) {
    return ticket.project()
        + "-"
        + Objects.requireNonNull(ticket.queue(), "queue")
        + "-"
        + NanoIds.generate(8);
  }
}
