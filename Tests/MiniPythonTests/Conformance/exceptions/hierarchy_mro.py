for cls in [ZeroDivisionError, KeyError, FileNotFoundError, TabError, RecursionError, ModuleNotFoundError,
            UnicodeDecodeError, SystemExit, KeyboardInterrupt, TimeoutError, StopIteration]:
    print(" -> ".join(c.__name__ for c in cls.__mro__))
