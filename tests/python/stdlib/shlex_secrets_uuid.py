# shlex split/quote/join and the lexer; secrets and uuid basics (shapes and invariants, not values).
import shlex
import secrets
import uuid

for s in ['a b  c', "one 'two three' four", 'say "hi \\"there\\"" now', r'back\ slash \\x', "''", 'x""y',
          'a "b\\c" d', "it's", 'cmd # comment here', 'a#b', '"unterminated', 'tail\\']:
    try:
        print(repr(s), shlex.split(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(shlex.split("cmd # comment here", comments=True), shlex.split("a 'b c'", posix=False))
print(shlex.quote(""), shlex.quote("safe-name_1.txt"), shlex.quote("has space"), shlex.quote("it's"))
print(shlex.join(["echo", "a b", "c'd", "plain"]))
lex = shlex.shlex("x = 'y z' + 3;")
print(list(lex))
lex = shlex.shlex("a && b || (c)", punctuation_chars=True)
print(list(lex))

print(len(secrets.token_bytes(16)), len(secrets.token_hex(8)), len(secrets.token_urlsafe(32)), len(secrets.token_hex()))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(50)), secrets.choice("abc") in "abc", secrets.randbits(8) < 256)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"abc", b"abd"), secrets.compare_digest("a", "ab"))
print(set(secrets.token_urlsafe(50)) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.fields, u.urn, u.bytes)
print(uuid.UUID("{12345678123456781234567812345678}") == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, u.time_low, u.node, u.clock_seq)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL.version, uuid.UUID(int=0).variant)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), str(r).count("-"), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t.time > 0x01b21dd213814000)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), hash(u) == hash(uuid.UUID(str(u))))
for bad in [lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: setattr(u, "int", 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
