for ch in "hello":
    print(ch)
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print(count)
rev = ""
for ch in "stressed":
    rev = ch + rev
print(rev)
for ch in "":
    print("never")
vowels = 0
for c in "The quick brown fox":
    if c in "aeiouAEIOU":
        vowels += 1
print(vowels)
