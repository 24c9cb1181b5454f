# TextTestRunner reports (dots, verbose lines, FAIL/ERROR blocks, summary) and
# the order of fixtures, with the runner writing into a buffer.
import io
import re
import unittest

events = []


def report(suite, verbosity=1, **kwargs):
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity, **kwargs).run(suite)
    text = buf.getvalue()
    text = re.sub(r'File "[^"]*"', 'File "<file>"', text)
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in <time>", text)
    lines = [ln for ln in text.split("\n") if not re.fullmatch(r"\s*[\^~]+\s*", ln)]
    print("\n".join(lines))
    print(result, result.wasSuccessful())
    return result


class Mixed(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        events.append("setUp " + self._testMethodName)

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)

    def test_ok(self):
        """Docstring first line.

        More text."""
        self.addCleanup(events.append, "cleanup")
        self.assertEqual(2 + 2, 4)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.skipIf(True, "condition held")
    def test_skipif(self):
        pass

    @unittest.skipUnless(True, "never shown")
    def test_skipunless_runs(self):
        pass

    def test_skiptest_call(self):
        self.skipTest("inside")

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Mixed))
suite = loader.loadTestsFromTestCase(Mixed)
print(suite.countTestCases())
report(suite, verbosity=1)
print(events)

events.clear()
report(loader.loadTestsFromTestCase(Mixed), verbosity=2)
report(loader.loadTestsFromTestCase(Mixed), verbosity=0)


class AllGood(unittest.TestCase):
    def test_a(self):
        self.assertIn("b", "abc")

    def test_b(self):
        self.assertIsNone(None)


report(loader.loadTestsFromTestCase(AllGood), verbosity=1)
report(unittest.TestSuite(), verbosity=1)


class BadClassSetup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no database")

    def test_never(self):
        print("not reached")


report(loader.loadTestsFromTestCase(BadClassSetup), verbosity=2)


class SkippedClass(unittest.TestCase):
    def test_one(self):
        pass


SkippedClass = unittest.skip("whole class")(SkippedClass)
report(loader.loadTestsFromTestCase(SkippedClass), verbosity=2)


class Failfast(unittest.TestCase):
    def test_1(self):
        self.fail("first")

    def test_2(self):
        self.fail("second")


report(loader.loadTestsFromTestCase(Failfast), verbosity=1, failfast=True)

# A nested suite and a FunctionTestCase.
def plain():
    assert 1 + 1 == 3, "math"


nested = unittest.TestSuite([unittest.TestSuite([AllGood("test_a")]), unittest.FunctionTestCase(plain)])
report(nested, verbosity=2)

# TestResult used directly.
r = unittest.TestResult()
loader.loadTestsFromTestCase(Mixed).run(r)
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures),
      len(r.unexpectedSuccesses))
print(sorted(str(t) for t, _ in r.failures))
print(sorted(reason for _, reason in r.skipped))

# A TestCase with a bad method name.
try:
    Mixed("test_nope")
except ValueError as e:
    print("ValueError:", str(e).split(":")[0])
