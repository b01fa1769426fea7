package org.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * A real-world entity of one article: its mentions grouped, however they are spelled.
 *
 * @param id stable within the article and across articles for the same canonical name and type
 * @param type person, organization, location or misc
 * @param name the canonical name: the fullest spelling, titles stripped (فلاديمير بوتين)
 * @param aliases the other spellings met (بوتين, سيرجي شويغو …), without the canonical name
 * @param roles titles and roles met beside the name (الرئيس الروسي), possibly empty
 * @param country the ISO 3166-1 alpha-3 code of the state this entity is or stands for (RUS), or null
 * @param metonym true when a place stands for its state's government (موسكو, الكرملين, بيونغ يانغ)
 * @param mentions every mention, in body order
 */
public record Entity(String id, EntityType type, String name, List<String> aliases, List<String> roles,
        String country, boolean metonym, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }
}
