package org.marsad.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming tree reader builds what Jackson's ObjectMapper builds, on clean and on damaged JSON-LD. */
class JsonTreesTest {
    private static final JsonReadFeature[] LENIENT = {
        JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
        JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
        JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS
    };
    private static final JsonFactory FACTORY = JsonTrees.factory(LENIENT);
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(LENIENT).build();

    /** Inputs of the kinds pages carry: a graph, an array, two values in one script, numbers, damage. */
    private static final String[] SAMPLES = {
        "{\"@type\":\"NewsArticle\",\"headline\":\"الحكومة تعلن موازنة العام المقبل\",\"datePublished\":"
                + "\"2024-03-05T10:00:00+03:00\"}",
        "[{\"@type\":\"WebPage\",\"name\":\"صفحة الأخبار\"},{\"@type\":\"Person\",\"name\":\"سارة الأحمد\"}]",
        "{\"@graph\":[{\"@id\":\"#a\",\"@type\":\"Organization\",\"name\":\"جريدة النهر\"},{\"x\":[1,2.5,"
                + "12345678901,123456789012345678901234567890,true,false,null]}]}",
        "{\"a\":1}{\"b\":\"ثانٍ\"}",
        "{'a': 'مفرد', b: 2, /* تعليق */ \"c\": [1,2,],}",
        "{\"k\":\"أول\",\"k\":\"ثانٍ\",\"z\":0}",
        "{\"ok\":\"سليم\"} {\"broken\": ",
        "[{\"a\":1}, {\"b\":2}] {\"after\":\"لا يقرأ\"}",
        "{\"n\": NaN, \"m\": -Infinity}",
        "// تعليق فقط",
        "\"نص\"",
    };

    @Test
    void readAllGivesTheValuesObjectReaderIterates() {
        for (String s : SAMPLES) assertThat(JsonTrees.readAll(FACTORY, s)).as(s).isEqualTo(jacksonValues(s));
    }

    @Test
    void readFirstGivesWhatReadTreeGives() throws IOException {
        for (String s : SAMPLES) {
            JsonNode expected;
            try {
                expected = MAPPER.readTree(s);
            } catch (IOException e) {
                assertThatThrownBy(() -> JsonTrees.readFirst(FACTORY, s)).as(s).isInstanceOf(IOException.class);
                continue;
            }
            assertThat(JsonTrees.readFirst(FACTORY, s)).as(s).isEqualTo(expected);
        }
    }

    @Test
    void deepNestingStopsWithoutStackOverflow() {
        String deep = "[".repeat(100_000);
        assertThat(JsonTrees.readAll(FACTORY, "{\"أ\":1}" + deep)).hasSize(1);
    }

    private static List<JsonNode> jacksonValues(String s) {
        List<JsonNode> out = new ArrayList<>();
        try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(s)) {
            while (it.hasNextValue()) out.add(it.nextValue());
        } catch (Exception e) {
            // the values before the damage count
        }
        return out;
    }
}
