package org.bytepy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Python values as Java sees them through {@code Context.eval}: the InteropLibrary exports of bytepy. */
class InteropValuesTest {
    private Context ctx;

    @BeforeEach
    void open() {
        ctx = Context.newBuilder("bytepy").option("engine.WarnInterpreterOnly", "false").build();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private Value py(String code) {
        return ctx.eval("bytepy", code);
    }

    @Test
    void numbers() {
        Value i = py("6 * 7");
        assertTrue(i.isNumber());
        assertTrue(i.fitsInInt());
        assertEquals(42, i.asInt());
        Value big = py("2 ** 100");
        assertTrue(big.isNumber());
        assertFalse(big.fitsInLong());
        assertTrue(big.fitsInBigInteger());
        assertEquals(BigInteger.TWO.pow(100), big.asBigInteger());
        assertTrue(big.fitsInDouble()); // a power of two is exact
        assertFalse(py("2 ** 100 + 1").fitsInDouble());
        assertEquals("1267650600228229401496703205376", big.toString());
        assertEquals("int", big.getMetaObject().getMetaSimpleName());
        Value f = py("1 / 4");
        assertTrue(f.fitsInDouble());
        assertEquals(0.25, f.asDouble());
        assertEquals(Long.MIN_VALUE, py("-2 ** 63").asLong());
    }

    @Test
    void instancesOfIntAndStrSubclassesAreNumbersAndStrings() {
        Value red = py("import enum\nclass Color(enum.IntEnum):\n    RED = 1\nColor.RED");
        assertTrue(red.isNumber());
        assertEquals(1, red.asInt());
        assertEquals("Color", red.getMetaObject().getMetaSimpleName());
        assertEquals("<Color.RED: 1>", red.toString());
        Value big = py("class Big(int):\n    pass\nBig(2 ** 80)");
        assertEquals(BigInteger.TWO.pow(80), big.asBigInteger());
        assertFalse(big.fitsInLong());
        Value name = py("class Name(str):\n    pass\nName('ada')");
        assertTrue(name.isString());
        assertEquals("ada", name.asString());
        assertEquals(0.5, py("class F(float):\n    pass\nF(0.5)").asDouble());
    }

    @Test
    void stringsBooleansNone() {
        assertEquals("héllo ☃", py("'héllo ' + chr(9731)").asString());
        assertTrue(py("True").isBoolean());
        assertFalse(py("1 > 2").asBoolean());
        assertTrue(py("None").isNull());
        assertEquals("None", py("None").toString());
    }

    @Test
    void listsAreWritableGrowableArrays() {
        Value list = py("data = [1, 'two', 3.0]\ndata");
        assertTrue(list.hasArrayElements());
        assertEquals(3, list.getArraySize());
        assertEquals(1, list.getArrayElement(0).asInt());
        assertEquals("two", list.getArrayElement(1).asString());
        list.setArrayElement(0, 10);
        list.setArrayElement(3, "appended"); // index == size appends
        assertTrue(list.removeArrayElement(1));
        assertEquals("[10, 3.0, 'appended']", py("repr(data)").asString());
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> list.getArrayElement(7));
        List<Object> asList = list.as(List.class);
        assertEquals(3, asList.size());
        assertEquals("list", list.getMetaObject().getMetaQualifiedName());
        assertEquals("[10, 3.0, 'appended']", list.toString());
    }

    @Test
    void tuplesAreReadOnlyArrays() {
        Value t = py("(1, (2, 3))");
        assertEquals(2, t.getArraySize());
        assertEquals(3, t.getArrayElement(1).getArrayElement(1).asInt());
        assertThrows(UnsupportedOperationException.class, () -> t.setArrayElement(0, 5));
        assertEquals(10, py("range(0, 100, 10)").getArraySize());
        assertEquals(90, py("range(0, 100, 10)").getArrayElement(9).asInt());
    }

