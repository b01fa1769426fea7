package org.marsad.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.marsad.extract.TextClean;

/**
 * Cuts an element's visible text into {@link TextBlock}s, one per run of text inside a block-level element, in page
 * order. Iterative (jsoup's NodeTraversor), so any nesting depth is safe.
 */
final class Segmenter {
    /** Elements that start a new block of text. */
    static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5",
            "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "blockquote", "pre", "figure", "figcaption", "form", "fieldset", "address", "hr", "center", "details",
            "summary", "caption", "body", "html", "hgroup", "menu", "dialog", "legend", "picture", "noscript");

    private Segmenter() {}

    static List<TextBlock> blocks(Element root) {
        Visitor v = new Visitor();
        NodeTraversor.traverse(v, root);
        v.flush();
        return v.out;
    }

    private static final class Frame {
        final Element owner;
        final StringBuilder text = new StringBuilder();
        int letters;
        int linkChars;
        int leadLink;
        boolean leading = true;

        Frame(Element owner) {
            this.owner = owner;
        }
    }

    private static final class Visitor implements NodeVisitor {
        final List<TextBlock> out = new ArrayList<>();
        final Deque<Frame> stack = new ArrayDeque<>();
        int linkDepth;
        int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (stack.isEmpty()) stack.push(new Frame((Element) t.parentNode()));
                Frame f = stack.peek();
                int n = append(f.text, t.getWholeText(), preDepth > 0);
                f.letters += n;
                if (linkDepth > 0) f.linkChars += n;
                if (f.leading && n > 0) {
                    if (linkDepth > 0) f.leadLink += n;
                    else f.leading = false;
                }
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    stack.push(new Frame(e));
                    if (tag.equals("pre")) preDepth++;
                } else if (tag.equals("br") && !stack.isEmpty()) {
                    stack.peek().text.append('\n');
                } else if (tag.equals("a")) {
                    linkDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    if (!stack.isEmpty() && stack.peek().owner == e) stack.pop();
                    if (tag.equals("pre")) preDepth--;
                } else if (tag.equals("a")) {
                    linkDepth--;
                }
            }
        }

        void flush() {
            Frame f = stack.peek();
            if (f == null || f.text.length() == 0) return;
            String text = collapseKeepingBreaks(f.text);
            if (!text.isEmpty()) out.add(new TextBlock(f.owner, text, f.linkChars, f.letters, f.leadLink));
            f.text.setLength(0);
            f.letters = 0;
            f.linkChars = 0;
            f.leadLink = 0;
            f.leading = true;
        }
    }

    /**
     * Appends a text node's text, turning source line breaks into spaces (they are layout, not text: only {@code <br>}
     * and {@code <pre>} break lines), and returns how many letters and digits it holds.
     */
    static int append(StringBuilder sb, String s, boolean pre) {
        int letters = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (!pre && (c == '\n' || c == '\r')) c = ' ';
            if (isLetterOrDigit(c)) letters++;
            sb.append(c);
        }
        return letters;
    }

    /** Collapses whitespace within each line and drops blank lines; lines are joined by '\n'. One pass. */
    static String collapseKeepingBreaks(CharSequence raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false, newline = false;
        for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                newline = sb.length() > 0;
                space = false;
            } else if (TextClean.isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (newline) sb.append('\n');
                else if (space) sb.append(' ');
                newline = space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Character.isLetterOrDigit with fast paths for ASCII and the Arabic letters and digits. */
    static boolean isLetterOrDigit(char c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (c >= '\u0621' && c <= '\u064A') return true;
        return Character.isLetterOrDigit(c);
    }
}
