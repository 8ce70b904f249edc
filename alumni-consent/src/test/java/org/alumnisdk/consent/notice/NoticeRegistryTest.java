package org.alumnisdk.consent.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NoticeRegistryTest {
  static final TenantId T = TenantId.of("acme");
  static final AlumnusId A = AlumnusId.of("a-1");
  static final NoticeId PP = NoticeId.of("privacy-policy");
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  final NoticeRegistry reg = new NoticeRegistry();

  static Notice pp(int v, String lang, String text, Instant from) {
    return Notice.of(T, PP, v, NoticeType.PRIVACY_POLICY, lang, text, List.of(PurposeId.MENTORING), from);
  }

  @Test
  @DisplayName("Art. 21: a notice version is immutable; a change of text is a new version")
  void immutableVersions() {
    reg.publish(pp(1, "ja", "第1版", T0));
    reg.publish(pp(1, "en", "Version 1", T0));
    assertThatThrownBy(() -> reg.publish(pp(1, "ja", "第1版（改）", T0)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("immutable");
    assertThatThrownBy(() -> reg.publish(pp(3, "ja", "第3版", T0)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("expected version 2");
    reg.publish(pp(2, "ja", "第2版", T0.plusSeconds(100)));
    assertThat(reg.versions(T, PP)).extracting(Notice::version, Notice::language)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "en"), org.assertj.core.groups.Tuple.tuple(1, "ja"),
            org.assertj.core.groups.Tuple.tuple(2, "ja"));
    assertThat(reg.inForce(T, PP, "ja", T0.plusSeconds(50))).map(Notice::version).contains(1);
    assertThat(reg.inForce(T, PP, "ja", T0.plusSeconds(100))).map(Notice::version).contains(2);
    assertThat(reg.inForce(T, PP, "en", T0.minusSeconds(1))).isEmpty();
  }

  @Test
  @DisplayName("Content hash: the SHA-256 of the exact text; a forged hash is rejected")
  void contentHash() {
    Notice n = pp(1, "ja", "abc", T0);
    // SHA-256("abc"), FIPS 180-2 test vector
    assertThat(n.contentHash()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThatThrownBy(() -> new Notice(T, PP, 1, NoticeType.PRIVACY_POLICY, "ja", "abd", n.contentHash(),
        List.of(), T0, java.util.Optional.empty(), java.util.Optional.empty()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("contentHash");
    assertThat(n.toString()).doesNotContain("abc");
  }

  @Test
  @DisplayName("Art. 27(2): an opt-out notice cannot exist without its PPC filing reference")
  void optOutNeedsFiling() {
    assertThatThrownBy(() -> Notice.of(T, NoticeId.of("opt-out"), 1, NoticeType.OPT_OUT_NOTICE, "ja",
        "第三者提供（オプトアウト）について", List.of(), T0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Art.27(2)");
    Notice ok = new Notice(T, NoticeId.of("opt-out"), 1, NoticeType.OPT_OUT_NOTICE, "ja", "第三者提供について",
        Notice.sha256Hex("第三者提供について"), List.of(), T0, java.util.Optional.empty(),
        java.util.Optional.of("PPC-2026-0001"));
    assertThat(reg.publish(ok).ppcFilingReference()).contains("PPC-2026-0001");
  }

  @Test
  @DisplayName("Every notice type of appi.md 5.5 cites its article")
  void everyTypeCitesArticle() {
    assertThat(EnumSet.allOf(NoticeType.class)).extracting(NoticeType::article).containsExactlyInAnyOrder(
        "APPI@2022-04-01:Art.21(1)", "APPI@2022-04-01:Art.21(2)", "APPI@2022-04-01:Art.27(5)(iii)",
        "APPI@2022-04-01:Art.27(2)", "APPI@2022-04-01:Art.28(2)", "APPI@2022-04-01:Art.32(1)",
        "APPI@2022-04-01:Art.41(4)", "APPI@2022-04-01:Art.43(3)");
  }

  @Test
  @DisplayName("Art. 21(2): the record of which version was shown to whom, when and how")
  void shownRecords() {
    reg.publish(pp(1, "ja", "第1版", T0));
    reg.publish(pp(2, "ja", "第2版", T0));
    Instant s1 = T0.plusSeconds(10);
    Instant s2 = T0.plusSeconds(20);
    reg.recordShown(new NoticeShown(T, A, PP, 2, "ja", s2, NoticeChannel.EMAIL));
    reg.recordShown(new NoticeShown(T, A, PP, 1, "ja", s1, NoticeChannel.WEB_FORM));
    assertThat(reg.highestVersionShown(T, A, PP, s1.minusNanos(1))).isZero();
    assertThat(reg.highestVersionShown(T, A, PP, s1)).isEqualTo(1);
    assertThat(reg.highestVersionShown(T, A, PP, s2)).isEqualTo(2);
    assertThat(reg.highestVersionShown(TenantId.of("globex"), A, PP, s2)).isZero();
    // ordered by when it was shown, not by when it was recorded: every store answers alike
    assertThat(reg.shownTo(T, A)).extracting(NoticeShown::channel)
        .containsExactly(NoticeChannel.WEB_FORM, NoticeChannel.EMAIL);
    assertThatThrownBy(() -> reg.recordShown(new NoticeShown(T, A, PP, 3, "ja", s2, NoticeChannel.EMAIL)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("not published");
    assertThatThrownBy(() -> reg.recordShown(new NoticeShown(T, A, PP, 1, "en", s2, NoticeChannel.EMAIL)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  @DisplayName("Art. 21: a notice keeps its type across versions")
  void typeIsStable() {
    reg.publish(pp(1, "ja", "第1版", T0));
    assertThatThrownBy(() -> reg.publish(Notice.of(T, PP, 2, NoticeType.PUBLIC_STATEMENT, "ja", "x", List.of(), T0)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("notice.type");
  }
}
