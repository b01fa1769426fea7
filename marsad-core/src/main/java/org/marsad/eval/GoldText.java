package org.marsad.eval;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.extract.TextClean;

/** How gold texts are compared and cleaned before scoring. Each rule is stated where a gold set needs it. */
public final class GoldText {
    /** The first line of the embedded video player's UI strings in the magic-html (Youm7) gold. */
    static final String PLAYER_FIRST = "Error loading media";
    /** The last line of that block. */
    static final String PLAYER_LAST = "advertisement";

    private GoldText() {}

    /**
     * Whitespace normalisation for exact comparisons: every run of whitespace (including no-break spaces) becomes
     * one space, and the ends are trimmed. Nothing else changes (letters, marks, punctuation stay).
     */
    public static String normalizeSpace(String s) {
        return s == null ? null : TextClean.line(s);
    }

    /**
     * Drops the video player's UI strings from a magic-html gold text: the lines from "Error loading media" through
     * "advertisement", both included. The player is not article text; the benchmark's annotators kept it by mistake
     * (arabic-wild/SOURCES.md says to strip it). Text without the block is returned unchanged.
     */
    public static String withoutVideoPlayer(String content) {
        List<String> kept = new ArrayList<>();
        boolean inPlayer = false;
        for (String line : content.split("\n", -1)) {
            String t = line.strip();
            if (!inPlayer && t.equals(PLAYER_FIRST)) {
                inPlayer = true;
            } else if (inPlayer && t.equals(PLAYER_LAST)) {
                inPlayer = false;
            } else if (!inPlayer) {
                kept.add(line);
            }
        }
        return inPlayer ? content : String.join("\n", kept);
    }

    /**
     * The article body of an omnivore/Readability expected.html: the text of its paragraphs and subheadings, one
     * per line, without the headline ({@code #content}), figures (image captions and credits belong to the
     * article's image, not its body) and the page's regions ({@code [role=region]}: byline box, "suggested
     * stories" and podcast promos, top-stories lists).
     */
    public static String readabilityBody(String expectedHtml) {
        Document doc = Jsoup.parse(expectedHtml);
        Element root = doc.selectFirst("main");
        if (root == null) root = doc.body();
        root.select("figure, [role=region], #content").remove();
        List<String> lines = new ArrayList<>();
        for (Element e : root.select("p, h1, h2, h3, h4, h5, h6")) {
            String t = normalizeSpace(e.text());
            if (!t.isEmpty()) lines.add(t);
        }
        return String.join("\n", lines);
    }

    /** Whether {@code text} contains {@code snippet}, both whitespace-normalised (trafilatura's snippet test). */
    public static boolean containsNormalized(String text, String snippet) {
        if (text == null) return false;
        return normalizeSpace(text).contains(normalizeSpace(snippet));
    }
}
