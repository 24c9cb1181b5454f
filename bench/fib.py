"""Recursive Fibonacci.

Measures the cost of Python function calls, integer addition and comparison:
almost nothing but call/return. Prints fib(n) as the checksum.
"""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 35
    print(fib(n))
