class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return "%s: %s" % (self.field, self.message)

class NotFound(AppError):
    code = 404

def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be an int")
    if age < 0:
        raise ValidationError("age", "must be >= 0")
    return age

for value in [5, -1, "x"]:
    try:
        print("valid", validate(value))
    except ValidationError as e:
        print("invalid:", e, "| field =", e.field, "| args =", e.args)

try:
    raise NotFound("page missing")
except AppError as e:
    print(type(e).__name__, e, e.code, repr(e))

print([c.__name__ for c in ValidationError.__mro__])
print(isinstance(NotFound(), Exception), issubclass(NotFound, AppError))

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))

class Custom(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
e = Custom(1, 2)
print(e.args, e.a + e.b, str(e))

class Retry(Exception):
    def __init__(self, attempts):
        super().__init__("retry after %d attempts" % attempts)
        self.attempts = attempts

def flaky(n):
    for i in range(1, n + 1):
        try:
            if i < 3:
                raise Retry(i)
            return "ok at %d" % i
        except Retry as r:
            print(r, r.attempts)
    raise Retry(n)

print(flaky(5))
try:
    flaky(2)
except Retry as r:
    print("gave up:", r)

try:
    try:
        raise NotFound("x")
    except NotFound as inner:
        raise AppError("wrapped") from inner
except AppError as outer:
    print(outer, "<-", repr(outer.__cause__))

class MyKeyError(KeyError):
    pass
try:
    {}["a"]
except KeyError:
    try:
        raise MyKeyError("custom key")
    except LookupError as e:
        print("LookupError catches", type(e).__name__, e)
