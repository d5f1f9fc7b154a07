package org.toetempo.history;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list that is one part of a session's {@link Details}, still as JSON until first read. Loading the
 * history leaves the bulky parts of each session this way, since the History screen's charts never read them.
 */
final class LazyList<T> extends AbstractList<T> implements RandomAccess {

    private final Details details;
    private final Function<Details.Parts, List<T>> part;

    LazyList(Details details, Function<Details.Parts, List<T>> part) {
        this.details = details;
        this.part = part;
    }

    boolean decoded() {
        return details.decoded();
    }

    @Override
    public T get(int index) {
        return part.apply(details.parts()).get(index);
    }

    @Override
    public int size() {
        return part.apply(details.parts()).size();
    }
}
