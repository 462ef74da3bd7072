for value in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(value)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
