package org.alumnisdk.consent.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import org.alumnisdk.consent.notice.NoticeId;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;

/**
 * The canonical binary form of a {@link ConsentEvent}: the bytes that are stored and hashed.
 *
 * <p>Format version 1: a version byte, then length-prefixed UTF-8 strings, enum names, and
 * instants as epoch seconds plus nanoseconds, in field order. Deterministic: equal events give
 * equal bytes.
 *
 * @since 0.1.0
 */
public final class EventCodec {
  private static final int FORMAT = 1;

  private EventCodec() {}

  /**
   * Encodes an event.
   *
   * @param e the event
   * @return its canonical bytes
   */
  public static byte[] encode(ConsentEvent e) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(160);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      out.writeUTF(e.tenant().value());
      out.writeUTF(e.eventId());
      out.writeUTF(e.alumnus().value());
      out.writeUTF(e.purpose().value());
      out.writeUTF(e.type().name());
      instant(out, e.at());
      out.writeUTF(e.actor().name());
      out.writeUTF(e.method().name());
      out.writeUTF(e.evidence());
      if (e.notice().isPresent()) {
        NoticeRef n = e.notice().get();
        out.writeBoolean(true);
        out.writeUTF(n.notice().value());
        out.writeInt(n.version());
        out.writeUTF(n.language());
      } else {
        out.writeBoolean(false);
      }
      if (e.validUntil().isPresent()) {
        out.writeBoolean(true);
        instant(out, e.validUntil().get());
      } else {
        out.writeBoolean(false);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return bytes.toByteArray();
  }

  /**
   * Decodes canonical bytes.
   *
   * @param payload the bytes
   * @return the event
   * @throws InvalidValueException if the bytes are not a well-formed event
   */
  public static ConsentEvent decode(byte[] payload) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
      int format = in.readUnsignedByte();
      if (format != FORMAT) {
        throw new InvalidValueException("payload", "unknown format " + format);
      }
      TenantId tenant = TenantId.of(in.readUTF());
      String eventId = in.readUTF();
      AlumnusId alumnus = AlumnusId.of(in.readUTF());
      PurposeId purpose = PurposeId.of(in.readUTF());
      ConsentEventType type = ConsentEventType.valueOf(in.readUTF());
      Instant at = readInstant(in);
      ConsentActor actor = ConsentActor.valueOf(in.readUTF());
      ConsentMethod method = ConsentMethod.valueOf(in.readUTF());
      String evidence = in.readUTF();
      Optional<NoticeRef> notice =
          in.readBoolean()
              ? Optional.of(NoticeRef.of(NoticeId.of(in.readUTF()), in.readInt(), in.readUTF()))
              : Optional.empty();
      Optional<Instant> validUntil =
          in.readBoolean() ? Optional.of(readInstant(in)) : Optional.empty();
      if (in.available() > 0) {
        throw new InvalidValueException("payload", "trailing bytes");
      }
      return new ConsentEvent(
          tenant, eventId, alumnus, purpose, type, at, actor, method, evidence, notice, validUntil);
    } catch (IOException | IllegalArgumentException | java.time.DateTimeException ex) {
      throw new InvalidValueException("payload", "not a well-formed consent event: " + ex.getClass().getSimpleName());
    }
  }

  private static void instant(DataOutputStream out, Instant t) throws IOException {
    out.writeLong(t.getEpochSecond());
    out.writeInt(t.getNano());
  }

  private static Instant readInstant(DataInputStream in) throws IOException {
    long s = in.readLong();
    int n = in.readInt();
    return Instant.ofEpochSecond(s, n);
  }
}
