package io.s3db.processor.generator;

import java.util.HashSet;
import java.util.Set;

/** Readable, clash-free identifiers for generated members, derived from field paths. */
final class Names {
  private final Set<String> used = new HashSet<>();

  Names(String... reserved) {
    used.addAll(Set.of(reserved));
  }

  /**
   * {@code profile.joinedAt} → {@code PROFILE_JOINED_AT}, with a numeric suffix if already taken.
   */
  String constant(String path) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.') {
        name.append('_');
      } else if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(path.charAt(i - 1))) {
        name.append('_').append(c);
      } else {
        name.append(Character.toUpperCase(c));
      }
    }
    return unique(name.toString());
  }

  /** {@code ("decode", "profile.address")} → {@code decodeProfileAddress}. */
  String method(String verb, String path) {
    return unique(verb + upperCamel(path));
  }

  /**
   * {@code profile.address} → {@code _profileAddress}: generated locals start with {@code _} so
   * they never shadow.
   */
  static String local(String path) {
    String camel = upperCamel(path);
    return "_" + Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
  }

  private String unique(String name) {
    String candidate = name;
    for (int i = 2; !used.add(candidate); i++) {
      candidate = name + "_" + i;
    }
    return candidate;
  }

  private static String upperCamel(String path) {
    StringBuilder name = new StringBuilder();
    for (String segment : path.split("\\.")) {
      name.append(Character.toUpperCase(segment.charAt(0))).append(segment, 1, segment.length());
    }
    return name.toString();
  }
}
