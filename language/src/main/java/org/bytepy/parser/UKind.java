package org.bytepy.parser;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bytepy.ast.Ast.Constant;

/** A weak identity set of the str constants written with a {@code u} prefix (CPython's {@code kind='u'}). */
final class UKind {
    private UKind() {
    }

    private static final Map<Integer, List<WeakReference<Constant>>> MAP = new HashMap<>();
    private static final ReferenceQueue<Constant> QUEUE = new ReferenceQueue<>();

    static synchronized void add(Constant c) {
        expunge();
        MAP.computeIfAbsent(System.identityHashCode(c), k -> new ArrayList<>(1)).add(new WeakReference<>(c, QUEUE));
    }

    static synchronized boolean contains(Constant c) {
        List<WeakReference<Constant>> l = MAP.get(System.identityHashCode(c));
        if (l == null) {
            return false;
        }
        for (WeakReference<Constant> r : l) {
            if (r.get() == c) {
                return true;
            }
        }
        return false;
    }

    private static void expunge() {
        if (QUEUE.poll() == null) {
            return;
        }
        while (QUEUE.poll() != null) {
            // drain
        }
        MAP.values().removeIf(l -> {
            l.removeIf(r -> r.get() == null);
            return l.isEmpty();
        });
    }
}
