class Config:
    settings = []
    count = 0
c1 = Config()
c2 = Config()
c1.settings.append("shared")
c1.count += 1
print(c2.settings, c1.count, c2.count, Config.count)
Config.count = 100
print(c1.count, c2.count)
