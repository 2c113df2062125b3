/// A fingerprint of template data: the same context always gives the same value. Page keys
/// (`PageKeys`) hash the `site` values every page shares through it; pages themselves are
/// fingerprinted by their bytes (`ContentHash.pageFingerprint`), which costs less than
/// walking a large page's data.
enum ContextHash {
    static func value(_ value: Any) -> UInt64 {
        var hash: UInt64 = 0x6a09_e667_f3bc_c908
        add(value, to: &hash)
        return hash
    }

    private static func add(_ value: Any, to hash: inout UInt64) {
        switch value {
        case let text as String:
            mix(1, &hash)
            mix(ContentHash.value(text.utf8), &hash)
        case let number as Int:
            mix(2, &hash)
            mix(UInt64(bitPattern: Int64(number)), &hash)
        case let flag as Bool:
            mix(flag ? 3 : 4, &hash)
        case let number as Double:
            mix(5, &hash)
            mix(number.bitPattern, &hash)
        case let list as [Any]:
            mix(6, &hash)
            mix(UInt64(list.count), &hash)
            for item in list { add(item, to: &hash) }
        case let map as [String: Any]:
            mix(7, &hash)
            mix(UInt64(map.count), &hash)
            for key in map.keys.sorted() {
                mix(ContentHash.value(key.utf8), &hash)
                add(map[key]!, to: &hash)
            }
        case let fragment as Fragment:
            // Its bytes follow from the partial (in the templates' fingerprint) and the fields
            // it stands beside, which are hashed with it.
            mix(10, &hash)
            mix(ContentHash.value(fragment.template.utf8), &hash)
        case Optional<Any>.none:
            mix(8, &hash)
        default:
            // Anything else (a timeline entry's `FragmentItem`: only `site` is hashed, which holds
            // none) still changes the hash.
            mix(9, &hash)
            mix(ContentHash.value(String(describing: value).utf8), &hash)
        }
    }

    private static func mix(_ value: UInt64, _ hash: inout UInt64) {
        hash = SplitMix.mix(hash ^ value)
    }
}
