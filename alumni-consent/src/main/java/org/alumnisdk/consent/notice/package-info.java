/**
 * Immutable, versioned notices and the evidence of showing them: {@link org.alumnisdk.consent.notice.Notice} (one version in one language, with its SHA-256 content hash, effective dates and, for opt-out notices, the PPC filing), its {@link org.alumnisdk.consent.notice.NoticeType} with the article behind it (Arts. 21, 27(2), 27(5)(iii), 28(2), 32, 41(4), 43), and {@link org.alumnisdk.consent.notice.NoticeRegistry}, which publishes versions and records which version was shown to whom, when and through which {@link org.alumnisdk.consent.notice.NoticeChannel}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.consent.notice;

import org.jspecify.annotations.NullMarked;
