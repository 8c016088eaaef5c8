package org.bytepy.modules.io;

import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyTuple;

/**
 * {@code _io.TextIOWrapper}: text over a binary stream. Read text is kept as decoded (before newline
 * translation) so that {@code tell()} can count the bytes of what is still unread; newlines are
 * translated as characters are handed out.
 */
final class TextIOObj extends IOObj {
    static final int CHUNK = 8192;

    ByteStream buffer;
    Codec codec;
    /** {@code encoding} as Python reports it. */
    String encoding;
    /** The newline argument: null (None), "", "\n", "\r" or "\r\n". */
    String newline;
    boolean lineBuffering;
    boolean writeThrough;
    boolean detached;
    final StringBuilder dec = new StringBuilder();
    int dpos;
    boolean eof;
    int seen;

    void setNewline(String nl) {
        this.newline = nl;
    }

    private boolean universal() {
        return newline == null || newline.isEmpty();
    }

    private boolean translate() {
        return newline == null;
    }

    void checkAttached() {
        if (buffer == null) {
            throw PyErrors.valueError(null, detached ? "underlying buffer has been detached" : "I/O operation on uninitialized object");
        }
    }

    @Override
    void checkClosed() {
        checkAttached();
        if (buffer.isClosed()) {
            throw closedError("I/O operation on closed file.");
        }
    }

    boolean isClosed() {
        checkAttached();
        return buffer.isClosed();
    }

    private void checkReadable() {
        checkClosed();
        if (!buffer.readable()) {
            throw unsupported("not readable");
        }
    }

    private boolean readChunk() {
        if (eof) {
            return false;
        }
        if (dpos > 0 && dpos >= dec.length() / 2) {
            dec.delete(0, dpos);
            dpos = 0;
        }
        // like CPython, read1: what one raw read gives (a pipe or terminal does not wait for a full chunk)
        byte[] b = buffer instanceof BufferedObj bo ? bo.read1(CHUNK) : buffer.read(CHUNK);
        if (b == null || b.length == 0) {
            eof = true;
            dec.append(codec.decode(BufferedObj.EMPTY, true));
            return false;
        }
        dec.append(codec.decode(b, false));
        return true;
    }

    private void resetRead() {
        dec.setLength(0);
        dpos = 0;
        eof = false;
        codec.reset();
    }

    /** Appends dec[from, to) to out with universal newlines translated (to must not end inside a pending \r). */
    private void emit(StringBuilder out, int from, int to) {
        if (!translate()) {
            if (newline != null && newline.isEmpty()) {
                note(from, to);
            }
            out.append(dec, from, to);
            return;
        }
        int i = from;
        while (i < to) {
            int cr = indexOf(dec, '\r', i, to);
            int stop = cr < 0 ? to : cr;
            if ((seen & 2) == 0 && indexOf(dec, '\n', i, stop) >= 0) {
                seen |= 2;
            }
            out.append(dec, i, stop);
            if (cr < 0) {
                return;
            }
            out.append('\n');
            if (cr + 1 < dec.length() && dec.charAt(cr + 1) == '\n') {
                seen |= 4;
                i = cr + 2;
            } else {
                seen |= 1;
                i = cr + 1;
            }
        }
    }

