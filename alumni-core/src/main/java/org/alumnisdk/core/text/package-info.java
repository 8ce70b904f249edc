/**
 * Japanese-aware text normalisation used wherever names, skills and e-mails are compared:
 * {@link org.alumnisdk.core.text.TextNormalizer} (NFKC, half-width katakana, hiragana/katakana
 * folding, case and white-space folding, e-mail normalisation) and
 * {@link org.alumnisdk.core.text.SkillAliases}, the alias table that maps "JS", "ＪａｖａＳｃｒｉｐｔ"
 * and "javascript" to one {@link org.alumnisdk.core.SkillId}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.core.text;

import org.jspecify.annotations.NullMarked;
