package io.s3db.internal.crypto;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.crypto.params.KeyParameter;
import org.jspecify.annotations.Nullable;

/**
 * A bounded LRU of derived keys by salt; one derivation per salt even when many threads ask at
 * once. Safe because a key is a pure function of (passphrase, salt) and a cache serves one {@link
 * Pbkdf2}, that is, one passphrase.
 */
final class KeyCache {
  private final Pbkdf2 pbkdf2;
  private final Map<Salt, Slot> map;
  private final AtomicLong derivations = new AtomicLong();

  KeyCache(Pbkdf2 pbkdf2, int capacity) {
    this.pbkdf2 = pbkdf2;
    this.map =
        new LinkedHashMap<>(Math.min(capacity, 64), 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Salt, Slot> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The key for {@code salt}, which the cache keeps: the caller must not change it afterwards. */
  KeyParameter key(byte[] salt) {
    Salt k = new Salt(salt);
    Slot slot;
    synchronized (map) {
      slot = map.computeIfAbsent(k, Slot::new);
    }
    return slot.key();
  }

  /** How many PBKDF2 derivations this cache has run. */
  long derivations() {
    return derivations.get();
  }

  /** A cache slot; the derivation runs outside the map's lock, once, under the slot's own lock. */
  private final class Slot {
    private final Salt salt;
    private @Nullable KeyParameter key;

    Slot(Salt salt) {
      this.salt = salt;
    }

    synchronized KeyParameter key() {
      KeyParameter k = key;
      if (k == null) {
        derivations.incrementAndGet();
        k = pbkdf2.derive(salt.bytes);
        key = k;
      }
      return k;
    }
  }

  /** A salt as a map key, compared by content. */
  private static final class Salt {
    final byte[] bytes;
    private final int hash;

    Salt(byte[] bytes) {
      this.bytes = bytes;
      this.hash = Arrays.hashCode(bytes);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Salt s && Arrays.equals(bytes, s.bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
