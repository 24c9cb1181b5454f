import types
import sys

ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="two", c=[3]), ns != types.SimpleNamespace())
try:
    types.SimpleNamespace({"x": 1}, y=2)
except TypeError as e:
    print(e)
del ns.a
print(ns, sorted(vars(ns)))


def f():
    pass


def g():
    yield 1


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.FunctionType))
print(isinstance(g(), types.GeneratorType), isinstance(C().m, types.MethodType), isinstance(C.m, types.FunctionType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType), type(None) is types.NoneType)
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.MethodType.__name__, types.ModuleType.__name__)
