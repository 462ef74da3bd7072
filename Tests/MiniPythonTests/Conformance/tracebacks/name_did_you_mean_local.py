def handler(event):
    request_id = event["id"]
    return reqest_id
handler({"id": 1})
