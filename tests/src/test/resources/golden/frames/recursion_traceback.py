# An uncaught RecursionError: the repeated traceback lines are collapsed as CPython does
def shallow(n):
    if n == 0:
        raise ValueError("bottom")
    return shallow(n - 1)



for n in (2, 3, 4, 6):
    try:
        shallow(n)
    except ValueError as e:
        tb = e.__traceback__
        count = 0
        while tb is not None:
            count += 1
            tb = tb.tb_next
        print(n, "frames in traceback:", count)


def f():
    f()


f()
