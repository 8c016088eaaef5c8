# dis.get_instructions / dis.Bytecode: structure that holds for CPython's bytecode and for bytepy's
import dis


def f(a, b):
    x = a + b
    if x > 10:
        return x
    for i in range(3):
        x += i
    return obj.attr(len(x))


ins = list(dis.get_instructions(f))
names = [i.opname for i in ins]
print(dis.Instruction._fields)
for op in ("LOAD_FAST", "STORE_FAST", "LOAD_GLOBAL", "LOAD_ATTR", "BINARY_OP", "COMPARE_OP", "POP_JUMP_IF_FALSE",
           "GET_ITER", "FOR_ITER", "JUMP_BACKWARD", "CALL", "RETURN_VALUE", "LOAD_CONST"):
    print(op, op in names)
print([i.argrepr for i in ins if i.opname == "BINARY_OP"])
print([i.argrepr for i in ins if i.opname == "COMPARE_OP"])
print(sorted(set(i.argval for i in ins if i.opname == "LOAD_GLOBAL")))
print([i.argval for i in ins if i.opname == "LOAD_ATTR"])
print([i.argval for i in ins if i.opname == "LOAD_CONST"])
print(sorted(set(i.argval for i in ins if i.opname in ("LOAD_FAST", "STORE_FAST") and not i.argval.startswith("."))))
print([i.arg == f.__code__.co_consts.index(i.argval) for i in ins if i.opname == "LOAD_CONST"])
print(all(i.argval in f.__code__.co_names for i in ins if i.opname in ("LOAD_ATTR", "LOAD_GLOBAL")))
first = f.__code__.co_firstlineno
starts = sorted(set(i.starts_line for i in ins if i.starts_line is not None))
print([s - first for s in starts if s > first])
print(ins[0].starts_line == first)
offsets = [i.offset for i in ins]
print(offsets == sorted(offsets), offsets[0] == 0, len(set(offsets)) == len(offsets))
targets = [i for i in ins if i.is_jump_target]
print(len(targets) >= 2)
print(all(t.offset in offsets for t in targets))
jumps = [i for i in ins if i.opname in ("POP_JUMP_IF_FALSE", "JUMP_BACKWARD")]
print(all(j.argval in offsets and j.argrepr == "to " + str(j.argval) for j in jumps))
back = [i for i in ins if i.opname == "JUMP_BACKWARD"][0]
print(back.argval < back.offset, [t for t in ins if t.offset == back.argval][0].is_jump_target)
add = [i for i in ins if i.opname == "BINARY_OP" and i.argrepr == "+"][0]
print(add.positions.lineno == first + 1, add.positions.end_lineno == first + 1)
print(add.positions.col_offset, add.positions.end_col_offset)
print(type(add.positions).__name__, add.positions._fields if hasattr(add.positions, "_fields") else None)

bc = dis.Bytecode(f)
print([i.opname for i in bc] == names)
print(repr(bc).startswith("Bytecode(<function f at "))
print(bc.codeobj is f.__code__, bc.first_line == first)
print(dis.opname[dis.opmap["LOAD_CONST"]], dis.opname[dis.opmap["BINARY_OP"]])
print(dis.opmap["LOAD_CONST"] in dis.hasconst, dis.opmap["LOAD_FAST"] in dis.haslocal, dis.opmap["LOAD_ATTR"] in dis.hasname)
print(dis.cmp_op)

mod = list(dis.get_instructions("y = x + 1"))
print([i.argval for i in mod if i.opname in ("LOAD_NAME", "STORE_NAME")])
print(list(dis.findlinestarts(f.__code__))[0][1] == first)
