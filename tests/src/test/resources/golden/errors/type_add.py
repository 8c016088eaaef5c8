print("adding")
x = 1 + "a"
