print("multiplying strings")
print("a" * "b")
