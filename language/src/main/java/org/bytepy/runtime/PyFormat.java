package org.bytepy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The format-spec mini-language ({@code format(x, spec)}, f-strings, {@code str.format}) and
 * {@code %}-formatting, for int, float, str and bool, as CPython implements them.
 */
public final class PyFormat {
    private PyFormat() {
    }

    /** A parsed {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}. */
    private static final class Spec {
        /** A code point: the fill may be outside the BMP. */
        int fill = ' ';
        char align = 0;
        char sign = '-';
        /** A sign was written (even '-'); {@code z}; the '0' flag with no alignment given. */
        boolean signGiven;
        boolean noNegZero;
        boolean zeroPad;
        boolean alt;
        int width = -1;
        char grouping = 0;
        int precision = -1;
        char type = 0;
    }

    /**
     * CPython's {@code parse_internal_render_format_spec}: the fields of a format spec and the checks
     * that do not depend on the value ({@code typeName} only names it in messages); the type is
     * {@code defaultType} when none is written.
     */
    private static Spec parse(String s, String typeName, char defaultType, Node node) {
        Spec spec = new Spec();
        spec.type = defaultType;
        int i = 0, n = s.length();
        boolean fillGiven = false;
        int first = n > 0 ? Character.charCount(s.codePointAt(0)) : 0;
        if (n > first && "<>=^".indexOf(s.charAt(first)) >= 0) {
            spec.fill = s.codePointAt(0);
            spec.align = s.charAt(first);
            fillGiven = true;
            i = first + 1;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            spec.align = s.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
            spec.sign = s.charAt(i++);
            spec.signGiven = true;
        }
        if (i < n && s.charAt(i) == 'z') {
            spec.noNegZero = true;
            i++;
        }
        if (i < n && s.charAt(i) == '#') {
            spec.alt = true;
            i++;
        }
        if (i < n && s.charAt(i) == '0' && !fillGiven) {
            // CPython's zero padding: the fill is '0' and, for numbers, the alignment '=' unless given
            spec.fill = '0';
            if (spec.align == 0) {
                spec.align = '=';
                spec.zeroPad = true;
            }
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > start) {
            spec.width = sizeField(s.substring(start, i), "Too many decimal digits in format string", node);
        }
        if (i < n && s.charAt(i) == ',') {
            spec.grouping = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == '_') {
            if (spec.grouping != 0) {
                throw PyErrors.valueError(node, "Cannot specify both ',' and '_'.");
            }
            spec.grouping = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == ',' && spec.grouping == '_') {
            throw PyErrors.valueError(node, "Cannot specify both ',' and '_'.");
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw PyErrors.valueError(node, "Format specifier missing precision");
            }
            spec.precision = sizeField(s.substring(start, i), "Too many decimal digits in format string", node);
            if (spec.precision == Integer.MAX_VALUE) {
                throw PyErrors.valueError(node, "precision too big");
            }
        }
        if (n - i > 1) {
            throw PyErrors.valueError(node, "Invalid format specifier '%s' for object of type '%s'", s, typeName);
        }
        if (i < n) {
            spec.type = s.charAt(i);
        }
        if (spec.grouping != 0) {
            char t = spec.type;
            boolean ok = t == 0 || "defgEG%F".indexOf(t) >= 0 || (spec.grouping == '_' && "boxX".indexOf(t) >= 0);
            if (!ok) {
                if (t > 32 && t < 128) {
                    throw PyErrors.valueError(node, "Cannot specify '%c' with '%c'.", spec.grouping, t);
                }
                throw PyErrors.valueError(node, "Cannot specify '%c' with '\\x%x'.", spec.grouping, (int) t);
            }
        }
        return spec;
    }

    /** {@code format(value, spec)} for the built-in types. */
    @TruffleBoundary
    public static String format(Object value, String specText, Node node) {
        Object m = PySpecial.lookup(value, "__format__");
        if (m != null) {
            Object r = PySpecial.call(value, m, node, specText);
            if (!(r instanceof String s)) {
                throw PyErrors.typeError(node, "__format__ must return a str, not %s", PyObjects.typeName(r));
            }
            return s;
        }
        if (specText.isEmpty()) {
            return PyObjects.str(value);
        }
        String typeName = PyObjects.typeName(value);
        value = PyObject.unwrap(value);
        if (PyNumber.isInt(value)) {
            Spec spec = parse(specText, typeName, 'd', node);
            if ("eEfFgG%".indexOf(spec.type) >= 0) {
                return formatFloat(PyNumber.toDouble(value, node), spec, node);
            }
            if ("bcdoxXn".indexOf(spec.type) < 0) {
                throw PyErrors.valueError(node, "Unknown format code '%c' for object of type '%s'", spec.type, typeName);
            }
            return formatInt(PyNumber.toBig(value), spec, node);
        } else if (value instanceof Double d) {
            return formatFloat(d, parse(specText, typeName, (char) 0, node), node);
        } else if (value instanceof PyComplex c) {
            return formatComplex(c, parse(specText, typeName, (char) 0, node), node);
        } else if (value instanceof String s) {
            Spec spec = parse(specText, typeName, 's', node);
            if (spec.type != 's') {
                throw PyErrors.valueError(node, "Unknown format code '%c' for object of type '%s'", spec.type, typeName);
            }
            if (spec.signGiven) {
                throw PyErrors.valueError(node, spec.sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
            }
            if (spec.noNegZero) {
                throw PyErrors.valueError(node, "Negative zero coercion (z) not allowed in string format specifier");
            }
            if (spec.alt) {
                throw PyErrors.valueError(node, "Alternate form (#) not allowed in string format specifier");
            }
            if (spec.zeroPad) {
                spec.align = 0;
            }
            if (spec.align == '=') {
                throw PyErrors.valueError(node, "'=' alignment not allowed in string format specifier");
            }
            if (spec.precision >= 0 && s.length() > spec.precision) {
                s = s.substring(0, spec.precision);
            }
            return pad(s, spec, '<');
        }
        throw PyErrors.typeError(node, "unsupported format string passed to %s.__format__", PyObjects.typeName(value));
    }

    /**
     * A width or precision of a format: beyond {@code Py_ssize_t} CPython's ValueError; a size no
     * string can have MemoryError (as CPython fails to allocate it); else the value, capped to
     * Integer.MAX_VALUE when it exceeds an int (only reachable for precisions, checked by callers).
     */
    private static int sizeField(String digits, String tooBig, Node node) {
        String d = digits.replaceFirst("^0+(?=.)", "");
        if (d.length() > 19 || (d.length() == 19 && d.compareTo("9223372036854775807") > 0)) {
            throw PyErrors.valueError(node, tooBig);
        }
        long v = Long.parseLong(d);
        if (v > Integer.MAX_VALUE - 16) {
            return Integer.MAX_VALUE;
        }
        return (int) v;
    }

    /** The value of a {@code *} width or precision, capped like {@link #sizeField}. */
    private static int starSize(Object v, Node node) {
        if (!PyNumber.fitsLong(v)) {
            throw PyErrors.raise(PyTypes.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t", node);
        }
        long l = PyNumber.asLong(v);
        return (int) Math.max(-(Integer.MAX_VALUE - 16), Math.min(l, Integer.MAX_VALUE));
    }

    private static String pad(String body, Spec spec, char defaultAlign) {
        char align = spec.align == 0 ? defaultAlign : spec.align;
        int len = body.codePointCount(0, body.length());
        if (spec.width <= len) {
            return body;
        }
        if (spec.width >= Integer.MAX_VALUE - 16) {
            throw PyErrors.raise(PyTypes.MEMORY_ERROR, null, null);
        }
        int fill = spec.width - len;
        String f = Character.toString(spec.fill);
        switch (align) {
            case '<':
                return body + f.repeat(fill);
            case '^':
                return f.repeat(fill / 2) + body + f.repeat(fill - fill / 2);
            case '=': {
                int signLen = !body.isEmpty() && "+- ".indexOf(body.charAt(0)) >= 0 ? 1 : 0;
                if (body.startsWith("0x", signLen) || body.startsWith("0o", signLen) || body.startsWith("0b", signLen) || body.startsWith("0X", signLen)) {
                    signLen += 2;
                }
                return body.substring(0, signLen) + f.repeat(fill) + body.substring(signLen);
            }
            default:
                return f.repeat(fill) + body;
        }
    }

    private static String signed(boolean negative, String digits, Spec spec) {
        if (negative) {
            return "-" + digits;
        } else if (spec.sign == '+') {
            return "+" + digits;
        } else if (spec.sign == ' ') {
            return " " + digits;
        }
        return digits;
    }

    private static String group(String digits, char sep, int every) {
        if (sep == 0) {
            return digits;
        }
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static String formatInt(BigInteger v, Spec spec, Node node) {
        if (spec.noNegZero) {
            throw PyErrors.valueError(node, "Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (spec.precision >= 0) {
            throw PyErrors.valueError(node, "Precision not allowed in integer format specifier");
        }
        String digits;
        String prefix = "";
        BigInteger a = v.abs();
        switch (spec.type) {
            case 0:
            case 'd':
            case 'n':
                digits = group(PyNumber.decimalString(a, node), spec.grouping, 3);
                break;
            case 'x':
                digits = group(a.toString(16), spec.grouping, 4);
                prefix = spec.alt ? "0x" : "";
                break;
            case 'X':
                digits = group(a.toString(16).toUpperCase(), spec.grouping, 4);
                prefix = spec.alt ? "0X" : "";
                break;
            case 'o':
                digits = group(a.toString(8), spec.grouping, 4);
                prefix = spec.alt ? "0o" : "";
                break;
            case 'b':
                digits = group(a.toString(2), spec.grouping, 4);
                prefix = spec.alt ? "0b" : "";
                break;
            case 'c':
                if (spec.signGiven) {
                    throw PyErrors.valueError(node, "Sign not allowed with integer format specifier 'c'");
                }
                if (spec.alt) {
                    throw PyErrors.valueError(node, "Alternate form (#) not allowed with integer format specifier 'c'");
                }
                return pad(Character.toString(v.intValue()), spec, '>');
            default:
                throw PyErrors.valueError(node, "Unknown format code '%c' for object of type 'int'", spec.type);
        }
        if (spec.fill == '0' && spec.align == '=' && spec.grouping != 0) {
            // zero padding with grouping: CPython groups the padding too
            int signLen = (v.signum() < 0 || spec.sign != '-') ? 1 : 0;
            int target = spec.width - signLen - prefix.length();
            String raw = digits.replace(String.valueOf(spec.grouping), "");
            int every = spec.type == 0 || spec.type == 'd' || spec.type == 'n' ? 3 : 4;
            while (digits.length() < target) {
                raw = "0" + raw;
                digits = group(raw, spec.grouping, every);
            }
        }
        return pad(signed(v.signum() < 0, prefix + digits, spec), spec, '>');
    }

    private static String formatFloat(double d, Spec spec, Node node) {
        char type = spec.type;
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        if (type != 0 && "eEfFgGn%".indexOf(type) < 0) {
            throw PyErrors.valueError(node, "Unknown format code '%c' for object of type 'float'", type);
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (type == 'F' || type == 'E' || type == 'G') {
                body = body.toUpperCase();
            } else if (type == '%') {
                body += "%";
            }
            return pad(signed(neg && !Double.isNaN(d), body, spec), spec, '>');
        }
        int prec = spec.precision;
        switch (type) {
            case 'f':
            case 'F':
                body = fixed(a, prec < 0 ? 6 : prec, spec.alt);
                break;
            case 'e':
            case 'E':
                body = exponent(a, prec < 0 ? 6 : prec, spec.alt);
                if (type == 'E') {
                    body = body.toUpperCase();
                }
                break;
            case '%':
                body = fixed(a * 100, prec < 0 ? 6 : prec, spec.alt) + "%";
                break;
            case 'g':
            case 'G':
                body = general(a, prec < 0 ? 6 : prec, spec.alt, false);
                if (type == 'G') {
                    body = body.toUpperCase();
                }
                break;
            case 0:
                body = prec < 0 ? PyFloatFormat.repr(a) : general(a, prec, spec.alt, true);
                break;
            case 'n':
                body = general(a, prec < 0 ? 6 : prec, spec.alt, false);
                break;
            default:
                throw PyErrors.valueError(node, "Unknown format code '%c' for object of type 'float'", type);
        }
        if (spec.grouping != 0) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : body.indexOf('e') >= 0 ? body.indexOf('e') : body.length();
            if (body.endsWith("%") && dot < 0) {
                end = body.length() - 1;
            }
            body = group(body.substring(0, end), spec.grouping, 3) + body.substring(end);
        }
        if (neg && spec.noNegZero && isZero(body)) {
            neg = false;
        }
        return pad(signed(neg, body, spec), spec, '>');
    }

    /**
     * CPython's {@code format_complex_internal}: both parts formatted as floats with the spec's type
     * (no type: repr style, with parentheses unless the real part is +0 and left out), the imaginary
     * part always signed when the real part is shown; padding applies to the whole.
     */
    private static String formatComplex(PyComplex c, Spec spec, Node node) {
        char type = spec.type;
        if (type != 0 && "eEfFgGn".indexOf(type) < 0) {
            throw PyErrors.valueError(node, "Unknown format code '%c' for object of type 'complex'", type);
        }
        if (spec.fill == '0') {
            throw PyErrors.valueError(node, "Zero padding is not allowed in complex format specifier");
        }
        if (spec.align == '=') {
            throw PyErrors.valueError(node, "'=' alignment flag is not allowed in complex format specifier");
        }
        boolean skipRe = false;
        boolean parens = false;
        boolean reprStyle = false;
        if (type == 0) {
            reprStyle = spec.precision < 0;
            type = 'g';
            if (c.real == 0.0 && Math.copySign(1.0, c.real) == 1.0) {
                skipRe = true;
            } else {
                parens = true;
            }
        } else if (type == 'n') {
            type = 'g';
        }
        Spec part = new Spec();
        part.alt = spec.alt;
        part.noNegZero = spec.noNegZero;
        part.grouping = spec.grouping;
        part.precision = spec.precision;
        part.type = reprStyle ? 0 : type;
        part.sign = spec.sign;
        String re = skipRe ? "" : complexPart(c.real, part, reprStyle, node);
        if (!skipRe) {
            part.sign = '+';
        }
        String im = complexPart(c.imag, part, reprStyle, node);
        String body = parens ? "(" + re + im + "j)" : re + im + "j";
        Spec outer = new Spec();
        outer.fill = spec.fill;
        outer.align = spec.align;
        outer.width = spec.width;
        return pad(body, outer, '>');
    }

    /** One part of a complex: the float format, or repr without an added ".0" for the repr style. */
    private static String complexPart(double v, Spec part, boolean reprStyle, Node node) {
        String s = formatFloat(v, part, node);
        if (reprStyle && s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }

    /** Whether a formatted finite number rounded to zero: no digit 1-9 before its exponent. */
    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code %.Nf} of a non-negative finite double, correctly rounded (half-even on the exact value). */
    public static String fixed(double a, int prec, boolean alt) {
        String s = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        if (alt && prec == 0) {
            s += ".";
        }
        return s;
    }

    /** {@code %.Ne} of a non-negative finite double. */
    public static String exponent(double a, int prec, boolean alt) {
        if (a == 0) {
            String m = prec > 0 ? "0." + "0".repeat(prec) : (alt ? "0." : "0");
            return m + "e+00";
        }
        BigDecimal bd = new BigDecimal(a).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale();
        if (digits.length() < prec + 1) {
            digits = digits + "0".repeat(prec + 1 - digits.length());
        } else if (digits.length() > prec + 1) {
            digits = digits.substring(0, prec + 1);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (prec > 0 || alt) {
            sb.append('.');
        }
        sb.append(digits, 1, digits.length());
        sb.append('e').append(exp < 0 ? '-' : '+');
        if (Math.abs(exp) < 10) {
            sb.append('0');
        }
        sb.append(Math.abs(exp));
        return sb.toString();
    }

    /** {@code %g}; with {@code noType} the rules of the empty presentation type with a precision. */
    public static String general(double a, int prec, boolean alt, boolean noType) {
        if (prec == 0) {
            prec = 1;
        }
        int exp;
        if (a == 0) {
            exp = 0;
        } else {
            BigDecimal bd = new BigDecimal(a).round(new MathContext(prec, RoundingMode.HALF_EVEN));
            exp = bd.precision() - bd.scale() - 1;
        }
        String s;
        if (exp >= -4 && exp < prec) {
            s = fixed(a, Math.max(0, prec - 1 - exp), alt);
        } else {
            s = exponent(a, prec - 1, alt);
        }
        if (!alt) {
            int e = s.indexOf('e');
            String mant = e >= 0 ? s.substring(0, e) : s;
            String tail = e >= 0 ? s.substring(e) : "";
            if (mant.indexOf('.') >= 0) {
                mant = mant.replaceAll("0+$", "");
                if (mant.endsWith(".")) {
                    mant = mant.substring(0, mant.length() - 1);
                }
            }
            if (noType && tail.isEmpty() && mant.indexOf('.') < 0) {
                mant += ".0";
            }
            s = mant + tail;
        }
        return s;
    }

    // ------------------------------------------------------------------ %-formatting

    @TruffleBoundary
    public static String percent(String format, Object args, Node node) {
        return percent(format, args, node, false);
    }

    /** {@code bytes % args}. */
    @TruffleBoundary
    public static byte[] percentBytes(byte[] format, Object args, Node node) {
        String r = percent(new String(format, java.nio.charset.StandardCharsets.ISO_8859_1), args, node, true);
        return r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** %d/%x/%o with a precision (minimum number of digits). */
    private static String percentInt(BigInteger v, Spec spec, Node node) {
        int prec = spec.precision;
        spec.precision = -1;
        if (prec <= 0) {
            return formatInt(v, spec, node);
        }
        int width = spec.width;
        char align = spec.align;
        int fill = spec.fill;
        spec.width = -1;
        spec.align = 0;
        spec.fill = ' ';
        String body = formatInt(v, spec, node);
        int digitsStart = 0;
        while (digitsStart < body.length() && !Character.isLetterOrDigit(body.charAt(digitsStart))) {
            digitsStart++;
        }
        if (spec.alt && body.length() > digitsStart + 1 && body.charAt(digitsStart) == '0' && Character.isLetter(body.charAt(digitsStart + 1))) {
            digitsStart += 2;
        }
        int nd = body.length() - digitsStart;
        if (nd < prec) {
            body = body.substring(0, digitsStart) + "0".repeat(prec - nd) + body.substring(digitsStart);
        }
        if (fill == '0' && align != '<' && body.length() < width) {
            body = body.substring(0, digitsStart) + "0".repeat(width - body.length()) + body.substring(digitsStart);
        }
        spec.width = width;
        spec.align = align == '<' ? '<' : '>';
        spec.fill = ' ';
        return pad(body, spec, '>');
    }

    /** The operand of {@code %c}: one character (str), or one byte (bytes, as a latin-1 character). */
    private static String percentChar(Object v, boolean bytesMode, Node node) {
        if (bytesMode) {
            if ((v instanceof byte[] b && b.length == 1) || (v instanceof PyByteArray ba && ba.size() == 1)) {
                return new String(BuiltinTypeOps.bytesOf(v), java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            if (!PyNumber.isInt(v)) {
                throw PyErrors.typeError(node, "%%c requires an integer in range(256) or a single byte");
            }
            BigInteger c = PyNumber.toBig(v);
            if (c.signum() < 0 || c.compareTo(BigInteger.valueOf(255)) > 0) {
                throw PyErrors.raise(PyTypes.OVERFLOW_ERROR, "%c arg not in range(256)", node);
            }
            return Character.toString(c.intValue());
        }
        Object s = PyObject.unwrap(v);
        if (s instanceof String str && str.codePointCount(0, str.length()) == 1) {
            return str;
        }
        if (!PyNumber.isInt(v)) {
            throw PyErrors.typeError(node, "%%c requires int or char");
        }
        BigInteger c = PyNumber.toBig(v);
        if (c.signum() < 0 || c.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
            throw PyErrors.raise(PyTypes.OVERFLOW_ERROR, "%c arg not in range(0x110000)", node);
        }
        return Character.toString(c.intValue());
    }

    /** The operand of {@code %b}/{@code %s} in bytes formatting: a bytes-like object or one with {@code __bytes__}. */
    private static byte[] percentBytes(Object v, Node node) {
        if (BuiltinTypeOps.bytesOf(v) instanceof byte[] bv) {
            return bv;
        }
        if (PySpecial.isUserObject(v) && PySpecial.lookup(v, "__bytes__") instanceof Object m) {
            Object r = PySpecial.call(v, m, node);
            if (r instanceof byte[] rb) {
                return rb;
            }
            throw PyErrors.typeError(node, "__bytes__ returned non-bytes (type %s)", PyObjects.typeName(r));
        }
        throw PyErrors.typeError(node, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", PyObjects.typeName(v));
    }

    private static String percent(String format, Object args, Node node, boolean bytesMode) {
        Object[] values;
        PyDict mapping = null;
        if (args instanceof PyTuple t) {
            values = t.items();
        } else if (args instanceof PyObject po && po.nativeValue instanceof PyTuple t) {
            values = t.items(); // an instance of a tuple subclass (a namedtuple) gives its items
        } else {
            values = new Object[]{args};
            if (args instanceof PyDict d) {
                mapping = d;
            }
        }
        // CPython: a non-tuple argument with __getitem__ (other than str) is taken as a mapping, and
        // then unused arguments are not an error ('x' % [1] == 'x').
        boolean mappingLike = mapping != null || (!(args instanceof PyTuple) && !(args instanceof String) && !(bytesMode && (args instanceof byte[] || args instanceof PyByteArray)) &&
                        PyTypes.typeOf(args).lookup("__getitem__") != null);
        StringBuilder sb = new StringBuilder();
        int argi = 0;
        int n = format.length();
        for (int i = 0; i < n; i++) {
            char c = format.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            i++;
            if (i >= n) {
                throw PyErrors.valueError(node, "incomplete format");
            }
            if (format.charAt(i) == '%') {
                // only "%%" is a percent sign: after a key, flags or a width '%' is an unsupported conversion
                sb.append('%');
                continue;
            }
            Object key = null;
            if (format.charAt(i) == '(') {
                int close = i + 1;
                for (int depth = 1; close < n; close++) { // nested parentheses count, as in CPython
                    char k = format.charAt(close);
                    if (k == '(') {
                        depth++;
                    } else if (k == ')' && --depth == 0) {
                        break;
                    }
                }
                if (close >= n) {
                    throw PyErrors.valueError(node, "incomplete format key");
                }
                key = format.substring(i + 1, close);
                i = close + 1;
            }
            Spec spec = new Spec();
            boolean left = false, zero = false;
            while (i < n && "-+ #0".indexOf(format.charAt(i)) >= 0) {
                char f = format.charAt(i++);
                switch (f) {
                    case '-' -> left = true;
                    case '+' -> spec.sign = '+';
                    case ' ' -> {
                        if (spec.sign != '+') {
                            spec.sign = ' ';
                        }
                    }
                    case '#' -> spec.alt = true;
                    default -> zero = true;
                }
            }
            int start = i;
            if (i < n && format.charAt(i) == '*') {
                if (argi >= values.length) {
                    throw PyErrors.typeError(node, "not enough arguments for format string");
                }
                if (!PyNumber.isInt(values[argi])) {
                    throw PyErrors.typeError(node, "* wants int");
                }
                spec.width = starSize(values[argi++], node);
                if (spec.width < 0) {
                    left = true;
                    spec.width = -spec.width;
                }
                i++;
            } else {
                while (i < n && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    spec.width = sizeField(format.substring(start, i), "width too big", node);
                }
            }
            if (i < n && format.charAt(i) == '.') {
                i++;
                start = i;
                if (i < n && format.charAt(i) == '*') {
                    if (argi >= values.length) {
                        throw PyErrors.typeError(node, "not enough arguments for format string");
                    }
                    if (!PyNumber.isInt(values[argi])) {
                        throw PyErrors.typeError(node, "* wants int");
                    }
                    Object p = values[argi++];
                    if (!PyNumber.fitsLong(p) || PyNumber.asLong(p) != (int) PyNumber.asLong(p)) {
                        // CPython reads a '*' precision as a C int
                        throw PyErrors.raise(PyTypes.OVERFLOW_ERROR, "Python int too large to convert to C int", node);
                    }
                    spec.precision = Math.max(0, starSize(p, node));
                    i++;
                    start = -1;
                }
                while (start >= 0 && i < n && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                if (start >= 0) {
                    spec.precision = i > start ? sizeField(format.substring(start, i), "precision too big", node) : 0;
                    if (spec.precision == Integer.MAX_VALUE) {
                        throw PyErrors.valueError(node, "precision too big");
                    }
                }
            }
            if (i >= n) {
                throw PyErrors.valueError(node, "incomplete format");
            }
            char conv = format.charAt(i);
            Object v;
            if (key != null) {
                if (mapping == null) {
                    throw PyErrors.typeError(node, "format requires a mapping");
                }
                v = PyObjects.getItem(mapping, key, node);
            } else {
                if (argi >= values.length) {
                    throw PyErrors.typeError(node, "not enough arguments for format string");
                }
                v = values[argi++];
            }
            if ("diuxXofFeEgG".indexOf(conv) >= 0) {
                v = PyObject.unwrap(v);
            }
            spec.align = left ? '<' : (zero && "sr".indexOf(conv) < 0 ? '=' : '>');
            spec.fill = zero && !left && "sra".indexOf(conv) < 0 ? '0' : ' ';
            String body;
            switch (conv) {
                case 's', 'b' -> {
                    if (!bytesMode && conv == 'b') {
                        throw PyErrors.valueError(node, "unsupported format character '%c' (0x%x) at index %d", conv, (int) conv, i);
                    }
                    body = bytesMode ? new String(percentBytes(v, node), java.nio.charset.StandardCharsets.ISO_8859_1) : PyObjects.str(v);
                    if (spec.precision >= 0 && body.length() > spec.precision) {
                        body = body.substring(0, spec.precision);
                    }
                    body = pad(body, spec, '>');
                }
                case 'r', 'a' -> body = pad(conv == 'a' || bytesMode ? org.bytepy.BytepyContext.asciiEscape(PyObjects.repr(v)) : PyObjects.repr(v), spec, '>');
                case 'd', 'i', 'u' -> {
                    if (!PyNumber.isNumber(v)) {
                        throw PyErrors.typeError(node, "%%%c format: a real number is required, not %s", conv, PyObjects.typeName(v));
                    }
                    Object iv = v instanceof Double d ? PyNumber.floatToInt(d, node) : v;
                    body = percentInt(PyNumber.toBig(iv), spec, node);
                }
                case 'x', 'X', 'o' -> {
                    if (!PyNumber.isInt(v)) {
                        throw PyErrors.typeError(node, "%%%c format: an integer is required, not %s", conv, PyObjects.typeName(v));
                    }
                    spec.type = conv;
                    body = percentInt(PyNumber.toBig(v), spec, node);
                }
                case 'c' -> body = pad(percentChar(v, bytesMode, node), spec, '>');
                case 'f', 'F', 'e', 'E', 'g', 'G' -> {
                    if (!PyNumber.isNumber(v) && PyConvert.floatDunder(v, node) instanceof Double fv) {
                        v = fv;
                    }
                    if (!PyNumber.isNumber(v)) {
                        throw PyErrors.typeError(node, "must be real number, not %s", PyObjects.typeName(v));
                    }
                    spec.type = conv;
                    if (spec.precision < 0) {
                        spec.precision = 6;
                    }
                    body = formatFloat(PyNumber.toDouble(v, node), spec, node);
                }
                default -> throw PyErrors.valueError(node, "unsupported format character '%c' (0x%x) at index %d", conv, (int) conv, i);
            }
            sb.append(body);
        }
        if (argi < values.length && !mappingLike) {
            throw PyErrors.typeError(node, bytesMode ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting");
        }
        return sb.toString();
    }
}
