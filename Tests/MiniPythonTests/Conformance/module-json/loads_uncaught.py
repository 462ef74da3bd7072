import json
body = ""
data = json.loads(body)
