package org.marsad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.index.ArticleIndex;
import org.marsad.index.FacetCount;
import org.marsad.index.SearchHit;
import org.marsad.index.SearchRequest;
import org.marsad.index.SearchResult;
import org.marsad.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad search QUERY}: ranked hits with snippets, and facet counts. */
@Command(
        name = "search",
        description = "Search the index: Arabic-aware words and \"phrases\", filters, highlighted snippets, facets.",
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:searched (even with no hits)", "1:no index", "2:usage error"})
final class SearchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "0..*", paramLabel = "QUERY",
            description = "Words (all must match), \"a phrase\", OR, -word; none: every article, newest first.")
    List<String> words = List.of();

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The index folder (default: ${DEFAULT-VALUE}).")
    Path dataDir = ArticleIndex.DEFAULT_DIR;

    @Option(names = "--publisher", paramLabel = "NAME", description = "Only this publisher (repeatable: any of them).")
    List<String> publishers = List.of();

    @Option(names = "--section", paramLabel = "NAME", description = "Only this section (repeatable).")
    List<String> sections = List.of();

    @Option(names = "--entity", paramLabel = "NAME|ID", description = "Only articles naming this entity, by any of its spellings or its id (repeatable).")
    List<String> entities = List.of();

    @Option(names = "--speaker", paramLabel = "NAME|ID", description = "Only articles quoting this speaker (repeatable).")
    List<String> speakers = List.of();

    @Option(names = "--event", paramLabel = "TYPE", description = "Only articles with an event of this PLOVER type (repeatable).")
    List<String> events = List.of();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after this day.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before this day.")
    String to;

    @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--offset", paramLabel = "N", description = "Hits to skip (default: 0).")
    int offset;

    @Option(names = "--collapse", description = "One hit per near-duplicate group (wire copies folded).")
    boolean collapse;

    @Option(names = "--newest", description = "Newest first instead of by relevance.")
    boolean newest;

    @Option(names = "--facets", paramLabel = "N", description = "Values per facet (default: ${DEFAULT-VALUE}; 0: none).")
    int facets = 5;

    @Option(names = "--json", description = "One JSON object: total, hits, facets.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 0 || offset < 0 || facets < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit, --offset and --facets must be >= 0");
        }
        SearchRequest request = SearchRequest.of(String.join(" ", words)).withPublishers(publishers)
                .withSections(sections).withEntities(entities).withSpeakers(speakers).withEventTypes(events)
                .withDates(day("--from", from), day("--to", to)).withPage(offset, limit).withCollapse(collapse)
                .withSort(newest ? SearchRequest.Sort.NEWEST : SearchRequest.Sort.RELEVANCE).withFacetLimit(facets);
        SearchResult result;
        try (ArticleIndex index = ArticleIndex.openReadOnly(dataDir)) {
            result = index.search(request);
        } catch (UncheckedIOException e) {
            err.println("marsad: no index at " + dataDir + " (run marsad index first, or give --data-dir)");
            return 1;
        }
        if (json) out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(result)));
        else print(out, result, System.console() != null);
        out.flush();
        return 0;
    }

    private LocalDate day(String option, String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": not a day (YYYY-MM-DD): " + value);
        }
    }

    private void print(PrintWriter out, SearchResult r, boolean terminal) {
        out.printf(Locale.ROOT, "%,d articles match (%.1f ms)%n", r.total(), r.tookMicros() / 1000.0);
        int n = offset;
        for (SearchHit h : r.hits()) {
            Article a = h.article();
            out.printf(Locale.ROOT, "%n%d. %s%n   %s · %s · %s%s%n", ++n, a.title() == null ? "(no title)" : a.title(),
                    nz(a.publisher()), a.published() == null ? "undated" : a.published().iso(), a.id(),
                    h.groupSize() > 1 ? " · " + h.groupSize() + " copies (group " + h.group() + ")" : "");
            if (a.url() != null) out.println("   " + a.url());
            if (!h.snippet().isEmpty()) out.println("   " + plain(h.snippet(), terminal));
        }
        if (!r.facets().isEmpty()) out.println();
        for (Map.Entry<String, List<FacetCount>> f : r.facets().entrySet()) {
            if (f.getValue().isEmpty()) continue;
            StringBuilder line = new StringBuilder(f.getKey()).append(": ");
            for (int i = 0; i < f.getValue().size(); i++) {
                FacetCount c = f.getValue().get(i);
                if (i > 0) line.append(" · ");
                line.append(c.value()).append(' ').append(c.count());
            }
            out.println(line);
        }
    }

    /** The HTML snippet as terminal text: matches bold on a terminal, between asterisks elsewhere. */
    static String plain(String html, boolean terminal) {
        String on = terminal ? "\033[1m" : "*";
        String off = terminal ? "\033[0m" : "*";
        return html.replace("<b>", on).replace("</b>", off).replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace('\n', ' ');
    }

    private static ObjectNode toJson(SearchResult r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("total", r.total());
        root.put("tookMs", r.tookMicros() / 1000.0);
        ArrayNode hits = root.putArray("hits");
        for (SearchHit h : r.hits()) {
            Article a = h.article();
            ObjectNode o = hits.addObject();
            o.put("id", a.id());
            if (Float.isNaN(h.score())) o.putNull("score");
            else o.put("score", h.score());
            o.put("title", a.title());
            o.put("url", a.url());
            o.put("publisher", a.publisher());
            o.put("section", a.section());
            o.put("published", a.published() == null ? null : a.published().iso());
            o.put("snippet", h.snippet());
            o.put("group", h.group());
            o.put("groupSize", h.groupSize());
        }
        ObjectNode facets = root.putObject("facets");
        r.facets().forEach((dim, values) -> {
            ArrayNode arr = facets.putArray(dim);
            for (FacetCount c : values) arr.addObject().put("value", c.value()).put("count", c.count());
        });
        return root;
    }

    private static String nz(String s) {
        return s == null ? "?" : s;
    }
}
