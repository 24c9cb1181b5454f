import time


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


g = time.gmtime(1000000000)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst, g.tm_zone, g.tm_gmtoff)
print(len(g), g[0], g[-1], g[:3], tuple(g), list(g)[5], isinstance(g, tuple), type(g).__name__)
y, mo, d, *rest = g
print(y, mo, d, rest)
print(time.gmtime(0))
print(time.gmtime(-1.5))
print(time.gmtime(86400 * 366 + 0.99))
print(time.asctime(time.gmtime(0)), "|", time.asctime(time.gmtime(1234567890)))
print(time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %w %y %%", g))
print(time.strftime("%Y %j", (2000, 1, 1, 0, 0, 0, 0, 0, 0)))
print(repr(time.strftime("", g)), time.strftime("%Z", time.gmtime(0)))
st = time.struct_time((2020, 5, 17, 10, 30, 0, 6, 138, -1))
print(st, st.tm_zone, st.tm_gmtoff)
print(time.strftime("%d/%m/%Y", st))
t("struct_time short", lambda: time.struct_time((1, 2)))
t("strftime month", lambda: time.strftime("%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0)))
t("strftime hour", lambda: time.strftime("%Y", (2000, 1, 1, 24, 0, 0, 0, 1, 0)))
t("strftime short tuple", lambda: time.strftime("%Y", (2000, 1, 1)))
t("strftime not tuple", lambda: time.strftime("%Y", 5))
t("gmtime nan", lambda: time.gmtime(float("nan")))
t("gmtime huge", lambda: time.gmtime(1e30))
t("gmtime str", lambda: time.gmtime("x"))
lt = time.localtime(1000000000)
print(time.mktime(lt) == 1000000000.0, time.mktime(time.localtime(0.5)))
print(type(time.ctime()).__name__, len(time.ctime()), time.ctime(1000000000) == time.asctime(time.localtime(1000000000)))
print(time.localtime().tm_year >= 2024, len(time.localtime()), type(time.asctime()).__name__)
print(type(time.strftime("%Y")).__name__)
