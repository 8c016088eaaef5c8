package org.bytepy.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * Class creation, as {@code __build_class__} and {@code type.__new__} do it: {@code __mro_entries__},
 * the most derived metaclass, {@code __prepare__}, and the new type with {@code __set_name__} and
 * {@code __init_subclass__}.
 */
public final class PyClasses {
    private PyClasses() {
    }

    /** The namespace and metaclass chosen for a class statement, before its body runs. */
    public record Prepared(Object metaclass, Object[] bases, Object origBases, Object namespace, PyDict kwargs) {
    }

    /**
     * Everything of {@code __build_class__} before the body runs: resolves {@code __mro_entries__},
     * picks the metaclass and asks it for the namespace.
     */
    @TruffleBoundary
    public static Prepared prepare(String name, Object[] origBases, Object kwargs, Node node) {
        Object[] bases = resolveBases(origBases, node);
        PyDict kw = null;
        Object meta = null;
        if (kwargs instanceof PyDict k && k.size() > 0) {
            kw = new PyDict();
            for (PyDict.Entry e : k.entries()) {
                if ("metaclass".equals(e.key)) {
                    meta = e.value;
                } else {
                    kw.put(e.key, e.value);
                }
            }
            if (kw.size() == 0) {
                kw = null;
            }
        }
        if (meta == null) {
            meta = bases.length == 0 ? PyTypes.TYPE : PyTypes.typeOf(bases[0]);
        }
        if (meta instanceof PyType mt) {
            meta = winner(mt, bases, node);
        }
        Object ns;
        Object prepare = meta instanceof PyType mt && !mt.isBuiltin() ? PySpecial.lookupInType(mt, "__prepare__") : meta instanceof PyType ? null : PyObjects.lookupAttr(meta, "__prepare__");
        if (prepare != null) {
            Object fn = prepare instanceof PyDescriptors.ClassMethod cm ? new PyBoundMethod(meta, cm.function)
                            : prepare instanceof PyDescriptors.StaticMethod sm ? sm.function : prepare instanceof PyFunction ? prepare : prepare;
            ns = PyCalls.call(fn, new Object[]{name, new PyTuple(bases)}, kw, node);
            if (!(ns instanceof PyDict) && !(ns instanceof PyObject)) {
                throw PyErrors.typeError(node, "%s.__prepare__() must return a mapping, not %s", meta instanceof PyType mt ? mt.getName() : "<metaclass>",
                                PyObjects.typeName(ns));
            }
        } else {
            ns = new PyDict();
        }
        Object orig = bases == origBases ? null : new PyTuple(origBases);
        return new Prepared(meta, bases, orig, ns, kw);
    }

    /** After the body ran in {@code p.namespace()}: calls the metaclass. */
    @TruffleBoundary
    public static Object finish(String name, Prepared p, Node node) {
        if (p.origBases() != null) {
            setItem(p.namespace(), "__orig_bases__", p.origBases(), node);
        }
        if (p.metaclass() == PyTypes.TYPE) {
            return createClass(PyTypes.TYPE, name, p.bases(), p.namespace(), p.kwargs(), node);
        }
        return PyCalls.call(p.metaclass(), new Object[]{name, new PyTuple(p.bases()), p.namespace()}, p.kwargs(), node);
    }

