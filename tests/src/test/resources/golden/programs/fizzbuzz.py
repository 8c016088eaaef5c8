def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)

for i in range(1, 31):
    print(fizzbuzz(i))
count = 0
for i in range(1, 101):
    if fizzbuzz(i) == "FizzBuzz":
        count += 1
print("fizzbuzz count", count)
