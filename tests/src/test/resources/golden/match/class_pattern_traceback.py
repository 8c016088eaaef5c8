# an uncaught TypeError from a class pattern: traceback points at the case
class A:
    __match_args__ = ("a",)
def f(v):
    match v:
        case 1:
            pass
        case A(x, y):
            pass
f(A())
