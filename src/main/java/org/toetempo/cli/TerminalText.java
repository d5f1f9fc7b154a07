package org.toetempo.cli;

import org.toetempo.routine.TextSafety;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * What the command line prints, with every control character but line breaks and tabs (and the text-direction
 * overrides) shown as {@code \\u001b}: a routine's name, a history entry or a file name can never send a terminal
 * an escape sequence, nor reverse what it shows.
 */
final class TerminalText extends FilterWriter {

    private final boolean crlf = System.lineSeparator().contains("\r");

    TerminalText(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (c == '\r' && crlf || !TextSafety.unsafe(c)) {
            out.write(c);
        } else {
            out.write(String.format(Locale.ROOT, "\\u%04x", c));
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(s.charAt(i));
        }
    }
}
