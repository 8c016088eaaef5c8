s = "héllo wörld"
t = "a\U0001F600b"
for k in range(3):
    print([s[i] for i in range(len(s))], s[-1], [t[i] for i in range(len(t))], t[-1])
    xs = [1, 2, 3]; tu = (4, 5, 6)
    print(xs[-1], xs[-3], tu[0], tu[2], tu[-1])
    try: xs[-4]
    except IndexError as e: print(e)
    try: tu[3]
    except IndexError as e: print(e)
    try: s[20]
    except IndexError as e: print(e)
    print(None == 1, 1 == None, None != "a", "a" != None, None == None, None != None, [] == None)
    class E:
        def __eq__(self, o): return "custom"
    print(None == E(), E() == None, None != E())
    print("abc" == "abc", "abc" != "abd")
