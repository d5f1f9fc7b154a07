package org.toetempo.routine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it stood in the file, so that every problem found later
 * can be reported with its line and column. Jackson's own tree forgets positions, hence this one.
 */
sealed interface JsonNode {

    /** 1-based line of the value's first character. */
    int line();

    /** 1-based column of the value's first character. */
    int column();

    /** How the value is described in messages: "an object", "the text \"10\"", "the number 2.5". */
    String describe();

    record Obj(int line, int column, Map<String, Member> members) implements JsonNode {
        @Override
        public String describe() {
            return "an object";
        }
    }

    /** A member of an object, with the position of its name (for "unknown field" messages). */
    record Member(String name, int line, int column, JsonNode value) {
    }

    record Arr(int line, int column, List<JsonNode> items) implements JsonNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    record Text(int line, int column, String value) implements JsonNode {
        @Override
        public String describe() {
            String shown = value.length() > 40 ? value.substring(0, 37) + "..." : value;
            return "the text \"" + shown + "\"";
        }
    }

    record Num(int line, int column, BigDecimal value) implements JsonNode {
        @Override
        public String describe() {
            // toPlainString() of 1e999999999 would build a billion-digit string: keep huge values in E notation.
            BigDecimal v = value.stripTrailingZeros();
            return Math.abs(v.scale()) > 20 ? v.toString() : v.toPlainString();
        }
    }

    record Bool(int line, int column, boolean value) implements JsonNode {
        @Override
        public String describe() {
            return Boolean.toString(value);
        }
    }

    record Null(int line, int column) implements JsonNode {
        @Override
        public String describe() {
            return "null";
        }
    }
}
