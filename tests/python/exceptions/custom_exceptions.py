class AppError(Exception):
    """Base for app errors."""
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return f"{self.field}: {self.message}"
class NotFound(AppError):
    pass
e = ValidationError("age", "must be positive")
print(e, repr(e), e.args, e.field)
try:
    raise ValidationError("name", "empty")
except AppError as err:
    print("caught", type(err).__name__, err)
n = NotFound("user 7", 404)
print(n, repr(n), n.args, str(NotFound()), repr(NotFound()), str(NotFound("one")))
class WithData(Exception):
    def __init__(self, code):
        self.code = code
w = WithData(5)
print(w.code, w.args, str(w), repr(w))
class Plain(Exception):
    pass
try:
    raise Plain
except Plain as p:
    print("raised class, got instance:", type(p).__name__, p.args)
errors = []
for exc in (ValueError("a"), NotFound("b"), ValidationError("c", "d")):
    try:
        raise exc
    except AppError as err:
        errors.append("app:" + str(err))
    except Exception as err:
        errors.append("other:" + str(err))
print(errors)
e2 = AppError("with note")
e2.add_note("extra context")
print(e2.__notes__)
try:
    raise 42
except TypeError as err:
    print("TypeError:", err)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as err:
    print("TypeError:", err)
