package org.marsad.index.ingest;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which JSON fields of a record hold what. Each role has a list of candidate names, tried in order; the defaults
 * read the common shapes (SaudiNewsNet's {@code content} and {@code date_extracted}, a feed's {@code link}).
 */
public final class RecordFields {
    /** What a field of a record means. */
    public enum Role {
        TITLE, BODY, URL, DATE, SOURCE, SECTION, AUTHOR
    }

    private static final Map<Role, List<String>> DEFAULTS = Map.of(
            Role.TITLE, List.of("title", "headline"),
            Role.BODY, List.of("content", "text", "body", "article", "maintext"),
            Role.URL, List.of("url", "link", "canonical_url"),
            Role.DATE, List.of("date", "published", "date_published", "datePublished", "date_extracted", "pubDate"),
            Role.SOURCE, List.of("source", "publisher", "site", "source_domain"),
            Role.SECTION, List.of("section", "category"),
            Role.AUTHOR, List.of("author", "authors", "byline"));

    /** The defaults. */
    public static final RecordFields DEFAULT = new RecordFields(new EnumMap<>(Role.class));

    private final Map<Role, List<String>> names;

    private RecordFields(Map<Role, List<String>> overrides) {
        Map<Role, List<String>> m = new EnumMap<>(Role.class);
        for (Role r : Role.values()) m.put(r, overrides.getOrDefault(r, DEFAULTS.get(r)));
        this.names = Map.copyOf(m);
    }

    /** These fields with {@code role} read from {@code field} only. */
    public RecordFields with(Role role, String field) {
        Map<Role, List<String>> m = new EnumMap<>(names);
        m.put(role, List.of(field));
        return new RecordFields(m);
    }

    /**
     * These fields with one mapping spelled {@code role=field}, as the command line takes it ({@code body=article_text}).
     *
     * @throws IllegalArgumentException when the role is unknown or the form is wrong
     */
    public RecordFields with(String mapping) {
        int eq = mapping.indexOf('=');
        if (eq <= 0 || eq == mapping.length() - 1) {
            throw new IllegalArgumentException("expected ROLE=FIELD (roles: title, body, url, date, source, section, "
                    + "author), got: " + mapping);
        }
        String role = mapping.substring(0, eq).trim().toUpperCase(Locale.ROOT);
        try {
            return with(Role.valueOf(role), mapping.substring(eq + 1).trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown field role '" + mapping.substring(0, eq) + "' (roles: title, "
                    + "body, url, date, source, section, author)");
        }
    }

    /** The candidate field names of a role, in order. */
    public List<String> names(Role role) {
        return names.get(role);
    }
}
