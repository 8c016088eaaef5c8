print("list minus")
print([1] - [1])
