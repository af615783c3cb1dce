package io.s3db.examples.kotlin

import io.s3db.S3db
import io.s3db.kotlin.findOrNull
import io.s3db.kotlin.useSequence
import io.s3db.testing.EmbeddedS3

/**
 * CRUD, partitions, `copy`, a hook and a sequence on Kotlin data classes, with s3db-kotlin's
 * extension functions, against an embedded S3 server (or the one
 * `S3DB_URI` names): `mvn -q -pl s3db-kotlin-example -am compile exec:java`.
 */
fun main() {
  runExample().forEach(::println)
}

/** Runs the example and returns what it printed, line by line. */
fun runExample(): List<String> {
  val out = mutableListOf<String>()
  val uri = System.getenv("S3DB_URI")
  val server = if (uri.isNullOrBlank()) EmbeddedS3.inMemory() else null
  server?.createBucket("examples")
  try {
    S3db.builder()
        .uri(server?.uri("examples", "kotlin-example") ?: uri!!)
        .passphrase("kotlin-example-passphrase")
        .build()
        .use { db ->
          val users = UserDao.of(db)

          // snippet: hook
          // a hook is a trailing lambda (Kotlin converts it to the Java interface): emails lower-case
          users.hooks().beforeInsert { _, u -> u.copy(email = u.email?.lowercase()) }
          // end snippet: hook

          // snippet: insert
          // insert: no id given, s3db generates one; status takes its default
          val ana =
              users.insert(
                  User(name = "Ana", email = null, age = 34, address = Address("Lisbon", "PT")))
          val id = ana.id!!
          // end snippet: insert
          out += "inserted ${ana.name} as $id, status ${ana.status}, created ${ana.createdAt != null}"

          users.insert(
              User(
                  id = "bruno",
                  name = "Bruno",
                  email = "Bruno@Example.com",
                  age = 41,
                  address = Address("Porto", "PT"),
                  prefs = mapOf("theme" to "dark"),
                  apiToken = "s3cr3t"))
          users.insert(
              User(id = "chloe", name = "Chloé", email = null, age = 29, address = Address("Paris", "FR")))

          // read
          val bruno = users.get("bruno")
          out +=
              "read ${bruno.name}, token ${bruno.apiToken}, email ${bruno.email}, prefs ${bruno.prefs}"

          // snippet: update
          // update with copy: moves Ana from partition byStatus NEW to PAID
          val paid = users.update(id) { it.copy(status = "PAID", age = it.age + 1) }
          // end snippet: update
          out += "updated ${paid.name}: ${paid.status}, age ${paid.age}"

          // partitions
          out += "PT users: ${users.count(UserPartitions.byCountry("PT"))}"
          out += "PAID: ${users.list(UserPartitions.byStatus("PAID")).map { it.name }}"
          out += "NEW: ${users.list(UserPartitions.byStatus("NEW")).map { it.name }.sorted()}"

          // snippet: sequence
          // a sequence over the partition's stream, closed when the block is done
          val oldest =
              users.useSequence(UserPartitions.byCountry("PT")) { all -> all.maxByOrNull { it.age } }
          // end snippet: sequence
          out += "oldest in PT: ${oldest?.name}, ${oldest?.age}"

          // snippet: find-or-null
          // delete; findOrNull: null instead of an Optional or an exception
          users.delete("chloe")
          out += "after delete: ${users.count()} users, chloe ${users.findOrNull("chloe")}"
          // end snippet: find-or-null

          // snippet: null-rules
          // null means: generate an id, take the @Default, generate a password
          val accounts = AccountDao.of(db)
          val account = accounts.insert(Account(owner = "Ana"))
          val stored = accounts.get(account.id!!)
          // end snippet: null-rules
          out +=
              "account plan ${stored.plan}, password generated ${stored.password?.length ?: 0 > 0}," +
                  " kept ${stored.password == account.password}"

          // ids from a generator: UUID v7, so S3 lists the records in the order they were made
          val events = EventDao.of(db)
          val made = listOf("signup", "login", "logout").map { events.insert(Event(name = it)) }
          out += "events in creation order: ${events.list().map { it.name } == made.map { it.name }}"
        }
  } finally {
    server?.close()
  }
  return out
}
