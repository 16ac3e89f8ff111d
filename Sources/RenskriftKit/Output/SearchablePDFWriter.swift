import Foundation

/// A searchable PDF aimed at PDF/A-2b: the original page images with an invisible layer of the repaired words.
public enum SearchablePDFWriter {
    /// Renders `document`; `date` goes into the metadata (creation and modification time).
    public static func render(_ document: Document, date: Date = Date()) throws -> Data {
        let font = try ArchiveResources.glyphlessFont.get()
        let profile = try ArchiveResources.sRGBProfile.get()
        guard profile.count > 20, String(decoding: profile[16..<20], as: UTF8.self) == "RGB " else {
            throw RenskriftError.invalidModel(path: ArchiveResources.sRGBProfileName,
                                              reason: "not an RGB ICC profile")
        }
        let sources = try SourcePages(document)
        guard sources.hasImages, !document.pages.isEmpty else {
            throw RenskriftError.unsupportedFormat(
                path: document.sourcePath,
                reason: "a searchable PDF needs page images, and this document came from plain text")
        }

        var pdf = PDFObjectWriter()
        let catalog = pdf.reserve()
        let pagesRoot = pdf.reserve()
        let fontRefs = try writeFont(&pdf, program: font)
        let outputIntent = pdf.reserve()
        let iccStream = pdf.reserve()
        let metadata = pdf.reserve()
        let info = pdf.reserve()

        var kids: [Int] = []
        for page in document.pages {
            let pageObject = pdf.reserve()
            let contents = pdf.reserve()
            let imageObject = pdf.reserve()
            kids.append(pageObject)
            let image = try sources.pdfImage(for: page)
            let dpi = Double(page.dpi ?? 300)
            let width = Double(page.width) * 72 / dpi
            let height = Double(page.height) * 72 / dpi
            let w = ArchiveNumber.decimal(width), h = ArchiveNumber.decimal(height)
            pdf.object(pageObject, """
                << /Type /Page /Parent \(pagesRoot) 0 R /MediaBox [0 0 \(w) \(h)] \
                /Resources << /XObject << /Im1 \(imageObject) 0 R >> /Font << /F1 \(fontRefs.type0) 0 R >> >> \
                /Contents \(contents) 0 R >>
                """)
            let text = TextLayer.content(for: page, width: width, height: height)
            try pdf.flateStream(contents, dictionary: "", Data(text.utf8))
            var dict = """
                /Type /XObject /Subtype /Image /Width \(image.width) /Height \(image.height) \
                /ColorSpace \(image.colorSpace) /BitsPerComponent \(image.bitsPerComponent) /Filter \(image.filter)
                """
            if let parms = image.decodeParms { dict += " /DecodeParms \(parms)" }
            if let decode = image.decode { dict += " /Decode \(decode)" }
            pdf.stream(imageObject, dictionary: dict, image.data)
        }
        pdf.object(pagesRoot, "<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(kids.count) >>")

        try pdf.flateStream(iccStream, dictionary: "/N 3", profile)
        pdf.object(outputIntent, """
            << /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) \
            /RegistryName (http://www.color.org) /Info (sRGB IEC61966-2.1) /DestOutputProfile \(iccStream) 0 R >>
            """)
        let meta = Metadata(document: document, date: date)
        // PDF/A wants the XMP readable without decoding, so this one stream stays uncompressed.
        pdf.stream(metadata, dictionary: "/Type /Metadata /Subtype /XML", Data(meta.xmp.utf8))
        pdf.object(info, meta.infoDictionary)
        let lang = meta.language.map { " /Lang (\($0))" } ?? ""
        pdf.object(catalog, """
            << /Type /Catalog /Pages \(pagesRoot) 0 R /Metadata \(metadata) 0 R /OutputIntents [\(outputIntent) 0 R]\(lang) >>
            """)
        return pdf.finish(root: catalog, info: info)
    }

    /// Object numbers of the embedded glyph-less font.
    struct FontRefs {
        var type0: Int
    }

