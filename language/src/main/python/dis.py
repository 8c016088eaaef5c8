"""Disassembler of bytepy bytecode.

bytepy compiles Python to the bytecode of a Truffle Bytecode DSL interpreter, not to CPython's
bytecode. This module shows that bytecode with the interface and the layout of CPython 3.12's dis:
the instruction names are CPython-style names of bytepy's own instructions (LOAD_CONST, LOAD_FAST,
BINARY_OP, ...), offsets are byte offsets into bytepy's bytecode. The instructions come from the
native helper module _bytepy_dis.

Beyond CPython: dis(x, adaptive=True) shows the quickened (specialized) instructions the
interpreter has rewritten itself into, e.g. BINARY_OP_ADD_LONG, with the active specializations of
each operation, and a header line with the interpreter tier and whether the JIT compiled the code.
"""

import sys
import _bytepy_dis

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode",
           "opname", "opmap", "cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "hasarg", "HAVE_ARGUMENT", "EXTENDED_ARG",
           "stack_effect"]

opmap = _bytepy_dis.opmap()
opname = ['<%r>' % (op,) for op in range(256)]
for _name, _op in opmap.items():
    if _op < 256:
        opname[_op] = _name
del _name, _op

cmp_op = ('<', '<=', '==', '!=', '>', '>=')
HAVE_ARGUMENT = 0
EXTENDED_ARG = -1


def _ops(*names):
    return [opmap[n] for n in names if n in opmap]


