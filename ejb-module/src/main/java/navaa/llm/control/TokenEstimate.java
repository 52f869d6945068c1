package navaa.llm.control;

/**
 * A tokenizer-free upper estimate of how many tokens a text costs, so a conversation that
 * fits by this count fits the model's real context. Models differ in tokenizers and none is
 * at hand before the request, so the estimate errs high: ASCII text at one token per three
 * characters (English averages about four with BPE tokenizers), every other character at one
 * token per UTF-8 byte, the worst case of byte-level BPE (a Persian letter counts two).
 */
public final class TokenEstimate {

    /** What a chat template adds around each message (role markers, separators). */
    public static final int PER_MESSAGE = 4;

    private TokenEstimate() {
    }

    public static int of(String text) {
        int ascii = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint < 0x80) {
                ascii++;
            } else {
                other += codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            }
            i += Character.charCount(codePoint);
        }
        return (ascii + 2) / 3 + other;
    }

    public static int of(ChatTurn turn) {
        return PER_MESSAGE + of(turn.content());
    }
}
