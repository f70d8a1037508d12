package net.wsustopology.io;

import java.util.HashSet;
import java.util.Set;

/**
 * The member names seen so far in one JSON object, to refuse duplicates. Objects of a plan have
 * a handful of members, so a short array scan beats hashing; big unknown objects switch to a set.
 */
final class MemberNames {
    private static final int SMALL = 16;

    private final String[] names = new String[SMALL];
    private int size;
    private Set<String> many;

    /** Forgets every name, so one instance serves object after object. */
    MemberNames clear() {
        size = 0;
        many = null;
        return this;
    }

    /** False when {@code name} was already added. */
    boolean add(String name) {
        if (many != null) return many.add(name);
        for (int i = 0; i < size; i++) if (names[i].equals(name)) return false;
        if (size < SMALL) {
            names[size++] = name;
            return true;
        }
        many = new HashSet<>(Set.of(names));
        return many.add(name);
    }
}