    /// The glyph-less TrueType font as a Type0/CIDFontType2 font with Identity-H encoding: character codes
    /// are UTF-16 code units, every code maps to glyph 1 (an empty glyph 500/1000 em wide, never .notdef),
    /// and the ToUnicode map sends each code back to itself, so that search and copy give the text.
    static func writeFont(_ pdf: inout PDFObjectWriter, program: Data) throws -> FontRefs {
        let type0 = pdf.reserve()
        let cidFont = pdf.reserve()
        let cidToGID = pdf.reserve()
        let toUnicode = pdf.reserve()
        let descriptor = pdf.reserve()
        let fontFile = pdf.reserve()
        pdf.object(type0, """
            << /Type /Font /Subtype /Type0 /BaseFont /GlyphLessFont /Encoding /Identity-H \
            /DescendantFonts [\(cidFont) 0 R] /ToUnicode \(toUnicode) 0 R >>
            """)
        pdf.object(cidFont, """
            << /Type /Font /Subtype /CIDFontType2 /BaseFont /GlyphLessFont \
            /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> \
            /FontDescriptor \(descriptor) 0 R /DW \(TextLayer.glyphWidth) /CIDToGIDMap \(cidToGID) 0 R >>
            """)
        var map = Data(count: 2 * 65536)
        for i in stride(from: 1, to: map.count, by: 2) { map[i] = 1 }
        try pdf.flateStream(cidToGID, dictionary: "", map)
        try pdf.flateStream(toUnicode, dictionary: "", Data(TextLayer.toUnicodeCMap.utf8))
        // The metrics are those of the font program (2048 units/em, glyph 1 advance 1024, bbox 0 0 1024 2048).
        pdf.object(descriptor, """
            << /Type /FontDescriptor /FontName /GlyphLessFont /Flags 5 /FontBBox [0 0 500 1000] /ItalicAngle 0 \
            /Ascent 1000 /Descent -1 /CapHeight 1000 /StemV 80 /FontFile2 \(fontFile) 0 R >>
            """)
        try pdf.flateStream(fontFile, dictionary: "/Length1 \(program.count)", program)
        return FontRefs(type0: type0)
    }

    /// The document metadata as XMP (with the PDF/A-2b identification) and as the matching Info dictionary.
    struct Metadata {
        var title: String
        var tool: String
        var description: String
        var language: String?
        var xmpDate: String
        var pdfDate: String

        init(document: Document, date: Date) {
            title = document.name
            let p = document.provenance
            tool = "\(p.software) \(p.softwareVersion)"
            var parts = ["Text layer: repaired words over the page images of \(URL(fileURLWithPath: document.sourcePath).lastPathComponent)"]
            if let ocr = p.ocrEngine { parts.append("OCR \(ocr)\(p.languages.map { " (\($0))" } ?? "")") }
            if let model = p.model { parts.append("model \(model)") }
            if let rules = p.rules { parts.append("rules \(rules)") }
            description = parts.joined(separator: "; ")
            language = p.languageTag
            let f = ISO8601DateFormatter()
            f.timeZone = TimeZone(identifier: "UTC")
            f.formatOptions = [.withInternetDateTime]
            xmpDate = f.string(from: date)
            pdfDate = PDFObjectWriter.date(date)
        }

        var infoDictionary: String {
            """
            << /Title \(PDFObjectWriter.textString(title)) /Creator \(PDFObjectWriter.textString(tool)) \
            /Producer \(PDFObjectWriter.textString(tool)) /CreationDate (\(pdfDate)) /ModDate (\(pdfDate)) >>
            """
        }

