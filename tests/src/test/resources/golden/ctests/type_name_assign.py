# typing.py renames its `re` and `io` namespace classes; the rename must stick (else they replace the modules)
import sys


class Meta(type):
    pass


class re(metaclass=Meta):
    pass


re.__name__ = "typing_like.re"
print(re.__name__, re.__qualname__)
sys.modules[re.__name__] = re
import re as real_re
print(type(real_re).__name__, real_re.compile("a+").match("aaa").group())
try:
    re.__name__ = 5
except TypeError as e:
    print(e)
import typing
print(typing.re.__name__, typing.io.__name__)
