package io.s3db.examples.kotlin.readme

import io.s3db.S3db
import io.s3db.kotlin.findOrNull
import io.s3db.kotlin.useSequence

/**
 * The README's Kotlin usage, as it shows it (ReadmeSnippetsTest checks that), on [db]; returns
 * what it found, for the test to check that it does what the README says.
 */
fun readmeUsage(db: S3db): List<String> {
  val users = UserDao.of(db)
  users.hooks().beforeInsert { _, u -> u.copy(name = u.name.trim()) }  // a hook: a trailing lambda
  val ana = users.insert(User(name = " Ana ", address = Address("Lisbon", "PT")))
  users.update(ana.id!!) { it.copy(status = "PAID") }                  // re-run if another writer wins
  val inPortugal = users.list(UserPartitions.byCountry("PT"))
  val nobody = users.findOrNull("no-such-id")                           // null, not an exception
  val paid = users.useSequence { all -> all.filter { it.status == "PAID" }.map { it.name }.toList() }
  return listOf("$inPortugal", "$nobody", "$paid")
}
