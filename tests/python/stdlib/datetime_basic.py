# datetime: date/time/datetime/timedelta/timezone construction, arithmetic, formatting, parsing.
import datetime as dtm
from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 29)
print(d, repr(d), d.isoformat(), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(d + timedelta(days=1), d - timedelta(days=366), date(2024, 3, 1) - d, d.replace(day=1))
print(date.fromordinal(738000), date.fromisoformat("2023-12-31"), date.fromisocalendar(2020, 53, 7))
print(d.strftime("%a %A %b %B %d %m %y %Y %j %U %W %w %%"), format(d, "%d/%m/%Y"), f"{d:%Y}")
print(d < date(2025, 1, 1), d == date(2024, 2, 29), hash(d) == hash(date(2024, 2, 29)))
t = time(13, 5, 9, 123)
print(t, repr(t), t.isoformat("milliseconds"), t.strftime("%I:%M %p"), time(1, 2), repr(time(1, 2, 3)))
dt = datetime(2024, 1, 31, 23, 59, 59, 999999)
print(dt, repr(dt), dt + timedelta(microseconds=1), dt.date(), dt.time())
print(datetime(2020, 1, 1) - datetime(2019, 1, 1, 12), dt.isoformat(), dt.isoformat(" ", "seconds"))
print(datetime.fromisoformat("2021-03-04T05:06:07.123+02:00"), datetime.fromisoformat("2021-03-04 05:06"))
print(repr(datetime.fromisoformat("2021-03-04T05:06:07Z")), datetime.fromisoformat("20210304T050607"))
print(datetime.strptime("2022-11-05 14:03:02", "%Y-%m-%d %H:%M:%S"), datetime.strptime("5 Nov 22", "%d %b %y"))
td = timedelta(days=-1, seconds=5)
print(td, repr(td), timedelta(hours=25.5), repr(timedelta(0)), timedelta(weeks=1, milliseconds=1), -td, abs(td))
print(td.total_seconds(), timedelta(1) / timedelta(hours=1), timedelta(1) // 7, timedelta(seconds=7) % timedelta(seconds=3))
print(timedelta(minutes=1) * 2.5, timedelta(1) / 3, divmod(timedelta(hours=5), timedelta(hours=2)))
print(timezone.utc, repr(timezone.utc), timezone(timedelta(hours=-5)), repr(timezone(timedelta(hours=5, minutes=30), "IST")))
a = datetime(2024, 6, 1, 12, tzinfo=timezone.utc)
b = a.astimezone(timezone(timedelta(hours=2)))
print(a, b, a == b, b - a, b.utcoffset(), b.tzname(), repr(b))
print(a.timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400.5))
print(a.strftime("%H:%M %z %Z"), dtm.MINYEAR, dtm.MAXYEAR, date.max, datetime.min, timedelta.max)
now = datetime.now()
print(type(now).__name__, now.year >= 2024, isinstance(date.today(), date))
for bad in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: time(24), lambda: date.fromisoformat("2023-1-1"),
            lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc), lambda: timedelta(days=10**9)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([datetime(2020, 5, 1), datetime(2019, 1, 1), datetime(2020, 1, 1, 5)]))
print(datetime.combine(date(2020, 1, 2), time(3, 4)), datetime(2020,1,1).timetuple()[:7])