        var xmp: String {
            let e = XMLText.escape
            let languageXML = language.map { "<dc:language><rdf:Bag><rdf:li>\($0)</rdf:li></rdf:Bag></dc:language>" } ?? ""
            return """
                <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about=""
                    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>B</pdfaid:conformance>
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(e(title))</rdf:li></rdf:Alt></dc:title>
                   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">\(e(description))</rdf:li></rdf:Alt></dc:description>
                   \(languageXML)
                   <xmp:CreatorTool>\(e(tool))</xmp:CreatorTool>
                   <xmp:CreateDate>\(xmpDate)</xmp:CreateDate>
                   <xmp:ModifyDate>\(xmpDate)</xmp:ModifyDate>
                   <xmp:MetadataDate>\(xmpDate)</xmp:MetadataDate>
                   <pdf:Producer>\(e(tool))</pdf:Producer>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>
                """
        }
    }
}

/// The invisible text of one page, drawn the way Tesseract's PDF renderer does it: render mode 3,
/// each word stretched with Tz over its box, so that selection and search highlight the right place.
enum TextLayer {
    /// Advance of the glyph-less font's only glyph, in 1/1000 em.
    static let glyphWidth = 500

    /// The page content: the image over the whole page, then one text object with every line.
    static func content(for page: Page, width: Double, height: Double) -> String {
        let scale = 72 / Double(page.dpi ?? 300)
        let n = ArchiveNumber.decimal
        var out = "q \(n(width, 3)) 0 0 \(n(height, 3)) 0 0 cm /Im1 Do Q\nBT\n3 Tr\n"
        for block in page.blocks {
            for line in block.lines {
                let boxed = line.words.filter { $0.box != nil && !$0.text.isEmpty }
                guard let lineBox = BoundingBox.union(boxed.compactMap(\.box)) else { continue }
                // One size and baseline for the whole line keeps extraction tools from splitting it;
                // the glyphs reach from the line's bottom to its top.
                let size = max(1, Double(lineBox.height) * scale)
                let baseline = height - Double(lineBox.maxY) * scale
                out += "/F1 \(n(size, 3)) Tf\n"
                for (i, word) in boxed.enumerated() {
                    let box = word.box!
                    let codes = utf16Codes(word.text)
                    guard !codes.isEmpty else { continue }
                    let advance = Double(codes.count) * Double(glyphWidth) / 1000 * size
                    let stretch = 100 * Double(box.width) * scale / advance
                    out += "1 0 0 1 \(n(Double(box.x) * scale, 3)) \(n(baseline, 3)) Tm \(n(stretch, 3)) Tz <"
                    out += codes.map { String(format: "%04X", $0) }.joined() + "> Tj"
                    // An explicit space over the gap to the next word, so that text extraction never
                    // has to guess where one word ends.
                    if i + 1 < boxed.count, let next = boxed[i + 1].box, next.x > box.maxX {
                        let gap = Double(next.x - box.maxX) * scale
                        let spaceStretch = 100 * gap / (Double(glyphWidth) / 1000 * size)
                        out += " \(n(spaceStretch, 3)) Tz <0020> Tj"
                    }
                    out += "\n"
                }
            }
        }
        out += "ET\n"
        return out
    }

    /// The word in NFC as UTF-16 code units; characters outside the Basic Multilingual Plane become
    /// U+FFFD, because the one-to-one ToUnicode map below cannot express surrogate pairs.
    static func utf16Codes(_ text: String) -> [UInt16] {
        var out: [UInt16] = []
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.value > 0xFFFF {
                out.append(0xFFFD)
            } else if scalar.value >= 0x20 {
                out.append(UInt16(scalar.value))
            }
        }
        return out
    }

    /// Identity from 2-byte codes to Unicode, one bfrange per high byte (a range may not cross one),
    /// leaving out the surrogate block, in groups of at most 100 as CMaps require.
    static let toUnicodeCMap: String = {
        let rows = (0...0xFF).filter { !(0xD8...0xDF).contains($0) }
        var ranges = ""
        var start = 0
        while start < rows.count {
            let group = rows[start..<min(start + 100, rows.count)]
            ranges += "\(group.count) beginbfrange\n"
            for r in group {
                ranges += String(format: "<%02X00> <%02XFF> <%02X00>\n", r, r, r)
            }
            ranges += "endbfrange\n"
            start += 100
        }
        return """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange
            \(ranges)endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end

            """
    }()
}
