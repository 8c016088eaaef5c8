package org.bytepy.modules.io;

import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyNone;

/** {@code _io.StringIO}: a Java StringBuilder with a position and the newline modes of a text file. */
final class StringIOObj extends IOObj {
    final StringBuilder buf = new StringBuilder();
    int pos;
    /** The newline argument: null (None), "", "\n", "\r" or "\r\n". */
    String newline = "\n";
    /** Seen newline kinds (bit 1: \r, 2: \n, 4: \r\n), with newline=None. */
    int seen;

    @Override
    String closedMessage() {
        return "I/O operation on closed file";
    }

    int write(String s) {
        checkClosed();
        int n = s.codePointCount(0, s.length());
        if (newline == null) {
            if (s.indexOf('\r') >= 0) {
                StringBuilder t = new StringBuilder(s.length());
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '\r') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                            i++;
                            seen |= 4;
                        } else {
                            seen |= 1;
                        }
                        t.append('\n');
                    } else {
                        if (c == '\n') {
                            seen |= 2;
                        }
                        t.append(c);
                    }
                }
                s = t.toString();
            } else if (s.indexOf('\n') >= 0) {
                seen |= 2;
            }
        } else if (newline.length() > 0 && !newline.equals("\n") && s.indexOf('\n') >= 0) {
            s = s.replace("\n", newline);
        }
        if (pos > buf.length()) {
            while (buf.length() < pos) {
                buf.append('\0');
            }
        }
        int end = Math.min(buf.length(), pos + s.length());
        buf.replace(pos, end, s);
        pos += s.length();
        return n;
    }

    Object newlines() {
        if (newline != null) {
            return PyNone.NONE;
        }
        return TextIOObj.newlinesValue(seen);
    }

    String read(long n) {
        checkClosed();
        int len = buf.length();
        if (pos >= len) {
            return "";
        }
        int end = n < 0 || n > len - pos ? len : pos + (int) n;
        String s = buf.substring(pos, end);
        pos = end;
        return s;
    }

    String readline(long limit) {
        checkClosed();
        int len = buf.length();
        if (pos >= len) {
            return "";
        }
        int end = TextIOObj.lineEnd(buf, pos, len, newline == null ? "\n" : newline, true);
        if (end < 0) {
            end = len;
        }
        if (limit >= 0 && end - pos > limit) {
            end = pos + (int) limit;
        }
        String s = buf.substring(pos, end);
        pos = end;
        return s;
    }

    long seek(long p, int whence) {
        checkClosed();
        if (whence < 0 || whence > 2) {
            throw PyErrors.valueError(null, "Invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (p < 0 && whence == 0) {
            throw PyErrors.valueError(null, "Negative seek position %d", p);
        }
        if (whence != 0 && p != 0) {
            throw org.bytepy.runtime.PyErrors.raise(org.bytepy.runtime.PyTypes.OS_ERROR, whence == 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks", null);
        }
        pos = whence == 0 ? (int) Math.min(p, Integer.MAX_VALUE - 8) : whence == 2 ? buf.length() : pos;
        return pos;
    }

    long truncate(long size) {
        checkClosed();
        if (size < 0) {
            size = pos;
        }
        if (size < buf.length()) {
            buf.setLength((int) size);
        }
        return size;
    }

}
