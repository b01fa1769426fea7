package org.marsad.index.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes many distinct invented news records as JSON Lines, built from sentences written for these tests. */
final class SyntheticRecords {
    private static final List<String> CITIES = List.of("جدة", "الدمام", "أبها", "تبوك", "حائل", "نجران", "الطائف");
    private static final List<String> TOPICS = List.of("الطرق", "المياه", "الكهرباء", "الإسكان", "الصحة", "التعليم");
    private static final List<String> SENTENCES = List.of(
            "أعلنت أمانة %s عن مشروع جديد لتطوير قطاع %s بتكلفة %d مليون ريال.",
            "وأوضح المتحدث باسم الأمانة أن العمل سيبدأ خلال %d أشهر ويستمر عامين.",
            "ويهدف المشروع إلى خدمة نحو %d ألف نسمة في الأحياء الشمالية من %s.",
            "وأشار إلى أن لجنة فنية ستتابع مراحل التنفيذ وترفع تقارير دورية عن قطاع %s.",
            "وكانت المحافظة قد شهدت في العام الماضي %d مشروعا مماثلا في القطاع نفسه.",
            "ودعا المسؤولون السكان إلى التعاون مع فرق العمل خلال فترة الإنشاء في %s.");

    private SyntheticRecords() {}

    /** Writes {@code n} records; record i has url https://synthetic.example/i and a body no other record has. */
    static Path write(Path file, int n) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String city = CITIES.get(i % CITIES.size());
                String topic = TOPICS.get((i / CITIES.size()) % TOPICS.size());
                StringBuilder body = new StringBuilder();
                for (int k = 0; k < SENTENCES.size(); k++) {
                    String s = SENTENCES.get(k);
                    int number = 7 + i * 13 + k * 101;
                    String text = switch (k) {
                        case 0 -> String.format(s, city, topic, number);
                        case 1, 4 -> String.format(s, number);
                        case 2 -> String.format(s, number, city);
                        default -> String.format(s, k == 3 ? topic : city);
                    };
                    body.append(text).append(k % 2 == 1 ? "\\n" : " ");
                }
                w.write("{\"url\":\"https://synthetic.example/" + i + "\",\"title\":\"مشروع " + topic + " في " + city
                        + " رقم " + i + "\",\"date\":\"2025-0" + (1 + i % 9) + "-1" + (i % 10) + " 10:00:00\","
                        + "\"source\":\"synthetic-" + (i % 3) + "\",\"content\":\"" + body + "\"}\n");
            }
        }
        return file;
    }
}
