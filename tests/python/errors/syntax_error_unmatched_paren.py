scores = [90, 85, 77]
for s in scores:
    print(s)
print(max(scores)))
