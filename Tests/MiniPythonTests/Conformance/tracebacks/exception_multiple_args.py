raise ValueError("code", 42)
