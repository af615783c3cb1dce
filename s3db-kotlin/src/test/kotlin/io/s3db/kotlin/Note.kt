package io.s3db.kotlin

import io.s3db.annotations.Partition
import io.s3db.annotations.S3Resource

/** The resource the extension functions are tested on; kapt generates its `NoteDao`. */
@S3Resource(name = "notes")
@Partition(name = "byTopic", fields = ["topic"])
data class Note(val id: String? = null, val topic: String, val words: Int)
