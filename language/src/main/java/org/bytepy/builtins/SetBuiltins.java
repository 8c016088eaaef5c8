package org.bytepy.builtins;

import org.bytepy.runtime.BuiltinTypeOps;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySet;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/** The methods and constructors of {@code set} and {@code frozenset}. */
final class SetBuiltins {
    private SetBuiltins() {
    }

    static void install() {
        PyTypes.SET.constructor = (args, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw PyErrors.typeError(null, "set() takes no keyword arguments");
            }
            if (args.length > 2) {
                throw PyErrors.typeError(null, "set expected at most 1 argument, got %d", args.length - 1);
            }
            return args.length == 1 ? new PySet(false) : PySet.of(args[1], false);
        };
        PyTypes.FROZENSET.constructor = (args, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw PyErrors.typeError(null, "frozenset() takes no keyword arguments");
            }
            if (args.length > 2) {
                throw PyErrors.typeError(null, "frozenset expected at most 1 argument, got %d", args.length - 1);
            }
            if (args.length == 2 && args[1] instanceof PySet s && s.isFrozen()) {
                return s;
            }
            return args.length == 1 ? new PySet(true) : PySet.of(args[1], true);
        };
        for (PyType t : new PyType[]{PyTypes.SET, PyTypes.FROZENSET}) {
            String n = t.getName();
            Args.method(t, "copy", (args, kw) -> {
                Args.methodCount(n + ".copy", args, kw, 0, 0);
                PySet s = self(args, n);
                return s.isFrozen() ? s : s.copy(false);
            });
            Args.method(t, "union", (args, kw) -> {
                Args.methodCount(n + ".union", args, kw, 0, Integer.MAX_VALUE);
                PySet s = self(args, n);
                PySet r = s.copy(s.isFrozen());
                for (int i = 1; i < args.length; i++) {
                    r.update(args[i]);
                }
                return r;
            });
            Args.method(t, "intersection", (args, kw) -> {
                Args.methodCount(n + ".intersection", args, kw, 0, Integer.MAX_VALUE);
                PySet s = self(args, n);
                return intersectionMulti(s, args);
            });
            Args.method(t, "difference", (args, kw) -> {
                Args.methodCount(n + ".difference", args, kw, 0, Integer.MAX_VALUE);
                PySet s = self(args, n);
                if (args.length == 1) {
                    return s.copy(s.isFrozen());
                }
                PySet r = s.difference(args[1], s.isFrozen());
                for (int i = 2; i < args.length; i++) {
                    r.differenceUpdate(args[i]);
                }
                return r;
            });
            Args.method(t, "symmetric_difference", (args, kw) -> {
                Args.methodCount(n + ".symmetric_difference", args, kw, 1, 1);
                PySet s = self(args, n);
                return s.symmetricDifference(args[1], s.isFrozen());
            });
            Args.method(t, "issubset", (args, kw) -> {
                Args.methodCount(n + ".issubset", args, kw, 1, 1);
                return self(args, n).isSubset(asSet(args[1]));
            });
            Args.method(t, "issuperset", (args, kw) -> {
                Args.methodCount(n + ".issuperset", args, kw, 1, 1);
                PySet s = self(args, n);
                if (args[1] instanceof PySet o) {
                    return o.isSubset(s);
                }
                for (Object x : PyObjects.toArray(args[1], null)) {
                    if (!s.contains(x)) {
                        return false;
                    }
                }
                return true;
            });
            Args.method(t, "isdisjoint", (args, kw) -> {
                Args.methodCount(n + ".isdisjoint", args, kw, 1, 1);
                PySet s = self(args, n);
                for (Object x : PyObjects.toArray(args[1], null)) {
                    if (s.contains(x)) {
                        return false;
                    }
                }
                return true;
            });
            Args.method(t, "__contains__", (args, kw) -> {
                Args.methodCount(n + ".__contains__", args, kw, 1, 1);
                return self(args, n).contains(args[1]);
            });
            Args.method(t, "__len__", (args, kw) -> (long) self(args, n).size());
        }
        PyType t = PyTypes.SET;
        Args.method(t, "__init__", (args, kw) -> {
            Args.methodCount("set", args, kw, 0, 1);
            PySet s = mutable(args, "__init__");
            Object[] items = args.length > 1 ? PyObjects.toArray(args[1], null) : new Object[0];
            s.clear();
            for (Object o : items) {
                s.add(o);
            }
            return PyNone.NONE;
        });
        Args.method(t, "add", (args, kw) -> {
            Args.methodCount("set.add", args, kw, 1, 1);
            mutable(args, "add").add(args[1]);
            return PyNone.NONE;
        });
        Args.method(t, "remove", (args, kw) -> {
            Args.methodCount("set.remove", args, kw, 1, 1);
            if (!mutable(args, "remove").remove(args[1])) {
                throw new PyException(new PyBaseException(PyTypes.KEY_ERROR, PyTuple.of(args[1])), null);
            }
            return PyNone.NONE;
        });
        Args.method(t, "discard", (args, kw) -> {
            Args.methodCount("set.discard", args, kw, 1, 1);
            mutable(args, "discard").remove(args[1]);
            return PyNone.NONE;
        });
        Args.method(t, "pop", (args, kw) -> {
            Args.methodCount("set.pop", args, kw, 0, 0);
            Object v = mutable(args, "pop").pop();
            if (v == null) {
                throw new PyException(new PyBaseException(PyTypes.KEY_ERROR, PyTuple.of("pop from an empty set")), null);
            }
            return v;
        });
        Args.method(t, "clear", (args, kw) -> {
            Args.methodCount("set.clear", args, kw, 0, 0);
            mutable(args, "clear").clear();
            return PyNone.NONE;
        });
        Args.method(t, "update", (args, kw) -> {
            Args.methodCount("set.update", args, kw, 0, Integer.MAX_VALUE);
            PySet s = mutable(args, "update");
            for (int i = 1; i < args.length; i++) {
                s.update(args[i]);
            }
            return PyNone.NONE;
        });
        Args.method(t, "intersection_update", (args, kw) -> {
            Args.methodCount("set.intersection_update", args, kw, 0, Integer.MAX_VALUE);
            PySet s = mutable(args, "intersection_update");
            s.takeContents(intersectionMulti(s, args));
            return PyNone.NONE;
        });
        Args.method(t, "difference_update", (args, kw) -> {
            Args.methodCount("set.difference_update", args, kw, 0, Integer.MAX_VALUE);
            PySet s = mutable(args, "difference_update");
            for (int i = 1; i < args.length; i++) {
                s.differenceUpdate(args[i]);
            }
            return PyNone.NONE;
        });
        Args.method(t, "symmetric_difference_update", (args, kw) -> {
            Args.methodCount("set.symmetric_difference_update", args, kw, 1, 1);
            mutable(args, "symmetric_difference_update").symmetricDifferenceUpdate(args[1]);
            return PyNone.NONE;
        });
        // operator dunders, for explicit calls such as s.__or__(t)
        String[][] ops = {{"__or__", "|"}, {"__and__", "&"}, {"__sub__", "-"}, {"__xor__", "^"}};
        for (PyType ty : new PyType[]{PyTypes.SET, PyTypes.FROZENSET}) {
            for (String[] op : ops) {
                Args.method(ty, op[0], (args, kw) -> {
                    Args.methodCount(ty.getName() + "." + op[0], args, kw, 1, 1);
                    self(args, ty.getName());
                    Object r = BuiltinTypeOps.setOp(args[0], args[1], op[1].charAt(0));
                    return r == null ? org.bytepy.runtime.PySingleton.NOT_IMPLEMENTED : r;
                });
            }
        }
        String[][] iops = {{"__ior__", "|"}, {"__iand__", "&"}, {"__isub__", "-"}, {"__ixor__", "^"}};
        for (String[] op : iops) {
            Args.method(PyTypes.SET, op[0], (args, kw) -> {
                Args.methodCount("set." + op[0], args, kw, 1, 1);
                mutable(args, op[0]);
                Object r = BuiltinTypeOps.inplaceSetOp(args[0], args[1], op[1].charAt(0));
                return r == null ? org.bytepy.runtime.PySingleton.NOT_IMPLEMENTED : r;
            });
        }
    }

    private static PySet intersectionMulti(PySet s, Object[] args) {
        if (args.length == 1) {
            return s.copy(s.isFrozen());
        }
        PySet r = s;
        for (int i = 1; i < args.length; i++) {
            r = r.intersection(args[i], s.isFrozen());
        }
        return r;
    }

    static PySet asSet(Object o) {
        return o instanceof PySet s ? s : PySet.of(o, true);
    }

    static PySet self(Object[] args, String name) {
        if (args.length == 0 || !(args[0] instanceof PySet s)) {
            throw PyErrors.typeError(null, "descriptor requires a '%s' object", name);
        }
        return s;
    }

    static PySet mutable(Object[] args, String method) {
        if (args.length == 0 || !(args[0] instanceof PySet s) || s.isFrozen()) {
            throw PyErrors.typeError(null, "descriptor '%s' for 'set' objects doesn't apply to a '%s' object", method,
                            args.length == 0 ? "NoneType" : PyObjects.typeName(args[0]));
        }
        return s;
    }

}
