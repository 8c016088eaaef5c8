package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** CPython's {@code repr(float)}: the shortest string that round-trips, in Python's layout. */
public final class PyFloatFormat {
    private PyFloatFormat() {
    }

    @TruffleBoundary
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        } else if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        // JDK 19+ Double.toString yields the shortest decimal that round-trips (Ryu-like).
        String s = Double.toString(Math.abs(d));
        String mantissa = s;
        int exp = 0;
        int e = s.indexOf('E');
        if (e >= 0) {
            mantissa = s.substring(0, e);
            exp = Integer.parseInt(s.substring(e + 1));
        }
        int dot = mantissa.indexOf('.');
        String intPart = mantissa.substring(0, dot);
        String fracPart = mantissa.substring(dot + 1);
        String digits = intPart + fracPart;
        int decpt = intPart.length() + exp;
        // strip leading zeros
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
            decpt--;
        }
        digits = digits.substring(lead);
        // strip trailing zeros
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        // Java always gives two significant digits; a shorter one may round-trip too (5e-324).
        if (digits.length() == 2) {
            int first = digits.charAt(0) - '0';
            int rounded = digits.charAt(1) >= '5' ? first + 1 : first;
            if (rounded < 10 && Double.parseDouble(rounded + "e" + (decpt - 1)) == Math.abs(d)) {
                digits = String.valueOf(rounded);
            }
        }
        StringBuilder sb = new StringBuilder();
        if (d < 0) {
            sb.append('-');
        }
        int exp10 = decpt - 1;
        if (exp10 < -4 || exp10 >= 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exp10 < 0 ? '-' : '+');
            int a = Math.abs(exp10);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        } else if (decpt <= 0) {
            sb.append("0.");
            sb.append("0".repeat(-decpt));
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            sb.append("0".repeat(decpt - digits.length()));
            sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }
}
