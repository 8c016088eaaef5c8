def bubble_sort(a):
    n = len(a)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(0, n - i - 1):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return swaps

data = [64, 34, 25, 12, 22, 11, 90, -5, 0, 34]
print(data)
print(bubble_sort(data))
print(data)
words = ["pear", "apple", "fig", "banana"]
bubble_sort(words)
print(words)
lcg = 12345
nums = []
for i in range(50):
    lcg = (lcg * 1103515245 + 12345) % 2147483648
    nums.append(lcg % 1000)
print(bubble_sort(nums))
print(nums[:10], nums[-5:])
ok = True
for i in range(len(nums) - 1):
    if nums[i] > nums[i + 1]:
        ok = False
print("sorted:", ok)
