print(2 ** 100)
print(-(2 ** 100))
print(2 ** 64, 2 ** 63, 2 ** 63 - 1, -(2 ** 63))
f = 1
i = 1
while i <= 30:
    f = f * i
    i = i + 1
print(f)
print(f // 2 ** 20, f % 1000000007)
print(f * -f)
big = 2 ** 100
print(big + 1, big - 1, big * big)
print(big // 3, big % 3, big // -3, big % -3)
print(-big // 7, -big % 7)
print(big >> 90, big << 5, big & 0xFFFF, big | 1, big ^ big)
print(~big)
print(big == 2 ** 100, big > 2 ** 99, big < 0)
print(big / 2)
print(12345678901234567890 * 98765432109876543210)
print(-123456789012345678901234567890 // 12345)
print(3 ** 200)
