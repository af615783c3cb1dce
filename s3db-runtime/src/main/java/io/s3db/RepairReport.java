package io.s3db;

import java.util.List;

/**
 * What {@link S3Dao#repair()} found and fixed.
 *
 * @param records the records checked
 * @param referencesAdded partition references a record lacked, now put
 * @param referencesRemoved stale references (of records gone, or under values the record no longer
 *     has), now deleted
 * @param unreadable ids of records that cannot be decoded; their references were left as they are
 */
public record RepairReport(
    long records, long referencesAdded, long referencesRemoved, List<String> unreadable) {

  /**
   * Copies {@code unreadable} into an unmodifiable list.
   *
   * @param records the records checked
   * @param referencesAdded partition references put
   * @param referencesRemoved stale references deleted
   * @param unreadable ids of records that cannot be decoded; not null
   */
  public RepairReport {
    unreadable = List.copyOf(unreadable);
  }

  /**
   * Whether every reference already matched its record.
   *
   * @return true if repair put and deleted nothing
   */
  public boolean wasConsistent() {
    return referencesAdded == 0 && referencesRemoved == 0;
  }
}
