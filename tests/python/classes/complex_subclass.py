# complex: equality with complex, float and int operands, hashing, and a subclass.

a=complex(1,2)
b=complex(1,2)
print(a==b, a!=b, a==1, complex(1,0)==1, hash(complex(1,0))==hash(1))
class C(complex):
    pass
c = C(2, 0)
print(c == 2, c == 2.0, {2: "two"}[c], C(1, 1) != 1j, hash(C(0, 1)) == hash(1j))
try:
    C(1) < C(2)
except TypeError as e:
    print("TypeError:", e)

# Unary operators on instances of number subclasses give plain numbers.
class C(complex): pass
print(-C(1,2), +C(1,2), type(-C(1,2)).__name__)
class M(int): pass
print(-M(3), ~M(3), +M(3), type(-M(3)).__name__)
class S(str): pass
try:
    -S("x")
except TypeError as e:
    print(e)
class F(float): pass
try:
    ~F(1.0)
except TypeError as e:
    print(e)
