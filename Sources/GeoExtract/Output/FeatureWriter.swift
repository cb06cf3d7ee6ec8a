import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The output formats every layer can be written in.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// One RFC 7946 FeatureCollection.
    case geojson
    /// RFC 8142 GeoJSON Text Sequence: RS, one Feature, LF.
    case geojsonseq
    /// RFC 4180 CSV, one row per feature, latitude and longitude as columns.
    case csv
}

/// Writes features to a byte sink as they come, in the chosen format, buffered in 64 KiB blocks.
public final class FeatureWriter {
    public let format: OutputFormat
    private let sink: (UnsafeRawBufferPointer) -> Void
    private var buffer = ByteBuffer(capacity: 1 << 17)
    private var count = 0
    private var csvColumns: [String]?
    private let flushThreshold = 1 << 16
    /// The property keys of the features written, encoded once.
    private var keys = JSONText.Keys()

    /// `csvColumns` fixes the CSV header (the layer's columns, in order); other formats ignore it.
    public init(format: OutputFormat, csvColumns: [String] = [], sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.format = format
        self.sink = sink
        self.csvColumns = csvColumns
    }

    /// A writer to a file descriptor (standard output by default).
    public convenience init(format: OutputFormat, csvColumns: [String] = [], fileDescriptor: Int32 = 1) {
        self.init(format: format, csvColumns: csvColumns) { bytes in
            FileDescriptorOutput.writeAll(fileDescriptor, bytes)
        }
    }

    public func begin() {
        switch format {
        case .geojson: buffer.append("{\"features\":[")
        case .geojsonseq: break
        case .csv: CSVText.appendHeader(csvColumns ?? [], to: &buffer)
        }
    }

    /// One feature's text in this writer's format, without separators; pure, so workers can
    /// encode while the writer writes.
    public static func encode(_ feature: Feature, format: OutputFormat, csvColumns: [String]) -> [UInt8] {
        var out = ByteBuffer(capacity: 512)
        switch format {
        case .geojson, .geojsonseq: JSONText.appendFeature(feature, to: &out)
        case .csv: CSVText.appendRow(feature, columns: CSVText.Columns(csvColumns), to: &out)
        }
        return out.array
    }

    /// The features of one input, encoded together with the separators that go between them in
    /// this format; the bytes depend on the features alone, so workers can encode while the
    /// writer writes.
    public static func encode(_ features: [Feature], format: OutputFormat, csvColumns: [String]) -> EncodedFeatures {
        var out = ByteBuffer(capacity: 1024 * max(features.count, 1))
        JSONText.Keys.withLatest { keys in
            switch format {
            case .geojson:
                for f in features {
                    out.append(",\n")  // the first feature of the layer goes without the comma
                    JSONText.appendFeature(f, keys: &keys, to: &out)
                }
            case .geojsonseq:
                for f in features {
                    out.append(0x1E)
                    JSONText.appendFeature(f, keys: &keys, to: &out)
                    out.append(0x0A)
                }
            case .csv:
                let columns = CSVText.Columns(csvColumns)
                for f in features { CSVText.appendRow(f, columns: columns, to: &out) }
            }
        }
        return EncodedFeatures(bytes: out.array, count: features.count)
    }

    /// Writes a feature encoded by `encode`.
    public func writeEncoded(_ bytes: [UInt8]) {
        switch format {
        case .geojson:
            if count > 0 { buffer.append(0x2C) }
            buffer.append(0x0A)
            bytes.withUnsafeBufferPointer { buffer.append($0) }
        case .geojsonseq:
            buffer.append(0x1E)
            bytes.withUnsafeBufferPointer { buffer.append($0) }
            buffer.append(0x0A)
        case .csv:
            bytes.withUnsafeBufferPointer { buffer.append($0) }
        }
        count += 1
        if buffer.count >= flushThreshold { flush() }
    }

    /// Writes the features of one input, encoded by `encode(_:format:csvColumns:)`.
    public func writeEncoded(_ encoded: EncodedFeatures) {
        guard encoded.count > 0 else { return }
        encoded.bytes.withUnsafeBufferPointer { bytes in
            // The layer's first feature follows the opening bracket without a comma.
            buffer.append(UnsafeBufferPointer(rebasing: bytes[(format == .geojson && count == 0 ? 1 : 0)...]))
        }
        count += encoded.count
        if buffer.count >= flushThreshold { flush() }
    }

    public func write(_ feature: Feature) {
        switch format {
        case .geojson:
            if count > 0 { buffer.append(0x2C) }
            buffer.append(0x0A)
            JSONText.appendFeature(feature, keys: &keys, to: &buffer)
        case .geojsonseq:
            buffer.append(0x1E)
            JSONText.appendFeature(feature, keys: &keys, to: &buffer)
            buffer.append(0x0A)
        case .csv:
            CSVText.appendRow(feature, columns: CSVText.Columns(csvColumns ?? []), to: &buffer)
        }
        count += 1
        if buffer.count >= flushThreshold { flush() }
    }

    public func end() {
        if format == .geojson {
            if count > 0 { buffer.append(0x0A) }
            buffer.append("],\"type\":\"FeatureCollection\"}\n")
        }
        flush()
    }

    /// Hands what is buffered to the sink.
    public func flush() {
        guard buffer.count > 0 else { return }
        buffer.withBytes { sink($0) }
        buffer.removeAll()
    }
}

/// The features of one input in a writer's format, with their separators.
public struct EncodedFeatures: Sendable {
    public var bytes: [UInt8]
    public var count: Int
}

/// RFC 4180 CSV text.
package enum CSVText {
    /// A layer's columns, with the ones that are not properties told apart once.
    package struct Columns {
        enum Column {
            case latitude, longitude, id
            case property(String)
        }

        let names: [String]
        let columns: [Column]

        package init(_ names: [String]) {
            self.names = names
            columns = names.map { c in
                switch c {
                case "latitude": return .latitude
                case "longitude": return .longitude
                case "id": return .id
                default: return .property(c)
                }
            }
        }
    }

    package static func appendHeader(_ columns: [String], to out: inout ByteBuffer) {
        for (i, c) in columns.enumerated() {
            if i > 0 { out.append(0x2C) }
            appendField(c, to: &out)
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    package static func appendRow(_ f: Feature, columns: Columns, to out: inout ByteBuffer) {
        for (i, c) in columns.columns.enumerated() {
            if i > 0 { out.append(0x2C) }
            let value: PropertyValue
            switch c {
            case .latitude: value = f.point.map { .double($0.latitude) } ?? .null
            case .longitude: value = f.point.map { .double($0.longitude) } ?? .null
            case .id: value = .string(f.id)
            case .property(let name): value = f[name] ?? .null
            }
            switch value {
            case .string(let s): appendField(s, to: &out)
            case .null: break
            case .bool(let b): out.append(b ? "true" : "false")
            default: JSONText.appendValue(value, to: &out)
            }
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    package static func appendField(_ s: String, to out: inout ByteBuffer) {
        var s = s
        s.withUTF8 { bytes in
            let needsQuotes = bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            if !needsQuotes {
                out.append(bytes)
                return
            }
            out.append(0x22)
            for b in bytes {
                if b == 0x22 { out.append(0x22) }
                out.append(b)
            }
            out.append(0x22)
        }
    }
}

/// Writing bytes to a file descriptor, whole, across short writes and interrupts.
public enum FileDescriptorOutput {
    /// Returns false when the descriptor stops taking bytes (a closed pipe, a full disk).
    @discardableResult
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            #else
            let n = Darwin.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            #endif
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }
}
