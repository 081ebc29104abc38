package com.secureexchanges.portal.site;

/**
 * Just enough of a JavaScript tokenizer to read an object literal of strings: string literals (with their
 * escapes decoded), single punctuation characters, and any other run of characters as one token. Skips
 * whitespace and comments.
 */
final class JsLexer {

    /** A token: {@code string} tells a string literal from punctuation or anything else. */
    record Token(boolean string, String text) {

        boolean isString() {
            return string;
        }

        boolean isPunct(char c) {
            return !string && text.equals(String.valueOf(c));
        }

        @Override
        public String toString() {
            return string ? "'" + text + "'" : text.isEmpty() ? "the end of the file" : text;
        }
    }

    private final String source;
    private int at;

    JsLexer(String source, int from) {
        this.source = source;
        this.at = from;
    }

    Token next() {
        skipSpaceAndComments();
        if (at >= source.length()) {
            return new Token(false, "");
        }
        char c = source.charAt(at);
        if (c == '\'' || c == '"' || c == '`') {
            return new Token(true, string(c));
        }
        if ("{}[]():,;+".indexOf(c) >= 0) {
            at++;
            return new Token(false, String.valueOf(c));
        }
        int start = at;
        while (at < source.length() && !Character.isWhitespace(source.charAt(at))
                && "{}[]():,;+'\"`".indexOf(source.charAt(at)) < 0) {
            at++;
        }
        return new Token(false, source.substring(start, at));
    }

    private void skipSpaceAndComments() {
        while (at < source.length()) {
            if (Character.isWhitespace(source.charAt(at))) {
                at++;
            } else if (source.startsWith("//", at)) {
                int end = source.indexOf('\n', at);
                at = end < 0 ? source.length() : end + 1;
            } else if (source.startsWith("/*", at)) {
                int end = source.indexOf("*/", at + 2);
                at = end < 0 ? source.length() : end + 2;
            } else {
                return;
            }
        }
    }

    private String string(char quote) {
        StringBuilder out = new StringBuilder();
        at++;
        while (at < source.length()) {
            char c = source.charAt(at++);
            if (c == quote) {
                return out.toString();
            }
            if (quote == '`' && c == '$' && at < source.length() && source.charAt(at) == '{') {
                throw new IllegalArgumentException("a template with ${…} is not a plain string, at " + at);
            }
            if (c == '\\' && at < source.length()) {
                char e = source.charAt(at++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(source.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        throw new IllegalArgumentException("a string starting before " + at + " is not closed");
    }
}
