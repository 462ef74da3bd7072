print("earlier lines run: this refusal happens when the class statement runs")


class Payload(dict):
    """Handlers sometimes wrap the event in a dict subclass."""
