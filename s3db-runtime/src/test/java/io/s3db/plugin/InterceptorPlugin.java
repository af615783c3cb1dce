package io.s3db.plugin;

import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** A plugin that only adds one SDK interceptor to the database's client: what tests watch with. */
public final class InterceptorPlugin {
  private InterceptorPlugin() {}

  public static S3dbPlugin of(ExecutionInterceptor interceptor) {
    return new S3dbPlugin() {
      @Override
      public void setup(PluginContext context) {
        context.addRequestInterceptor(interceptor);
      }
    };
  }
}