    private void note(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = dec.charAt(i);
            if (c == '\n') {
                seen |= 2;
            } else if (c == '\r') {
                if (i + 1 < dec.length() && dec.charAt(i + 1) == '\n') {
                    seen |= 4;
                    i++;
                } else {
                    seen |= 1;
                }
            }
        }
    }

    static int indexOf(CharSequence s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    String read(long n) {
        checkReadable();
        StringBuilder out = new StringBuilder();
        if (n < 0) {
            byte[] rest = buffer.read(-1);
            dec.append(codec.decode(rest == null ? BufferedObj.EMPTY : rest, true));
            eof = true;
            emit(out, dpos, dec.length());
            resetRead();
            eof = false;
            return out.toString();
        }
        while (out.length() < n) {
            // hand out what is decoded, a \r\n pair counting as one character
            int need = (int) (n - out.length());
            int end = dpos;
            int count = 0;
            while (end < dec.length() && count < need) {
                if (dec.charAt(end) == '\r' && translate()) {
                    if (end + 1 < dec.length()) {
                        end += dec.charAt(end + 1) == '\n' ? 2 : 1;
                    } else if (eof) {
                        end++;
                    } else {
                        break; // wait for the next chunk: it may start with \n
                    }
                } else {
                    end++;
                }
                count++;
            }
            if (end > dpos) {
                emit(out, dpos, end);
                dpos = end;
            }
            if (out.length() >= n || eof) {
                break;
            }
            readChunk();
        }
        return out.toString();
    }

    /** Index after the first line ending in s[start, end), -1 if none, -2 if s[end-1] is a \r that may start a \r\n. */
    static int lineEnd(CharSequence s, int start, int end, String mode, boolean eof) {
        if (mode.isEmpty()) {
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    return i + 1;
                } else if (c == '\r') {
                    if (i + 1 < end) {
                        return s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    }
                    return eof ? i + 1 : -2;
                }
            }
            return -1;
        }
        char first = mode.charAt(0);
        for (int i = start; i < end; i++) {
            if (s.charAt(i) == first) {
                if (mode.length() == 1) {
                    return i + 1;
                }
                if (i + 1 < end) {
                    if (s.charAt(i + 1) == '\n') {
                        return i + 2;
                    }
                } else if (!eof) {
                    return -2;
                }
            }
        }
        return -1;
    }

    String readline(long limit) {
        checkReadable();
        String mode = universal() ? "" : newline;
        int scanFrom = dpos;
        int end;
        while (true) {
            end = lineEnd(dec, scanFrom, dec.length(), mode, eof);
            if (end >= 0) {
                break;
            }
            if (limit >= 0 && dec.length() - dpos >= limit || eof) {
                end = dec.length();
                break;
            }
            int rel = (end == -2 ? dec.length() - 1 : dec.length()) - dpos;
            readChunk(); // may compact dec, moving dpos
            scanFrom = dpos + rel;
        }
        if (limit >= 0 && end - dpos > limit) {
            end = dpos + (int) limit;
        }
        StringBuilder out = new StringBuilder(end - dpos);
        emit(out, dpos, end);
        dpos = end;
        return out.toString();
    }

    long write(String s) {
        checkClosed();
        if (!buffer.writable()) {
            throw unsupported("not writable");
        }
        int n = s.codePointCount(0, s.length());
        if (dec.length() > dpos || codec.pendingBytes() > 0) {
            resetRead();
        }
        boolean hasNl = s.indexOf('\n') >= 0;
        if (hasNl && newline != null && !newline.isEmpty() && !newline.equals("\n")) {
            s = s.replace("\n", newline);
        }
        byte[] b = codec.encode(s);
        buffer.write(b, 0, b.length);
        if (writeThrough || lineBuffering && (hasNl || s.indexOf('\r') >= 0)) {
            buffer.flush();
        }
        return n;
    }

    void flush() {
        checkClosed();
        buffer.flush();
    }

    long tell() {
        checkClosed();
        if (!buffer.seekable()) {
            throw unsupported("underlying stream is not seekable");
        }
        buffer.flush();
        long pos = buffer.tell();
        return pos - codec.pendingBytes() - codec.encodedLength(dec.subSequence(dpos, dec.length()));
    }

    long seek(long cookie, int whence) {
        checkClosed();
        if (whence < 0 || whence > 2) {
            throw PyErrors.valueError(null, "invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (!buffer.seekable()) {
            throw unsupported("underlying stream is not seekable");
        }
        if (whence == 1) {
            if (cookie != 0) {
                throw unsupported("can't do nonzero cur-relative seeks");
            }
            cookie = tell();
        } else if (whence == 2) {
            if (cookie != 0) {
                throw unsupported("can't do nonzero end-relative seeks");
            }
            buffer.flush();
            resetRead();
            return buffer.seek(0, 2);
        }
        if (cookie < 0) {
            throw PyErrors.valueError(null, "negative seek position %d", cookie);
        }
        buffer.flush();
        resetRead();
        buffer.seek(cookie, 0);
        return cookie;
    }

    long truncate(long pos) {
        checkClosed();
        buffer.flush();
        if (pos < 0) {
            pos = tell();
        }
        return buffer.truncate(pos);
    }

    void close() {
        checkAttached();
        if (buffer.isClosed()) {
            return;
        }
        try {
            buffer.flush();
        } finally {
            buffer.close();
        }
    }

    Object detach() {
        checkAttached();
        buffer.flush();
        Object b = buffer.object();
        buffer = null;
        detached = true;
        return b;
    }

    Object newlines() {
        return newlinesValue(seen);
    }

    static Object newlinesValue(int seen) {
        switch (seen) {
            case 0:
                return PyNone.NONE;
            case 1:
                return "\r";
            case 2:
                return "\n";
            case 4:
                return "\r\n";
            default:
                java.util.List<Object> l = new java.util.ArrayList<>();
                if ((seen & 1) != 0) {
                    l.add("\r");
                }
                if ((seen & 2) != 0) {
                    l.add("\n");
                }
                if ((seen & 4) != 0) {
                    l.add("\r\n");
                }
                return new PyTuple(l.toArray());
        }
    }
}
