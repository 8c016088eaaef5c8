package org.bytepy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** Java values inside Python: host objects, lambdas, lists, maps and arrays behave pythonically. */
class InteropHostTest {

    public static final class Account {
        public final String owner;
        public long balance;

        public Account(String owner, long balance) {
            this.owner = owner;
            this.balance = balance;
        }

        public long deposit(long amount) {
            if (amount <= 0) {
                throw new IllegalArgumentException("amount must be positive");
            }
            balance += amount;
            return balance;
        }

        @Override
        public String toString() {
            return "Account(" + owner + ")";
        }
    }

    private static Context hostContext(ByteArrayOutputStream out) {
        return Context.newBuilder("bytepy").out(out).err(out).allowHostAccess(HostAccess.ALL).option("engine.WarnInterpreterOnly", "false").build();
    }

    private static Value run(Context ctx, String code) {
        return ctx.eval("bytepy", code);
    }

    @Test
    void pythonCallsJavaLambdasAndMethods() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context ctx = hostContext(out)) {
            Value g = ctx.getBindings("bytepy");
            Function<Object, Object> twice = x -> ((Number) x).longValue() * 2;
            g.putMember("twice", twice);
            Account ada = new Account("ada", 100);
            g.putMember("acct", ada);
            g.putMember("same_acct", ada);
            g.putMember("other_acct", new Account("bob", 0));
            run(ctx, """
                            print(twice(21), twice(twice(5)) + 1)
                            print(acct.owner, acct.balance, acct.deposit(50), acct.balance)
                            acct.balance = 7
                            print(acct.balance * 6, type(acct).__name__, str(acct))
                            try:
                                acct.deposit(-1)
                            except Exception as e:
                                print(type(e).__name__, e)
                            try:
                                acct.missing
                            except AttributeError as e:
                                print('AttributeError', e)
                            print(acct == same_acct, acct is same_acct, acct == other_acct, acct != other_acct)
                            print(len({acct, same_acct, other_acct}), hash(acct) == hash(same_acct), {acct: 1}[same_acct])
                            """);
            assertEquals(7 * 1, ((Account) g.getMember("acct").asHostObject()).balance);
        }
        assertEquals("""
                        42 21
                        ada 100 150 150
                        42 foreign Account(ada)
                        ForeignException amount must be positive
                        AttributeError 'foreign' object has no attribute 'missing'
                        True False False True
                        2 True 1
                        """, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void javaCollectionsAreSequencesAndMappings() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context ctx = hostContext(out)) {
            Value g = ctx.getBindings("bytepy");
            List<Object> names = new ArrayList<>(List.of("x", "y", "z"));
            Map<String, Object> ages = new LinkedHashMap<>(Map.of("ann", 31));
            g.putMember("names", names);
            g.putMember("ages", ages);
            g.putMember("primes", new int[]{2, 3, 5, 7});
            run(ctx, """
                            print(len(names), names[0], names[-1], 'y' in names, 'q' in names, list(names), names[1:])
                            names[0] = 'first'
                            try:
                                names[3] = 'too far'
                            except IndexError as e:
                                print('IndexError', e)
                            names.add('added')
                            print([n.upper() for n in names], ','.join(names), bool(names))
                            print(len(ages), ages['ann'], 'ann' in ages, 'bob' in ages)
                            ages['bob'] = 40
                            print(sorted(ages), sum(ages[k] for k in ages))
                            try:
                                ages['nobody']
                            except KeyError as e:
                                print('KeyError', e)
                            print(sum(primes), max(primes), primes[2] * 10, f'{primes[3]:03d}')
                            try:
                                primes[4]
                            except IndexError as e:
                                print('IndexError', e)
                            """);
            assertEquals(List.of("first", "y", "z", "added"), names);
            assertEquals(40, ((Number) ages.get("bob")).intValue());
        }
        assertEquals("""
                        3 x z True False ['x', 'y', 'z'] ['y', 'z']
                        IndexError foreign array index out of range
                        ['FIRST', 'Y', 'Z', 'ADDED'] first,y,z,added True
                        1 31 True False
                        ['ann', 'bob'] 71
                        KeyError 'nobody'
                        17 7 50 007
                        IndexError foreign array index out of range
                        """, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void javaCallsPythonWithJavaArguments() {
        try (Context ctx = hostContext(new ByteArrayOutputStream())) {
            Value summarize = run(ctx, """
                            def summarize(items, scale, label):
                                return f'{label}: {sum(items) * scale}'
                            summarize
                            """);
            assertEquals("total: 30", summarize.execute(List.of(1, 2, 3, 4), 3, "total").asString());
            assertEquals("total: 7.5", summarize.execute(new int[]{1, 2}, 2.5, "total").asString());
            Value sorter = run(ctx, "lambda xs, key: sorted(xs, key=key)");
            Function<String, Integer> length = String::length;
            assertEquals("['a', 'ccc', 'bbbb']", sorter.execute(List.of("bbbb", "a", "ccc"), length).toString());
        }
    }

    /** The example of the README's embedding section. */
    @Test
    void readmeExample() {
        try (Context context = hostContext(new ByteArrayOutputStream())) {
            Value globals = context.getBindings("bytepy");
            Function<Number, Long> twice = x -> 2 * x.longValue();
            globals.putMember("twice", twice);
            Value point = context.eval("bytepy", """
                            class Point:
                                def __init__(self, x, y):
                                    self.x, self.y = x, y
                                def norm2(self):
                                    return twice(self.x) ** 2 + self.y ** 2
                            Point(3, 4)
                            """);
            assertEquals(52, point.invokeMember("norm2").asLong());
            point.putMember("y", 0);
            assertEquals(36, point.invokeMember("norm2").asLong());
            Value list = context.eval("bytepy", "[1, 'two']");
            list.setArrayElement(2, 3.0);
            assertEquals("[1, 'two', 3.0]", list.toString());
        }
    }

    @Test
    void hostObjectsNeedHostAccess() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context ctx = Context.newBuilder("bytepy").out(out).err(out).option("engine.WarnInterpreterOnly", "false").build()) {
            ctx.getBindings("bytepy").putMember("acct", new Account("eve", 1));
            PolyglotException e = assertThrows(PolyglotException.class, () -> run(ctx, "acct.balance"));
            assertTrue(e.isGuestException());
            assertEquals("AttributeError: 'foreign' object has no attribute 'balance'", e.getMessage());
        }
    }
}
