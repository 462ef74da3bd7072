def consumer():
    received = yield
    return received
