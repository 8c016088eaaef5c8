import itertools as it
import operator

sales = [("north", "jan", 10), ("north", "feb", 12), ("south", "jan", 7), ("south", "feb", 3), ("east", "jan", 5)]
for region, rows in it.groupby(sales, key=operator.itemgetter(0)):
    rows = list(rows)
    print(region, sum(r[2] for r in rows), [r[1] for r in rows])
print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.chain("ab", [1, 2], (3,))))
print(list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.islice(it.count(10, 5), 4)))
print(list(it.islice("abcdefg", 1, None, 2)))
print(list(it.combinations("abcd", 2)))
print(list(it.permutations([1, 2, 3], 2)))
print(list(it.product("ab", repeat=2)))
print(list(it.combinations_with_replacement("ab", 2)))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.repeat("x", 3)))
print(list(it.pairwise("abcd")))
print(list(it.batched(range(7), 3)))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
cyc = it.cycle("xy")
print([next(cyc) for _ in range(5)])
print(list(map(operator.attrgetter("real"), [1, 2.5])))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)
print(list(grouper("ABCDEFG", 3, "x")))
print(sum(1 for _ in it.permutations(range(6))))
print(next(it.islice(it.count(), 100, None)))
