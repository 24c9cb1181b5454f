# Matrix class: operator overloading, transpose, determinant, identity, power.


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(str(x)) for row in self.rows for x in row)
        return "\n".join(" ".join(str(x).rjust(width) for x in row) for row in self.rows)

    def __eq__(self, other):
        return self.rows == other.rows

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in row] for row in self.rows])
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __rmul__(self, k):
        return self * k

    def __pow__(self, p):
        result = Matrix.identity(self.n)
        base = self
        while p:
            if p & 1:
                result = result * base
            base = base * base
            p >>= 1
        return result

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def transpose(self):
        return Matrix(zip(*self.rows))

    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(self.m):
            minor = Matrix([row[:j] + row[j + 1:] for row in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B)
print(A * B)
print(2 * A)
print(repr(A.transpose()))
print(A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
F = Matrix([[1, 1], [1, 0]])
print("fib(90) =", (F ** 90)[0, 1])
I = Matrix.identity(3)
print(I)
I[0, 2] = 7
print(I.rows)
print(A * Matrix.identity(2) == A, A == B)
Z = Matrix.zeros(2, 3)
Z[1, 1] = 5
print(Z)
M = Matrix([[1.5, 2.25], [0.5, -1.0]])
print(M * M)
