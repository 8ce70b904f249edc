package org.alumnisdk.consent.ledger;

/** A minimal hand-written JSON writer (no dependency): objects, arrays, strings, numbers. */
final class Json {
  private final StringBuilder sb = new StringBuilder(1024);
  private boolean first = true;

  Json open() {
    comma();
    sb.append('{');
    first = true;
    return this;
  }

  Json open(String name) {
    key(name);
    sb.append('{');
    first = true;
    return this;
  }

  Json close() {
    sb.append('}');
    first = false;
    return this;
  }

  Json array(String name) {
    key(name);
    sb.append('[');
    first = true;
    return this;
  }

  Json endArray() {
    sb.append(']');
    first = false;
    return this;
  }

  Json value(String v) {
    comma();
    quote(v);
    first = false;
    return this;
  }

  Json field(String name, String v) {
    key(name);
    if (v == null) {
      sb.append("null");
    } else {
      quote(v);
    }
    first = false;
    return this;
  }

  Json field(String name, long v) {
    key(name);
    sb.append(v);
    first = false;
    return this;
  }

  Json field(String name, boolean v) {
    key(name);
    sb.append(v);
    first = false;
    return this;
  }

  private void key(String name) {
    comma();
    quote(name);
    sb.append(':');
  }

  private void comma() {
    if (!first) {
      sb.append(',');
    }
    first = true;
  }

  private void quote(String s) {
    org.alumnisdk.core.text.JsonText.quote(sb, s);
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
