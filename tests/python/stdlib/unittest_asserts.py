# Failure messages of the TestCase assert methods, called directly.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print("%s: %s" % (name, e))
    else:
        print("%s: passed" % name)


check("assertEqual", 1, 1)
check("assertEqual", 1, 2)
check("assertEqual", 1, 2, "custom")
check("assertEqual", "hello", "hallo")
check("assertEqual", "one\ntwo\nthree\n", "one\nTwo\nthree\n")
check("assertEqual", "a" * 100, "a" * 99 + "b")
check("assertEqual", [1, 2, 3], [1, 2, 4])
check("assertEqual", [1, 2, 3], [1, 2])
check("assertEqual", [1, 2], [1, 2, 3, 4])
check("assertEqual", (1, "x"), (1, "y"))
check("assertEqual", {"a": 1, "b": 2}, {"a": 1, "b": 3})
check("assertEqual", {1, 2}, {2, 3})
check("assertEqual", list(range(100)), list(range(99)) + [0])
check("assertNotEqual", 3, 3)
check("assertTrue", 0)
check("assertTrue", [])
check("assertFalse", "x")
check("assertIs", None, 0)
check("assertIsNot", None, None)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIn", 4, [1, 2, 3])
check("assertNotIn", 2, [1, 2, 3])
check("assertIsInstance", 3, str)
check("assertNotIsInstance", 3, int)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.1, places=0)
check("assertAlmostEqual", 1.0, 1.5, delta=0.25)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertRegex", "hello world", r"wor+ld")
check("assertRegex", "hello", r"\d+")
check("assertNotRegex", "abc123", r"\d+")
check("assertCountEqual", [1, 2, 2, 3], [3, 2, 1, 2])
check("assertCountEqual", [1, 2, 2, "x"], [2, 1, 1, "y"])
check("assertSequenceEqual", [1, 2], (1, 3))
check("assertListEqual", [1], (1,))
check("assertDictEqual", {"k": [1, 2]}, {"k": [1, 3]})
check("assertMultiLineEqual", "abc\n", "abd\n")

# assertRaises: callable form and context-manager form.
check("assertRaises", ValueError, int, "x")
check("assertRaises", ValueError, int, "5")
check("assertRaises", (KeyError, IndexError), [].pop)
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print("no raise:", e)
try:
    with t.assertRaises(KeyError, msg="lookup"):
        pass
except AssertionError as e:
    print("with msg:", e)
try:
    with t.assertRaises(KeyError):
        raise ValueError("not caught")
except ValueError as e:
    print("other exception passes through:", e)
with t.assertRaisesRegex(ValueError, r"invalid literal") as cm:
    int("abc")
print(cm.exception.args)
try:
    with t.assertRaisesRegex(ValueError, r"^zzz"):
        raise ValueError("abc")
except AssertionError as e:
    print("regex mismatch:", e)
check("assertRaisesRegex", TypeError, "must be", len, 5)

# longMessage off: only the custom message.
t.longMessage = False
check("assertEqual", 1, 2, "only this")
check("assertEqual", 1, 2)
t.longMessage = True

# maxDiff: a long diff is replaced by a note.
t.maxDiff = 20
check("assertEqual", [1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 7])
t.maxDiff = None
check("assertEqual", {"x": list(range(30))}, {"x": list(range(29))})

# fail, skipTest
check("fail", "boom")
try:
    t.skipTest("later")
except unittest.SkipTest as e:
    print("SkipTest:", e)
print(repr(t), str(t), t.id())
print(t.shortDescription())
