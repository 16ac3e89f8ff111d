import Testing
@testable import RenskriftKit

@Suite struct MetricsTests {
    @Test func identicalTextIsPerfect() {
        let m = TextMetrics(hypothesis: "Mötets öppnande", truth: "Mötets  öppnande\n")
        #expect(m.wordAccuracy == 1)
        #expect(m.cer == 0)
    }

    @Test func countsSubstitutionsAndCharacters() {
        let m = TextMetrics(hypothesis: "Motets 6ppnande idag", truth: "Mötets öppnande")
        #expect(m.truthWords == 2)
        #expect(m.wordErrors == 3)
        #expect(m.wordAccuracy == 0)
        #expect(m.characterErrors == 2 + 5)
    }

    @Test func boundedDistanceAgreesWithTheFullTable() {
        let words = ["", "a", "kassör", "kassaren", "kassören", "mötet", "motet", "möte", "sammanträde", "samantrade"]
        for a in words {
            for b in words {
                let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
                let full = EditDistance.distance(x, y)
                for limit in 0...3 {
                    #expect(EditDistance.distance(x, y, atMost: limit) == min(full, limit + 1))
                }
            }
        }
    }

    @Test func alignmentPairsEqualWords() {
        let steps = EditDistance.align(["a", "x", "c"], ["a", "b", "c"])
        #expect(steps.count == 3)
        #expect(steps.allSatisfy { $0.a != nil && $0.b != nil })
    }
}
