package org.bytepy.test.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bytepy.ast.Ast;
import org.bytepy.parser.AstDump;
import org.bytepy.parser.Parser;
import org.bytepy.parser.PySyntaxError;
import org.junit.jupiter.api.Test;

/** PEP 695 type parameters: dumps and errors as CPython 3.12.1's {@code ast.parse} gives them. */
public class TypeParamsParserTest {

    private static void dump(String src, String expected) {
        assertEquals(expected, AstDump.dump(Parser.parse(src, "f.py", Parser.Mode.EXEC)));
    }

    private static void bad(String src, String msg, int lineno, int offset) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse(src, "f.py", Parser.Mode.EXEC));
        assertEquals("SyntaxError|" + msg + "|" + lineno + "|" + offset, e.type + "|" + e.msg + "|" + e.lineno + "|" + e.offset);
    }

    @Test
    void functionTypeParams() {
        dump("def f[T: int, *Ts, **P](x: T) -> T: pass",
                        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x', annotation=Name(id='T', ctx=Load()))], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], returns=Name(id='T', ctx=Load()), type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load())), TypeVarTuple(name='Ts'), ParamSpec(name='P')])], type_ignores=[])");
        dump("async def g[T](): pass",
                        "Module(body=[AsyncFunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T')])], type_ignores=[])");
    }

    @Test
    void classTypeParams() {
        dump("class C[T, U: (int, str),](Base): pass",
                        "Module(body=[ClassDef(name='C', bases=[Name(id='Base', ctx=Load())], keywords=[], body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T'), TypeVar(name='U', bound=Tuple(elts=[Name(id='int', ctx=Load()), Name(id='str', ctx=Load())], ctx=Load()))])], type_ignores=[])");
    }

    @Test
    void typeAlias() {
        dump("type X[T] = list[T]",
                        "Module(body=[TypeAlias(name=Name(id='X', ctx=Store()), type_params=[TypeVar(name='T')], value=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='T', ctx=Load()), ctx=Load()))], type_ignores=[])");
    }

    @Test
    void positions() {
        Ast.FunctionDef f = (Ast.FunctionDef) ((Ast.Module) Parser.parse("def f[T: int](): pass", "f.py", Parser.Mode.EXEC)).body().get(0);
        Ast.Pos p = f.typeParams().get(0).pos();
        assertEquals("1 6 1 12", p.line() + " " + p.col() + " " + p.endLine() + " " + p.endCol());
    }

    @Test
    void errors() {
        bad("def f[*Ts: int](): pass", "cannot use bound with TypeVarTuple", 1, 10);
        bad("def f[**P: int](): pass", "cannot use bound with ParamSpec", 1, 10);
        bad("class C[]: pass", "invalid syntax", 1, 9);
        bad("type X[] = int", "invalid syntax", 1, 8);
    }
}
