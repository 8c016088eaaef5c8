print("float modulo")
print(5.0 % 0)
