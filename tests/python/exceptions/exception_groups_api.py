# BaseExceptionGroup / ExceptionGroup: construction checks, attributes, split/subgroup/derive.
def show(f):
    try:
        r = f()
        print("ok", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: ExceptionGroup("m", [ValueError(1)]))
show(lambda: ExceptionGroup("m", ValueError(1)))
show(lambda: ExceptionGroup("m", []))
show(lambda: ExceptionGroup("m", [1]))
show(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
show(lambda: ExceptionGroup(1, [ValueError()]))
show(lambda: BaseExceptionGroup("m", [ValueError()]))
show(lambda: BaseExceptionGroup("m", [KeyboardInterrupt(), ValueError()]))
show(lambda: ExceptionGroup("m", (ValueError(),)))

eg = ExceptionGroup("top", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t"), ValueError("v2")]), KeyError("k")])
print(str(eg))
print(repr(eg.message), type(eg.exceptions).__name__, len(eg.exceptions))
print(str(ExceptionGroup("one", [ValueError()])))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print([c.__name__ for c in ExceptionGroup.__mro__])

m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(eg.split(OSError))
print(eg.split(Exception)[0] is eg)
print(repr(eg.subgroup((TypeError, KeyError))))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and str(e) == "v2")))
print(eg.subgroup(lambda e: False))
print(repr(eg.derive([IndexError("i")])))
print(repr(eg.derive([KeyboardInterrupt()])))
try:
    eg.split(42)
except TypeError as e:
    print("TypeError", e)

eg.add_note("a note")
m = eg.subgroup(KeyError)
print(m.__notes__)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)

me = MyEG("mine", [ValueError("a"), TypeError("b")])
m, r = me.split(TypeError)
print(type(m).__name__, m.message, repr(r))
try:
    raise me
except ExceptionGroup as e:
    print("caught", type(e).__name__, e)
