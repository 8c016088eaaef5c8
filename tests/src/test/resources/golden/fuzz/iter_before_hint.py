# Fuzz findings: list()/tuple()/sorted() ask for the iterator before the length hint; divmod and % formats of floats.
class C5:
    def __len__(self):
        return -1
class It:
    def __len__(self):
        return -1
    def __iter__(self):
        return iter([1])
for f in (list, tuple, sorted):
    for o in (C5(), It()):
        try:
            print(f(o))
        except Exception as e:
            print(type(e).__name__, e)
for f in ['divmod(1.0, 0.0)', 'divmod(1, 0.0)', 'divmod(1.5, 0)', 'divmod(True, 0.0)', '1.0 // 0.0', '1.0 % 0.0', 'divmod(1, 0)',
          'format(float("-inf"), "%")', 'format(float("nan"), "%")', 'format(float("inf"), "+.2%")', 'f"{-1e400:>8%}"']:
    try:
        print(repr(eval(f)))
    except Exception as e:
        print(type(e).__name__, e)
