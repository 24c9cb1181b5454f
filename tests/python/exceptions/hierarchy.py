def chain(cls):
    return " -> ".join(k.__name__ for k in cls.__mro__)
for cls in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnboundLocalError, RecursionError,
            StopIteration, KeyboardInterrupt, SystemExit, NotImplementedError, ModuleNotFoundError,
            UnicodeDecodeError, OverflowError, TimeoutError, BrokenPipeError, AssertionError, GeneratorExit):
    print(chain(cls))
print(issubclass(ArithmeticError, Exception), issubclass(Exception, BaseException), issubclass(SystemExit, Exception))
print(issubclass(IOError, OSError), IOError is OSError, EnvironmentError is OSError)
try:
    {}["k"]
except LookupError as e:
    print("caught via LookupError:", type(e).__name__)
try:
    [][0]
except (KeyError, IndexError) as e:
    print("caught via tuple:", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("caught via ArithmeticError:", type(e).__name__)
try:
    raise SystemExit(3)
except Exception:
    print("not here")
except BaseException as e:
    print("SystemExit caught as BaseException", e.code)
