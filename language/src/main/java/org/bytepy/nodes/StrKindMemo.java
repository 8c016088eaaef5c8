package org.bytepy.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.nodes.Node;

import org.bytepy.runtime.PyStr;

/**
 * Remembers whether the last string a site indexed holds surrogates: a loop indexing one string
 * ({@code text[i]} in a parser) checks it once, not at every access. Java strings cannot carry the
 * flag themselves.
 */
@GenerateInline(false)
@GenerateCached(false)
public final class StrKindMemo extends Node {
    private String last;
    private boolean lastBmp;

    public static StrKindMemo create() {
        return new StrKindMemo();
    }

    public boolean isBmp(String s) {
        if (s != last) {
            lastBmp = scan(s);
            last = s;
        }
        return lastBmp;
    }

    @TruffleBoundary
    private static boolean scan(String s) {
        return PyStr.isBmp(s);
    }
}
