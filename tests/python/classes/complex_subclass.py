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
