import tokenize
for lines in (["    def f(self):\n", "        return 1\n", "    x = 2\n"], ["  @dec\n", "  def g(): pass\n"], ["x = 1"], ["if x:\n", "  y\n", "z"], ["s = '''\n", "abc'''"]):
    try:
        for t in tokenize.generate_tokens(iter(lines).__next__): print(t[:4], repr(t.line))
    except Exception as e: print(type(e).__name__, e)
