def catch(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except OSError:
        return "OSError"
    except Exception:
        return "Exception"
    except BaseException:
        return "BaseException"
for exc in [KeyError, IndexError, ZeroDivisionError, FileNotFoundError, PermissionError, ValueError,
            KeyboardInterrupt, SystemExit, NotImplementedError]:
    print(exc.__name__, "->", catch(exc))
