/**
 * The Arabic text layer every later stage reads Arabic through. {@link org.marsad.text.ArabicText#analyze(String)}
 * turns an article's body into an {@link org.marsad.text.AnalyzedText}: sentences and tokens as exact spans into the
 * untouched body ({@code body.substring(token.start(), token.end())} is the token's surface), each token with its
 * normalized form ({@link org.marsad.text.ArabicNormalizer}, profiles {@link org.marsad.text.NormalizationProfile}),
 * clitic segments tiling it ({@link org.marsad.text.Segment}), a light stem and cheap morphological hints
 * ({@link org.marsad.text.Morphology}). Records carry data; the stages are small stateless classes, so everything
 * here is thread-safe.
 */
package org.marsad.text;
