import time
t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
t2 = time.gmtime(1700000000)
print(time.strftime("%Y-%m-%dT%H:%M:%SZ", t2), time.strftime("%a %b %d %j %A %B %y %%", t2))
print(tuple(time.gmtime(86400 * 365))[:6])
