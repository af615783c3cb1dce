package io.s3db.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.s3db.ResourceAlreadyExistsException;
import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

// snippet: dao-test
/** A DAO tested against a real S3 server in the test JVM. */
@ExtendWith(S3ServerExtension.class) // one embedded server per test run, a bucket per class
class CustomerDaoTest {
  private S3db db;

  @BeforeEach
  void connect(TestBucket bucket, TestInfo test) {
    // the class's tests share its bucket: a key prefix per test keeps them apart
    db = S3db.connect(bucket.uri(test.getTestMethod().orElseThrow().getName()));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void storesAndReadsACustomer() {
    CustomerDao customers = CustomerDao.of(db);
    Customer ana = customers.insert(customer(null, "Ana"));
    assertEquals(ana, customers.get(ana.id()));
    assertEquals(1, customers.count());
  }

  @Test
  void refusesATakenId() {
    CustomerDao customers = CustomerDao.of(db);
    customers.insert(customer("c1", "Ana"));
    assertThrows(
        ResourceAlreadyExistsException.class, () -> customers.insert(customer("c1", "Bo")));
    assertFalse(customers.find("c2").isPresent());
  }

  private static Customer customer(String id, String name) {
    return new Customer(
        id,
        name,
        name + "@example.com",
        0,
        0,
        false,
        new Customer.Address("Main St 1", "Lisbon"),
        null);
  }
}
// end snippet: dao-test
