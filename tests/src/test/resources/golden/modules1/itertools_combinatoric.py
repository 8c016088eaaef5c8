# product, permutations, combinations: lazy, with the orders CPython documents
from itertools import product, permutations, combinations, combinations_with_replacement, islice, count, tee, groupby, zip_longest

print(list(product('ab', [0, 1])))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product('ab', [])))
print(list(permutations([1, 2, 3])))
print(list(permutations('abcd', 0)), list(permutations('ab', 3)))
print(list(combinations(range(5), 3)))
print(list(combinations('abc', 0)), list(combinations('', 1)))
print(list(combinations_with_replacement([1, 2, 3], 3)))
print(list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 2)))
try:
    combinations('abc', -1)
except ValueError as e:
    print('ValueError:', e)
try:
    product('a', repeat=-1)
except ValueError as e:
    print('ValueError:', e)

# laziness: an infinite input works
p = product(islice(count(), 3), 'xy')
print(next(p), next(p), next(p))

# tee: independent iterators over one input, which is read once
reads = []
def source():
    for i in range(4):
        reads.append(i)
        yield i
a, b, c = tee(source(), 3)
print(next(a), next(a), list(b), list(a), list(c), reads)
print(tee([1], 0))

# groupby with a key and a consumed parent
data = [('a', 1), ('a', 2), ('b', 3), ('a', 4)]
for k, g in groupby(data, key=lambda t: t[0]):
    print(k, [v for _, v in g])
groups = groupby('aabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(zip_longest([1, 2, 3], 'ab', [True])))
print(list(zip_longest()))

# a generator pipeline
from itertools import accumulate, takewhile, chain, starmap, filterfalse, compress, cycle, repeat, batched
squares = (n * n for n in count(1))
print(list(takewhile(lambda s: s < 50, squares)))
print(list(accumulate(chain([3, 1], repeat(2, 3)), max)))
print(list(starmap(lambda a, b: a * b, zip(range(4), cycle([1, -1])))))
print(list(filterfalse(lambda n: n % 3, range(10))))
print(list(compress(range(6), cycle([True, False]))))
print(sum(1 for _ in batched(range(100), 7)), list(batched([], 2)))
try:
    batched('ab', 0)
except ValueError as e:
    print('ValueError:', e)
