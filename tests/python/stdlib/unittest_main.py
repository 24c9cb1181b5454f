# unittest.main(): argv handling, verbosity, -k, named tests, exit codes.
import io
import re
import sys
import unittest


class Arith(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_sub(self):
        self.assertEqual(5 - 3, 2)


class Broken(unittest.TestCase):
    def test_broken(self):
        self.assertEqual("a", "b")


def run_main(argv, **kwargs):
    """Run unittest.main with stderr captured; print the normalised report and the exit status."""
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    code = "no exit"
    try:
        prog = unittest.main(module=__name__, argv=["prog"] + argv, **kwargs)
        code = "returned, success=%s" % prog.result.wasSuccessful()
    except SystemExit as e:
        code = "exit %r" % (e.code,)
    finally:
        sys.stderr = saved
        unittest.defaultTestLoader.testNamePatterns = None
    text = re.sub(r'File "[^"]*"', 'File "<file>"', buf.getvalue())
    text = re.sub(r"in \d+\.\d+s", "in <time>", text)
    lines = [ln for ln in text.split("\n") if not re.fullmatch(r"\s*[\^~]+\s*", ln)]
    print("\n".join(lines))
    print("->", code)


run_main(["Arith"])
run_main(["-v", "Arith"])
run_main(["-q", "Arith.test_sub"])
run_main([])
run_main(["-k", "sub"])
run_main(["Broken"], exit=False)
run_main(["Arith", "Broken.test_broken"], verbosity=2)
run_main(["-f", "Broken", "Arith"])
run_main(["--bogus"])
run_main(["-k"])
run_main(["-h"])
