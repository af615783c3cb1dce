package io.s3db.examples;

import io.s3db.annotations.S3Resource;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An invoice of {@link IdsExample}: its id tells its customer and day ({@link InvoiceIds}). */
// snippet: invoice
@S3Resource(name = "invoices", idGenerator = InvoiceIds.class, paranoid = false)
public record Invoice(@Nullable String id, String customer, LocalDate issued, long cents) {}
// end snippet: invoice
