text = """begins here
and never
ends
