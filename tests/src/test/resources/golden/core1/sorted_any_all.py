xs = [5, 2, 9, 1, 5, 6]
print(sorted(xs))
print(sorted(xs, reverse=True))
print(xs)
print(sorted("banana"))
print(sorted({3: "c", 1: "a", 2: "b"}))
words = ["pear", "Apple", "fig", "banana", "Cherry"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
records = [("bob", 3), ("ann", 3), ("cid", 1), ("dan", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records))
print(sorted([]))
print(sorted([3.5, 1, 2.25, -1]))
print(sorted([[2, 1], [1, 2], [1, 1]]))
ys = [3, 1, 2]
ys.sort()
print(ys)
ys.sort(key=lambda v: -v)
print(ys)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)

print(any([]), all([]))
print(any([0, "", None]), any([0, 1]))
print(all([1, "a", [0]]), all([1, 0]))
print(any(x > 5 for x in xs), all(x > 0 for x in xs))
seen = []
def check(v):
    seen.append(v)
    return v > 2
print(any(check(v) for v in [1, 3, 5]), seen)
seen.clear()
print(all(check(v) for v in [3, 1, 5]), seen)
print(any("abc"), all(""))
print(max(words, key=len), min(words, key=len))
print(max([], default="empty"), min(3, 1, 2))
