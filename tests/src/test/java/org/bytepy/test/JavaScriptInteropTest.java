package org.bytepy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** bytepy and GraalJS in one context: functions, arrays, objects and exceptions cross both ways. */
class JavaScriptInteropTest {

    private static Context polyglot(ByteArrayOutputStream out) {
        return Context.newBuilder("bytepy", "js").out(out).err(out).allowPolyglotAccess(PolyglotAccess.ALL)
                        .option("engine.WarnInterpreterOnly", "false").build();
    }

    @Test
    void javaScriptCallsAPythonFunction() {
        try (Context ctx = polyglot(new ByteArrayOutputStream())) {
            Value r = ctx.eval("js", """
                            const area = Polyglot.eval('bytepy', 'lambda w, h=2: w * h');
                            const words = Polyglot.eval('bytepy', 'def words(s):\\n    return s.split()\\nwords');
                            const ws = words('to be or not');
                            [area(21), area(3, 4), ws.length, ws[3], typeof area].join('|');
                            """);
            assertEquals("42|12|4|not|function", r.asString());
            // a Python list is an array in JS, a dict a hash
            Value sum = ctx.eval("js", "let xs = Polyglot.eval('bytepy', '[1, 2, 3, 4]'); xs.reduce((a, b) => a + b, 0)");
            assertEquals(10, sum.asInt());
            // JS arrays and objects passed to Python functions are sequences and attribute holders
            Value r2 = ctx.eval("js", """
                            const stats = Polyglot.eval('bytepy', 'lambda xs, o: (sum(xs), max(xs), len(xs), o.label * 2)');
                            const t = stats([4, 9, 2], {label: 'ab'});
                            [t[0], t[1], t[2], t[3]].join(',');
                            """);
            assertEquals("15,9,3,abab", r2.asString());
        }
    }

    @Test
    void pythonEvaluatesAJavaScriptFile() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("bytepy-js");
        java.nio.file.Path file = dir.resolve("lib.js");
        java.nio.file.Files.writeString(file, "({square: (x) => x * x, name: 'lib'})");
        try (Context ctx = Context.newBuilder("bytepy", "js").allowPolyglotAccess(PolyglotAccess.ALL).allowIO(org.graalvm.polyglot.io.IOAccess.ALL)
                        .option("engine.WarnInterpreterOnly", "false").build()) {
            ctx.getBindings("bytepy").putMember("path", file.toString());
            Value r = ctx.eval("bytepy", "import polyglot\nlib = polyglot.eval(path=path)\nf'{lib.name} {lib.square(12)}'");
            assertEquals("lib 144", r.asString());
        } finally {
            java.nio.file.Files.delete(file);
            java.nio.file.Files.delete(dir);
        }
    }

    @Test
    void pythonCallsJavaScript() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context ctx = polyglot(out)) {
            ctx.eval("bytepy", """
                            import polyglot
                            add = polyglot.eval('js', '(a, b) => a + b')
                            print(add(40, 2), add('py', 'js'), type(add).__name__)
                            arr = polyglot.eval(language='js', string='[3, 1, 2]')
                            print(len(arr), arr[0], arr[-1], sorted(arr), 2 in arr, sum(x * 10 for x in arr))
                            arr[1] = 100
                            arr.push(7)
                            print(list(arr), len(arr), int(arr.length))
                            obj = polyglot.eval('js', '({name: "js", nested: {deep: [1, 2]}, greet(who) { return "hi " + who + " from " + this.name; }})')
                            print(obj.name, obj.nested.deep[1], obj.greet('python'), obj['name'])
                            obj.extra = 5
                            print(polyglot.eval('js', '(o) => o.extra * 2')(obj))
                            js_sort = polyglot.eval('js', '(xs, f) => xs.slice().sort((a, b) => f(a) - f(b))')
                            print(list(js_sort(['ccc', 'a', 'bb'], len)))
                            try:
                                polyglot.eval('js', 'null.x')
                            except polyglot.ForeignException as e:
                                print('ForeignException', e)
                            print(polyglot.eval('js', 'undefined'), polyglot.eval('js', '2 ** 60'), polyglot.eval('js', '0.5 + 1'))
                            print(polyglot.eval('js', '12345678901234567890n') + 1)
                            """);
        }
        assertEquals("""
                        42 pyjs foreign
                        3 3 2 [1, 2, 3] True 60
                        [3, 100, 2, 7] 4 4
                        js 2 hi python from js js
                        10
                        ['a', 'bb', 'ccc']
                        ForeignException TypeError: Cannot read property 'x' of null
                        None 1.152921504606847e+18 1.5
                        12345678901234567891
                        """, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void valuesExportedFromPythonAreImportedInJavaScript() {
        try (Context ctx = polyglot(new ByteArrayOutputStream())) {
            ctx.eval("bytepy", """
                            import polyglot
                            @polyglot.export_value
                            def fib(n):
                                return n if n < 2 else fib(n - 1) + fib(n - 2)
                            polyglot.export_value('config', {'retries': 3, 'hosts': ['a', 'b']})
                            """);
            Value r = ctx.eval("js", "const fib = Polyglot.import('fib'); const c = Polyglot.import('config'); fib(20) + ':' + c.get('hosts')[1]");
            assertEquals("6765:b", r.asString());
            ctx.eval("js", "Polyglot.export('fromJs', {value: 42})");
            assertEquals(42, ctx.eval("bytepy", "import polyglot\npolyglot.import_value('fromJs').value").asInt());
        }
    }

    @Test
    void pythonExceptionsReachJavaScript() {
        try (Context ctx = polyglot(new ByteArrayOutputStream())) {
            Value r = ctx.eval("js", """
                            const f = Polyglot.eval('bytepy', 'def f(d):\\n    return d["missing"]\\nf');
                            let msg;
                            try { f(Polyglot.eval('bytepy', '{}')); } catch (e) { msg = 'caught ' + e.message; }
                            msg;
                            """);
            assertEquals("caught KeyError: 'missing'", r.asString());
            // a JS error that passes through Python code is the same JS error again on the JS side
            Value r2 = ctx.eval("js", """
                            const callIt = Polyglot.eval('bytepy', 'def call_it(f):\\n    return f()\\ncall_it');
                            const boom = new RangeError('boom');
                            let same;
                            try { callIt(() => { throw boom; }); } catch (e) { same = (e === boom) + ' ' + e.message; }
                            same;
                            """);
            assertEquals("true boom", r2.asString());
            // and Python code sees it as polyglot.ForeignException
            Value r3 = ctx.eval("js", """
                            const guarded = Polyglot.eval('bytepy', `
                            import polyglot
                            def guarded(f):
                                try:
                                    f()
                                except polyglot.ForeignException as e:
                                    return 'caught: ' + str(e)
                            guarded`);
                            guarded(() => { throw new TypeError('bad type'); });
                            """);
            assertEquals("caught: TypeError: bad type", r3.asString());
            PolyglotException e = org.junit.jupiter.api.Assertions.assertThrows(PolyglotException.class,
                            () -> ctx.eval("js", "Polyglot.eval('bytepy', '1 / 0')"));
            assertTrue(e.isGuestException());
            assertEquals("ZeroDivisionError: division by zero", e.getMessage());
        }
    }
}
