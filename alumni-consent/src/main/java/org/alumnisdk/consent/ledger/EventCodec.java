package org.alumnisdk.consent.ledger;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.alumnisdk.consent.notice.NoticeId;
import org.alumnisdk.core.AlumniException;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;

/**
 * The canonical binary form of a {@link ConsentEvent}: the bytes that are stored and hashed.
 *
 * <p>Format version 1: a version byte, then each field in declaration order: strings as a
 * 4-byte big-endian length and their UTF-8 bytes, enums by name, instants as 8-byte epoch
 * seconds and 4-byte nanoseconds, optional fields behind a 0/1 byte. Deterministic: equal events
 * give equal bytes, and decoding is strict (no trailing bytes).
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
    Writer w = new Writer();
    w.b(FORMAT);
    w.s(e.tenant().value());
    w.s(e.eventId());
    w.s(e.alumnus().value());
    w.s(e.purpose().value());
    w.s(e.type().name());
    w.t(e.at());
    w.s(e.actor().name());
    w.s(e.method().name());
    w.s(e.evidence());
    if (e.notice().isPresent()) {
      NoticeRef n = e.notice().get();
      w.b(1);
      w.s(n.notice().value());
      w.i(n.version());
      w.s(n.language());
    } else {
      w.b(0);
    }
    if (e.validUntil().isPresent()) {
      w.b(1);
      w.t(e.validUntil().get());
    } else {
      w.b(0);
    }
    return w.bytes();
  }

  /**
   * Decodes canonical bytes.
   *
   * @param payload the bytes
   * @return the event
   * @throws InvalidValueException if the bytes are not a well-formed event
   */
  public static ConsentEvent decode(byte[] payload) {
    try {
      ByteBuffer in = ByteBuffer.wrap(payload);
      int format = in.get() & 0xff;
      if (format != FORMAT) {
        throw new InvalidValueException("payload", "unknown format " + format);
      }
      TenantId tenant = TenantId.of(s(in));
      String eventId = s(in);
      AlumnusId alumnus = AlumnusId.of(s(in));
      PurposeId purpose = PurposeId.of(s(in));
      ConsentEventType type = ConsentEventType.valueOf(s(in));
      Instant at = t(in);
      ConsentActor actor = ConsentActor.valueOf(s(in));
      ConsentMethod method = ConsentMethod.valueOf(s(in));
      String evidence = s(in);
      Optional<NoticeRef> notice =
          flag(in) ? Optional.of(NoticeRef.of(NoticeId.of(s(in)), in.getInt(), s(in))) : Optional.empty();
      Optional<Instant> validUntil = flag(in) ? Optional.of(t(in)) : Optional.empty();
      if (in.hasRemaining()) {
        throw new InvalidValueException("payload", "trailing bytes");
      }
      return new ConsentEvent(
          tenant, eventId, alumnus, purpose, type, at, actor, method, evidence, notice, validUntil);
    } catch (InvalidValueException ex) {
      throw ex;
    } catch (AlumniException | BufferUnderflowException | IllegalArgumentException
        | java.time.DateTimeException ex) {
      throw new InvalidValueException(
          "payload", "not a well-formed consent event: " + ex.getClass().getSimpleName());
    }
  }

  private static boolean flag(ByteBuffer in) {
    int f = in.get();
    if (f != 0 && f != 1) {
      throw new IllegalArgumentException("flag");
    }
    return f == 1;
  }

  private static String s(ByteBuffer in) {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IllegalArgumentException("length");
    }
    byte[] b = new byte[n];
    in.get(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static Instant t(ByteBuffer in) {
    long sec = in.getLong();
    int nano = in.getInt();
    return Instant.ofEpochSecond(sec, nano);
  }

  /** A growable big-endian byte writer. */
  private static final class Writer {
    private byte[] buf = new byte[192];
    private int n;

    private void ensure(int more) {
      if (n + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
      }
    }

    void b(int v) {
      ensure(1);
      buf[n++] = (byte) v;
    }

    void i(int v) {
      ensure(4);
      buf[n++] = (byte) (v >>> 24);
      buf[n++] = (byte) (v >>> 16);
      buf[n++] = (byte) (v >>> 8);
      buf[n++] = (byte) v;
    }

    void l(long v) {
      i((int) (v >>> 32));
      i((int) v);
    }

    void s(String v) {
      byte[] b = v.getBytes(StandardCharsets.UTF_8);
      i(b.length);
      ensure(b.length);
      System.arraycopy(b, 0, buf, n, b.length);
      n += b.length;
    }

    void t(Instant v) {
      l(v.getEpochSecond());
      i(v.getNano());
    }

    byte[] bytes() {
      return Arrays.copyOf(buf, n);
    }
  }
}
