import Foundation

/// Cards by position (articles in the newest-first order, topics in the dossier's order),
/// each made the first time a page asks: one article's card shows on its topics', outlet's
/// and list pages and beside its related articles, thousands of cards in a large dossier,
/// and a topic's related topics show on every page of it. Made on first use, so a rebuild
/// that renders a few pages makes only theirs. Pages render on all cores, hence the lock;
/// two threads may both make a card, and either copy is kept.
final class CardMemo<Card>: @unchecked Sendable {
    private let lock = NSLock()
    private var cards: [Card?]
    /// Shared by the cards' `Fragment`s.
    let fragmentLock = NSLock()

    init(count: Int) {
        cards = Array(repeating: nil, count: count)
    }

    /// Starting with cards made before (`KeptCards`).
    init(_ cards: [Card?]) {
        self.cards = cards
    }

    /// The cards made so far, once pages stopped rendering.
    var made: [Card?] { lock.withLock { cards } }

    /// Drops the cards at these positions, to be made again.
    func forget(_ indices: [Int]) {
        lock.withLock { for index in indices { cards[index] = nil } }
    }

    func card(at index: Int, make: () -> Card) -> Card {
        if let card = lock.withLock({ cards[index] }) { return card }
        let card = make()
        lock.withLock { cards[index] = card }
        return card
    }
}
