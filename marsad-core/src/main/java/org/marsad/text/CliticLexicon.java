package org.marsad.text;

import java.util.Set;

/**
 * The word lists that keep clitic segmentation conservative. Words are in the MORPHOLOGY profile's form (no
 * diacritics, أ إ آ folded to ا, ؤ to و, ئ to ي; ة and ى kept).
 */
final class CliticLexicon {
    private CliticLexicon() {}

    /**
     * Words that start with a clitic letter (و ف ب ل ك س) that is part of the word: وزير is not و + زير. A word is
     * covered when it equals an entry, or an entry plus one of {@link #WORD_SUFFIXES}.
     */
    static final Set<String> STEMS_WITH_CLITIC_LETTER = Set.copyOf(java.util.List.of( // duplicates are harmless
            // و
            "وزير", "وزيرة", "وزارة", "وزراء", "وطني", "وطنية", "وكالة", "وكيل", "ولاية", "واشنطن", "وحدة", "وثيقة",
            "وثايق", "وفاة", "وفود", "ورقة", "وراء", "وسايل", "وسيلة", "وصول", "وظيفة", "وظايف", "وعود", "وقايع",
            "وقوع", "ولادة", "والد", "والدة", "والي", "وادي", "واقع", "واقعة", "واجب", "واضح", "واضحة", "وجود",
            "وجوه", "وجهة", "وحيد", "وليد", "وايل", "وسام", "وفاء", "واحد", "واحدة", "وجبة", "ودايع", "وسطى", "وصف",
            "وقود", "ورشة", "وسيط", "وضوح", "وقف", "ولي", "وعي", "ودية", "وديعة", "وسطاء", "واردات", "وارد",
            // ف
            "فريق", "فرنسا", "فرنسي", "فرنسية", "فلسطين", "فلسطيني", "فلسطينية", "فيلم", "فيروس", "فترة", "فكرة",
            "فقرة", "فندق", "فنان", "فنون", "فيصل", "فايز", "فاطمة", "فرصة", "فروع", "فقير", "فقراء", "فوايد",
            "فايدة", "فضاء", "فعالية", "فعل", "فيما", "فيديو", "فوق", "فية", "فيي", "فراغ", "فرار", "فساد", "فريد",
            "فيفا", "فنلندا", "فنزويلا", "فيتنام", "فيينا", "فهد", "فواز", "فالح", "فارس", "فواتير", "فاتورة", "فحص",
            // ب
            "بريطانيا", "بريطاني", "بريطانية", "برنامج", "برامج", "بطولة", "بطولات", "برلمان", "بيروت", "بغداد",
            "باريس", "بلدية", "بيانات", "بداية", "بحيرة", "بضايع", "بضاعة", "بطاقة", "بنزين", "بورصة", "بوتين",
            "باكستان", "بلجيكا", "بولندا", "بلغاريا", "بترول", "بترولية", "بلدان", "بيية", "بنيامين", "بشار",
            "بسام", "برشلونة", "بايرن", "بطلة", "بيوت", "بلاد", "بيان", "بنك", "بنوك", "بحرية", "برلين", "بكين",
            "باراك", "بوش", "بلير", "باسل", "بلال", "بدر", "بندر", "بدوي", "بيئة", "بيئية", "بروكسل", "برازيل",
            "بورسعيد", "بروتوكول", "بشرية", "بطاريات", "بعثة", "باحث", "باحثين", "باب", "بحوث", "براءة", "برج",
            // ل
            "لبنان", "لبناني", "لبنانية", "ليبيا", "ليبية", "لجنة", "لاعب", "لقاءات", "لحظة", "لغات", "لوحة", "لايحة",
            "ليلة", "ليالي", "لوكسمبورغ", "لهجة", "لاجي", "لاجيين", "لاجيون", "ليست", "لوبي", "لندن", "لبيب", "لطيفة",
            "ليفربول", "لوس", "لوران", "لقاح", "لقطة", "لواء", "لعبة", "لاعبة", "لجان",
            // ك
            "كتابة", "كبيرة", "كليات", "كميات", "كلمات", "كنيسة", "كهرباء", "كوريا", "كينيا", "كتايب", "كاملة",
            "كيلو", "كيلومتر", "كيفية", "كرواتيا", "كولومبيا", "كاليفورنيا", "كوبا", "كازاخستان", "كردستان", "كردي",
            "كردية", "كوادر", "كوارث", "كارثة", "كفاءة", "كمبيوتر", "كاميرا", "كتاب", "كبير", "كلية", "كمية", "كلمة",
            // س
            "سيارة", "سيارات", "سياسة", "سياسي", "سياسية", "سيدة", "سيطرة", "سيناريو", "سيول", "سنوات",
            "سيناء", "سيادة", "ستار", "سيرة", "سيف", "سينما", "سياحة", "سياحي", "سياحية", "سيرا",
            "الله", "اللهم",
            // adverbs, verbs and names read off a news sample's most frequent splits
            "وفقا", "فضلا", "كثيرا", "كبيرا", "بينما", "بعدما", "كانوا", "برميل", "بريدة", "لماذا", "وصل", "وصلت",
            "وصلوا", "وقعت", "وجدت", "وضعت", "ولاة", "فنية", "فني", "فنيين", "وافق", "وافقت", "واصل", "واصلت", "واسع",
            "واسعة", "فقد", "فوز", "سيرجي", "سيرغي", "سيرجيو", "بيونغ", "بيونغيانغ", "بعيد", "بعيدة", "بسيط", "بسيطة",
            "بارز", "بارزة", "وكالات", "بولاية", "فلاديمير", "فولوديمير", "فيكتور", "كوري", "كورية", "كوريين",
            "كوريون", "كورسك", "وفرة", "لقاء", "فصل", "فداء", "فسيح", "فرقة", "فصول", "فتاة", "فيلا", "وجوب", "وقوف",
            "وجه", "وطن", "فيسبوك", "فرانك", "براون", "بوابة", "كلينتون", "بعيد", "فور", "فعل", "فن"));

