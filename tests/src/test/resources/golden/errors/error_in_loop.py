total = 0
for d in [4, 2, 1, 0, 5]:
    total += 100 // d
    print("total", total)
