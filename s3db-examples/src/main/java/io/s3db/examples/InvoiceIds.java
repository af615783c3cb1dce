package io.s3db.examples;

import io.s3db.ids.IdGenerator;
import io.s3db.ids.NanoIds;

/**
 * {@code acme-2026-12-01-Vq3xT0bE}: the customer and the day first, so that the invoices of one
 * customer list together and by day; a nanoid keeps ids unique.
 */
// snippet: invoice-ids
public final class InvoiceIds implements IdGenerator<Invoice> {
  @Override
  public String newId(Invoice invoice) {
    return invoice.customer() + "-" + invoice.issued() + "-" + NanoIds.generate(8);
  }
}
// end snippet: invoice-ids
