package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Quote;
import org.marsad.text.ArabicText;

/** The bars on ../shared: the seed's 18 statements with their speakers, and the SaudiNewsNet dev set. */
class SharedQuotesTest {
    /**
     * The seed's statements introduced by a verb, in body order: the cue word and the speaker's surname (labels,
     * not text). Participle statements (مشيراً إلى أن) come on top and must name the same speaker as their clause.
     */
    private static final String[][] SEED = {
        {"وأكد", "الخبراء"}, {"وأضاف", "الخبراء"},
        {"قال", "أيوب"}, {"وأكد", "أيوب"}, {"وأشار", "أيوب"}, {"وأضاف", "أيوب"}, {"وأشار", "أيوب"},
        {"وتابع", "أيوب"}, {"ولفت", "أيوب"}, {"وشدد", "أيوب"}, {"وأكد", "أيوب"},
        {"قال", "بوش"}, {"وأضاف", "بوش"}, {"وأشار", "بوش"}, {"وأوضح", "بوش"}, {"ورأى", "بوش"}, {"وأضاف", "بوش"},
        {"وقال", "بوش"}};

    static Path shared() {
        String dir = System.getProperty("marsad.shared", "");
        Assumptions.assumeTrue(!dir.isBlank() && Files.isDirectory(Path.of(dir)),
                "no shared data (system property marsad.shared): skipped");
        return Path.of(dir);
    }

    @Test
    void seedStatementsAreAllFoundAndAttributed() throws IOException {
        Path seed = shared().resolve("seed/erem-news-shoigu-2025-06-20.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "no seed at " + seed);
        Analysis analysis = Marsad.analyze(Files.readAllBytes(seed), null);
        assertThat(analysis).isInstanceOf(Article.class);
        String body = ((Article) analysis).body();
        List<Quote> quotes = new QuoteFinder().quotes(ArabicText.analyze(body), List.of());
        List<Quote> verbs = new ArrayList<>();
        for (Quote q : quotes) {
            if (q.rule().equals("participle")) continue;
            if (q.cue().equals("بحسب")) continue; // the lead's attribution to news agencies: a statement on top
            verbs.add(q);
        }
        assertThat(verbs).hasSize(SEED.length);
        for (int i = 0; i < SEED.length; i++) {
            Quote q = verbs.get(i);
            assertThat(q.cue()).as("statement %d", i + 1).isEqualTo(SEED[i][0]);
            assertThat(q.speaker().name()).as("speaker of statement %d", i + 1).endsWith(SEED[i][1]);
        }
        assertThat(verbs).filteredOn(q -> q.speaker().name().endsWith("أيوب")).hasSize(9)
                .allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("سمير أيوب"));
        assertThat(verbs).filteredOn(q -> q.speaker().name().endsWith("بوش")).hasSize(7)
                .allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("نزار بوش"));
        // both roles captured, and the role nouns and the bare verb resolved by their sieves
        assertThat(verbs.get(2).speaker().role()).contains("المحلل السياسي").contains("الخبير في الشؤون الروسية");
        assertThat(verbs.get(11).speaker().role()).contains("أستاذ العلوم السياسية");
        assertThat(verbs).extracting(Quote::rule).contains("role-back", "surname", "continuation", "name+apposition");
        // the one direct statement: the words in quote marks after وتابع قائلاً
        Quote direct = verbs.get(7);
        assertThat(direct.direct()).isTrue();
        assertThat(verbs).filteredOn(Quote::direct).containsExactly(direct);
        int mark = body.indexOf('"', body.indexOf(direct.cue()));
        assertThat(direct.start()).isEqualTo(mark + 1);
        for (int i = 0; i < quotes.size(); i++) { // a participle speaks for its clause's speaker
            if (quotes.get(i).rule().equals("participle")) {
                assertThat(quotes.get(i).speaker()).isEqualTo(quotes.get(i - 1).speaker());
            }
        }
        System.out.printf("seed: %d statements by verb, all attributed; %d quotes in all%n", verbs.size(),
                quotes.size());
    }

    @Test
    void saudiNewsNetRecallAndSpeakersMeetTheBars() throws IOException {
        Path zip = shared().resolve("data/saudinewsnet-sample/2015-08-10.zip");
        Assumptions.assumeTrue(Files.isRegularFile(zip), "no SaudiNewsNet day at " + zip);
        Path gold = Path.of("src/test/resources/eval/quotes/saudinewsnet-2015-08-10.tsv");
        QuoteEvaluation.Result r = QuoteEvaluation.run(QuoteGold.load(gold), SaudiNewsNetDay.contents(zip),
                new QuoteFinder());
        for (QuoteEvaluation.Score s : r.splits().values()) print(s);
        print(r.all());
        assertThat(r.all().gold()).isGreaterThanOrEqualTo(150);
        assertThat(r.all().articles()).isGreaterThanOrEqualTo(30);
        assertThat(r.all().recall()).isGreaterThanOrEqualTo(0.70);
        assertThat(r.all().speakerAccuracy()).isGreaterThanOrEqualTo(0.80);
    }

    private static void print(QuoteEvaluation.Score s) {
        System.out.printf("quotes %s: %d articles, %d gold, recall %.3f, precision %.3f, speakers %.3f%n", s.split(),
                s.articles(), s.gold(), s.recall(), s.precision(), s.speakerAccuracy());
    }
}
