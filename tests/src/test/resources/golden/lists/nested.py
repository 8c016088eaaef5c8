grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(grid)
print(grid[1], grid[1][2], grid[-1][-1])
grid[0][0] = 100
print(grid[0])
total = 0
for row in grid:
    for v in row:
        total += v
print(total)
diag = []
for i in range(3):
    diag.append(grid[i][i])
print(diag)
t = ([1, 2], (3, [4, 5]))
t[1][1].append(6)
print(t)
print(len(grid), len(grid[0]))
