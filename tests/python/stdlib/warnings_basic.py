# warnings: catch_warnings(record=True), filters, error action, custom showwarning.
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn(RuntimeWarning("inst"))
    print(len(w), [(str(x.message), x.category.__name__, x.lineno) for x in w])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised", e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("loop")
    warnings.filterwarnings("ignore", message="skip")
    warnings.warn("skip me")
    warnings.warn("keep me")
    print([str(x.message) for x in w])


def helper():
    warnings.warn("from helper", stacklevel=2)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    helper()
    print(w[0].lineno, w[0].filename.endswith("warnings_basic.py"))

shown = []


def show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__))


old = warnings.showwarning
warnings.showwarning = show
warnings.warn("custom", FutureWarning)
warnings.showwarning = old
print(shown)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  x = 1  "), end="")
try:
    warnings.warn("bad", category=str)
except TypeError as e:
    print("TypeError", e)
