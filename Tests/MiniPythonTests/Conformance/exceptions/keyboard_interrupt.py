try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
