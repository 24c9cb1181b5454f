stack = []
for ch in "([]{()})":
    if ch in "([{":
        stack.append(ch)
    else:
        top = stack.pop()
        print(top + ch, end=" ")
print("| balanced:", not stack)
queue = []
for i in range(5):
    queue.append(i)
out = []
while queue:
    out.append(queue.pop(0))
print(out)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["()", "([)]", "{[()()]}", "((", "", "a(b)c"]:
    print(repr(s), balanced(s))