    /**
     * What ف may leave when only three letters follow it: function words and the verbs كان and قال (فقال، فهذا);
     * other three-letter rests are more often the word's own letters (فرقة، فتاة، فورا). Imperfect verbs (فيتم)
     * pass too.
     */
    static final Set<String> AFTER_FA = Set.of("حسب", "كان", "قال", "نحن", "هذا", "هذه", "كيف", "اذا", "ليس", "انه",
            "لقد", "هنا", "كذا", "كلا", "متي", "متى", "منذ", "اين", "لما", "قد", "هو", "هي", "هم", "لم", "لن", "لا",
            "ان", "ما", "من", "كل", "عند", "اما", "ثم", "بعد", "قبل", "غير", "لكن", "مثل", "اني", "انا", "انت");

    /** Suffixes an entry of {@link #STEMS_WITH_CLITIC_LETTER} may carry and still be covered. */
    static final String[] WORD_SUFFIXES = {"ا", "ه", "ها", "هم", "هما", "نا", "كم", "ي", "ات", "ان", "ين", "ون", "اء",
        "تها", "ته", "تهم", "تنا", "تي", "تين", "تان", "يا", "يين", "يون", "ية"};

    /** Particles and prepositions that take a pronoun at any length: عليه، منهم، اننا، لكنها. */
    static final Set<String> PRONOUN_HOSTS = Set.of("في", "علي", "الي", "من", "عن", "مع", "عند", "لدي", "ان",
            "لكن", "بين", "حول", "ضد", "امام", "خلف", "نحو", "منذ", "دون", "عبر", "بعد", "قبل", "لان", "كان",
            "ليت", "لعل", "غير", "بعض", "كل", "نفس");

    /**
     * Every protected word form, built once: each lexicon entry bare, with each of {@link #WORD_SUFFIXES}, and with a
     * pronoun after its ta marbuta written ت (وزارته); each pronoun host with each pronoun (فيها، لكنه); and the
     * relative pronouns and other words that only look like ال + stem (الذي، الآن، الله).
     */
    private static final Set<String> PROTECTED = protectedForms();

    /** A filter over PROTECTED: one bit per (first letter, second letter, length), so most words need no lookup. */
    private static final java.util.BitSet SHAPES = shapes();

    /** False when no protected word (nor pronoun host) has the shape of letters[from, to): no lookup needed. */
    static boolean mayBeProtected(char[] letters, int from, int to) {
        return to - from >= 2 && SHAPES.get(shape(letters[from], letters[from + 1], to - from));
    }

    private static int shape(char first, char second, int length) {
        return ((slot(first) << 6) | slot(second)) << 5 | Math.min(length, 31);
    }

    private static int slot(char c) {
        return c >= '\u0620' && c < '\u065F' ? c - '\u0620' : 63;
    }

    private static java.util.BitSet shapes() {
        java.util.BitSet bits = new java.util.BitSet(1 << 17);
        for (String w : PROTECTED) if (w.length() >= 2) bits.set(shape(w.charAt(0), w.charAt(1), w.length()));
        return bits;
    }

    /** True when {@code word} (MORPHOLOGY form) must not lose a leading clitic letter or article. */
    static boolean isProtected(String word) {
        return PROTECTED.contains(word);
    }

    private static Set<String> protectedForms() {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        String[] pronouns = {"ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ي"};
        for (String w : STEMS_WITH_CLITIC_LETTER) {
            out.add(w);
            for (String s : WORD_SUFFIXES) out.add(w + s);
            if (w.endsWith("ة")) {
                String stem = w.substring(0, w.length() - 1);
                out.add(stem + "ات"); // وكالة → وكالات
                for (String p : pronouns) out.add(stem + "ت" + p);
            }
        }
        for (String host : PRONOUN_HOSTS) {
            out.add(host);
            for (String p : pronouns) out.add(host + p);
        }
        out.addAll(Set.of("الذى", "التى", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي",
                "اللواتي",
                "الان", "الله", "اللهم"));
        return Set.copyOf(out);
    }
}
