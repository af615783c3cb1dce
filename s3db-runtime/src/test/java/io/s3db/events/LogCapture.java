package io.s3db.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The records one logger receives while open (System.Logger goes to java.util.logging). */
final class LogCapture extends Handler implements AutoCloseable {
  private final Logger logger;
  private final Level previous;
  final List<LogRecord> records = new CopyOnWriteArrayList<>();

  LogCapture(String name, Level level) {
    this.logger = Logger.getLogger(name);
    this.previous = logger.getLevel();
    logger.setLevel(level);
    logger.addHandler(this);
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previous);
  }
}
