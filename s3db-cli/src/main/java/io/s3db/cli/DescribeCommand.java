package io.s3db.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.documents.AttributeDescription;
import io.s3db.documents.PartitionDescription;
import io.s3db.documents.ResourceDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code s3db describe RESOURCE}: what the catalog says of a resource, and if it can be written.
 */
@Command(
    name = "describe",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Shows a resource's attributes, rules, partitions and versions.",
      "Shows a resource as the catalog declares it: versions, behavior, attributes with their"
          + " rules, partitions, and whether this tool can write it (and if not, why).",
      "Needs no passphrase. Cost: 1 GET."
    })
final class DescribeCommand extends ResourceCommand {
  @Option(names = "--compact", description = "One line of JSON instead of indented JSON.")
  boolean compact;

  @Override
  int run(Session session) {
    Json.print(out(), json(session.keysOnly(resource).describe()), compact);
    return 0;
  }

  static ObjectNode json(ResourceDescription d) {
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("name", d.name());
    json.put("currentVersion", d.currentVersion());
    ArrayNode versions = json.putArray("versions");
    d.versions().forEach(versions::add);
    json.put("behavior", d.behavior());
    json.put("timestamps", d.timestamps());
    json.put("versioning", d.versioning());
    json.put("paranoid", d.paranoid());
    json.put("idSize", d.idSize());
    json.put("writable", d.writable());
    d.whyReadOnly().ifPresent(why -> json.put("readOnlyReason", why));
    ArrayNode attributes = json.putArray("attributes");
    for (AttributeDescription a : d.attributes()) {
      ObjectNode attribute = attributes.addObject();
      attribute.put("path", a.path());
      attribute.put("rule", a.rule());
      attribute.put("type", a.type().name());
      attribute.put("optional", a.optional());
      attribute.put("secret", a.secret());
    }
    ArrayNode partitions = json.putArray("partitions");
    for (PartitionDescription p : d.partitions()) {
      ObjectNode partition = partitions.addObject();
      partition.put("name", p.name());
      ArrayNode fields = partition.putArray("fields");
      p.fields().forEach(fields::add);
    }
    return json;
  }
}
