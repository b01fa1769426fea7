package org.marsad.index;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.marsad.model.Article;
import org.marsad.model.NewsDate;

/**
 * The whole {@link Article} (annotations included) as compact JSON bytes, the way the index stores it, and back.
 * An internal storage format, not the public contract of {@code org.marsad.json.ArticleJson}. Thread-safe.
 */
final class ArticleCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule()
                    .addSerializer(NewsDate.class, new DateWriter())
                    .addDeserializer(NewsDate.class, new DateReader()))
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ArticleCodec() {}

    static byte[] write(Article article) {
        try {
            return MAPPER.writeValueAsBytes(article);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode article " + article.id(), e);
        }
    }

    static Article read(byte[] bytes, int offset, int length) {
        try {
            return MAPPER.readValue(bytes, offset, length, Article.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored article does not decode", e);
        }
    }

    /** Reads {@link NewsDate#iso()} back: {@code 2025-06-20}, {@code 2025-06-20T17:00}, {@code …T17:00:05+03:00}. */
    static NewsDate parseDate(String iso) {
        int t = iso.indexOf('T');
        if (t < 0) return NewsDate.of(LocalDate.parse(iso));
        LocalDate day = LocalDate.parse(iso.substring(0, t));
        String rest = iso.substring(t + 1);
        int z = Math.max(rest.indexOf('Z'), Math.max(rest.indexOf('+'), rest.indexOf('-')));
        if (z < 0) return new NewsDate(day, LocalTime.parse(rest), null);
        return new NewsDate(day, LocalTime.parse(rest.substring(0, z)), ZoneOffset.of(rest.substring(z)));
    }

    private static final class DateWriter extends JsonSerializer<NewsDate> {
        @Override
        public void serialize(NewsDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.iso());
        }
    }

    private static final class DateReader extends JsonDeserializer<NewsDate> {
        @Override
        public NewsDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return parseDate(p.getValueAsString());
        }
    }
}
