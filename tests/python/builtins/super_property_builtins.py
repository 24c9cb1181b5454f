class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "Base.hello"
class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
    def hello(self):
        return "Child>" + super().hello()
    def explicit(self):
        return super(Child, self).hello()
c = Child()
print(c.log, c.hello(), c.explicit())
print(type(super(Child, c)).__name__)
class P:
    def __init__(self):
        self._v = 0
    def getv(self):
        return self._v
    def setv(self, v):
        self._v = v * 2
    def delv(self):
        self._v = None
    v = property(getv, setv, delv, "doc of v")
p = P()
p.v = 5
print(p.v, P.v.__doc__)
del p.v
print(p.v)
print(isinstance(P.__dict__["v"], property), P.v.fget is P.getv)
class M:
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def c(cls, x):
        return (cls.__name__, x)
print(M.s(1), M().s(2), M.c(3), M().c(4))
print(staticmethod(len)(), ) if False else print("ok")