hasconst = _ops('LOAD_CONST')
hasname = _ops('LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME',
               'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'IMPORT_NAME', 'IMPORT_FROM')
hasjrel = _ops('JUMP_FORWARD', 'JUMP_BACKWARD', 'POP_JUMP_IF_FALSE', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP')
hasjabs = []
haslocal = _ops('LOAD_FAST', 'STORE_FAST', 'DELETE_FAST', 'CHECK_FAST')
hascompare = _ops('COMPARE_OP')
hasfree = _ops('LOAD_DEREF', 'STORE_DEREF', 'MAKE_CELL', 'LOAD_CLOSURE')
hasarg = sorted(set(hasconst + hasname + hasjrel + haslocal + hascompare + hasfree))

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

_OPNAME_WIDTH = 30
_OPARG_WIDTH = 5


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def _is_code(x):
    return type(x).__name__ == 'code'


class _Sink:
    """A minimal text stream (io.StringIO without io)."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)


def _try_compile(source, name):
    try:
        c = compile(source, name, 'eval')
    except SyntaxError:
        c = compile(source, name, 'exec')
    return c


def _unwrap(x):
    """The code object of a method, function, generator or coroutine; anything else unchanged."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    elif _bytepy_dis.code_of(x) is not None:  # generators without gi_code
        x = _bytepy_dis.code_of(x)
    return x


def _get_code_object(x):
    """Helper to handle methods, compiled or raw code objects, and strings."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if _is_code(x):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _has_code(x):
    if isinstance(x, (staticmethod, classmethod)):
        return True
    if isinstance(x, type):
        return True
    return _is_code(x) or hasattr(x, '__code__') or hasattr(x, '__func__')


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, code objects, and source strings."""
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _unwrap(x)
    if not _is_code(x) and hasattr(x, '__dict__'):  # class or module
        items = sorted(x.__dict__.items())
        for name, x1 in items:
            if _has_code(x1):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif _is_code(x):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    elif isinstance(x, (bytes, bytearray)):
        raise TypeError("bytepy cannot disassemble raw bytes: its bytecode is not CPython's")
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches, adaptive=adaptive)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    if co.co_consts:
        lines.append("Constants:")
        for i_c in enumerate(co.co_consts):
            lines.append("%4d: %r" % i_c)
    for title, names in (("Names:", co.co_names), ("Variable names:", co.co_varnames),
                         ("Free variables:", co.co_freevars), ("Cell variables:", co.co_cellvars)):
        if names:
            lines.append(title)
            for i_n in enumerate(names):
                lines.append("%4d: %s" % i_n)
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*."""
    print(code_info(co), file=file)


class Positions(tuple):
    """Positions(lineno, end_lineno, col_offset, end_col_offset)"""
    __slots__ = ()
    _fields = ('lineno', 'end_lineno', 'col_offset', 'end_col_offset')

    def __new__(cls, lineno=None, end_lineno=None, col_offset=None, end_col_offset=None):
        return tuple.__new__(cls, (lineno, end_lineno, col_offset, end_col_offset))

    lineno = property(lambda self: self[0])
    end_lineno = property(lambda self: self[1])
    col_offset = property(lambda self: self[2])
    end_col_offset = property(lambda self: self[3])

    def __repr__(self):
        return 'Positions(lineno=%r, end_lineno=%r, col_offset=%r, end_col_offset=%r)' % tuple(self)


class Instruction(tuple):
    """Details for a bytecode operation

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         starts_line - line started by this opcode (if any), otherwise None
         is_jump_target - True if other code jumps to here, otherwise False
         positions - Optional dis.Positions object holding the span of source code
                     covered by this instruction
    """
    __slots__ = ()
    _fields = ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line',
               'is_jump_target', 'positions')

    def __new__(cls, opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target,
                positions=None):
        return tuple.__new__(cls, (opname, opcode, arg, argval, argrepr, offset, starts_line,
                                   is_jump_target, positions))

    opname = property(lambda self: self[0])
    opcode = property(lambda self: self[1])
    arg = property(lambda self: self[2])
    argval = property(lambda self: self[3])
    argrepr = property(lambda self: self[4])
    offset = property(lambda self: self[5])
    starts_line = property(lambda self: self[6])
    is_jump_target = property(lambda self: self[7])
    positions = property(lambda self: self[8])

    @property
    def baseopname(self):
        return opname[self.opcode] if 0 <= self.opcode < 256 else self.opname

    @property
    def baseopcode(self):
        return self.opcode

    @property
    def jump_target(self):
        if self.opcode in hasjrel:
            return self.argval
        return None

    def _replace(self, **kw):
        values = list(self)
        for k, v in kw.items():
            values[self._fields.index(k)] = v
        return Instruction(*values)

    def _asdict(self):
        return {k: v for k, v in zip(self._fields, self)}

    def __repr__(self):
        return 'Instruction(' + ', '.join('%s=%r' % (k, v) for k, v in zip(self._fields, self)) + ')'

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """Format instruction details for inclusion in disassembly output."""
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                lineno_fmt = "%%%dd" % lineno_width
                fields.append(lineno_fmt % self.starts_line)
            else:
                fields.append(' ' * lineno_width)
        if mark_as_current:
            fields.append('-->')
        else:
            fields.append('   ')
        if self.is_jump_target:
            fields.append('>>')
        else:
            fields.append('  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        elif self.argrepr:
            fields.append(' ' * _OPARG_WIDTH)
            fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _raw(co, adaptive=False):
    return _bytepy_dis.instructions(co, adaptive)


def findlabels(code):
    """Detect all offsets in a code object that are jump targets."""
    labels = []
    for ins in _raw(code):
        target = ins[10]
        if target is not None and target not in labels:
            labels.append(target)
    return labels


def findlinestarts(code):
    """Find the offsets in a code object that start a new line: (offset, lineno) pairs."""
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


def _get_instructions(co, adaptive=False, line_offset=0):
    raw = _raw(co, adaptive)
    labels = set(ins[10] for ins in raw if ins[10] is not None)
    lastline = None
    for ins in raw:
        line = ins[6]
        starts_line = None
        if line is not None and line != lastline:
            starts_line = line + line_offset
            lastline = line
        positions = Positions(ins[6], ins[7], ins[8], ins[9])
        yield Instruction(ins[0], ins[1], ins[2], ins[3], ins[4], ins[5], starts_line,
                          ins[5] in labels, positions)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator for the opcodes in methods, functions or code."""
    co = _get_code_object(x)
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _get_instructions(co, adaptive, line_offset)


def _status_line(co):
    tier, jit = _bytepy_dis.status(co)
    return "-- bytepy: %s: %s interpreter, JIT: %s" % (co.co_qualname, tier, jit)


def _disassemble_instructions(instructions, lasti=-1, file=None):
    instructions = list(instructions)
    lines = [i.starts_line for i in instructions if i.starts_line is not None]
    if lines:
        maxlineno = max(lines)
        lineno_width = len(str(maxlineno)) if maxlineno >= 1000 else 3
    else:
        lineno_width = 0
    maxoffset = instructions[-1].offset if instructions else 0
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    for instr in instructions:
        new_source_line = (lineno_width and instr.starts_line is not None and instr.offset > 0)
        if new_source_line:
            print(file=file)
        is_current_instr = instr.offset == lasti
        print(instr._disassemble(lineno_width, is_current_instr, offset_width), file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    if adaptive:
        print(_status_line(co), file=file)
    _disassemble_instructions(_get_instructions(co, adaptive), lasti, file)


disco = disassemble


def _nested(co):
    return _bytepy_dis.nested_codes(co)


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file, show_caches=show_caches, adaptive=adaptive)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in _nested(co):
            print(file=file)
            print("Disassembly of %r:" % (x,), file=file)
            _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)


def _disassemble_str(source, **kwargs):
    """Compile the source string, then disassemble the code object."""
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


def stack_effect(opcode, oparg=None, *, jump=None):
    raise ValueError("bytepy: stack_effect() is not available for bytepy's instruction set")


class Bytecode:
    """The bytecode operations of a piece of code

    Instantiate this with a function, method, other compiled object, string of
    code, or a code object (as returned by compile()).

    Iterating over this yields the bytecode operations as Instruction instances.
    """

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return _get_instructions(self.codeobj, self.adaptive, self._line_offset)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """ Construct a Bytecode from the given traceback """
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        out = _Sink()
        offset = self.current_offset if self.current_offset is not None else -1
        if self.adaptive:
            print(_status_line(self.codeobj), file=out)
        _disassemble_instructions(_get_instructions(self.codeobj, self.adaptive, self._line_offset), offset, out)
        return out.getvalue()


def _test():
    """Simple test program to disassemble a file."""
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument('infile', nargs='?', default='-')
    args = parser.parse_args()
    if args.infile == '-':
        name = '<stdin>'
        source = sys.stdin.buffer.read()
    else:
        name = args.infile
        with open(args.infile, 'rb') as infile:
            source = infile.read()
    code = compile(source, name, "exec")
    dis(code)


if __name__ == "__main__":
    _test()
