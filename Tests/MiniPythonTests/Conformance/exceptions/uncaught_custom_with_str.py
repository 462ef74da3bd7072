class Failure(Exception):
    def __str__(self):
        return "custom failure text"
raise Failure("ignored args")