    @Test
    void dictsAreHashes() {
        Value d = py("d = {'a': 1, 2: 'b'}\nd");
        assertTrue(d.hasHashEntries());
        assertEquals(2, d.getHashSize());
        assertEquals(1, d.getHashValue("a").asInt());
        assertEquals("b", d.getHashValue(2).asString()); // a Java Integer key finds the Python int key
        assertTrue(d.getHashValue("missing") == null);
        d.putHashEntry("c", List.of(1, 2).size());
        assertTrue(d.removeHashEntry(2));
        assertEquals("{'a': 1, 'c': 2}", py("repr(d)").asString());
        List<String> keys = new ArrayList<>();
        Value it = d.getHashKeysIterator();
        while (it.hasIteratorNextElement()) {
            keys.add(it.getIteratorNextElement().asString());
        }
        assertEquals(List.of("a", "c"), keys);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = d.as(Map.class);
        assertEquals(1, ((Number) map.get("a")).intValue());
        // dict methods are members too
        assertEquals(2, d.invokeMember("get", "c").asInt());
    }

    @Test
    void functionsAreExecutable() {
        Value f = py("def add(a, b=10):\n    return a + b\nadd");
        assertTrue(f.canExecute());
        assertEquals(5, f.execute(2, 3).asInt());
        assertEquals(12, f.execute(2).asInt());
        assertEquals("'ab'", py("repr").execute("ab").asString()); // a builtin function
        Value method = py("'a-b-c'.split");
        assertEquals(3, method.execute("-").getArraySize());
        Value lambda = py("lambda s: s.upper()");
        assertEquals("ABC", lambda.execute("abc").asString());
        PolyglotException e = assertThrows(PolyglotException.class, () -> f.execute());
        assertTrue(e.isGuestException());
        assertEquals("TypeError: add() missing 1 required positional argument: 'a'", e.getMessage());
    }

    /** A Java interface implemented by a Python object (its methods are invoked as members). */
    @org.graalvm.polyglot.HostAccess.Implementable
    public interface Greeter {
        String greet(String who);

        int count();
    }

    @Test
    void pythonValuesAsJavaInterfaces() {
        java.util.function.Supplier<?> answer = py("lambda: 6 * 7").as(java.util.function.Supplier.class);
        assertEquals(42, ((Number) answer.get()).intValue());
        Greeter g = py("""
                        class Polite:
                            def __init__(self):
                                self.n = 0
                            def greet(self, who):
                                self.n += 1
                                return f'Good day, {who}'
                            def count(self):
                                return self.n
                        Polite()
                        """).as(Greeter.class);
        assertEquals("Good day, Ada", g.greet("Ada"));
        assertEquals(1, g.count());
        Value f = py("def area(w, h):\n    return w * h\narea");
        assertEquals(1, f.getSourceLocation().getStartLine());
        assertEquals("Unnamed", f.getSourceLocation().getSource().getName());
    }

    @Test
    void classesAreInstantiableAndInstancesHaveMembers() {
        Value cls = py("""
                        class Point:
                            '''A point.'''
                            def __init__(self, x, y):
                                self.x = x
                                self.y = y
                            def norm2(self):
                                return self.x ** 2 + self.y ** 2
                            def __repr__(self):
                                return f'Point({self.x}, {self.y})'
                        Point
                        """);
        assertTrue(cls.isMetaObject());
        assertTrue(cls.canInstantiate());
        assertEquals("Point", cls.getMetaSimpleName());
        assertEquals("__main__.Point", cls.getMetaQualifiedName());
        Value p = cls.newInstance(3, 4);
        assertTrue(cls.isMetaInstance(p));
        assertFalse(cls.isMetaInstance(5));
        assertEquals(cls, p.getMetaObject());
        assertEquals(3, p.getMember("x").asInt());
        assertTrue(p.hasMember("norm2"));
        assertTrue(p.canInvokeMember("norm2"));
        assertEquals(25, p.invokeMember("norm2").asInt());
        p.putMember("x", 6);
        p.putMember("z", "new");
        assertEquals(52, p.invokeMember("norm2").asInt());
        assertTrue(p.getMemberKeys().containsAll(List.of("x", "y", "z", "norm2")));
        assertEquals("Point(6, 4)", p.toString());
        assertTrue(p.removeMember("z"));
        assertFalse(p.hasMember("z"));
        // a module's members are its globals
        Value math = py("import math\nmath");
        assertEquals(Math.PI, math.getMember("pi").asDouble());
        assertEquals(3, math.invokeMember("isqrt", 10).asInt());
        // built-in types are instantiable too
        assertEquals(255, py("int").execute("ff", 16).asInt());
        assertEquals("[3, 2, 1]", py("list").newInstance(py("(3, 2, 1)")).toString());
    }

