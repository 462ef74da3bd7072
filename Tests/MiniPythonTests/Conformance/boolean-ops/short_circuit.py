def t(label, value):
    print("eval", label)
    return value
print(t("a", 0) and t("b", 1))
print(t("c", 1) or t("d", 0))
print(t("e", 1) and t("f", 0) or t("g", 2))
