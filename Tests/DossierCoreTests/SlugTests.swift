import Testing
@testable import DossierCore

@Suite("Slugs")
struct SlugTests {
    @Test(arguments: [
        ("S-400 Triumf", "s-400-triumf"), ("US Can’t Arm-Twist India", "us-cant-arm-twist-india"),
        ("Čapek & Škoda: 2021!", "capek-skoda-2021"), ("  --  ", ""), ("../../etc/passwd", "etc-passwd"),
    ])
    func makesSafeSlugs(_ input: String, _ expected: String) {
        #expect(Slug.make(from: input) == expected)
        #expect(expected.isEmpty || Slug.isValid(expected))
    }

    @Test(arguments: ["..", "a/b", ".hidden", "", "a b", "ÄB", "-x"])
    func rejectsUnsafeSlugs(_ slug: String) {
        #expect(!Slug.isValid(slug))
    }
}
