print('single')
print("double")
print('it\'s', "say \"hi\"", "it's", 'say "hi"')
print("""triple
double""")
print('''triple
single''')
print(r"raw \n stays", r'C:\path\to')
print("tab\there", "nl\nnext", "back\\slash")
print("\x41\x42", "\u00e9", "\101")
print("adjacent" " " 'concat' """enation""")
print("")
print('a' 'b')
s = ("multi "
     "line "
     "concat")
print(s)
print("""with "quotes" inside""")
print("line\
continued")
