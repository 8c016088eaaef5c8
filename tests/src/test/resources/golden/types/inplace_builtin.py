s = {1, 2}; t = s; t |= {3}; t -= {1}; t &= {2, 3, 4}; t ^= {9}
print(t is s, s, {x % 3 for x in range(10)})
d = {1: 1}; e = d; e |= {2: 2}; print(e is d, d)
a = bytearray(b"x"); c = a; c += b"y"; print(c is a, a)
