/**
 * The plugin system: {@link io.s3db.plugin.S3dbPlugin}s set up with a {@link
 * io.s3db.plugin.PluginContext}, where they add listeners, {@link
 * io.s3db.plugin.OperationInterceptor}s around every DAO call, and S3 request interceptors.
 */
@NullMarked
package io.s3db.plugin;

import org.jspecify.annotations.NullMarked;
