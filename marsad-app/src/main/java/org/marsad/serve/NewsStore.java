package org.marsad.serve;

import java.util.List;
import java.util.Optional;
import org.marsad.model.Article;

/** Where the server keeps its articles: add, get by id, search. Implementations are thread-safe. */
public interface NewsStore {
    /** Adds an article, replacing one with the same id. */
    void add(Article article);

    /** The article with this id, if stored. */
    Optional<Article> article(String id);

    /** One page of the articles matching {@code query}, with facet counts over all of them. */
    SearchPage search(SearchQuery query);

    /** Every stored article, for the entity, quote and event views (a snapshot). */
    List<Article> articles();

    /** A number that changes whenever an article is added: views built from {@link #articles()} cache on it. */
    long version();
}
