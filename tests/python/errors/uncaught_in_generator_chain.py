def parse(lines):
    for line in lines:
        yield int(line)


def doubled(nums):
    for n in nums:
        yield n * 2


print(list(doubled(parse(["1", "2"]))))
print(sum(doubled(parse(["3", "x", "4"]))))
