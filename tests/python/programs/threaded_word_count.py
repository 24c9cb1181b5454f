import threading
CORPUS = [
    "the cat sat on the mat",
    "the dog ate the bone",
    "a cat and a dog",
    "on the mat sat the dog",
] * 50
def count_words(lines, result):
    local = {}
    for line in lines:
        for w in line.split():
            local[w] = local.get(w, 0) + 1
    result.append(local)
partials = []
chunks = [CORPUS[i::4] for i in range(4)]
threads = [threading.Thread(target=count_words, args=(c, partials)) for c in chunks]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = {}
for p in partials:
    for w, n in p.items():
        total[w] = total.get(w, 0) + n
for w, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:>5} {n}")
print(len(partials), sum(total.values()))
