print("start")
name = "unterminated
