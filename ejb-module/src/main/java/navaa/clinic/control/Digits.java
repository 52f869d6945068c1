package navaa.clinic.control;

/** Persian and Arabic-Indic digits, as phones' keyboards type them, read as Latin ones. */
final class Digits {

    private Digits() {
    }

    static String latin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + c - '\u06F0'));
            } else if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + c - '\u0660'));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