    private static Object[] resolveBases(Object[] bases, Node node) {
        List<Object> out = null;
        for (int i = 0; i < bases.length; i++) {
            Object b = bases[i];
            if (b instanceof PyType) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            Object m = PyObjects.lookupAttr(b, "__mro_entries__");
            if (m == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    out.add(bases[j]);
                }
            }
            Object r = PyCalls.call(m, new Object[]{new PyTuple(bases)}, null, node);
            if (!(r instanceof PyTuple t)) {
                throw PyErrors.typeError(node, "__mro_entries__ must return a tuple");
            }
            for (Object x : t.items()) {
                out.add(x);
            }
        }
        return out == null ? bases : out.toArray();
    }

    /** The most derived metaclass of {@code meta} and the bases' types. */
    static PyType winner(PyType meta, Object[] bases, Node node) {
        PyType winner = meta;
        for (Object b : bases) {
            PyType bt = PyTypes.typeOf(b);
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw PyErrors.typeError(node, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** {@code type.__new__(meta, name, bases, ns, **kwargs)}. */
    @TruffleBoundary
    public static PyType createClass(PyType meta, String name, Object[] bases, Object namespace, PyDict kwargs, Node node) {
        PyType[] types = new PyType[Math.max(1, bases.length)];
        types[0] = PyTypes.OBJECT;
        for (int i = 0; i < bases.length; i++) {
            if (!(bases[i] instanceof PyType t)) {
                throw PyErrors.typeError(node, "bases must be types");
            }
            types[i] = t;
        }
        checkName(name, node);
        PyType actualMeta = winner(meta, bases, node);
        PyType best = bestBase(types, node);
        PyDict ns = namespaceDict(namespace);
        Object qualname = ns.getStr("__qualname__");
        if (qualname != null && !(qualname instanceof String)) {
            throw PyErrors.typeError(node, "type __qualname__ must be a str, not %s", PyObjects.typeName(qualname));
        }
        if (ns.getStr("__doc__") instanceof String doc) {
            org.bytepy.modules.CodecsModule.encode(doc, "utf-8", "strict"); // CPython keeps the doc as UTF-8: a lone surrogate fails
        }
        Object slotsSpec = ns.getStr("__slots__");
        if (slotsSpec != null) {
            checkSlots(slotsSpec, best, ns, node);
        }
        PyType type = new PyType(name, false, types);
        type.heapType = true;
        if (best != types[0]) {
            type.setLayoutBase(best);
        }
        if (actualMeta != PyTypes.TYPE) {
            type.metaclass = actualMeta;
        }
        Object cell = null;
        for (PyDict.Entry e : ns.entries()) {
            if ("__classcell__".equals(e.key)) {
                cell = e.value;
                continue;
            }
            if (e.key instanceof String k) {
                type.getDict().put(k, e.value);
            }
        }
        type.getDict().putIfAbsent("__doc__", PyNone.NONE);
        type.setQualname(qualname instanceof String q ? q : name); // kept when __name__ is set later
        type.getDict().remove("__qualname__");
        if (!type.getDict().containsKey("__module__")) {
            // type(name, bases, dict) called from a module: __name__ of the caller's globals, as CPython
            Object module = org.bytepy.builtins.EvalBuiltins.callerGlobals(org.bytepy.BytepyContext.get(node)).getStr("__name__");
            type.getDict().put("__module__", module != null ? module : "__main__");
        }
        if (type.getDict().containsKey("__eq__") && !type.getDict().containsKey("__hash__")) {
            type.getDict().put("__hash__", PyNone.NONE);
        }
        Object initSubclass = type.getDict().get("__init_subclass__");
        if (initSubclass instanceof PyFunction f) {
            type.getDict().put("__init_subclass__", new PyDescriptors.ClassMethod(f));
        }
        Object classGetitem = type.getDict().get("__class_getitem__");
        if (classGetitem instanceof PyFunction f) {
            type.getDict().put("__class_getitem__", new PyDescriptors.ClassMethod(f));
        }
        Object newFn = type.getDict().get("__new__");
        if (newFn instanceof PyFunction f) {
            type.getDict().put("__new__", new PyDescriptors.StaticMethod(f));
        }
        Object slots = type.getDict().get("__slots__");
        if (slots != null) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Object n : slotItems(slots, node)) {
                names.add(PyObjects.str(n));
            }
            type.slots = names;
        }
        if (cell instanceof PyCell c) {
            c.value = type;
        }
        // a snapshot of (name, value) pairs: __set_name__ may change the class dict
        for (var e : type.getDict().entrySet().stream().map(x -> java.util.Map.entry(x.getKey(), x.getValue())).toList()) {
            Object setName = PySpecial.lookup(e.getValue(), "__set_name__");
            if (setName != null) {
                PySpecial.call(e.getValue(), setName, node, type, e.getKey());
            }
        }
        for (int i = 1; i < type.getMro().length; i++) {
            Object hook = type.getMro()[i].getDict().get("__init_subclass__");
            if (hook instanceof PyDescriptors.ClassMethod cm) {
                PyCalls.call(new PyBoundMethod(type, cm.function), new Object[0], kwargs != null && kwargs.size() > 0 ? kwargs : null, node);
                break;
            } else if (hook instanceof PyFunction f) {
                PyCalls.call(new PyBoundMethod(type, f), new Object[0], kwargs != null && kwargs.size() > 0 ? kwargs : null, node);
                break;
            } else if (hook != null) {
                if (kwargs != null && kwargs.size() > 0) {
                    throw PyErrors.typeError(node, "%s.__init_subclass__() takes no keyword arguments", name);
                }
                break;
            }
        }
        return type;
    }

    /** A class name: no NUL, encodable as UTF-8 (CPython stores it as a C string). */
    public static void checkName(String name, Node node) {
        if (name.indexOf('\0') >= 0) {
            throw PyErrors.valueError(node, "type name must not contain null characters");
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isSurrogate(name.charAt(i))) {
                org.bytepy.modules.CodecsModule.encode(name, "utf-8", "strict"); // raises CPython's UnicodeEncodeError
                break;
            }
        }
    }

    /** Built-in types that cannot be subclassed (no Py_TPFLAGS_BASETYPE in CPython). */
    private static final java.util.Set<PyType> FINAL_TYPES = java.util.Set.of(PyTypes.BOOL, PyTypes.NONE_TYPE, PyTypes.NOT_IMPLEMENTED_TYPE, PyTypes.ELLIPSIS_TYPE,
                    PyTypes.RANGE, PyTypes.SLICE, PyTypes.FUNCTION, PyTypes.BUILTIN_FUNCTION, PyTypes.METHOD, PyTypes.CELL, PyTypes.CODE, PyMemoryView.TYPE);

    /** Built-in types whose instances vary in size (CPython's tp_itemsize): no nonempty __slots__ under them. */
    private static final java.util.Set<PyType> VAR_SIZED = java.util.Set.of(PyTypes.INT, PyTypes.BYTES, PyTypes.TUPLE);

    /**
     * CPython's {@code solid_base}: the type whose instance layout {@code t}'s instances have. A class
     * adds to its base's layout only with nonempty {@code __slots__}; every exception has
     * BaseException's (an approximation: CPython gives a few, OSError, SyntaxError..., their own).
     */
    private static PyType solidBase(PyType t) {
        while (true) {
            if (!t.heapType) {
                return t.isSubtypeOf(PyTypes.BASE_EXCEPTION) ? PyTypes.BASE_EXCEPTION : t;
            }
            if (!ownSlots(t).isEmpty()) {
                return t;
            }
            PyType b = t.getBase();
            if (b == null) {
                return PyTypes.OBJECT;
            }
            t = b;
        }
    }

    /** CPython's {@code best_base}: the base with the most derived layout; bases whose layouts clash are an error. */
    private static PyType bestBase(PyType[] bases, Node node) {
        PyType winner = null;
        PyType base = null;
        for (PyType b : bases) {
            if (FINAL_TYPES.contains(b)) {
                throw PyErrors.typeError(node, "type '%s' is not an acceptable base type", b.getName());
            }
            PyType candidate = solidBase(b);
            if (winner == null) {
                winner = candidate;
                base = b;
            } else if (winner.isSubtypeOf(candidate)) {
                continue;
            } else if (candidate.isSubtypeOf(winner)) {
                winner = candidate;
                base = b;
            } else {
                throw PyErrors.typeError(node, "multiple bases have instance lay-out conflict");
            }
        }
        return base;
    }

    /**
     * CPython's {@code object_set_class} checks: both classes made by class statements (or both modules),
     * and the same instance layout ({@code compatible_for_assignment}).
     */
    public static void checkClassAssignment(PyType from, PyType to, Node node) {
        boolean modules = from.isSubtypeOf(PyTypes.MODULE) && to.isSubtypeOf(PyTypes.MODULE);
        if (!modules && (!from.heapType || !to.heapType)) {
            throw PyErrors.typeError(node, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        PyType newBase = layoutOwner(to);
        PyType oldBase = layoutOwner(from);
        if (newBase != oldBase && (newBase.getBase() != oldBase.getBase() || !sameSlotsAdded(newBase, oldBase))) {
            throw PyErrors.typeError(node, "__class__ assignment: '%s' object layout differs from '%s'", to.getName(), from.getName());
        }
    }

    /** Walks up from {@code t} past classes that add nothing to their base's layout (compatible_with_tp_base). */
    private static PyType layoutOwner(PyType t) {
        while (t.heapType && t.getBase() != null && !addsToLayout(t)) {
            t = t.getBase();
        }
        return t;
    }

    /** Own slots (nonempty __slots__ besides __dict__/__weakref__), or a dict or weakref its base lacks. */
    private static boolean addsToLayout(PyType t) {
        if (!ownSlots(t).isEmpty()) {
            return true;
        }
        return hasDictOrWeak(t, "__dict__") != hasDictOrWeak(t.getBase(), "__dict__") || hasDictOrWeak(t, "__weakref__") != hasDictOrWeak(t.getBase(), "__weakref__");
    }

    private static java.util.List<String> ownSlots(PyType t) {
        java.util.List<String> out = new ArrayList<>();
        if (t.heapType && t.getDict().get("__slots__") instanceof Object spec) {
            for (Object n : slotItems(spec, null)) {
                if (n instanceof String sn && !sn.equals("__dict__") && !sn.equals("__weakref__")) {
                    out.add(sn);
                }
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    /** Whether instances of {@code t} have a {@code __dict__} (or {@code __weakref__}): some class in its MRO without __slots__, or naming it there. */
    private static boolean hasDictOrWeak(PyType t, String which) {
        if (t == null) {
            return false;
        }
        for (PyType c : t.getMro()) {
            if (!c.heapType) {
                continue;
            }
            Object spec = c.getDict().get("__slots__");
            if (spec == null) {
                return true;
            }
            for (Object n : slotItems(spec, null)) {
                if (which.equals(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameSlotsAdded(PyType a, PyType b) {
        if (!a.heapType || !b.heapType) {
            return false;
        }
        return ownSlots(a).equals(ownSlots(b)) && hasDictOrWeak(a, "__dict__") == hasDictOrWeak(b, "__dict__") && hasDictOrWeak(a, "__weakref__") == hasDictOrWeak(b, "__weakref__");
    }

    /** CPython's checks of {@code __slots__} (type_new_slots): strings that are identifiers, at most one __dict__ and __weakref__, no clash with class variables. */
    private static void checkSlots(Object spec, PyType base, PyDict ns, Node node) {
        Object[] names = slotItems(spec, node);
        if (names.length > 0 && VAR_SIZED.contains(solidBase(base))) {
            throw PyErrors.typeError(node, "nonempty __slots__ not supported for subtype of '%s'", base.getName());
        }
        boolean mayAddDict = !hasDictOrWeak(base, "__dict__");
        boolean mayAddWeak = !hasDictOrWeak(base, "__weakref__") && !VAR_SIZED.contains(solidBase(base));
        boolean addDict = false;
        boolean addWeak = false;
        for (Object n : names) {
            if (!(n instanceof String sn)) {
                throw PyErrors.typeError(node, "__slots__ items must be strings, not '%s'", PyObjects.typeName(n));
            }
            if (!isIdentifier(sn)) {
                throw PyErrors.typeError(node, "__slots__ must be identifiers");
            }
            if (sn.equals("__dict__")) {
                if (!mayAddDict || addDict) {
                    throw PyErrors.typeError(node, "__dict__ slot disallowed: we already got one");
                }
                addDict = true;
            }
            if (sn.equals("__weakref__")) {
                if (!mayAddWeak || addWeak) {
                    throw PyErrors.typeError(node, "__weakref__ slot disallowed: we already got one");
                }
                addWeak = true;
            }
        }
        for (Object n : names) {
            String sn = (String) n;
            // __qualname__ and __classcell__ are in every namespace the compiler makes and leave it before the class exists
            if (!sn.equals("__dict__") && !sn.equals("__weakref__") && !sn.equals("__qualname__") && !sn.equals("__classcell__") && ns.getStr(sn) != null) {
                throw PyErrors.valueError(node, "%s in __slots__ conflicts with class variable", PyObjects.repr(sn));
            }
        }
    }

    /** The names a {@code __slots__} value gives: a str is one name, else its items. */
    private static Object[] slotItems(Object spec, Node node) {
        return spec instanceof String str ? new Object[]{str} : PyObjects.toArray(spec, node);
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isUnicodeIdentifierStart(s.codePointAt(0)) && s.charAt(0) != '_') {
            return false;
        }
        for (int i = Character.charCount(s.codePointAt(0)); i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            if (!Character.isUnicodeIdentifierPart(s.codePointAt(i)) || Character.isIdentifierIgnorable(s.codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The dict behind a class namespace (a dict, or an instance of a dict subclass). */
    static PyDict namespaceDict(Object namespace) {
        if (namespace instanceof PyDict d) {
            return d;
        }
        if (namespace instanceof PyObject po && po.nativeValue instanceof PyDict d) {
            if (po.getPyType().heapClassDefines("__iter__")) {
                // a subclass with its own order or items (OrderedDict): copied through its keys, as PyDict_Copy does
                PyDict copy = new PyDict();
                PyIterators.PyIterator it = PyObjects.iter(namespace, null);
                for (Object k = it.next(); k != null; k = it.next()) {
                    copy.put(k, PyObjects.getItem(namespace, k, null));
                }
                return copy;
            }
            return d;
        }
        throw PyErrors.typeError(null, "type.__new__() argument 3 must be dict, not %s", PyObjects.typeName(namespace));
    }

    /** {@code ns[name] = value} in a class namespace, honouring a mapping's own {@code __setitem__}. */
    @TruffleBoundary
    public static void setItem(Object ns, String name, Object value, Node node) {
        if (ns instanceof PyDict d) {
            d.put(name, value);
        } else {
            PyObjects.setItem(ns, name, value, node);
        }
    }

    /** {@code ns[name]} in a class namespace, or null when it has no such key. */
    @TruffleBoundary
    public static Object getItem(Object ns, String name, Node node) {
        if (ns instanceof PyDict d) {
            return d.getStr(name);
        }
        try {
            return PyObjects.getItem(ns, name, node);
        } catch (PyException e) {
            if (e.getType().isSubtypeOf(PyTypes.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code del ns[name]}; false when there was no such key. */
    @TruffleBoundary
    public static boolean delItem(Object ns, String name, Node node) {
        if (ns instanceof PyDict d) {
            return d.remove(name) != null;
        }
        try {
            PyObjects.delItem(ns, name, node);
            return true;
        } catch (PyException e) {
            if (e.getType().isSubtypeOf(PyTypes.KEY_ERROR)) {
                return false;
            }
            throw e;
        }
    }
}
