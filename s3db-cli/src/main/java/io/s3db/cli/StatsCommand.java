package io.s3db.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.documents.Documents;
import io.s3db.documents.PartitionDescription;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/** {@code s3db stats RESOURCE}: records, partitions by value, and the bytes they take. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints records, partition and byte figures.",
      "Prints a resource's figures as JSON: its records; per partition, its references and how"
          + " many there are per value; the objects' body bytes (from the listing); and the user"
          + " metadata bytes per record (from a HEAD of each record: the UTF-8 bytes of every"
          + " metadata key and value, as S3 counts them against its 2 KB limit).",
      "Needs no passphrase. Cost: 1 LIST per 1000 keys of the records and of each partition,"
          + " + 1 HEAD per record (none with --no-metadata)."
    })
final class StatsCommand extends ResourceCommand {
  @Option(
      names = "--metadata",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Measures the metadata bytes with a HEAD per record (default: on).")
  boolean metadata = true;

  @Override
  int run(Session session) throws InterruptedException, ExecutionException {
    Documents documents = session.keysOnly(resource);
    KeySpace keys =
        new KeySpace(session.client(), session.db().bucket(), session.db().keyPrefix(), resource);
    ObjectNode stats = Json.MAPPER.createObjectNode();
    stats.put("resource", resource);
    stats.put("records", documents.count());
    long[] objects = {0, 0};
    MetadataSizes sizes = new MetadataSizes();
    ExecutorService heads = Executors.newFixedThreadPool(connection.parallelism);
    try {
      keys.list(
          keys.dataPrefix(),
          page -> {
            List<Future<?>> pending = new ArrayList<>();
            for (S3Object object : page) {
              objects[0]++;
              objects[1] += object.size();
              if (metadata) {
                pending.add(heads.submit(() -> sizes.add(object.key(), head(keys, object))));
              }
            }
            await(pending);
          });
    } finally {
      heads.shutdownNow();
    }
    ObjectNode data = stats.putObject("data");
    data.put("objects", objects[0]);
    data.put("bodyBytes", objects[1]);
    if (metadata) {
      sizes.write(data.putObject("metadataBytes"), keys.dataPrefix() + "id=");
    }
    ObjectNode partitions = stats.putObject("partitions");
    for (PartitionDescription partition : documents.describe().partitions()) {
      String prefix = keys.partitionPrefix(partition.name());
      Map<String, Long> byValue = new TreeMap<>();
      long[] references = {0};
      keys.list(
          prefix,
          page -> {
            for (S3Object object : page) {
              String rest = object.key().substring(prefix.length());
              int id = rest.lastIndexOf("/id=");
              references[0]++;
              byValue.merge(id < 0 ? rest : rest.substring(0, id), 1L, Long::sum);
            }
          });
      ObjectNode json = partitions.putObject(partition.name());
      json.put("references", references[0]);
      ObjectNode values = json.putObject("values");
      byValue.forEach(values::put);
    }
    Json.print(out(), stats, false);
    return 0;
  }

  private static int head(KeySpace keys, S3Object object) {
    Map<String, String> metadata =
        keys.client()
            .headObject(HeadObjectRequest.builder().bucket(keys.bucket()).key(object.key()).build())
            .metadata();
    int size = 0;
    for (Map.Entry<String, String> entry : metadata.entrySet()) {
      size += entry.getKey().getBytes(StandardCharsets.UTF_8).length;
      size += entry.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    return size;
  }

  private static void await(List<Future<?>> pending) {
    try {
      for (Future<?> future : pending) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.failed("interrupted");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    }
  }
}