    @Test
    void iteratorsAndGenerators() {
        Value gen = py("def squares(n):\n    for i in range(n):\n        yield i * i\nsquares(4)");
        assertTrue(gen.isIterator());
        List<Integer> got = new ArrayList<>();
        while (gen.hasIteratorNextElement()) {
            assertTrue(gen.hasIteratorNextElement()); // asking twice does not skip an element
            got.add(gen.getIteratorNextElement().asInt());
        }
        assertEquals(List.of(0, 1, 4, 9), got);
        assertThrows(java.util.NoSuchElementException.class, gen::getIteratorNextElement);
        Value set = py("{'only'}");
        assertTrue(set.hasIterator());
        Value it = set.getIterator();
        assertEquals("only", it.getIteratorNextElement().asString());
        assertFalse(it.hasIteratorNextElement());
        Value list = py("[1, 2]");
        assertTrue(list.hasIterator());
        assertEquals(1, list.getIterator().getIteratorNextElement().asInt());
    }

    @Test
    void exceptionsAreGuestExceptionsWithPythonFrames() {
        Source src = Source.newBuilder("bytepy", "def inner(x):\n    return x / 0\n\ndef outer():\n    return inner(1)\n\nouter()\n", "calc.py").buildLiteral();
        PolyglotException e = assertThrows(PolyglotException.class, () -> ctx.eval(src));
        assertTrue(e.isGuestException());
        assertFalse(e.isSyntaxError());
        assertEquals("ZeroDivisionError: division by zero", e.getMessage());
        List<String> frames = new ArrayList<>();
        for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
            if (f.isGuestFrame() && f.getSourceLocation() != null) {
                frames.add(f.getRootName() + "@" + f.getSourceLocation().getSource().getName() + ":" + f.getSourceLocation().getStartLine());
            }
        }
        assertEquals("inner@calc.py:2", frames.get(0));
        assertEquals("outer@calc.py:5", frames.get(1));
        assertTrue(frames.contains("<module>@calc.py:7") || frames.size() >= 2, frames.toString());
        Value exc = e.getGuestObject();
        assertTrue(exc.isException());
        assertEquals("ZeroDivisionError", exc.getMetaObject().getMetaSimpleName());
        // an exception object returned as a value is an exception too
        Value v = py("ValueError('bad value')");
        assertTrue(v.isException());
        PolyglotException thrown = assertThrows(PolyglotException.class, v::throwException);
        assertEquals("ValueError: bad value", thrown.getMessage());
    }

    @Test
    void bindingsAreTheMainModulesGlobals() {
        Value bindings = ctx.getBindings("bytepy");
        py("answer = 42\ndef twice(x):\n    return 2 * x");
        assertEquals(42, bindings.getMember("answer").asInt());
        assertEquals(84, bindings.getMember("twice").execute(42).asInt());
        bindings.putMember("from_java", "set by Java");
        assertEquals("SET BY JAVA", py("from_java.upper()").asString());
        assertTrue(bindings.getMemberKeys().contains("twice"));
        assertTrue(bindings.removeMember("answer"));
        assertEquals("False", py("str('answer' in globals())").asString());
    }

    @Test
    void valuesKeepTheirIdentity() {
        Value a = py("shared = []\nshared");
        Value b = py("shared");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        Value f = py("def same(x, y):\n    return x is y\nsame");
        assertTrue(f.execute(a, b).asBoolean());
        Value bytes = py("b'ab'");
        assertEquals(2, bytes.getArraySize());
        assertEquals(98, bytes.getArrayElement(1).asInt());
        assertTrue(py("lambda x: type(x) is bytes").execute(bytes).asBoolean());
        assertEquals("(1+2j)", py("1+2j").toString());
    }
}
