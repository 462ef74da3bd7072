class Client:
    def send(self, topic, message):
        return topic, message
def publish(client):
    return client.send("orders")
publish(Client())
