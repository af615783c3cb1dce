package io.s3db.examples.kotlin.readme

import io.s3db.annotations.Default
import io.s3db.annotations.Partition
import io.s3db.annotations.S3Resource

// The README's Kotlin resource, as it shows it: ReadmeSnippetsTest fails if the two drift apart.

@S3Resource(name = "users")
@Partition(name = "byCountry", fields = ["address.country"])
data class User(
    val id: String? = null,                     // null: s3db generates an id on insert
    val name: String,
    @Default("NEW") val status: String = "NEW", // Kotlin's default for new objects, s3db's for stored ones
    val address: Address,
)
data class Address(val city: String, val country: String)
