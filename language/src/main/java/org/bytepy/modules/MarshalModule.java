package org.bytepy.modules;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.runtime.BuiltinTypeOps;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyComplex;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySet;
import org.bytepy.runtime.PySingleton;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyTypes;

/**
 * {@code marshal} in CPython's format (version 4) for the value types: None, bools, ints, floats,
 * complex, str, bytes, tuples, lists, dicts, sets and frozensets. Code objects are bytepy's own and
 * are not marshallable ({@code ValueError}); our {@code __pycache__} uses the Bytecode DSL's format.
 */
public final class MarshalModule {
    private MarshalModule() {
    }

    public static PyModule create(BytepyContext ctx) {
        PyModule m = new PyModule("marshal", new PyDict());
        PyDict d = m.dict;
        d.put("version", 4L);
        Args.def(d, "dumps", (a, kw) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(out, a[0]);
            return out.toByteArray();
        });
        Args.def(d, "loads", (a, kw) -> {
            byte[] b = BuiltinTypeOps.bytesOf(a[0]);
            if (b == null) {
                throw PyErrors.typeError(null, "a bytes-like object is required, not '%s'", PyObjects.typeName(a[0]));
            }
            return new Reader(b).read();
        });
        Args.def(d, "dump", (a, kw) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(out, a[0]);
            PyCalls.call(PyObjects.getAttr(a[1], "write", null), new Object[]{out.toByteArray()}, null, null);
            return PyNone.NONE;
        });
        Args.def(d, "load", (a, kw) -> {
            Object data = PyCalls.call(PyObjects.getAttr(a[0], "read", null), new Object[0], null, null);
            return new Reader(BuiltinTypeOps.bytesOf(data)).read();
        });
        return m;
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }

    private static void write(ByteArrayOutputStream out, Object o) {
        if (o instanceof PyNone) {
            out.write('N');
        } else if (o instanceof Boolean b) {
            out.write(b ? 'T' : 'F');
        } else if (o == PySingleton.ELLIPSIS) {
            out.write('.');
        } else if (PyNumber.isInt(o) && !(o instanceof org.bytepy.runtime.PyObject)) {
            if (PyNumber.fitsLong(o) && PyNumber.asLong(o) == (int) PyNumber.asLong(o)) {
                out.write('i');
                writeInt(out, (int) PyNumber.asLong(o));
            } else {
                BigInteger v = PyNumber.toBig(o);
                BigInteger abs = v.abs();
                int digits = (abs.bitLength() + 14) / 15;
                out.write('l');
                writeInt(out, v.signum() < 0 ? -digits : digits);
                for (int i = 0; i < digits; i++) {
                    int digit = abs.shiftRight(15 * i).intValue() & 0x7fff;
                    out.write(digit);
                    out.write(digit >>> 8);
                }
            }
        } else if (o instanceof Double x) {
            out.write('g');
            long bits = Double.doubleToRawLongBits(x);
            for (int i = 0; i < 8; i++) {
                out.write((int) (bits >>> (8 * i)));
            }
        } else if (o instanceof PyComplex c) {
            out.write('y');
            for (double x : new double[]{c.real, c.imag}) {
                long bits = Double.doubleToRawLongBits(x);
                for (int i = 0; i < 8; i++) {
                    out.write((int) (bits >>> (8 * i)));
                }
            }
        } else if (o instanceof String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.write('u');
            writeInt(out, b.length);
            out.writeBytes(b);
        } else if (o instanceof byte[] b) {
            out.write('s');
            writeInt(out, b.length);
            out.writeBytes(b);
        } else if (o instanceof PyTuple t) {
            out.write('(');
            writeInt(out, t.size());
            for (Object x : t.items()) {
                write(out, x);
            }
        } else if (o instanceof PyList l) {
            Object[] items = l.toArray();
            out.write('[');
            writeInt(out, items.length);
            for (Object x : items) {
                write(out, x);
            }
        } else if (o instanceof PyDict dd) {
            out.write('{');
            for (PyDict.Entry e : dd.entries()) {
                write(out, e.key);
                write(out, e.value);
            }
            out.write('0');
        } else if (o instanceof PySet s) {
            Object[] items = PyObjects.toArray(s, null);
            out.write(s.isFrozen() ? '>' : '<');
            writeInt(out, items.length);
            for (Object x : items) {
                write(out, x);
            }
        } else {
            throw PyErrors.valueError(null, "unmarshallable object");
        }
    }

    private static final class Reader {
        final byte[] b;
        int pos;
        final java.util.List<Object> refs = new java.util.ArrayList<>();

        Reader(byte[] b) {
            this.b = b;
        }

        int u8() {
            if (pos >= b.length) {
                throw PyErrors.raise(PyTypes.EOF_ERROR, "marshal data too short", null);
            }
            return b[pos++] & 0xff;
        }

        int i32() {
            return u8() | u8() << 8 | u8() << 16 | u8() << 24;
        }

        byte[] bytes(int n) {
            if (n < 0 || pos + n > b.length) {
                throw PyErrors.raise(PyTypes.EOF_ERROR, "marshal data too short", null);
            }
            byte[] r = java.util.Arrays.copyOfRange(b, pos, pos + n);
            pos += n;
            return r;
        }

        double f64() {
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits |= (long) u8() << (8 * i);
            }
            return Double.longBitsToDouble(bits);
        }

        Object read() {
            int code = u8();
            boolean ref = (code & 0x80) != 0;
            code &= 0x7f;
            int slot = -1;
            if (ref) {
                slot = refs.size();
                refs.add(null);
            }
            Object v = switch (code) {
                case 'N' -> PyNone.NONE;
                case 'T' -> Boolean.TRUE;
                case 'F' -> Boolean.FALSE;
                case '.' -> PySingleton.ELLIPSIS;
                case 'i' -> (long) i32();
                case 'l' -> {
                    int n = i32();
                    BigInteger v2 = BigInteger.ZERO;
                    for (int i = 0; i < Math.abs(n); i++) {
                        v2 = v2.or(BigInteger.valueOf(u8() | u8() << 8).shiftLeft(15 * i));
                    }
                    yield PyNumber.normalize(n < 0 ? v2.negate() : v2);
                }
                case 'g' -> f64();
                case 'y' -> new PyComplex(f64(), f64());
                case 'u', 't', 'a', 'A' -> new String(bytes(i32()), code == 'u' || code == 't' ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
                case 'z', 'Z' -> new String(bytes(u8()), StandardCharsets.ISO_8859_1);
                case 's' -> bytes(i32());
                case '(', ')', '[', '<', '>' -> {
                    int n = code == ')' ? u8() : i32();
                    Object[] items = new Object[n];
                    for (int i = 0; i < n; i++) {
                        items[i] = read();
                    }
                    yield switch (code) {
                        case '[' -> new PyList(items);
                        case '<', '>' -> PyCalls.call(code == '<' ? PyTypes.SET : PyTypes.FROZENSET, new Object[]{new PyTuple(items)}, null, null);
                        default -> new PyTuple(items);
                    };
                }
                case '{' -> {
                    PyDict dd = new PyDict();
                    while (true) {
                        if (pos < b.length && b[pos] == '0') {
                            pos++;
                            break;
                        }
                        Object k = read();
                        dd.put(k, read());
                    }
                    yield dd;
                }
                case 'r' -> refs.get(i32());
                default -> throw PyErrors.valueError(null, "bad marshal data (unknown type code)");
            };
            if (slot >= 0) {
                refs.set(slot, v);
            }
            return v;
        }
    }
}
