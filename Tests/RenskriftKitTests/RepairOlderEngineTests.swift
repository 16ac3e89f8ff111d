import Foundation
import Testing
@testable import RenskriftKit

@Suite struct RepairOlderEngineTests {
    @Test func zeroForOAndBracketForIAreRead() {
        #expect(RepairFixture.legacy("att m0tet avslutas") == "att mötet avslutas")
        #expect(RepairFixture.legacy("Ordforande [ngrid Svensson") == "Ordförande Ingrid Svensson")
        #expect(RepairFixture.legacy("Motet avslutades.\n[ ovrigt inget att rapportera.") ==
                "Mötet avslutades.\nI övrigt inget att rapportera.")
    }

    @Test func bracketsStayBrackets() {
        #expect(RepairFixture.legacy("se [Bilaga 2] och [1]") == "se [Bilaga 2] och [1]")
        #expect(RepairFixture.legacy("enligt [ bilaga ] till protokollet") == "enligt [ bilaga ] till protokollet")
        // numbers with a zero stay numbers
        #expect(RepairFixture.legacy("kl 10.00 den 2020-01-10") == "kl 10.00 den 2020-01-10")
    }
}
