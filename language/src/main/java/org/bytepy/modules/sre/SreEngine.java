package org.bytepy.modules.sre;

import java.util.Arrays;

import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyTypes;

/**
 * The interpreter of SRE code (the int lists that {@code Lib/re/_compiler.py} produces), a port of
 * CPython's {@code Modules/_sre/sre_lib.h}. Backtracking never recurses on the Java stack: every
 * place where sre_lib.h "jumps" into a sub-match pushes a {@link Ctx} on an explicit stack and
 * resumes the parent through its {@code jump} code when the child returns. Group marks saved for
 * backtracking live on an int data stack.
 *
 * <p>One engine is one {@code SRE_STATE}: a subject (a {@link SreSubject}), the search window
 * [{@link #start}, {@link #end}) and the marks of the last match.
 */
final class SreEngine {
    // Lib/re/_constants.py OPCODES, in order.
    static final int FAILURE = 0, SUCCESS = 1, ANY = 2, ANY_ALL = 3, ASSERT = 4, ASSERT_NOT = 5, AT = 6, BRANCH = 7, CATEGORY = 8, CHARSET = 9,
                    BIGCHARSET = 10, GROUPREF = 11, GROUPREF_EXISTS = 12, IN = 13, INFO = 14, JUMP = 15, LITERAL = 16, MARK = 17, MAX_UNTIL = 18,
                    MIN_UNTIL = 19, NOT_LITERAL = 20, NEGATE = 21, RANGE = 22, REPEAT = 23, REPEAT_ONE = 24, SUBPATTERN = 25, MIN_REPEAT_ONE = 26,
                    ATOMIC_GROUP = 27, POSSESSIVE_REPEAT = 28, POSSESSIVE_REPEAT_ONE = 29, GROUPREF_IGNORE = 30, IN_IGNORE = 31, LITERAL_IGNORE = 32,
                    NOT_LITERAL_IGNORE = 33, GROUPREF_LOC_IGNORE = 34, IN_LOC_IGNORE = 35, LITERAL_LOC_IGNORE = 36, NOT_LITERAL_LOC_IGNORE = 37,
                    GROUPREF_UNI_IGNORE = 38, IN_UNI_IGNORE = 39, LITERAL_UNI_IGNORE = 40, NOT_LITERAL_UNI_IGNORE = 41, RANGE_UNI_IGNORE = 42;
    // ATCODES
    static final int AT_BEGINNING = 0, AT_BEGINNING_LINE = 1, AT_BEGINNING_STRING = 2, AT_BOUNDARY = 3, AT_NON_BOUNDARY = 4, AT_END = 5,
                    AT_END_LINE = 6, AT_END_STRING = 7, AT_LOC_BOUNDARY = 8, AT_LOC_NON_BOUNDARY = 9, AT_UNI_BOUNDARY = 10, AT_UNI_NON_BOUNDARY = 11;
    static final int INFO_PREFIX = 1, INFO_LITERAL = 2, INFO_CHARSET = 4;
    static final long MAXREPEAT = 0xFFFFFFFFL;

    // jump codes: where a parent resumes when its child returns
    private static final int JUMP_NONE = 0, JUMP_MAX_UNTIL_1 = 1, JUMP_MAX_UNTIL_2 = 2, JUMP_MAX_UNTIL_3 = 3, JUMP_MIN_UNTIL_1 = 4, JUMP_MIN_UNTIL_2 = 5,
                    JUMP_MIN_UNTIL_3 = 6, JUMP_REPEAT = 7, JUMP_REPEAT_ONE_1 = 8, JUMP_REPEAT_ONE_2 = 9, JUMP_MIN_REPEAT_ONE = 10, JUMP_BRANCH = 11,
                    JUMP_ASSERT = 12, JUMP_ASSERT_NOT = 13, JUMP_POSS_REPEAT_1 = 14, JUMP_POSS_REPEAT_2 = 15, JUMP_ATOMIC_GROUP = 16;

    private static final int ENTER = 0, DISPATCH = 1, EXIT = 2;

    /** One activation of sre_lib.h's SRE(match): a sub-match with its own resume point. */
    private static final class Ctx {
        int pc;
        int ptr;
        boolean toplevel;
        int jump;
        long count;
        int chr;
        Repeat rep;
        int lastmark;
        int lastindex;
        boolean flag;
    }

    /** The state of one REPEAT ... MAX_UNTIL/MIN_UNTIL loop. */
    private static final class Repeat {
        long count;
        final int pc;
        final Repeat prev;
        int lastPtr;

        Repeat(int pc, Repeat prev) {
            this.count = -1;
            this.pc = pc;
            this.prev = prev;
            this.lastPtr = -1;
        }
    }

    final int[] code;
    private final String text;
    private final int[] cps;
    /** The search window; after a successful search, start is where the match begins. */
    int start;
    final int end;
    final int pos;
    final int endpos;
    /** After a successful match: where it ends. */
    int ptr;
    int[] marks;
    int lastmark = -1;
    int lastindex = -1;
    boolean matchAll;
    boolean mustAdvance;
    private Repeat repeat;
    private int[] data = new int[64];
    private int dataTop;
    private Ctx[] ctxs = new Ctx[16];
    private int ctxTop = -1;
    private int ret;
    private int curPc;
    private int curPtr;

