print("never")
x = 1 +* 2
