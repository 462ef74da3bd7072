name = "report"
rows = [("a", 1), ("bb", 22)]
text = f"""== {name.upper()} ==
{chr(10).join(f"{k:<4}{v:>4}" for k, v in rows)}
== {len(rows)} rows =="""
print(text)
