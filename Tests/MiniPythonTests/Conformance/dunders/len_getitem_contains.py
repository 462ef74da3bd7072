class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, card):
        print("contains called")
        return card in self.cards
d = Deck()
print(len(d), d[0], d[-1], d[1:])
print("K" in d, "J" not in d)
try:
    d[10]
except IndexError as e:
    print(e)
