pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError), (FileExistsError, OSError),
    (PermissionError, OSError), (TimeoutError, OSError), (UnicodeDecodeError, ValueError),
    (UnicodeEncodeError, ValueError), (IndentationError, SyntaxError), (TabError, IndentationError),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException), (SystemExit, Exception),
    (Exception, BaseException), (StopIteration, Exception), (AssertionError, Exception),
    (MemoryError, Exception), (TypeError, ValueError), (AttributeError, Exception), (KeyError, ValueError),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
