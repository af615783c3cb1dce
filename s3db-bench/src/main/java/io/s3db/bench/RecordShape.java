package io.s3db.bench;

import java.util.function.ToLongFunction;

/**
 * What a workload needs of a record type: record {@code i} of a run (deterministic, so every side
 * writes the same values) and its counter, the field an update bumps and the checks add up.
 */
final class RecordShape<T> {
  /** Record {@code i} of a run, with id {@code id}. */
  interface Maker<T> {
    T make(String id, int i);
  }

  /** A copy of {@code record} with another counter. */
  interface CounterSetter<T> {
    T withCounter(T record, long counter);
  }

  static final RecordShape<Item> ITEM =
      new RecordShape<>(Item::of, Item::counter, Item::withCounter);
  static final RecordShape<PartItem> PART_ITEM =
      new RecordShape<>(PartItem::of, PartItem::counter, PartItem::withCounter);
  static final RecordShape<SecretItem> SECRET_ITEM =
      new RecordShape<>(SecretItem::of, SecretItem::counter, SecretItem::withCounter);
  static final RecordShape<WideItem> WIDE_ITEM =
      new RecordShape<>(WideItem::of, WideItem::visits, WideItem::withVisits);

  private final Maker<T> maker;
  private final ToLongFunction<T> counter;
  private final CounterSetter<T> setter;

  private RecordShape(Maker<T> maker, ToLongFunction<T> counter, CounterSetter<T> setter) {
    this.maker = maker;
    this.counter = counter;
    this.setter = setter;
  }

  T make(String id, int i) {
    return maker.make(id, i);
  }

  long counter(T record) {
    return counter.applyAsLong(record);
  }

  T withCounter(T record, long value) {
    return setter.withCounter(record, value);
  }
}
