# atexit: callbacks run at exit, last registered first, with their arguments.
import atexit


def bye(name, punct="!"):
    print("bye", name + punct)


atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")


@atexit.register
def decorated():
    print("decorated runs first")


def removed():
    print("never printed")


atexit.register(removed)
atexit.unregister(removed)
print("main done")
