package org.marsad.eval;

/** The extraction quality the foundation issue asks for; the tests assert these and the eval command shows them. */
public final class ExtractionFloors {
    /** AEB F1 over the 181 benchmark pages (Readability.js has 0.947, trafilatura 0.958). */
    public static final double AEB_F1 = 0.95;
    /** Of the 11 htmldate-mediacloud pages, how many need the publication day right. */
    public static final int HTMLDATE_DAYS = 10;
    /** Per-page body F1 (the AEB shingle metric) on every Arabic page with full body gold. */
    public static final double BODY_F1 = ArabicEvaluation.BODY_FLOOR;

    private ExtractionFloors() {}

    /** Whether the AEB figure reaches its floor. */
    public static boolean aeb(AebEvaluation e) {
        return e.f1() >= AEB_F1;
    }

    /** Whether every page with title gold has its title exact. */
    public static boolean titles(ArabicEvaluation e) {
        return e.titles().all();
    }

    /** Whether enough htmldate pages have the day right. */
    public static boolean htmldateDays(ArabicEvaluation e) {
        return e.dates("htmldate-mediacloud").right() >= HTMLDATE_DAYS;
    }

    /** Whether every page with full body gold reaches the body F1 floor. */
    public static boolean bodies(ArabicEvaluation e) {
        return e.bodiesAtFloor().all();
    }

    /** Whether every non-article is rejected. */
    public static boolean nonArticles(ArabicEvaluation e) {
        return e.nonArticlesRejected().all();
    }
}
