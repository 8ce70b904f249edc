package org.alumnisdk.consent.spi;

import java.util.Arrays;
import java.util.HexFormat;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;

/**
 * One stored link of a tenant's consent hash chain: the canonical event bytes with the hash of
 * the previous link and its own hash. Immutable: arrays are copied in and out.
 *
 * <p>{@code hash = SHA-256(previousHash || position as 8 big-endian bytes || payload)}; the first
 * link's previous hash is 32 zero bytes.
 *
 * @since 0.1.0
 */
public final class LedgerRecord {
  private final TenantId tenant;
  private final long position;
  private final byte[] payload;
  private final byte[] previousHash;
  private final byte[] hash;

  private LedgerRecord(
      TenantId tenant, long position, byte[] payload, byte[] previousHash, byte[] hash) {
    this.tenant = tenant;
    this.position = position;
    this.payload = payload;
    this.previousHash = previousHash;
    this.hash = hash;
  }

  /**
   * Creates a record, copying the arrays.
   *
   * @param tenant the tenant whose chain it belongs to
   * @param position its 0-based position in the chain
   * @param payload the canonical event bytes
   * @param previousHash the previous link's hash (32 bytes)
   * @param hash this link's hash (32 bytes)
   * @return the record
   * @throws InvalidValueException if an argument is null, the position negative or a hash not 32
   *     bytes
   */
  public static LedgerRecord of(
      TenantId tenant, long position, byte[] payload, byte[] previousHash, byte[] hash) {
    Checks.notNull(tenant, "record.tenant");
    Checks.notNegative(position, "record.position");
    Checks.notNull(payload, "record.payload");
    Checks.notNull(previousHash, "record.previousHash");
    Checks.notNull(hash, "record.hash");
    if (previousHash.length != 32 || hash.length != 32) {
      throw new InvalidValueException("record.hash", "SHA-256 hashes are 32 bytes");
    }
    return new LedgerRecord(tenant, position, payload.clone(), previousHash.clone(), hash.clone());
  }

  /**
   * The tenant.
   *
   * @return the tenant
   */
  public TenantId tenant() {
    return tenant;
  }

  /**
   * The 0-based position in the tenant's chain.
   *
   * @return the position
   */
  public long position() {
    return position;
  }

  /**
   * The canonical event bytes (a copy).
   *
   * @return the payload
   */
  public byte[] payload() {
    return payload.clone();
  }

  /**
   * The previous link's hash (a copy).
   *
   * @return 32 bytes
   */
  public byte[] previousHash() {
    return previousHash.clone();
  }

  /**
   * This link's hash (a copy).
   *
   * @return 32 bytes
   */
  public byte[] hash() {
    return hash.clone();
  }

  /**
   * This link's hash as lowercase hex.
   *
   * @return 64 hex characters
   */
  public String hashHex() {
    return HexFormat.of().formatHex(hash);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LedgerRecord r
        && r.tenant.equals(tenant)
        && r.position == position
        && Arrays.equals(r.payload, payload)
        && Arrays.equals(r.previousHash, previousHash)
        && Arrays.equals(r.hash, hash);
  }

  @Override
  public int hashCode() {
    return 31 * tenant.hashCode() + Long.hashCode(position) + Arrays.hashCode(hash);
  }

  @Override
  public String toString() {
    return "LedgerRecord[" + tenant + "#" + position + " " + hashHex().substring(0, 16) + "...]";
  }
}