    SreEngine(int[] code, SreSubject subject, long pos, long endpos, int groups) {
        this.code = code;
        this.text = subject.text;
        this.cps = subject.cps;
        int length = subject.length;
        int s = (int) Math.max(0, Math.min(pos, length));
        int e = (int) Math.max(0, Math.min(endpos, length));
        this.start = s;
        this.end = e;
        this.pos = s;
        this.endpos = e;
        this.marks = new int[Math.max(2, 2 * groups + 2)];
    }

    private int ch(int i) {
        return cps != null ? cps[i] : text.charAt(i);
    }

    void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        dataTop = 0;
    }

    /** The span of group {@code g} (1-based) as [start, end], or null when it did not participate. */
    int groupStart(int g) {
        int i = 2 * (g - 1);
        if (i >= lastmark || marks[i] < 0 || marks[i + 1] < 0) {
            return -1;
        }
        return marks[i];
    }

    int groupEnd(int g) {
        int i = 2 * (g - 1);
        if (i >= lastmark || marks[i] < 0 || marks[i + 1] < 0) {
            return -1;
        }
        return marks[i + 1];
    }

    // ---------------------------------------------------------------- entry points

    boolean match() {
        ptr = start;
        try {
            return run(0, true) > 0;
        } catch (ArrayIndexOutOfBoundsException | IllegalStateException e) {
            throw invalidCode();
        }
    }

    boolean search() {
        try {
            return searchImpl();
        } catch (ArrayIndexOutOfBoundsException | IllegalStateException e) {
            throw invalidCode();
        }
    }

    /**
     * Where the skip field at {@code pc} leads. Well-formed code only skips forward and within the code;
     * anything else (code made by hand, not by re._compiler) is CPython's "invalid SRE code", never a loop.
     */
    private int skipFrom(int pc) {
        int skip = code[pc];
        if (skip <= 0 || skip > code.length - pc) {
            throw new IllegalStateException("SRE: bad skip " + skip + " at " + pc);
        }
        return pc + skip;
    }

    /** What CPython's code validation reports for code that is not well formed. */
    private static RuntimeException invalidCode() {
        return PyErrors.raise(PyTypes.RUNTIME_ERROR, "invalid SRE code", null);
    }

    private boolean searchImpl() {
        int p = start;
        int e = end;
        if (p > e) {
            return false;
        }
        int pc = 0;
        int flags = 0;
        int prefixLen = 0, prefixSkip = 0, prefix = -1, charset = -1;
        if (code[0] == INFO) {
            flags = code[2];
            long min = code[3] & 0xFFFFFFFFL;
            if (min != 0 && e - p < min) {
                return false;
            }
            if (min > 1) {
                e -= (int) (min - 1);
                if (e <= p) {
                    e = p;
                }
            }
            if ((flags & INFO_PREFIX) != 0) {
                prefixLen = code[5];
                prefixSkip = code[6];
                prefix = 7;
            } else if ((flags & INFO_CHARSET) != 0) {
                charset = 5;
            }
            pc = skipFrom(1);
        }
        if (prefixLen == 1) {
            int c = code[prefix];
            e = end;
            mustAdvance = false;
            while (p < e) {
                if (cps == null) {
                    int q = text.indexOf(c, p);
                    if (q < 0 || q >= e) {
                        return false;
                    }
                    p = q;
                } else {
                    while (ch(p) != c) {
                        if (++p >= e) {
                            return false;
                        }
                    }
                }
                start = p;
                ptr = p + prefixSkip;
                if ((flags & INFO_LITERAL) != 0) {
                    return true;
                }
                if (run(pc + 2 * prefixSkip, false) != 0) {
                    return true;
                }
                ++p;
                reset();
            }
            return false;
        }
        if (prefixLen > 1) {
            int overlap = prefix + prefixLen - 1;
            e = end;
            if (prefixLen > e - p) {
                return false;
            }
            while (p < e) {
                int c = code[prefix];
                if (cps == null) {
                    int q = text.indexOf(c, p);
                    if (q < 0 || q >= e) {
                        return false;
                    }
                    p = q + 1;
                } else {
                    while (ch(p++) != c) {
                        if (p >= e) {
                            return false;
                        }
                    }
                }
                if (p >= e) {
                    return false;
                }
                int i = 1;
                mustAdvance = false;
                do {
                    if (ch(p) == code[prefix + i]) {
                        if (++i != prefixLen) {
                            if (++p >= e) {
                                return false;
                            }
                            continue;
                        }
                        start = p - (prefixLen - 1);
                        ptr = p - (prefixLen - prefixSkip - 1);
                        if ((flags & INFO_LITERAL) != 0) {
                            return true;
                        }
                        if (run(pc + 2 * prefixSkip, false) != 0) {
                            return true;
                        }
                        if (++p >= e) {
                            return false;
                        }
                        reset();
                    }
                    i = code[overlap + i];
                } while (i != 0);
            }
            return false;
        }
        if (charset >= 0) {
            e = end;
            mustAdvance = false;
            for (;;) {
                while (p < e && !charset(charset, ch(p))) {
                    p++;
                }
                if (p >= e) {
                    return false;
                }
                start = p;
                ptr = p;
                if (run(pc, false) != 0) {
                    return true;
                }
                p++;
                reset();
            }
        }
        start = ptr = p;
        int status = run(pc, true);
        mustAdvance = false;
        if (status == 0 && code[pc] == AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) {
            start = ptr = end;
            return false;
        }
        while (status == 0 && p < e) {
            p++;
            reset();
            start = ptr = p;
            status = run(pc, false);
        }
        return status != 0;
    }

    // ---------------------------------------------------------------- character tests

    private boolean at(int p, int atcode) {
        switch (atcode) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return p == 0;
            case AT_BEGINNING_LINE:
                return p == 0 || ch(p - 1) == '\n';
            case AT_END:
                return (end - p == 1 && ch(p) == '\n') || p == end;
            case AT_END_LINE:
                return p == end || ch(p) == '\n';
            case AT_END_STRING:
                return p == end;
            case AT_BOUNDARY:
            case AT_LOC_BOUNDARY:
            case AT_NON_BOUNDARY:
            case AT_LOC_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean that = p > 0 && SreChars.isAsciiWord(ch(p - 1));
                boolean thisp = p < end && SreChars.isAsciiWord(ch(p));
                return (atcode == AT_BOUNDARY || atcode == AT_LOC_BOUNDARY) ? thisp != that : thisp == that;
            }
            case AT_UNI_BOUNDARY:
            case AT_UNI_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean that = p > 0 && SreChars.isUniWord(ch(p - 1));
                boolean thisp = p < end && SreChars.isUniWord(ch(p));
                return atcode == AT_UNI_BOUNDARY ? thisp != that : thisp == that;
            }
            default:
                return false;
        }
    }

    /** Whether ch is in the set starting at code[set] (sre_lib.h SRE(charset)). */
    boolean charset(int set, int ch) {
        final int[] c = code;
        boolean ok = true;
        for (;;) {
            switch (c[set++]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (ch == c[set]) {
                        return ok;
                    }
                    set++;
                    break;
                case CATEGORY:
                    if (SreChars.category(c[set], ch)) {
                        return ok;
                    }
                    set++;
                    break;
                case CHARSET:
                    if (ch < 256 && (c[set + (ch >> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    set += 8;
                    break;
                case RANGE:
                    if (Integer.compareUnsigned(c[set], ch) <= 0 && Integer.compareUnsigned(ch, c[set + 1]) <= 0) {
                        return ok;
                    }
                    set += 2;
                    break;
                case RANGE_UNI_IGNORE: {
                    if (c[set] <= ch && ch <= c[set + 1]) {
                        return ok;
                    }
                    int uch = SreChars.upperUnicode(ch);
                    if (c[set] <= uch && uch <= c[set + 1]) {
                        return ok;
                    }
                    set += 2;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    break;
                case BIGCHARSET: {
                    int count = c[set++];
                    int block;
                    if (ch < 0x10000) {
                        int hi = ch >> 8;
                        block = (c[set + (hi >> 2)] >>> ((hi & 3) * 8)) & 0xff;
                    } else {
                        block = -1;
                    }
                    set += 64;
                    if (block >= 0) {
                        int bit = block * 256 + (ch & 255);
                        if ((c[set + (bit >> 5)] & (1 << (ch & 31))) != 0) {
                            return ok;
                        }
                    }
                    set += count * 8;
                    break;
                }
                default:
                    return false;
            }
        }
    }

    private boolean charsetLocIgnore(int set, int ch) {
        int lo = SreChars.lowerLocale(ch);
        if (charset(set, lo)) {
            return true;
        }
        int up = SreChars.upperLocale(ch);
        return up != lo && charset(set, up);
    }

    /** Whether the one-character item at code[pc] matches the character c. */
    private boolean matchOne(int pc, int c) {
        final int[] k = code;
        switch (k[pc]) {
            case LITERAL:
                return c == k[pc + 1];
            case NOT_LITERAL:
                return c != k[pc + 1];
            case ANY:
                return c != '\n';
            case ANY_ALL:
                return true;
            case IN:
                return charset(pc + 2, c);
            case LITERAL_IGNORE:
                return SreChars.lowerAscii(c) == k[pc + 1];
            case LITERAL_UNI_IGNORE:
                return SreChars.lowerUnicode(c) == k[pc + 1];
            case LITERAL_LOC_IGNORE:
                return SreChars.charLocIgnore(k[pc + 1], c);
            case NOT_LITERAL_IGNORE:
                return SreChars.lowerAscii(c) != k[pc + 1];
            case NOT_LITERAL_UNI_IGNORE:
                return SreChars.lowerUnicode(c) != k[pc + 1];
            case NOT_LITERAL_LOC_IGNORE:
                return !SreChars.charLocIgnore(k[pc + 1], c);
            case IN_IGNORE:
                return charset(pc + 2, SreChars.lowerAscii(c));
            case IN_UNI_IGNORE:
                return charset(pc + 2, SreChars.lowerUnicode(c));
            case IN_LOC_IGNORE:
                return charsetLocIgnore(pc + 2, c);
            case CATEGORY:
                return SreChars.category(k[pc + 1], c);
            default:
                throw new IllegalStateException("SRE: unexpected repeated item " + k[pc]);
        }
    }

    /** How many times (at most maxcount) the one-character item at code[pc] matches from p. */
    private int count(int pc, int p, long maxcount) {
        int e = end;
        if (maxcount < e - p && maxcount != MAXREPEAT) {
            e = p + (int) maxcount;
        }
        int q = p;
        final int[] k = code;
        switch (k[pc]) {
            case ANY_ALL:
                return e - p;
            case LITERAL: {
                int c = k[pc + 1];
                if (cps == null) {
                    while (q < e && text.charAt(q) == c) {
                        q++;
                    }
                } else {
                    while (q < e && cps[q] == c) {
                        q++;
                    }
                }
                return q - p;
            }
            case NOT_LITERAL: {
                int c = k[pc + 1];
                if (cps == null) {
                    while (q < e && text.charAt(q) != c) {
                        q++;
                    }
                } else {
                    while (q < e && cps[q] != c) {
                        q++;
                    }
                }
                return q - p;
            }
            case ANY:
                if (cps == null) {
                    while (q < e && text.charAt(q) != '\n') {
                        q++;
                    }
                } else {
                    while (q < e && cps[q] != '\n') {
                        q++;
                    }
                }
                return q - p;
            case IN:
                while (q < e && charset(pc + 2, ch(q))) {
                    q++;
                }
                return q - p;
            default:
                while (q < e && matchOne(pc, ch(q))) {
                    q++;
                }
                return q - p;
        }
    }

    // ---------------------------------------------------------------- the data stack

    private void dataPush(int v) {
        if (dataTop == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[dataTop++] = v;
    }

    private int dataPop() {
        return data[--dataTop];
    }

    private void markPush(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            if (dataTop + n > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, dataTop + n));
            }
            System.arraycopy(marks, 0, data, dataTop, n);
            dataTop += n;
        }
    }

    private void markPop(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            System.arraycopy(data, dataTop - n, marks, 0, n);
            dataTop -= n;
        }
    }

    private void markPopKeep(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            System.arraycopy(data, dataTop - n, marks, 0, n);
        }
    }

    private void markPopDiscard(int lm) {
        if (lm >= 0) {
            dataTop -= lm + 1;
        }
    }

    /** LASTMARK_SAVE, and MARK_PUSH when inside a repeat (before trying alternatives). */
    private void saveMarks(Ctx ctx) {
        lastmarkSave(ctx, this);
        if (repeat != null) {
            markPush(ctx.lastmark);
        }
    }

    /** MARK_POP_KEEP when inside a repeat, then LASTMARK_RESTORE (after an alternative failed). */
    private void restoreMarksKeep(Ctx ctx) {
        if (repeat != null) {
            markPopKeep(ctx.lastmark);
        }
        lastmarkRestore(ctx);
    }

    private int succeedDroppingMarks(Ctx ctx) {
        if (repeat != null) {
            markPopDiscard(ctx.lastmark);
        }
        return succeed();
    }

    private int failDroppingMarks(Ctx ctx) {
        if (repeat != null) {
            markPopDiscard(ctx.lastmark);
        }
        return fail();
    }

    private static void lastmarkSave(Ctx ctx, SreEngine s) {
        ctx.lastmark = s.lastmark;
        ctx.lastindex = s.lastindex;
    }

    private void lastmarkRestore(Ctx ctx) {
        lastmark = ctx.lastmark;
        lastindex = ctx.lastindex;
    }

    // ---------------------------------------------------------------- the context stack

    private Ctx pushCtx(int pc, boolean toplevel, int jump) {
        ctxTop++;
        if (ctxTop == ctxs.length) {
            ctxs = Arrays.copyOf(ctxs, ctxs.length * 2);
        }
        Ctx c = ctxs[ctxTop];
        if (c == null) {
            c = new Ctx();
            ctxs[ctxTop] = c;
        }
        c.pc = pc;
        c.toplevel = toplevel;
        c.jump = jump;
        c.rep = null;
        c.count = 0;
        return c;
    }

    /** Saves the parent's position and enters a child at childPc (sre_lib.h DO_JUMP). */
    private int jump(Ctx ctx, int pc, int p, int jumpCode, int childPc, boolean toplevel) {
        ctx.pc = pc;
        ctx.ptr = p;
        pushCtx(childPc, toplevel, jumpCode);
        return ENTER;
    }

    private int fail() {
        ret = 0;
        return EXIT;
    }

    private int succeed() {
        ret = 1;
        return EXIT;
    }

    private int cont(int pc, int p) {
        curPc = pc;
        curPtr = p;
        return DISPATCH;
    }

    /** Runs the code from pc at {@link #ptr}; returns 1 on a match (ptr is then its end), 0 if none. */
    private int run(int startPc, boolean toplevel) {
        ctxTop = -1;
        pushCtx(startPc, toplevel, JUMP_NONE);
        int mode = ENTER;
        for (;;) {
            Ctx ctx = ctxs[ctxTop];
            switch (mode) {
                case ENTER: {
                    int p = ptr;
                    int pc = ctx.pc;
                    if (code[pc] == INFO) {
                        long min = code[pc + 3] & 0xFFFFFFFFL;
                        if (min != 0 && (end - p < min)) {
                            mode = fail();
                            break;
                        }
                        pc += code[pc + 1] + 1;
                    }
                    curPc = pc;
                    curPtr = p;
                    mode = dispatch(ctx);
                    break;
                }
                case DISPATCH:
                    mode = dispatch(ctx);
                    break;
                default: {
                    int jumpCode = ctx.jump;
                    ctxTop--;
                    if (ctxTop < 0) {
                        return ret;
                    }
                    Ctx parent = ctxs[ctxTop];
                    mode = resume(parent, jumpCode);
                    break;
                }
            }
        }
    }

    private int dispatch(Ctx ctx) {
        final int[] k = code;
        int pc = curPc;
        int p = curPtr;
        final int e = end;
        for (;;) {
            switch (k[pc++]) {
                case MARK: {
                    int i = k[pc];
                    if ((i & 1) != 0) {
                        lastindex = i / 2 + 1;
                    }
                    if (i >= marks.length) {
                        marks = Arrays.copyOf(marks, Math.max(i + 2, marks.length * 2));
                    }
                    if (i > lastmark) {
                        for (int j = lastmark + 1; j < i; j++) {
                            marks[j] = -1;
                        }
                        lastmark = i;
                    }
                    marks[i] = p;
                    pc++;
                    break;
                }
                case LITERAL:
                    if (p >= e || ch(p) != k[pc]) {
                        return fail();
                    }
                    pc++;
                    p++;
                    break;
                case NOT_LITERAL:
                    if (p >= e || ch(p) == k[pc]) {
                        return fail();
                    }
                    pc++;
                    p++;
                    break;
                case SUCCESS:
                    if (ctx.toplevel && ((matchAll && p != e) || (mustAdvance && p == start))) {
                        return fail();
                    }
                    ptr = p;
                    return succeed();
                case AT:
                    if (!at(p, k[pc])) {
                        return fail();
                    }
                    pc++;
                    break;
                case CATEGORY:
                    if (p >= e || !SreChars.category(k[pc], ch(p))) {
                        return fail();
                    }
                    pc++;
                    p++;
                    break;
                case ANY:
                    if (p >= e || ch(p) == '\n') {
                        return fail();
                    }
                    p++;
                    break;
                case ANY_ALL:
                    if (p >= e) {
                        return fail();
                    }
                    p++;
                    break;
                case IN:
                    if (p >= e || !charset(pc + 1, ch(p))) {
                        return fail();
                    }
                    pc = skipFrom(pc);
                    p++;
                    break;
                case LITERAL_IGNORE:
                    if (p >= e || SreChars.lowerAscii(ch(p)) != k[pc]) {
                        return fail();
                    }
                    pc++;
                    p++;
                    break;
                case LITERAL_UNI_IGNORE:
                    if (p >= e || SreChars.lowerUnicode(ch(p)) != k[pc]) {
                        return fail();
                    }
                    pc++;
                    p++;
                    break;
                case LITERAL_LOC_IGNORE:
                    if (p >= e || !SreChars.charLocIgnore(k[pc], ch(p))) {
                        return fail();
                    }
                    pc++;
                    p++;
                    break;
                case NOT_LITERAL_IGNORE:
                    if (p >= e || SreChars.lowerAscii(ch(p)) == k[pc]) {
                        return fail();
                    }
                    pc++;
                    p++;
                    break;
                case NOT_LITERAL_UNI_IGNORE:
                    if (p >= e || SreChars.lowerUnicode(ch(p)) == k[pc]) {
                        return fail();
                    }
                    pc++;
                    p++;
                    break;
                case NOT_LITERAL_LOC_IGNORE:
                    if (p >= e || SreChars.charLocIgnore(k[pc], ch(p))) {
                        return fail();
                    }
                    pc++;
                    p++;
                    break;
                case IN_IGNORE:
                    if (p >= e || !charset(pc + 1, SreChars.lowerAscii(ch(p)))) {
                        return fail();
                    }
                    pc = skipFrom(pc);
                    p++;
                    break;
                case IN_UNI_IGNORE:
                    if (p >= e || !charset(pc + 1, SreChars.lowerUnicode(ch(p)))) {
                        return fail();
                    }
                    pc = skipFrom(pc);
                    p++;
                    break;
                case IN_LOC_IGNORE:
                    if (p >= e || !charsetLocIgnore(pc + 1, ch(p))) {
                        return fail();
                    }
                    pc = skipFrom(pc);
                    p++;
                    break;
                case JUMP:
                case INFO:
                    pc = skipFrom(pc);
                    break;
                case BRANCH:
                    saveMarks(ctx);
                    return branchNext(ctx, pc, p);
                case REPEAT_ONE: {
                    long min = k[pc + 1] & 0xFFFFFFFFL;
                    if (min > e - p) {
                        return fail();
                    }
                    int c = count(pc + 3, p, k[pc + 2] & 0xFFFFFFFFL);
                    p += c;
                    if (c < min) {
                        return fail();
                    }
                    int tail = skipFrom(pc);
                    if (k[tail] == SUCCESS && p == e && !(ctx.toplevel && mustAdvance && p == start)) {
                        ptr = p;
                        return succeed();
                    }
                    ctx.count = c;
                    saveMarks(ctx);
                    if (k[tail] == LITERAL) {
                        ctx.chr = k[tail + 1];
                        return repeatOne1(ctx, pc, p);
                    }
                    return repeatOne2(ctx, pc, p);
                }
                case MIN_REPEAT_ONE: {
                    long min = k[pc + 1] & 0xFFFFFFFFL;
                    if (min > e - p) {
                        return fail();
                    }
                    int c = 0;
                    if (min != 0) {
                        c = count(pc + 3, p, min);
                        if (c < min) {
                            return fail();
                        }
                        p += c;
                    }
                    int tail = skipFrom(pc);
                    if (k[tail] == SUCCESS && !(ctx.toplevel && ((matchAll && p != e) || (mustAdvance && p == start)))) {
                        ptr = p;
                        return succeed();
                    }
                    ctx.count = c;
                    saveMarks(ctx);
                    return minRepeatOne(ctx, pc, p);
                }
                case POSSESSIVE_REPEAT_ONE: {
                    long min = k[pc + 1] & 0xFFFFFFFFL;
                    if (min > e - p) {
                        return fail();
                    }
                    int c = count(pc + 3, p, k[pc + 2] & 0xFFFFFFFFL);
                    p += c;
                    if (c < min) {
                        return fail();
                    }
                    pc = skipFrom(pc);
                    if (k[pc] == SUCCESS && p == e && !(ctx.toplevel && mustAdvance && p == start)) {
                        ptr = p;
                        return succeed();
                    }
                    break;
                }
                case REPEAT: {
                    Repeat rep = new Repeat(pc, repeat);
                    repeat = rep;
                    ctx.rep = rep;
                    ptr = p;
                    return jump(ctx, pc, p, JUMP_REPEAT, skipFrom(pc), ctx.toplevel);
                }
                case MAX_UNTIL: {
                    Repeat rep = repeat;
                    if (rep == null) {
                        throw new IllegalStateException("SRE: MAX_UNTIL outside REPEAT");
                    }
                    ptr = p;
                    ctx.rep = rep;
                    ctx.count = rep.count + 1;
                    if (ctx.count < (k[rep.pc + 1] & 0xFFFFFFFFL)) {
                        rep.count = ctx.count;
                        return jump(ctx, pc, p, JUMP_MAX_UNTIL_1, rep.pc + 3, ctx.toplevel);
                    }
                    long max = k[rep.pc + 2] & 0xFFFFFFFFL;
                    if ((ctx.count < max || max == MAXREPEAT) && ptr != rep.lastPtr) {
                        rep.count = ctx.count;
                        lastmarkSave(ctx, this);
                        markPush(ctx.lastmark);
                        dataPush(rep.lastPtr);
                        rep.lastPtr = ptr;
                        return jump(ctx, pc, p, JUMP_MAX_UNTIL_2, rep.pc + 3, ctx.toplevel);
                    }
                    repeat = rep.prev;
                    return jump(ctx, pc, p, JUMP_MAX_UNTIL_3, pc, ctx.toplevel);
                }
                case MIN_UNTIL: {
                    Repeat rep = repeat;
                    if (rep == null) {
                        throw new IllegalStateException("SRE: MIN_UNTIL outside REPEAT");
                    }
                    ptr = p;
                    ctx.rep = rep;
                    ctx.count = rep.count + 1;
                    if (ctx.count < (k[rep.pc + 1] & 0xFFFFFFFFL)) {
                        rep.count = ctx.count;
                        return jump(ctx, pc, p, JUMP_MIN_UNTIL_1, rep.pc + 3, ctx.toplevel);
                    }
                    repeat = rep.prev;
                    lastmarkSave(ctx, this);
                    ctx.flag = repeat != null;
                    if (ctx.flag) {
                        markPush(ctx.lastmark);
                    }
                    return jump(ctx, pc, p, JUMP_MIN_UNTIL_2, pc, ctx.toplevel);
                }
                case POSSESSIVE_REPEAT: {
                    ptr = p;
                    ctx.count = 0;
                    return possRepeat1(ctx, pc, p);
                }
                case ATOMIC_GROUP:
                    ptr = p;
                    return jump(ctx, pc, p, JUMP_ATOMIC_GROUP, pc + 1, false);
                case GROUPREF:
                case GROUPREF_IGNORE:
                case GROUPREF_UNI_IGNORE:
                case GROUPREF_LOC_IGNORE: {
                    int op = k[pc - 1];
                    int g = k[pc] * 2;
                    if (g >= lastmark) {
                        return fail();
                    }
                    int gs = marks[g];
                    int ge = marks[g + 1];
                    if (gs < 0 || ge < 0 || ge < gs) {
                        return fail();
                    }
                    while (gs < ge) {
                        if (p >= e) {
                            return fail();
                        }
                        int a = ch(p);
                        int b = ch(gs);
                        if (a != b) {
                            if (op == GROUPREF) {
                                return fail();
                            } else if (op == GROUPREF_IGNORE) {
                                if (SreChars.lowerAscii(a) != SreChars.lowerAscii(b)) {
                                    return fail();
                                }
                            } else if (op == GROUPREF_UNI_IGNORE) {
                                if (SreChars.lowerUnicode(a) != SreChars.lowerUnicode(b)) {
                                    return fail();
                                }
                            } else if (SreChars.lowerLocale(a) != SreChars.lowerLocale(b)) {
                                return fail();
                            }
                        }
                        gs++;
                        p++;
                    }
                    pc++;
                    break;
                }
                case GROUPREF_EXISTS: {
                    int g = k[pc] * 2;
                    if (g >= lastmark || marks[g] < 0 || marks[g + 1] < 0 || marks[g + 1] < marks[g]) {
                        pc += k[pc + 1];
                    } else {
                        pc += 2;
                    }
                    break;
                }
                case ASSERT: {
                    long back = k[pc + 1] & 0xFFFFFFFFL;
                    if (p < back) {
                        return fail();
                    }
                    ptr = p - (int) back;
                    return jump(ctx, pc, p, JUMP_ASSERT, pc + 2, false);
                }
                case ASSERT_NOT: {
                    long back = k[pc + 1] & 0xFFFFFFFFL;
                    if (p >= back) {
                        ptr = p - (int) back;
                        lastmarkSave(ctx, this);
                        if (repeat != null) {
                            markPush(ctx.lastmark);
                        }
                        return jump(ctx, pc, p, JUMP_ASSERT_NOT, pc + 2, false);
                    }
                    pc = skipFrom(pc);
                    break;
                }
                case FAILURE:
                    return fail();
                default:
                    throw new IllegalStateException("SRE: illegal opcode " + k[pc - 1]);
            }
        }
    }

    // ---------------------------------------------------------------- loops that resume after a child

    private int branchNext(Ctx ctx, int pc, int p) {
        final int[] k = code;
        for (; k[pc] != 0; pc = skipFrom(pc)) {
            if (k[pc + 1] == LITERAL && (p >= end || ch(p) != k[pc + 2])) {
                continue;
            }
            if (k[pc + 1] == IN && (p >= end || !charset(pc + 3, ch(p)))) {
                continue;
            }
            ptr = p;
            return jump(ctx, pc, p, JUMP_BRANCH, pc + 1, ctx.toplevel);
        }
        return failDroppingMarks(ctx);
    }

    private int repeatOne1(Ctx ctx, int pc, int p) {
        long min = code[pc + 1] & 0xFFFFFFFFL;
        while (ctx.count >= min && (p >= end || ch(p) != ctx.chr)) {
            p--;
            ctx.count--;
        }
        if (ctx.count < min) {
            return failDroppingMarks(ctx);
        }
        ptr = p;
        return jump(ctx, pc, p, JUMP_REPEAT_ONE_1, pc + code[pc], ctx.toplevel);
    }

    private int repeatOne2(Ctx ctx, int pc, int p) {
        long min = code[pc + 1] & 0xFFFFFFFFL;
        if (ctx.count >= min) {
            ptr = p;
            return jump(ctx, pc, p, JUMP_REPEAT_ONE_2, pc + code[pc], ctx.toplevel);
        }
        return failDroppingMarks(ctx);
    }

    private int minRepeatOne(Ctx ctx, int pc, int p) {
        long max = code[pc + 2] & 0xFFFFFFFFL;
        if (max == MAXREPEAT || ctx.count <= max) {
            ptr = p;
            return jump(ctx, pc, p, JUMP_MIN_REPEAT_ONE, pc + code[pc], ctx.toplevel);
        }
        return failDroppingMarks(ctx);
    }

    private int possRepeat1(Ctx ctx, int pc, int p) {
        if (ctx.count < (code[pc + 1] & 0xFFFFFFFFL)) {
            return jump(ctx, pc, p, JUMP_POSS_REPEAT_1, pc + 3, false);
        }
        return possRepeat2(ctx, pc, -1);
    }

    private int possRepeat2(Ctx ctx, int pc, int p) {
        long max = code[pc + 2] & 0xFFFFFFFFL;
        if ((ctx.count < max || max == MAXREPEAT) && ptr != p) {
            lastmarkSave(ctx, this);
            markPush(ctx.lastmark);
            p = ptr;
            return jump(ctx, pc, p, JUMP_POSS_REPEAT_2, pc + 3, false);
        }
        return cont(pc + code[pc] + 1, ptr);
    }

    private int resume(Ctx ctx, int jumpCode) {
        int pc = ctx.pc;
        int p = ctx.ptr;
        switch (jumpCode) {
            case JUMP_BRANCH:
                if (ret != 0) {
                    return succeedDroppingMarks(ctx);
                }
                restoreMarksKeep(ctx);
                return branchNext(ctx, pc + code[pc], p);
            case JUMP_REPEAT_ONE_1:
            case JUMP_REPEAT_ONE_2:
                if (ret != 0) {
                    return succeedDroppingMarks(ctx);
                }
                restoreMarksKeep(ctx);
                p--;
                ctx.count--;
                return jumpCode == JUMP_REPEAT_ONE_1 ? repeatOne1(ctx, pc, p) : repeatOne2(ctx, pc, p);
            case JUMP_MIN_REPEAT_ONE: {
                if (ret != 0) {
                    return succeedDroppingMarks(ctx);
                }
                restoreMarksKeep(ctx);
                ptr = p;
                if (count(pc + 3, p, 1) == 0) {
                    return failDroppingMarks(ctx);
                }
                p++;
                ctx.count++;
                return minRepeatOne(ctx, pc, p);
            }
            case JUMP_REPEAT:
                repeat = ctx.rep.prev;
                return ret != 0 ? succeed() : fail();
            case JUMP_MAX_UNTIL_1:
                if (ret != 0) {
                    return succeed();
                }
                ctx.rep.count = ctx.count - 1;
                ptr = p;
                return fail();
            case JUMP_MAX_UNTIL_2: {
                Repeat rep = ctx.rep;
                rep.lastPtr = dataPop();
                if (ret != 0) {
                    markPopDiscard(ctx.lastmark);
                    return succeed();
                }
                markPop(ctx.lastmark);
                lastmarkRestore(ctx);
                rep.count = ctx.count - 1;
                ptr = p;
                repeat = rep.prev;
                return jump(ctx, pc, p, JUMP_MAX_UNTIL_3, pc, ctx.toplevel);
            }
            case JUMP_MAX_UNTIL_3:
                repeat = ctx.rep;
                if (ret != 0) {
                    return succeed();
                }
                ptr = p;
                return fail();
            case JUMP_MIN_UNTIL_1:
                if (ret != 0) {
                    return succeed();
                }
                ctx.rep.count = ctx.count - 1;
                ptr = p;
                return fail();
            case JUMP_MIN_UNTIL_2: {
                Repeat rep = ctx.rep;
                repeat = rep;
                if (ret != 0) {
                    if (ctx.flag) {
                        markPopDiscard(ctx.lastmark);
                    }
                    return succeed();
                }
                if (ctx.flag) {
                    markPop(ctx.lastmark);
                }
                lastmarkRestore(ctx);
                ptr = p;
                long max = code[rep.pc + 2] & 0xFFFFFFFFL;
                if ((ctx.count >= max && max != MAXREPEAT) || ptr == rep.lastPtr) {
                    return fail();
                }
                rep.count = ctx.count;
                dataPush(rep.lastPtr);
                rep.lastPtr = ptr;
                return jump(ctx, pc, p, JUMP_MIN_UNTIL_3, rep.pc + 3, ctx.toplevel);
            }
            case JUMP_MIN_UNTIL_3: {
                Repeat rep = ctx.rep;
                rep.lastPtr = dataPop();
                if (ret != 0) {
                    return succeed();
                }
                rep.count = ctx.count - 1;
                ptr = p;
                return fail();
            }
            case JUMP_POSS_REPEAT_1:
                if (ret != 0) {
                    ctx.count++;
                    return possRepeat1(ctx, pc, p);
                }
                ptr = p;
                return fail();
            case JUMP_POSS_REPEAT_2:
                if (ret != 0) {
                    markPopDiscard(ctx.lastmark);
                    ctx.count++;
                    return possRepeat2(ctx, pc, p);
                }
                markPop(ctx.lastmark);
                lastmarkRestore(ctx);
                ptr = p;
                return cont(pc + code[pc] + 1, ptr);
            case JUMP_ATOMIC_GROUP:
                if (ret == 0) {
                    ptr = p;
                    return fail();
                }
                return cont(pc + code[pc], ptr);
            case JUMP_ASSERT:
                if (ret == 0) {
                    return fail();
                }
                return cont(pc + code[pc], p);
            case JUMP_ASSERT_NOT:
                if (ret != 0) {
                    return failDroppingMarks(ctx);
                }
                if (repeat != null) {
                    markPop(ctx.lastmark);
                }
                lastmarkRestore(ctx);
                return cont(pc + code[pc], p);
            default:
                throw new IllegalStateException("SRE: bad jump " + jumpCode);
        }
    }
}
