vals = [0, 1, -1, 2**53, 2**53+1, -2**53-1, 2**63-1, 0.0, -0.0, 1.0, 0.5, float('nan'), float('inf'), float('-inf'), 9007199254740993.0, 2.0**63]
for a in vals:
    for b in vals:
        print(a, b, a < b, a <= b, a > b, a >= b, a == b, a != b)
for i in range(3):
    x = 3; y = 2.5
    print(x < y, y < x, x == 3.0, min(1, 0.5), max(1, 2.0), min(2.0, 2), max(2, 2.0))
