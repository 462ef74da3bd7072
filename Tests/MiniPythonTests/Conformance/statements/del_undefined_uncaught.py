payload_size = 3
del payload_size
del payload_size
