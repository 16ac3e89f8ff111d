/// An axis-aligned rectangle in page pixels, origin at the top left.
public struct BoundingBox: Codable, Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    /// The smallest box holding all of `boxes`, or nil when there are none.
    public static func union<S: Sequence>(_ boxes: S) -> BoundingBox? where S.Element == BoundingBox {
        var it = boxes.makeIterator()
        guard let first = it.next() else { return nil }
        var minX = first.x, minY = first.y, maxX = first.maxX, maxY = first.maxY
        while let b = it.next() {
            minX = Swift.min(minX, b.x)
            minY = Swift.min(minY, b.y)
            maxX = Swift.max(maxX, b.maxX)
            maxY = Swift.max(maxY, b.maxY)
        }
        return BoundingBox(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}
