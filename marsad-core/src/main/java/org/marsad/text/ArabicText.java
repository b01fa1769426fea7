package org.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The front door of the Arabic text layer: {@code ArabicText.analyze(article.body())} gives the body's sentences and
 * tokens as exact spans into it, each token with its normalized form, clitic segments, light stem and morphological
 * hints. The text itself is never changed. Never throws on any string (null reads as ""). Thread-safe.
 */
public final class ArabicText {
    private ArabicText() {}

    /** Analyzes {@code text} with tokens normalized by the SEARCH profile. */
    public static AnalyzedText analyze(String text) {
        return analyze(text, NormalizationProfile.SEARCH);
    }

    /** Analyzes {@code text}, each token's {@link Token#normalized()} made with {@code profile}. */
    public static AnalyzedText analyze(String text, NormalizationProfile profile) {
        String body = text == null ? "" : text;
        NormalizationProfile p = profile == null ? NormalizationProfile.SEARCH : profile;
        char[] chars = body.toCharArray(); // array reads: the stages read every char several times
        TokenBuffer buffer = new TokenBuffer();
        Tokenizer.tokenize(chars, buffer);
        CliticSegmenter.Scratch scratch = new CliticSegmenter.Scratch();
        List<Token> tokens = new ArrayList<>(buffer.size);
        for (int i = 0; i < buffer.size; i++) {
            tokens.add(token(chars, body, buffer.starts[i], buffer.ends[i], buffer.kinds[i], p, scratch));
        }
        return new AnalyzedText(body, SentenceSplitter.split(chars, buffer), tokens);
    }

    /** The normalized copy of {@code text} under {@code profile} (see {@link ArabicNormalizer}). */
    public static String normalize(String text, NormalizationProfile profile) {
        return ArabicNormalizer.normalize(text, profile);
    }

    private static Token token(char[] chars, String text, int start, int end, TokenKind kind,
            NormalizationProfile profile, CliticSegmenter.Scratch s) {
        String search = ArabicNormalizer.normalizeSpan(chars, text, start, end, NormalizationProfile.SEARCH, s.fold);
        String normalized = profile == NormalizationProfile.SEARCH
                ? search : ArabicNormalizer.normalizeSpan(chars, text, start, end, profile, s.fold);
        if (kind != TokenKind.ARABIC_WORD) {
            return new Token(start, end, kind, normalized, List.of(new Segment(start, end, SegmentKind.STEM, search)),
                    search, Morphology.NONE);
        }
        CliticSegmenter.segment(chars, start, end, s);
        List<Segment> segments;
        String stemText;
        if (s.segments == 1) {
            segments = List.of(new Segment(start, end, s.kinds[0], search));
            stemText = search;
        } else {
            Segment[] parts = new Segment[s.segments];
            stemText = null;
            for (int k = 0; k < s.segments; k++) {
                int from = k == 0 ? start : s.offsets[s.cuts[k]];
                int to = k + 1 < s.segments ? s.offsets[s.cuts[k + 1]] : end;
                SegmentKind segmentKind = s.kinds[k];
                String form = segmentKind == SegmentKind.STEM
                        ? ArabicNormalizer.normalizeSpan(chars, text, from, to, NormalizationProfile.SEARCH, s.fold)
                        : CliticSegmenter.cliticForm(s, k); // a shared constant: clitics are a closed set
                parts[k] = new Segment(from, to, segmentKind, form);
                if (segmentKind == SegmentKind.STEM) stemText = form;
            }
            segments = List.of(parts);
            if (stemText == null || stemText.isEmpty()) stemText = search;
        }
        String stem = MorphologyGuesser.lightStem(stemText);
        return new Token(start, end, kind, normalized, segments, stem, MorphologyGuesser.guess(s));
    }
}
