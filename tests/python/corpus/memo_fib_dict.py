# Memoization with dicts, dynamic programming tables, big Fibonacci numbers.

memo = {0: 0, 1: 1}


def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def lcs(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    out = []
    i, j = len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))


def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]


def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for v in range(c, amount + 1):
            ways[v] += ways[v - c]
    return ways[amount]


def knapsack(items, capacity):
    best = {}

    def go(i, cap):
        if i == len(items):
            return 0
        key = (i, cap)
        if key in best:
            return best[key]
        weight, value = items[i]
        result = go(i + 1, cap)
        if weight <= cap:
            result = max(result, value + go(i + 1, cap - weight))
        best[key] = result
        return result
    return go(0, capacity)


print([fib(i) for i in range(15)])
print(fib(200))
print(fib(300) == fib_iter(300), len(str(fib_iter(1000))))
print(lcs("AGGTAB", "GXTXAYB"), lcs("thread", "dreadful"))
print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn"))
print(coin_change([1, 2, 5], 11), coin_change([2, 5, 3, 6], 10), coin_change([1, 5, 10, 25, 50], 300))
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))


def collatz_len(n, cache={1: 1}):
    if n in cache:
        return cache[n]
    nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    cache[n] = 1 + collatz_len(nxt)
    return cache[n]


best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best))
