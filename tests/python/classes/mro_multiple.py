class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print([k.__name__ for k in D.__mro__])
print(D().who())
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
print([k.__name__ for k in Aa.__mro__])
print([k.__name__ for k in Aa.mro()])
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def greet(self):
        return "hello from " + type(self).__name__
class Base:
    def __init__(self):
        self.tag = "base"
class Combined(Mixin, Base):
    pass
c = Combined()
print(c.greet(), c.tag, [k.__name__ for k in Combined.__bases__])
class Left:
    def __init__(self):
        print("Left init")
        super().__init__()
class Right:
    def __init__(self):
        print("Right init")
        super().__init__()
class Both(Left, Right):
    def __init__(self):
        print("Both init")
        super().__init__()
Both()
