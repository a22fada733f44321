package ca.repere.framework;

import java.util.Collections;
import java.util.List;

/** Moving an item of an ordered list one place up or down, as the editor's buttons do. */
final class Positions {

    private Positions() {}

    /** Swaps the item with its neighbour ({@code direction} -1: up, +1: down); false when there is none. */
    static <T> boolean move(List<T> items, T item, int direction) {
        int from = items.indexOf(item);
        int to = from + Integer.signum(direction);
        if (from < 0 || direction == 0 || to < 0 || to >= items.size()) {
            return false;
        }
        Collections.swap(items, from, to);
        return true;
    }
}
