def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, repr(e), str(e), e.args)
def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError("msg", 42)
def raise_empty():
    raise RuntimeError()
def raise_non_exception():
    raise "text"
def raise_no_active():
    raise
show(raise_class)
show(raise_instance)
show(raise_empty)
show(raise_non_exception)
show(raise_no_active)
