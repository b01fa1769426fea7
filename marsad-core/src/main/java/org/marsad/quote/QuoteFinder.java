package org.marsad.quote;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.Quote;
import org.marsad.pipeline.QuoteStage;
import org.marsad.text.AnalyzedText;

/**
 * Who said what in an Arabic news body: every reported statement, direct («…», "…" with a cue before or after) and
 * indirect (a cue with إن / أن / بأن, إلى أن, على أن), circumstantial participles (مشيراً إلى أن) and attributions
 * (بحسب، وفقاً لـ، نقلاً عن), each with its content span, cue, outlet and speaker. Speakers are resolved by ordered
 * sieves ({@link SpeakerSieves}) and linked to the entities when there are any; with none, names are read off the
 * text. The lexicon is loaded once; thread-safe.
 */
public final class QuoteFinder implements QuoteStage {
    private final QuoteLexicon lexicon = QuoteLexicon.INSTANCE;

    @Override
    public List<Quote> quotes(Article article, AnalyzedText text, List<Entity> entities) {
        return quotes(text, entities == null ? List.of() : entities);
    }

    /** The quotes of an analyzed body, speakers linked to {@code entities} where a mention overlaps them. */
    public List<Quote> quotes(AnalyzedText text, List<Entity> entities) {
        Tokens tokens = new Tokens(text, lexicon);
        List<Frame> frames = new FrameReader(lexicon, tokens).read();
        SpeakerSieves sieves = new SpeakerSieves(tokens, lexicon, entities);
        List<Quote> out = new ArrayList<>(frames.size());
        for (Frame f : frames) {
            SpeakerSieves.Decision d = sieves.resolve(f);
            String cue = text.text().substring(tokens.get(f.cueToken()).start(), tokens.get(f.cueToken()).end());
            out.add(new Quote(d.speaker(), cue, f.direct(), f.outlet(), text.text().substring(f.start(), f.end()),
                    f.start(), f.end(), d.rule()));
        }
        return out;
    }
}
