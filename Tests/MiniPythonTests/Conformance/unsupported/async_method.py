class Client:
    async def fetch(self):
        return None
