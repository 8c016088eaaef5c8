print("never")
else = 5
