package org.bytepy.test.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.bytepy.ast.Ast;
import org.bytepy.parser.AstDump;
import org.bytepy.parser.Parser;
import org.bytepy.parser.PySyntaxError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Parser tests. The expected strings are what CPython 3.12.1 printed for {@code ast.dump(ast.parse(src, mode=...))}
 * and for the {@code SyntaxError} raised by {@code ast.parse(src)} (type, msg, lineno, offset).
 */
public class ParserTest {

    private static void good(List<DynamicTest> t, String src, Parser.Mode mode, String expected) {
        t.add(DynamicTest.dynamicTest("good: " + src, () -> assertEquals(expected, AstDump.dump(Parser.parse(src, "f.py", mode)))));
    }

    private static void bad(List<DynamicTest> t, String src, String type, String msg, int lineno, int offset) {
        String name = src.length() > 60 ? src.substring(0, 60) + "..." : src;
        t.add(DynamicTest.dynamicTest("bad: " + name, () -> {
            PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse(src, "f.py", Parser.Mode.EXEC));
            assertEquals(type + "|" + msg + "|" + lineno + "|" + offset, e.type + "|" + e.msg + "|" + e.lineno + "|" + e.offset);
            assertEquals("f.py", e.filename);
        }));
    }

    @TestFactory
    List<DynamicTest> dumpsMatchCPython() {
        List<DynamicTest> t = new ArrayList<>();
        good(t, "x = 1", Parser.Mode.EXEC,
                        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
        good(t, "a = b = c = 1", Parser.Mode.EXEC,
                        "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
        good(t, "x, *y = 1, 2, 3", Parser.Mode.EXEC,
                        "Module(body=[Assign(targets=[Tuple(elts=[Name(id='x', ctx=Store()), Starred(value=Name(id='y', ctx=Store()), ctx=Store())], ctx=Store())], value=Tuple(elts=[Constant(value=1), Constant(value=2), Constant(value=3)], ctx=Load()))], type_ignores=[])");
        good(t, "x += 1\ny -= 2\nz *= 3\na /= 4\nb //= 5\nc %= 6\nd **= 7\ne >>= 8\nf <<= 9\ng &= 10\nh ^= 11\ni |= 12\nj @= 13", Parser.Mode.EXEC,
                        "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Name(id='y', ctx=Store()), op=Sub(), value=Constant(value=2)), AugAssign(target=Name(id='z', ctx=Store()), op=Mult(), value=Constant(value=3)), AugAssign(target=Name(id='a', ctx=Store()), op=Div(), value=Constant(value=4)), AugAssign(target=Name(id='b', ctx=Store()), op=FloorDiv(), value=Constant(value=5)), AugAssign(target=Name(id='c', ctx=Store()), op=Mod(), value=Constant(value=6)), AugAssign(target=Name(id='d', ctx=Store()), op=Pow(), value=Constant(value=7)), AugAssign(target=Name(id='e', ctx=Store()), op=RShift(), value=Constant(value=8)), AugAssign(target=Name(id='f', ctx=Store()), op=LShift(), value=Constant(value=9)), AugAssign(target=Name(id='g', ctx=Store()), op=BitAnd(), value=Constant(value=10)), AugAssign(target=Name(id='h', ctx=Store()), op=BitXor(), value=Constant(value=11)), AugAssign(target=Name(id='i', ctx=Store()), op=BitOr(), value=Constant(value=12)), AugAssign(target=Name(id='j', ctx=Store()), op=MatMult(), value=Constant(value=13))], type_ignores=[])");
        good(t, "x: int\n(y): int = 1\na.b: str = 'c'", Parser.Mode.EXEC,
                        "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0), AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='str', ctx=Load()), value=Constant(value='c'), simple=0)], type_ignores=[])");
        good(t, "-2**2", Parser.Mode.EVAL,
                        "Expression(body=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))))");
        good(t, "a ** b ** c", Parser.Mode.EVAL,
                        "Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=BinOp(left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))");
        good(t, "a or b or c and d and e", Parser.Mode.EVAL,
                        "Expression(body=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())])]))");
        good(t, "not a in b", Parser.Mode.EVAL,
                        "Expression(body=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[In()], comparators=[Name(id='b', ctx=Load())])))");
        good(t, "a < b <= c is not d not in e", Parser.Mode.EVAL,
                        "Expression(body=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())]))");
        good(t, "a + b * c - d / e // f % g @ h", Parser.Mode.EVAL,
                        "Expression(body=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=BinOp(left=Name(id='b', ctx=Load()), op=Mult(), right=Name(id='c', ctx=Load()))), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=Div(), right=Name(id='e', ctx=Load())), op=FloorDiv(), right=Name(id='f', ctx=Load())), op=Mod(), right=Name(id='g', ctx=Load())), op=MatMult(), right=Name(id='h', ctx=Load()))))");
        good(t, "a << b >> c & d ^ e | f", Parser.Mode.EVAL,
                        "Expression(body=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=LShift(), right=Name(id='b', ctx=Load())), op=RShift(), right=Name(id='c', ctx=Load())), op=BitAnd(), right=Name(id='d', ctx=Load())), op=BitXor(), right=Name(id='e', ctx=Load())), op=BitOr(), right=Name(id='f', ctx=Load())))");
        good(t, "~a + -b - +c", Parser.Mode.EVAL,
                        "Expression(body=BinOp(left=BinOp(left=UnaryOp(op=Invert(), operand=Name(id='a', ctx=Load())), op=Add(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load()))), op=Sub(), right=UnaryOp(op=UAdd(), operand=Name(id='c', ctx=Load()))))");
        good(t, "a if b else c if d else e", Parser.Mode.EVAL,
                        "Expression(body=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))");
        good(t, "lambda a, /, b=1, *c, d, e=2, **f: 0", Parser.Mode.EVAL,
                        "Expression(body=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='f'), defaults=[Constant(value=1)]), body=Constant(value=0)))");
        good(t, "lambda: (yield)", Parser.Mode.EVAL,
                        "Expression(body=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))");
        good(t, "(y := f(x))", Parser.Mode.EVAL,
                        "Expression(body=NamedExpr(target=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])))");
        good(t, "f(a, *b, c=1, **d)", Parser.Mode.EVAL,
                        "Expression(body=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))");
        good(t, "f(x for x in y)", Parser.Mode.EVAL,
                        "Expression(body=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))");
        good(t, "a[1:2, ::3, ...]", Parser.Mode.EVAL,
                        "Expression(body=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3)), Constant(value=Ellipsis)], ctx=Load()), ctx=Load()))");
        good(t, "a[:]", Parser.Mode.EVAL,
                        "Expression(body=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))");
        good(t, "a[*b]", Parser.Mode.EVAL,
                        "Expression(body=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))");
        good(t, "a.b.c(d)[e].f", Parser.Mode.EVAL,
                        "Expression(body=Attribute(value=Subscript(value=Call(func=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), slice=Name(id='e', ctx=Load()), ctx=Load()), attr='f', ctx=Load()))");
        good(t, "[*a, b]", Parser.Mode.EVAL,
                        "Expression(body=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))");
        good(t, "{**a, 'b': 1}", Parser.Mode.EVAL,
                        "Expression(body=Dict(keys=[None, Constant(value='b')], values=[Name(id='a', ctx=Load()), Constant(value=1)]))");
        good(t, "{1, 2}", Parser.Mode.EVAL,
                        "Expression(body=Set(elts=[Constant(value=1), Constant(value=2)]))");
        good(t, "()", Parser.Mode.EVAL,
                        "Expression(body=Tuple(elts=[], ctx=Load()))");
        good(t, "(1,)", Parser.Mode.EVAL,
                        "Expression(body=Tuple(elts=[Constant(value=1)], ctx=Load()))");
        good(t, "{}", Parser.Mode.EVAL,
                        "Expression(body=Dict(keys=[], values=[]))");
        good(t, "[x for x in y if x for z in x]", Parser.Mode.EVAL,
                        "Expression(body=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))");
        good(t, "{k: v for k, v in d}", Parser.Mode.EVAL,
                        "Expression(body=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))");
        good(t, "{x for x in y}", Parser.Mode.EVAL,
                        "Expression(body=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))");
        good(t, "[x async for x in y]", Parser.Mode.EVAL,
                        "Expression(body=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))");
        good(t, "...", Parser.Mode.EVAL,
                        "Expression(body=Constant(value=Ellipsis))");
        good(t, "None, True, False", Parser.Mode.EVAL,
                        "Expression(body=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False)], ctx=Load()))");
        good(t, "0xFF_FF + 0o17 + 0b1_0 + 1_000 + 1.5e-3 + 2j + .5 + 5. + 1e16 + 123456789012345678901234567890", Parser.Mode.EVAL,
                        "Expression(body=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=65535), op=Add(), right=Constant(value=15)), op=Add(), right=Constant(value=2)), op=Add(), right=Constant(value=1000)), op=Add(), right=Constant(value=0.0015)), op=Add(), right=Constant(value=2j)), op=Add(), right=Constant(value=0.5)), op=Add(), right=Constant(value=5.0)), op=Add(), right=Constant(value=1e+16)), op=Add(), right=Constant(value=123456789012345678901234567890)))");
        good(t, "'a' 'b' + b'c' B'\\x00' + rb'\\d' + u'x'", Parser.Mode.EVAL,
                        "Expression(body=BinOp(left=BinOp(left=BinOp(left=Constant(value='ab'), op=Add(), right=Constant(value=b'c\\x00')), op=Add(), right=Constant(value=b'\\\\d')), op=Add(), right=Constant(value='x', kind='u')))");
        good(t, "'\\x41\\u00e9\\U0001F600\\N{EM DASH}\\101\\q'", Parser.Mode.EVAL,
                        "Expression(body=Constant(value='A\u00e9\ud83d\ude00\u2014A\\\\q'))");
        good(t, "f'{x!r:>{width}} {{}} {a[\"b\"]} {\"n\" + f\"{y}\"}'", Parser.Mode.EVAL,
                        "Expression(body=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='width', ctx=Load()), conversion=-1), Constant(value='')])), Constant(value=' {} '), FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='b'), ctx=Load()), conversion=-1), Constant(value=' '), FormattedValue(value=BinOp(left=Constant(value='n'), op=Add(), right=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)])), conversion=-1)]))");
        good(t, "f'{x=}' f'{y = !s}' f'{z=:>3}'", Parser.Mode.EVAL,
                        "Expression(body=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), Constant(value='y = '), FormattedValue(value=Name(id='y', ctx=Load()), conversion=115), Constant(value='z='), FormattedValue(value=Name(id='z', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>3')]))]))");
        good(t, "f'a{x}b' 'c'", Parser.Mode.EVAL,
                        "Expression(body=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='bc')]))");
        good(t, "f'{x:{w}.{p}f}'", Parser.Mode.EVAL,
                        "Expression(body=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), conversion=-1), Constant(value='f')]))]))");
        good(t, "def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:\n    return a", Parser.Mode.EXEC,
                        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], vararg=arg(arg='d'), kwonlyargs=[arg(arg='e'), arg(arg='f')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='g'), defaults=[Constant(value=1), Constant(value=2)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[], returns=Name(id='int', ctx=Load()), type_params=[])], type_ignores=[])");
        good(t, "@dec\n@dec2(1)\nasync def f(*, a): await x", Parser.Mode.EXEC,
                        "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load())))], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Name(id='dec2', ctx=Load()), args=[Constant(value=1)], keywords=[])], type_params=[])], type_ignores=[])");
        good(t, "class C(A, B, metaclass=M, **kw):\n    '''doc'''\n    x = 1", Parser.Mode.EXEC,
                        "Module(body=[ClassDef(name='C', bases=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Expr(value=Constant(value='doc')), Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[], type_params=[])], type_ignores=[])");
        good(t, "def g():\n    x = yield\n    y = yield from z\n    yield a, b", Parser.Mode.EXEC,
                        "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield()), Assign(targets=[Name(id='y', ctx=Store())], value=YieldFrom(value=Name(id='z', ctx=Load()))), Expr(value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())))], decorator_list=[], type_params=[])], type_ignores=[])");
        good(t, "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass", Parser.Mode.EXEC,
                        "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])");
        good(t, "while x:\n    break\nelse:\n    continue", Parser.Mode.EXEC,
                        "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])");
        good(t, "for x, in y:\n    pass\nelse:\n    pass", Parser.Mode.EXEC,
                        "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])");
        good(t, "async def f():\n    async for x in y: pass\n    async with a as b, c: pass", Parser.Mode.EXEC,
                        "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], decorator_list=[], type_params=[])], type_ignores=[])");
        good(t, "with (open(x) as f, open(y) as g,):\n    pass", Parser.Mode.EXEC,
                        "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]), optional_vars=Name(id='f', ctx=Store())), withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='y', ctx=Load())], keywords=[]), optional_vars=Name(id='g', ctx=Store()))], body=[Pass()])], type_ignores=[])");
        good(t, "with (a, b):\n    pass", Parser.Mode.EXEC,
                        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])");
        good(t, "try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass", Parser.Mode.EXEC,
                        "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])");
        good(t, "try:\n    pass\nexcept* E:\n    pass", Parser.Mode.EXEC,
                        "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])");
        good(t, "import a.b.c as d, e\nfrom ...a.b import (c as d, e,)\nfrom . import *", Parser.Mode.EXEC,
                        "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')]), ImportFrom(module='a.b', names=[alias(name='c', asname='d'), alias(name='e')], level=3), ImportFrom(names=[alias(name='*')], level=1)], type_ignores=[])");
        good(t, "global a, b\nnonlocal c\ndel a, b[1], c.d, (e, f), [g]", Parser.Mode.EXEC,
                        "Module(body=[Global(names=['a', 'b']), Nonlocal(names=['c']), Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=1), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del()), Tuple(elts=[Name(id='e', ctx=Del()), Name(id='f', ctx=Del())], ctx=Del()), List(elts=[Name(id='g', ctx=Del())], ctx=Del())])], type_ignores=[])");
        good(t, "assert x, 'msg'\nraise E from None\nraise", Parser.Mode.EXEC,
                        "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg')), Raise(exc=Name(id='E', ctx=Load()), cause=Constant(value=None)), Raise()], type_ignores=[])");
        good(t, "type X = int | str\ntype = 1\nmatch = 2\nmatch.x = 3", Parser.Mode.EXEC,
                        "Module(body=[TypeAlias(name=Name(id='X', ctx=Store()), type_params=[], value=BinOp(left=Name(id='int', ctx=Load()), op=BitOr(), right=Name(id='str', ctx=Load()))), Assign(targets=[Name(id='type', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=2)), Assign(targets=[Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Store())], value=Constant(value=3))], type_ignores=[])");
        good(t, "match x:\n    case [1, *rest]: pass\n    case {'a': 1, **kw}: pass\n    case Point(x=0, y=_) | None: pass\n    case -1 | 1+2j | 's' as z: pass\n    case (a, b): pass\n    case a.b.c: pass\n    case _: pass", Parser.Mode.EXEC,
                        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='rest')]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='a')], patterns=[MatchValue(value=Constant(value=1))], rest='kw'), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchAs()]), MatchSingleton(value=None)]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), MatchValue(value=Constant(value='s'))]), name='z'), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), body=[Pass()]), match_case(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load())), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])");
        good(t, "match x, y:\n    case A(1, b=[*_]) if b: pass", Parser.Mode.EXEC,
                        "Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchClass(cls=Name(id='A', ctx=Load()), patterns=[MatchValue(value=Constant(value=1))], kwd_attrs=['b'], kwd_patterns=[MatchSequence(patterns=[MatchStar()])]), guard=Name(id='b', ctx=Load()), body=[Pass()])])], type_ignores=[])");
        good(t, "x = 1; y = 2;", Parser.Mode.EXEC,
                        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])");
        good(t, "x = (\n  1,\n  2,\n)\ny = 1 + \\\n  2", Parser.Mode.EXEC,
                        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())), Assign(targets=[Name(id='y', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])");
        good(t, "x = 1\n", Parser.Mode.SINGLE,
                        "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
        good(t, "if x:\n    y\n\n", Parser.Mode.SINGLE,
                        "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[])])");
        return t;
    }

    @TestFactory
    List<DynamicTest> syntaxErrorsMatchCPython() {
        List<DynamicTest> t = new ArrayList<>();
        bad(t, "x = (1, 2", "SyntaxError", "'(' was never closed", 1, 5);
        bad(t, "x = 1)", "SyntaxError", "unmatched ')'", 1, 6);
        bad(t, "x = (1, 2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 10);
        bad(t, "x = [1,\n2)", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 2, 2);
        bad(t, "s = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5);
        bad(t, "s = \"\"\"abc\nxyz", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5);
        bad(t, "if x\n  pass", "SyntaxError", "expected ':'", 1, 5);
        bad(t, "if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1);
        bad(t, "  x = 1", "IndentationError", "unexpected indent", 1, 2);
        bad(t, "if x:\n    a\n  b", "IndentationError", "unindent does not match any outer indentation level", 3, 4);
        bad(t, "f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1);
        bad(t, "1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1);
        bad(t, "f() = x = 1", "SyntaxError", "cannot assign to function call", 1, 1);
        bad(t, "x = 1 +", "SyntaxError", "invalid syntax", 1, 8);
        bad(t, "0777", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1);
        bad(t, "1abc", "SyntaxError", "invalid decimal literal", 1, 1);
        bad(t, "0x", "SyntaxError", "invalid hexadecimal literal", 1, 2);
        bad(t, "print 'hi'", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1);
        bad(t, "[a b]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2);
        bad(t, "f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3);
        bad(t, "del f()", "SyntaxError", "cannot delete function call", 1, 5);
        bad(t, "for f() in x: pass", "SyntaxError", "cannot assign to function call", 1, 5);
        bad(t, "f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1);
        bad(t, "(a, b): int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1);
        bad(t, "True = 1", "SyntaxError", "cannot assign to True", 1, 1);
        bad(t, "x = b'a' 'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13);
        bad(t, "f'{x!z}'", "SyntaxError", "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'", 1, 6);
        bad(t, "f'{}'", "SyntaxError", "f-string: valid expression required before '}'", 1, 4);
        bad(t, "f'}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 3);
        bad(t, "a = 1 if b", "SyntaxError", "expected 'else' after 'if' expression", 1, 5);
        bad(t, "def f(x=1, y): pass", "SyntaxError", "parameter without a default follows parameter with a default", 1, 12);
        bad(t, "def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7);
        bad(t, "f(**k, a)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9);
        bad(t, "f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 9);
        bad(t, "f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3);
        bad(t, "try:\n  pass\n", "SyntaxError", "expected 'except' or 'finally' block", 2, 7);
        bad(t, "try:\n  pass\nexcept A, B:\n  pass", "SyntaxError", "multiple exception types must be parenthesized", 3, 8);
        bad(t, "from x import a,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17);
        bad(t, "x := 1", "SyntaxError", "invalid syntax", 1, 3);
        bad(t, "(f() := 1)", "SyntaxError", "cannot use assignment expressions with function call", 1, 2);
        bad(t, "a $ b", "SyntaxError", "invalid syntax", 1, 3);
        bad(t, "def f()\n  pass", "SyntaxError", "expected ':'", 1, 8);
        bad(t, "if x:\n\tif y:\n        pass", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1);
        bad(t, "x = yield = 3", "SyntaxError", "assignment to yield expression not possible", 1, 5);
        bad(t, "def f():\n    return\n  x", "IndentationError", "unindent does not match any outer indentation level", 3, 4);
        bad(t, "print(f'{x')", "SyntaxError", "f-string: expecting '}'", 1, 11);
        bad(t, "x = '\\N{NOSUCHNAME}'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name", 1, 5);
        bad(t, "{1: 2, 3}", "SyntaxError", "':' expected after dictionary key", 1, 8);
        bad(t, "x = {1: 2 3: 4}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9);
        bad(t, "if x = 1: pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4);
        bad(t, "f(**a=1)", "SyntaxError", "cannot assign to keyword argument unpacking", 1, 3);
        bad(t, "class A:\nx = 1", "IndentationError", "expected an indented block after class definition on line 1", 2, 1);
        bad(t, "def f():", "IndentationError", "expected an indented block after function definition on line 1", 1, 9);
        bad(t, "x = 5 5", "SyntaxError", "invalid syntax", 1, 7);
        bad(t, "x = a.", "SyntaxError", "invalid syntax", 1, 7);
        bad(t, "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))", "SyntaxError", "too many nested parentheses", 1, 201);
        return t;
    }

    @Test
    void positions() {
        // CPython: Assign lineno=2 col_offset=0 end_lineno=2 end_col_offset=5; Name x col 0..1; Constant col 4..5
        String src = "# c\nx = 1  # trailing\nif y:\n    z = (1 +\n  2)\n";
        Ast.Module m = (Ast.Module) Parser.parse(src, "f.py", Parser.Mode.EXEC);
        Ast.Assign a = (Ast.Assign) m.body().get(0);
        assertEquals(new Ast.Pos(2, 0, 2, 5, 4, 9), a.pos());
        assertEquals("x = 1", src.substring(a.pos().start(), a.pos().end()));
        Ast.Name x = (Ast.Name) a.targets().get(0);
        assertEquals(new Ast.Pos(2, 0, 2, 1, 4, 5), x.pos());
        Ast.If ifs = (Ast.If) m.body().get(1);
        assertEquals(3, ifs.pos().line());
        assertEquals(5, ifs.pos().endLine());
        assertEquals(4, ifs.pos().endCol());
        Ast.Assign z = (Ast.Assign) ifs.body().get(0);
        assertEquals("z = (1 +\n  2)", src.substring(z.pos().start(), z.pos().end()));
        Ast.BinOp b = (Ast.BinOp) z.value();
        assertEquals(new Ast.Pos(4, 9, 5, 3, 37, 44), b.pos());
    }

    @Test
    void deepNestingDoesNotOverflow() {
        // CPython 3.12: MemoryError: Parser stack overflowed - Python source too complex to parse
        for (String src : new String[]{"-".repeat(100000) + "1", "not ".repeat(100000) + "1", "2**".repeat(100000) + "2", "lambda:".repeat(20000) + "1",
                        "if x: pass\n" + "elif x: pass\n".repeat(25000)}) {
            org.bytepy.runtime.PyException e = assertThrows(org.bytepy.runtime.PyException.class, () -> Parser.parse(src, "f.py", Parser.Mode.EXEC));
            assertEquals("MemoryError", e.getType().getName());
        }
        assertTrue(Parser.parse("x = " + "not ".repeat(5000) + "1", "f.py", Parser.Mode.EXEC) instanceof Ast.Module);
        String ok = "(".repeat(199) + ")".repeat(199) + "\n" + "[".repeat(199) + "]".repeat(199);
        assertTrue(Parser.parse(ok, "f.py", Parser.Mode.EXEC) instanceof Ast.Module);
    }

    @Test
    void errorText() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse("x = 1\ny = (1,\n", "f.py", Parser.Mode.EXEC));
        assertEquals("'(' was never closed", e.msg);
        assertEquals(2, e.lineno);
        assertEquals(5, e.offset);
        assertEquals("y = (1,\n", e.text);
    }
}
