package com.qualitydesk.document;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line may break: between words, and between any two Chinese characters, except that a
 * line must not start with closing punctuation (，。、）》…) nor end with opening punctuation
 * (（《“…), as Chinese typesetting requires.
 */
final class LineBreakRules extends DefaultSplitCharacter {

    static final LineBreakRules INSTANCE = new LineBreakRules();

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…,.;:?!)]}";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

    private LineBreakRules() {}

    /** Whether a line may break after the character at {@code current}. */
    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (NO_LINE_END.indexOf(getCurrentCharacter(current, cc, ck)) >= 0) {
            return false;
        }
        if (current + 1 < end && NO_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
            return false;
        }
        return super.isSplitCharacter(start, current, end, cc, ck);
    }
}
