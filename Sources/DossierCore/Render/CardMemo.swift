import Foundation

/// Article cards by position in the newest-first order, each made the first time a page
/// asks: one article's card shows on its topics', outlet's and list pages and beside its
/// related articles, thousands of cards in a large dossier. Pages render on all cores, hence
/// the lock; two threads may both make a card, and either copy is kept.
final class CardMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var cards: [[String: Any]?]
    /// Shared by the cards' `Fragment`s.
    let fragmentLock = NSLock()

    init(count: Int) {
        cards = Array(repeating: nil, count: count)
    }

    func card(at index: Int, make: () -> [String: Any]) -> [String: Any] {
        if let card = lock.withLock({ cards[index] }) { return card }
        let card = make()
        lock.withLock { cards[index] = card }
        return card
    }
}
