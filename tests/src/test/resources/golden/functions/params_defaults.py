def add(a, b):
    return a + b

def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(add(2, 3))
print(add("a", "b"))
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", "?"))
print(greet("Di", punct="."))
print(greet(punct="~", name="Ed"))
print(add(b=1, a=2))

def power(base, exp=2):
    return base ** exp

print(power(3), power(2, 10), power(exp=3, base=2))

def defaults_evaluated_once(x, acc=[]):
    acc.append(x)
    return acc

print(defaults_evaluated_once(1))
print(defaults_evaluated_once(2))
d = 5
def uses_default(v=d):
    return v
d = 6
print(uses_default())
