package com.acme;

import io.s3db.ids.IdGenerator;
import io.s3db.ids.NanoIds;

/** An id generator that reads the record: the customer, then a nanoid. */
public final class OrderIds implements IdGenerator<Order> {
  @Override
  public String newId(Order order) {
    return order.customer() + "-" + NanoIds.generate(10);
  }
}
