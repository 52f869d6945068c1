package navaa.content.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language a subtitle is translated into (doc 002 §4.4.3's {@code target_language}): the doc
 * names them in lower-case English ({@code persian}, {@code english}, {@code spanish},
 * {@code french}, "and other common languages"), and that name is the translated subtitle's
 * {@code language}. The ISO 639-1 code is taken as well ({@code fa} is {@code persian}).
 *
 * @param name     doc 002's value, stored as the subtitle's language
 * @param code     ISO 639-1
 * @param inPrompt how the model is told, the language's English name with its own
 */
public record SubtitleLanguage(String name, String code, String inPrompt) {

    /** Doc 002's default. */
    public static final SubtitleLanguage PERSIAN = new SubtitleLanguage("persian", "fa", "Persian (فارسی)");

    /** The languages an endpoint offers, doc 002's four first. */
    public static final List<SubtitleLanguage> ALL = List.of(PERSIAN,
            new SubtitleLanguage("english", "en", "English"),
            new SubtitleLanguage("spanish", "es", "Spanish (español)"),
            new SubtitleLanguage("french", "fr", "French (français)"),
            new SubtitleLanguage("arabic", "ar", "Arabic (العربية)"),
            new SubtitleLanguage("german", "de", "German (Deutsch)"),
            new SubtitleLanguage("italian", "it", "Italian (italiano)"),
            new SubtitleLanguage("portuguese", "pt", "Portuguese (português)"),
            new SubtitleLanguage("russian", "ru", "Russian (русский)"),
            new SubtitleLanguage("turkish", "tr", "Turkish (Türkçe)"),
            new SubtitleLanguage("urdu", "ur", "Urdu (اردو)"),
            new SubtitleLanguage("hindi", "hi", "Hindi (हिन्दी)"),
            new SubtitleLanguage("chinese", "zh", "Chinese (中文)"),
            new SubtitleLanguage("japanese", "ja", "Japanese (日本語)"),
            new SubtitleLanguage("korean", "ko", "Korean (한국어)"),
            new SubtitleLanguage("indonesian", "id", "Indonesian (Bahasa Indonesia)"),
            new SubtitleLanguage("dutch", "nl", "Dutch (Nederlands)"),
            new SubtitleLanguage("kurdish", "ku", "Kurdish (Kurdî)"),
            new SubtitleLanguage("azerbaijani", "az", "Azerbaijani (Azərbaycanca)"),
            new SubtitleLanguage("pashto", "ps", "Pashto (پښتو)"));

    /** By doc 002's name or the ISO code, in any case; empty for anything else (the endpoint's "not a valid choice"). */
    public static Optional<SubtitleLanguage> of(String value) {
        if (value == null || value.length() > 32) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(l -> l.name.equals(wanted) || l.code.equals(wanted)).findFirst();
    }

    /** Right to left when drawn (the burn step's direction and alignment). */
    public boolean rightToLeft() {
        return List.of("fa", "ar", "ur", "ps").contains(code);
    }
}
